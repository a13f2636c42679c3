"""The web UI in a real headless Chromium (Debian's chromium driven by Playwright): every page loads with no
request beyond the local server and no script error; a reader clicks from an article to a speaker to the timeline;
the marked statements are those of the record; a hostile article shows its payload as text and runs nothing.

Skipped when chromium or playwright is missing here; CI installs both (.ci/run).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'whosaid[web]')")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = json.loads((Path(__file__).resolve().parent / "data" / "web" / "hostile.jsonl").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"no chromium at {CHROMIUM} (apt-get install chromium; CI installs it)")


@pytest.fixture(scope="module")
def server(web_store):
    from whosaid.web.app import create_app
    from whosaid.web.local import running

    with running(create_app(web_store)) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page whose dialogs, requests, script errors and console errors are recorded."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def goto(self, path: str) -> None:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path

    def foreign_requests(self) -> list[str]:
        here = urlsplit(self.base).netloc
        return [u for u in self.requests if urlsplit(u).scheme not in ("data", "about") and urlsplit(u).netloc != here]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser, server):
    w = Watched(browser, server)
    yield w
    w.close()


def article_ids(web_store) -> dict[str, str]:
    from whosaid.store.db import connect

    conn = connect(web_store)
    try:
        rows = conn.execute("SELECT id, published, text FROM articles").fetchall()
    finally:
        conn.close()
    ids = {str(published): aid for aid, published, _ in rows}
    ids["hostile"] = next(aid for aid, _, text in rows if "<script>" in text)
    return ids


def test_every_page_loads_locally_without_errors(watched, web_store):
    ids = article_ids(web_store)
    paths = ["/", "/articles", "/entities", "/timeline", "/contradictions", "/search?q=Br%C3%BCcke", "/analyze",
             "/api", *(f"/articles/{aid}" for aid in ids.values())]
    for path in paths:
        watched.goto(path)
        assert watched.page.locator("h1").count() == 1, path
        # the stylesheet applied: the header is the dark bar of style.css
        assert watched.page.eval_on_selector("header.top", "e => getComputedStyle(e).display") == "flex", path
    assert watched.foreign_requests() == []
    assert watched.errors == [] and watched.dialogs == []


def test_click_from_an_article_to_a_speaker_to_the_timeline(watched):
    page = watched.page
    watched.goto("/")
    page.click("text=Lindenauer Brücke soll im Mai wieder öffnen")
    page.wait_for_selector("article.text")
    assert "/articles/" in page.url
    quote = page.locator("li.card", has=page.locator("a.sp", has_text="Petra Hollmann")).first
    said = quote.locator("blockquote.ct").inner_text()
    quote.locator("a.sp").click()
    page.wait_for_selector("h1:has-text('Petra Hollmann')")
    assert "/entities/" in page.url
    assert page.locator("figure.chart svg rect.bar").count() >= 1
    assert said in page.locator("section", has_text="Said by Petra Hollmann").inner_text()
    page.click("a.timeline-link")
    page.wait_for_selector("ol.timeline")
    assert "/timeline?entity=" in page.url
    assert "Petra Hollmann" in page.locator("h1").inner_text()
    items = page.locator("ol.timeline li.item.statement").all_inner_texts()
    assert items and any(said in item for item in items)
    # filtering the timeline by stance keeps only those
    page.select_option("select[name=stance]", "concede")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("ol.timeline")
    stances = page.locator("ol.timeline li.item.statement .badge[class*=stance-]").all_inner_texts()
    assert stances and set(stances) == {"concede"}
    assert watched.foreign_requests() == [] and watched.errors == []


def test_marked_statements_match_the_record(watched, web_store):
    import httpx

    from whosaid.record import Record

    for aid in article_ids(web_store).values():
        record = Record.model_validate(httpx.get(f"{watched.base}/api/articles/{aid}").json()["record"])
        watched.goto(f"/articles/{aid}")
        marked = watched.page.evaluate("""() => {
            const out = {};
            for (const el of document.querySelectorAll('article.text span[data-s]')) {
                for (const role of ['content', 'speaker', 'cue']) {
                    for (const id of (el.dataset[role] || '').split(' ').filter(Boolean)) {
                        const key = role + ':' + id;
                        out[key] = (out[key] || '') + el.textContent;
                    }
                }
            }
            return out;
        }""")
        for s in record.statements:
            assert marked.get(f"content:{s.id}") == "".join(p.text for p in (s.content.parts or [s.content]))
            if s.speaker and s.speaker.end > s.speaker.start:
                assert marked.get(f"speaker:{s.id}") == s.speaker.text
            if s.cue:
                assert marked.get(f"cue:{s.id}") == "".join(p.text for p in (s.cue.parts or [s.cue]))
        # what the browser shows as the article, badges aside, is the stored text
        shown = watched.page.evaluate("""() => {
            const copy = document.querySelector('article.text').cloneNode(true);
            copy.querySelectorAll('sup.ref').forEach(e => e.remove());
            return copy.textContent;
        }""")
        assert shown == record.article.text
        for t in record.times:
            assert t.value in watched.page.get_attribute(f"article.text [data-time='{t.id}']", "title")
    assert watched.errors == []


def test_a_hostile_article_shows_its_payload_and_runs_nothing(watched, web_store):
    page = watched.page
    watched.goto(f"/articles/{article_ids(web_store)['hostile']}")
    page.wait_for_timeout(300)
    text = page.locator("article.text").inner_text()
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text and "{% raw %}" in text
    assert page.locator("h1").inner_text() == HOSTILE["title"]
    assert HOSTILE["outlet"] in page.locator("p.byline").inner_text()
    for selector in ("article.text script", "article.text img", "article.text iframe", "article.text style",
                     "a[href^='javascript']", "[onerror]", "[onmouseover]", "iframe", "b[onmouseover]"):
        assert page.locator(selector).count() == 0, selector
    assert page.evaluate("() => getComputedStyle(document.body).display") != "none"
    page.hover("p.byline .outlet")
    page.locator("article.text").click()
    assert watched.dialogs == [] and watched.foreign_requests() == []


def test_the_paste_page_analyses_hostile_text_without_running_it(watched):
    page = watched.page
    watched.goto("/analyze")
    page.fill("textarea[name=text]", HOSTILE["text"])
    page.fill("input[name=published]", "2026-04-09")
    page.click("form.analyze button[type=submit]")
    page.wait_for_selector("article.text")
    assert "not stored" in page.locator("p.notice").inner_text()
    assert "<script>alert(1)</script>" in page.locator("article.text").inner_text()
    assert page.locator("article.text span.sp").count() >= 1
    assert page.locator("iframe, article.text img, article.text script").count() == 0
    page.wait_for_timeout(300)
    assert watched.dialogs == [] and watched.foreign_requests() == [] and watched.errors == []


def test_hovering_a_statement_highlights_its_parts_and_card(watched, web_store):
    page = watched.page
    watched.goto(f"/articles/{article_ids(web_store)['2026-04-01']}")
    piece = page.locator("article.text span.ct[data-s]").first
    sid = piece.get_attribute("data-s")
    piece.hover()
    assert "lit" in page.get_attribute(f"#st-{sid}", "class")
    assert page.locator("article.text .lit").count() >= 1
