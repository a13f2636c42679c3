"""The web UI (whosaid serve), through FastAPI's TestClient on a store of tests/data/web: every page answers, marks
what the record says, escapes hostile text, sends a strict Content-Security-Policy, reads the store read-only, and
the JSON API answers what the store queries answer."""

from __future__ import annotations

import json
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'whosaid[web]')")

from fastapi.testclient import TestClient  # noqa: E402

from whosaid.record import Record  # noqa: E402

WEB_DATA = Path(__file__).resolve().parent / "data" / "web"
HOSTILE = json.loads((WEB_DATA / "hostile.jsonl").read_text(encoding="utf-8"))
PAGES = ["/", "/articles", "/entities", "/timeline", "/contradictions", "/search?q=Br%C3%BCcke", "/analyze", "/api"]


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside elements marked with data-* attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marked: list[tuple[dict[str, str | None], str]] = []  # (attrs of a marked span, its text)
        self.text: list[str] = []
        self._open: list[dict | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in ("br", "img", "input", "link", "meta", "rect", "line"):
            self._open.append(attrs if tag == "span" and any(k.startswith("data-") for k in attrs) else None)

    def handle_endtag(self, tag):
        if tag not in ("br", "img", "input", "link", "meta", "rect", "line") and self._open:
            self._open.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self._open and self._open[-1] is not None:
            self.marked.append((self._open[-1], data))


class ArticleText(HTMLParser):
    """The text of the marked article as a reader sees it, without the statements' badges."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0  # inside <article class="text">
        self.badge = 0  # inside <sup class="ref">

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
            self.badge += 1 if self.badge or (tag == "sup" and attrs.get("class") == "ref") else 0
        elif tag == "article" and attrs.get("class") == "text":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            self.badge = max(0, self.badge - 1)

    def handle_data(self, data):
        if self.depth and not self.badge:
            self.parts.append(data)


def article_text(html: str) -> str:
    parser = ArticleText()
    parser.feed(html)
    return "".join(parser.parts)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.fixture(scope="module")
def app(web_store):
    from whosaid.web.app import create_app

    return create_app(web_store)


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


@pytest.fixture(scope="module")
def conn(web_store):
    from whosaid.store.db import connect

    c = connect(web_store)
    yield c
    c.close()


def article_ids(conn) -> dict[str, str]:
    """Article id by outlet-and-date key, and 'hostile'."""
    rows = conn.execute("SELECT id, published, text FROM articles").fetchall()
    ids = {str(published): aid for aid, published, _ in rows}
    ids["hostile"] = next(aid for aid, _, text in rows if "<script>" in text)
    return ids


def record_of(client, article_id: str) -> Record:
    response = client.get(f"/api/articles/{article_id}")
    assert response.status_code == 200
    return Record.model_validate(response.json()["record"])


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_with_a_strict_policy_and_no_inline_script_or_style(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    for tag, attrs in parse(response.text).tags:
        assert "style" not in attrs, (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/app.js"
        if tag in ("link", "script", "img") and (attrs.get("href") or attrs.get("src")):
            assert (attrs.get("href") or attrs.get("src")).startswith("/"), "assets are served locally"
        assert tag != "style"


def test_the_article_page_marks_each_statement_as_its_record_says(client, conn):
    for article_id in article_ids(conn).values():
        record = record_of(client, article_id)
        tags = parse(client.get(f"/articles/{article_id}").text)
        def marked(role: str, sid: str, tags: Tags = tags) -> str:
            return "".join(text for attrs, text in tags.marked if sid in (attrs.get(f"data-{role}") or "").split())

        for s in record.statements:

            pieces = s.content.parts or [s.content]
            assert marked("content", s.id) == "".join(p.text for p in pieces), s.id
            if s.speaker and s.speaker.end > s.speaker.start:
                assert marked("speaker", s.id) == s.speaker.text, s.id
            if s.cue:
                assert marked("cue", s.id) == "".join(p.text for p in (s.cue.parts or [s.cue])), s.id
        # each statement has its card with its stance and kind, and a badge after its content
        ids = [attrs["id"] for tag, attrs in tags.tags if tag == "li" and (attrs.get("id") or "").startswith("st-")]
        assert ids == [f"st-{s.id}" for s in record.statements]
        hrefs = [attrs.get("href") for tag, attrs in tags.tags if tag == "a" and "sid" in (attrs.get("class") or "")]
        assert all(f"#st-{s.id}" in hrefs for s in record.statements)


def test_time_expressions_show_their_normalised_value_on_hover(client, conn):
    article_id = article_ids(conn)["2026-04-01"]
    record = record_of(client, article_id)
    assert record.times
    tags = parse(client.get(f"/articles/{article_id}").text)
    titles = {attrs["data-time"]: attrs["title"] for attrs, _ in tags.marked if attrs.get("data-time")}
    for t in record.times:
        assert t.value in titles[t.id] and t.type in titles[t.id]


def test_nesting_and_answers_are_visible(client, conn):
    """A denial's card links to the statement it answers, and its badge in the text points there too."""
    article_id = article_ids(conn)["2026-04-03"]
    record = record_of(client, article_id)
    answering = [s for s in record.statements if s.refers_to]
    assert answering, "the test corpus has a denial that answers a claim"
    html = client.get(f"/articles/{article_id}").text
    for s in answering:
        assert f'href="#st-{s.refers_to}" title="answers {s.refers_to}"' in html
        assert f'answers <a href="#st-{s.refers_to}">{s.refers_to}</a>' in html


def test_a_hostile_article_is_shown_as_text(client, conn):
    article_id = article_ids(conn)["hostile"]
    html = client.get(f"/articles/{article_id}").text
    tags = parse(html)
    assert not any(tag in ("img", "iframe", "style") or (tag == "script" and attrs.get("src") != "/static/app.js")
                   for tag, attrs in tags.tags)
    assert not any((attrs.get("href") or "").lower().startswith("javascript") for _, attrs in tags.tags)
    assert not any(name.startswith("on") for _, attrs in tags.tags for name in attrs)
    assert article_text(html) == HOSTILE["text"].strip() + "\n" or article_text(html) == HOSTILE["text"]
    text = "".join(tags.text)
    for payload in ("<script>alert(1)</script>", 'onerror="alert(2)"', "{{ 7*7 }}", "{% raw %}{{ config }}{% endraw %}",
                    "<style>body{display:none}</style>", HOSTILE["title"], HOSTILE["outlet"], HOSTILE["url"]):
        assert payload in text, payload
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # the outlet and title are escaped wherever they are listed
    for path in ("/", "/articles", "/timeline", f"/search?q={HOSTILE['outlet'][:2]}"):
        page = client.get(path).text
        assert "<b onmouseover" not in page and "<script>alert(5)" not in page


def test_entity_page_lists_names_statements_and_draws_a_chart(client, conn):
    entity_id, name = conn.execute("SELECT id, name FROM entities WHERE name = 'Uwe Brandt'").fetchone()
    html = client.get(f"/entities/{entity_id}").text
    tags = parse(html)
    said = conn.execute("SELECT count(DISTINCT (article_id, statement)) FROM statement_entities "
                        "WHERE entity_id = ? AND role = 'speaker'", [entity_id]).fetchone()[0]
    assert f"Said by {name}" in html and f"({said})" in html
    assert "Brandt" in "".join(tags.text.__iter__())  # the alias
    assert sum(1 for tag, _ in tags.tags if tag == "rect") >= 1
    assert f'/timeline?entity={entity_id}' in html
    assert client.get("/entities/E000000").status_code == 404


def test_timeline_filters_by_entity_speaker_outlet_and_stance(client):
    rows = client.get("/api/timeline", params={"speaker": "Uwe Brandt"}).json()["rows"]
    assert rows and all(r["speaker"] == "Uwe Brandt" for r in rows)
    denials = client.get("/api/timeline", params={"stance": "deny"}).json()["rows"]
    assert denials and all(r["stance"] == "deny" for r in denials)
    bote = client.get("/api/timeline", params={"outlet": "Lindenauer Bote", "entity": "Petra Hollmann"}).json()
    assert bote["rows"] and all(r["outlet"] == "Lindenauer Bote" for r in bote["rows"])
    assert sum(d["n"] for d in bote["per_period"]) == len(bote["rows"])
    html = client.get("/timeline", params={"speaker": "Uwe Brandt", "stance": "assert"}).text
    assert "Uwe Brandt" in html and 'class="badge stance-deny"' not in html.split('class="timeline"')[1]
    assert "no entity of that name" in client.get("/timeline", params={"speaker": "Niemand Bekannt"}).text


def test_contradictions_are_shown_side_by_side(client, conn):
    rows = client.get("/api/contradictions").json()
    assert rows
    html = client.get("/contradictions").text
    for row in rows:
        assert row["claim_content"] in html and row["counter_content"] in html
    assert html.count('class="side-claim"') == html.count('class="side-counter"') == len(rows)


def test_search_finds_entities_titles_and_statements(client):
    found = client.get("/api/search", params={"q": "Brücke"}).json()
    assert found["articles"] and all("Brücke" in a["title"] for a in found["articles"])
    assert found["statements"] and all("brücke" in s["content"].lower() for s in found["statements"])
    assert [e["name"] for e in client.get("/api/search", params={"q": "Hollmann"}).json()["entities"]] == [
        "Petra Hollmann"]
    # LIKE wildcards in the text are matched literally
    assert client.get("/api/search", params={"q": "%Brücke"}).json()["statements"] == []
    assert client.get("/api/search", params={"q": "{% raw %}"}).json()["statements"]


def test_the_api_answers_what_the_store_queries_answer(client, conn):
    from whosaid.store import queries

    def same(api_rows, result):
        assert json.loads(json.dumps(result.records(), default=str)) == api_rows

    same(client.get("/api/statements").json(), queries.statements(conn))
    same(client.get("/api/statements", params={"speaker": "Hollmann"}).json(),
         queries.statements(conn, speaker="Hollmann"))
    same(client.get("/api/contradictions").json(), queries.contradictions(conn))
    same(client.get("/api/entities").json(), queries.entities(conn))
    schema = client.get("/openapi.json").json()
    for path in ("/api/statements", "/api/contradictions", "/api/entities", "/api/timeline", "/api/analyze",
                 "/api/articles/{article_id}", "/api/entities/{entity_id}", "/api/search", "/api/overview"):
        assert path in schema["paths"]
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_bad_parameters_get_a_clear_answer(client):
    assert client.get("/api/statements", params={"since": "gestern"}).json() == {
        "detail": "since: not a date; expected YYYY-MM-DD"}
    response = client.get("/api/statements", params={"speaker": "Niemand Bekannt"})
    assert response.status_code == 422 and "no entity of that name" in response.json()["detail"]
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/articles/<script>").status_code in (404, 422)


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e%2fapp.py", "/static/marks.py",
                                  "/static/..%2f..%2fstore%2fdb.py", "/static/"])
