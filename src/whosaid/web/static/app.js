// Optional: hovering a marked piece of the text highlights every piece of its statement and its card.
// The pages work without it; no inline script anywhere (the Content-Security-Policy forbids it).
(function () {
  "use strict";
  var text = document.querySelector("article.text");
  if (!text) { return; }
  var lit = [];
  function clear() {
    lit.forEach(function (el) { el.classList.remove("lit"); });
    lit = [];
  }
  function light(id) {
    clear();
    text.querySelectorAll("[data-s]").forEach(function (el) {
      if (el.getAttribute("data-s") === id) { lit.push(el); }
    });
    var card = document.getElementById("st-" + id);
    if (card) { lit.push(card); }
    lit.forEach(function (el) { el.classList.add("lit"); });
  }
  text.addEventListener("mouseover", function (event) {
    var el = event.target.closest ? event.target.closest("[data-s]") : null;
    if (el) { light(el.getAttribute("data-s")); } else { clear(); }
  });
  text.addEventListener("mouseleave", clear);
  text.addEventListener("click", function (event) {
    var el = event.target.closest ? event.target.closest("[data-s]") : null;
    if (el && !event.target.closest("a")) { window.location.hash = "st-" + el.getAttribute("data-s"); }
  });
})();