def test_static_files_come_from_a_fixed_table(client, path):
    assert client.get(path).status_code == 404


def test_static_assets_are_served(client):
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")


def test_analyse_returns_a_record_and_stores_nothing(client, web_store, conn):
    before = (web_store.stat().st_size, web_store.stat().st_mtime_ns,
              conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    text = "Bürgermeisterin Petra Hollmann sagte am Montag, die Brücke bleibe bis zum Sommer gesperrt."
    response = client.post("/api/analyze", json={"text": text, "published": "2026-04-20", "lang": "de"})
    assert response.status_code == 200
    record = Record.model_validate(response.json())
    assert record.article.text == text and record.statements
    assert record.statements[0].speaker.text == "Bürgermeisterin Petra Hollmann"
    assert (web_store.stat().st_size, web_store.stat().st_mtime_ns,
            conn.execute("SELECT count(*) FROM articles").fetchone()[0]) == before
    assert client.get(f"/api/articles/{record.article.id}").status_code == 404


def test_the_paste_page_shows_the_analysis_escaped(client):
    response = client.post("/analyze", data={"text": HOSTILE["text"], "published": "2026-04-09", "lang": "de"})
    assert response.status_code == 200
    assert "not stored" in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text and "<script>alert" not in response.text
    assert "{{ 7*7 }}" in response.text
    tags = parse(response.text)
    assert any(attrs.get("data-speaker") for attrs, _ in tags.marked)


def test_the_paste_page_takes_an_uploaded_file(client):
    page = (WEB_DATA / "2026-04-03-elbtal-rundschau-gutachter.html").read_bytes()
    response = client.post("/analyze", data={"lang": "de"}, files={"file": ("gutachter.html", page, "text/html")})
    assert response.status_code == 200
    assert "Gutachter widerspricht der Bürgermeisterin" in response.text  # the title from the page's metadata
    assert "Elbtal Rundschau" in response.text and 'class="card' in response.text


def test_analyse_refuses_an_empty_text_and_a_body_over_the_limit(web_store):
    from whosaid.web.app import create_app

    small = TestClient(create_app(web_store, max_bytes=1000))
    assert small.post("/api/analyze", json={"text": "x" * 2000}).status_code == 413
    assert small.post("/analyze", data={"text": "x" * 2000}).status_code == 413
    response = small.post("/analyze", data={"text": "   "})
    assert response.status_code == 422 and "no text to analyse" in response.text
    assert small.post("/api/analyze", json={"text": ""}).status_code == 422


def test_the_store_is_shared_while_busy_and_given_up_when_idle(web_store, tmp_path):
    """Requests share one read-only connection; once idle it is closed, so an ingest can take the file."""
    import shutil

    from whosaid.store.db import connect
    from whosaid.web.app import create_app
    from whosaid.web.store import ReadOnlyStore

    db = tmp_path / "copy.duckdb"
    shutil.copy(web_store, db)
    now = [0.0]
    store = ReadOnlyStore(db, idle=1.0, hold=30.0, clock=lambda: now[0])
    for _ in range(3):
        with store.cursor() as cur:
            assert cur.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        now[0] += 0.5
    assert store.opened == 1 and store.is_open
    assert not store.close_if_idle()  # used half a second ago
    now[0] += 1.0
    assert store.close_if_idle() and not store.is_open
    writer = connect(db, read_only=False, wait=0.5)
    writer.execute("UPDATE articles SET title = 'Neu' WHERE title LIKE 'Freigabe%'")
    writer.close()
    # an app told to give the store up after each request shows what the writer wrote
    client = TestClient(create_app(db, idle_seconds=0))
    assert ">Neu</a>" in client.get("/articles").text
    connect(db, read_only=False, wait=0.5).close()


def test_under_steady_use_the_store_is_given_up_after_a_while(web_store):
    now = [0.0]
    from whosaid.web.store import ReadOnlyStore

    store = ReadOnlyStore(web_store, idle=1.0, hold=30.0, gap=0.0, clock=lambda: now[0])
    for _ in range(40):
        with store.cursor():
            pass
        now[0] += 0.9
    assert store.opened == 2  # closed once after 30 s, at a moment no request held it, and reopened


def test_a_missing_store_is_a_clear_error(tmp_path):
    from whosaid.web.app import create_app

    client = TestClient(create_app(tmp_path / "none.duckdb"))
    response = client.get("/")
    assert response.status_code == 503 and "no such store" in response.text
    assert client.get("/api/statements").json()["detail"].startswith("[W004]")
    assert client.get("/analyze").status_code == 200  # the analyse page needs no store


def test_articles_stored_before_version_5_are_marked_by_finding_speaker_and_cue(web_store, tmp_path):
    """A store migrated from version 4 keeps no record of its old articles: the view rebuilds it from the tables,
    finding speaker and cue by their text next to the content."""
    import shutil

    from whosaid.store.db import connect
    from whosaid.web.app import create_app

    db = tmp_path / "old.duckdb"
    shutil.copy(web_store, db)
    writer = connect(db, read_only=False)
    aid = article_ids(writer)["2026-04-01"]
    writer.execute("UPDATE articles SET record = NULL")
    writer.close()
    new = record_of(TestClient(create_app(web_store)), aid)
    old = record_of(TestClient(create_app(db)), aid)
    assert [(s.speaker.start, s.speaker.end) for s in old.statements if s.speaker] == [
        (s.speaker.start, s.speaker.end) for s in new.statements if s.speaker]
    assert [s.cue.start for s in old.statements if s.cue] == [s.cue.start for s in new.statements if s.cue]
    assert [s.content.text for s in old.statements] == [s.content.text for s in new.statements]
    assert [t.value for t in old.times] == [t.value for t in new.times]


def test_serve_without_a_store_fails_with_one_line(tmp_path):
    from typer.testing import CliRunner

    from whosaid.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in result.output and len(result.output.strip().splitlines()) == 1


def test_serve_names_the_extra_when_it_is_missing(monkeypatch, web_store):
    import sys

    from typer.testing import CliRunner

    from whosaid.cli import app

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = CliRunner().invoke(app, ["serve", "--db", str(web_store)])
    assert result.exit_code == 2 and "pip install 'whosaid[web]'" in result.output


def test_serve_warns_when_listening_beyond_this_machine(monkeypatch, web_store):
    import uvicorn
    from typer.testing import CliRunner

    from whosaid.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    local = CliRunner().invoke(app, ["serve", "--db", str(web_store)])
    assert local.exit_code == 0 and "warning" not in local.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000
    wide = CliRunner().invoke(app, ["serve", "--db", str(web_store), "--host", "0.0.0.0", "--port", "8080"])
    assert wide.exit_code == 0 and "warning: listening on 0.0.0.0" in wide.output
    assert calls[-1]["host"] == "0.0.0.0"


def test_segments_cut_nested_and_interleaved_parts():
    from whosaid.record import Article, Content, Cue, Speaker, Statement, Time
    from whosaid.web.marks import segments

    text = "Anna sagte, Bert habe am Montag erklärt, es regne."
    outer = Statement(id="s0", speaker=Speaker(text="Anna", start=0, end=4), cue=Cue(text="sagte", lemma="sagen",
                      start=5, end=10), content=Content(text=text[12:49], start=12, end=49), kind="Indirect",
                      stance="assert")
    inner = Statement(id="s1", speaker=Speaker(text="Bert", start=12, end=16), cue=Cue(
        text="habe ... erklärt", lemma="erklären", start=17, end=39,
        parts=[{"text": "habe", "start": 17, "end": 21}, {"text": "erklärt", "start": 32, "end": 39}]),
        content=Content(text="es regne", start=41, end=49), kind="Indirect", stance="assert", via="s0")
    record = Record(article=Article(id="x", language="de", text=text), statements=[outer, inner],
                    times=[Time(id="t0", text="am Montag", start=22, end=31, type="DATE", value="2026-04-20")])
    segs = segments(record)
    assert "".join(s.text for s in segs) == text
    by_text = {s.text: s.attrs for s in segs if s.text}
    assert by_text["Bert"]["data-speaker"] == "s1" and by_text["Bert"]["data-content"] == "s0"
    assert by_text["es regne"]["class"] == "ct nest2" and by_text["es regne"]["data-s"] == "s1"
    assert by_text["am Montag"]["title"] == "DATE 2026-04-20" and "tx" in by_text["am Montag"]["class"]
    assert [s.marker.id for s in segs if s.marker] == ["s0", "s1"]


def test_counts_per_period_follow_the_span(conn):
    """Charts count per day over up to two months, per month over up to six years, per year beyond."""
    from whosaid.store.queries import periods

    def units(first: str, last: str) -> set[str]:
        return {r["unit"] for r in periods(conn, f"SELECT DATE '{first}' AS day, 'a' AS key UNION ALL "
                                           f"SELECT DATE '{last}', 'b'", []).records()}

    assert units("2026-04-01", "2026-05-15") == {"day"}
    assert units("2026-01-01", "2027-06-01") == {"month"}
    assert units("2010-01-01", "2026-06-01") == {"year"}
    rows = periods(conn, "SELECT DATE '2026-01-05' AS day, 'a' AS key UNION ALL SELECT DATE '2026-01-20', 'a' "
                         "UNION ALL SELECT DATE '2026-04-02', 'b'", []).records()
    assert [(str(r["day"]), r["key"], r["n"]) for r in rows] == [("2026-01-01", "a", 2), ("2026-04-01", "b", 1)]


def test_the_chart_has_a_bar_per_period_and_a_legend_of_the_series_present():
    from whosaid.web.chart import bar_chart

    series = [("speaker", "said by"), ("about", "said about")]

    def rows(unit, *items):
        return [{"day": d, "unit": unit, "key": k, "n": n} for d, k, n in items]

    days = bar_chart(rows("day", (date(2026, 4, 1), "speaker", 2), (date(2026, 4, 3), "about", 1)), series, "x")
    assert days.periods == ["2026-04-01", "2026-04-02", "2026-04-03"] and len(days.bars) == 2
    months = bar_chart(rows("month", (date(2025, 1, 1), "speaker", 1), (date(2025, 12, 1), "speaker", 3)), series,
                       "x")
    assert months.periods[0] == "2025-01" and len(months.periods) == 12 and months.top == 3
    assert months.legend == [("speaker", "said by")]
    years = bar_chart(rows("year", (date(2010, 1, 1), "about", 1), (date(2026, 1, 1), "about", 1)), series, "x")
    assert years.periods[0] == "2010" and len(years.periods) == 17
    assert bar_chart([], series, "x") is None
