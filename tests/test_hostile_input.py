"""Hostile and unusual input: article text shown literally in every table, stray bytes, long texts, odd inputs.

Every failure is one line naming the input and the reason; nothing is stored twice; nothing crashes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from whosaid.record import Article, Content, Cue, Entity, Record, Speaker, Statement, TextSpan, article_id

MARKUP = ["[/]", "[bold red]x[/bold red]", "[link=http://x]y[/link]"]
TEMPLATE = ("Die Ministerpräsidentin Anna Berger sagte, die Rote Front habe {h} das Lager angegriffen. "
            "Omar Haddad bestritt, dass die Rote Front {h} das Lager angegriffen habe.\n")


def cli(*args: str, input: str | None = None, width: int = 80):
    from whosaid.cli import app

    return CliRunner().invoke(app, list(args), input=input, env={"COLUMNS": str(width)})


def _span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(text=part, start=start, end=start + len(part))


def markup_analyze(text: str, published=None, lang=None, meta=None) -> Record:
    """A stand-in for the pipeline whose record carries the article's markup in names, contents and roles."""
    h = next((m for m in MARKUP if m in text), "")
    if not h or "Anna Berger" not in text:  # the ingest warm-up sentence
        return Record(article=Article(id=article_id(text), language="de", text=text))
    berger, haddad = _span(text, "Anna Berger"), _span(text, "Omar Haddad")
    entities = [Entity(id="e0", name=f"Anna Berger {h}", type="PER", mentions=[berger]),
                Entity(id="e1", name=f"Omar Haddad {h}", type="PER", mentions=[haddad])]
    claim = _span(text, f"die Rote Front habe {h} das Lager angegriffen")
    counter = _span(text, f"dass die Rote Front {h} das Lager angegriffen habe")
    statements = [
        Statement(id="s0", speaker=Speaker(**berger.model_dump(), entity="e0"),
                  cue=Cue(text="sagte", lemma="sagen", **_span(text, "sagte").model_dump(exclude={"text"})),
                  content=Content(**claim.model_dump()), kind="Indirect", stance="assert", time_implied=True),
        Statement(id="s1", speaker=Speaker(**haddad.model_dump(), entity="e1"),
                  cue=Cue(text="bestritt", lemma="bestreiten", **_span(text, "bestritt").model_dump(exclude={"text"})),
                  content=Content(**counter.model_dump()), kind="Indirect", stance="deny", time_implied=True),
    ]
    article = Article(id=article_id(text), language="de", published=published, published_source="metadata",
                      title=meta.title if meta else None, outlet=meta.outlet if meta else None, text=text)
    return Record(article=article, entities=entities, statements=statements)


@pytest.fixture(scope="module")
def markup_store(tmp_path_factory) -> Path:
    from whosaid.ingest.batch import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("markup")
    lines = [json.dumps({"text": TEMPLATE.format(h=h), "outlet": h, "title": h, "published": f"2024-01-0{n + 1}"})
             for n, h in enumerate(MARKUP)]
    (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "store.duckdb"
    report = ingest([str(folder / "in.jsonl")], IngestOptions(db=str(db), progress=False), analyzer=markup_analyze)
    assert (report.stored, report.failed) == (3, [])
    return db


def assert_literal(result, *needles: str) -> None:
    assert result.exit_code == 0, (result.output, result.exception)
    flat = " ".join(result.output.split())  # cells wrap at spaces
    for needle in needles:
        assert needle.replace(" ", "") in flat.replace(" ", ""), (needle, result.output)


@pytest.mark.parametrize(("command", "shown"), [
    (["statements"], MARKUP),
    (["sql", "SELECT outlet, title FROM articles"], MARKUP),
    (["contradictions"], ["[/]", "[bold"]),
    (["timeline", "Haddad"], ["[/]"]),  # "Omar Haddad [/]" is one entity, "Omar Haddad [bold ...]" another
    (["entities"], MARKUP),
    (["roles"], ["Ministerpräsidentin", "[/]"]),
])
def test_article_text_is_printed_literally_in_every_table(markup_store: Path, command: list[str], shown: list[str]):
    result = cli(*command, "--db", str(markup_store), "--format", "table")
    # a long cell may end in "…" at 80 columns, so the longer strings are looked for by their start
    assert_literal(result, *(s if len(s) < 6 else s[:5] for s in shown))
    assert "\x1b]8;" not in result.output  # no hyperlink escape


def test_analyze_table_prints_markup_literally(tmp_path: Path, nlp):
    text = ("„Das ist [/] kein Problem“, sagte der Minister am Montag. „Wir sehen [bold red]x[/bold red] nicht“, "
            "sagte er. „Alles ist [link=http://x]y[/link] gut“, erklärte die Sprecherin.\n")
    article = tmp_path / "markup.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("analyze", str(article), "--format", "table", "--published", "2024-01-01", width=200)
    assert_literal(result, "Das ist [/] kein Problem", "Wir sehen [bold red]x[/bold red] nicht",
                   "Alles ist [link=http://x]y[/link] gut")
    assert "\x1b]8;" not in result.output


def _cell_words(output: str) -> list[str]:
    """The words inside the cells of the tables in `output` (borders and box lines dropped)."""
    words = []
    for line in output.splitlines():
        if "│" in line or "┃" in line:
            for cell in line.replace("┃", "│").split("│"):
                words += cell.split()
    return words


LABELS = set("""Statements Times Entities id speaker cue content kind when type value name mentions text Direct
    Indirect Reported FreeIndirect IndirectFreeIndirect assert claim deny confirm announce demand concede answers
    continues via to DATE TIME DURATION SET PER ORG LOC MISC guessed START MID END""".split())


def test_no_word_is_split_across_lines_in_an_80_column_table(nlp):
    import re
    from importlib import resources

    from whosaid.cli import DEMO_ARTICLE

    result = cli("demo", "--format", "table")
    assert result.exit_code == 0, result.output
    text = resources.files("whosaid.demo").joinpath(DEMO_ARTICLE).read_text(encoding="utf-8")
    known = set(re.findall(r"[^\W\d_]+", text)) | LABELS
    for token in _cell_words(result.output):
        pieces = re.findall(r"[^\W\d_]+", token)
        if token.endswith("…"):  # a word too wide for its column is cut with "…", never folded
            pieces = pieces[:-1]
        # time values (P1M, XXXX-WXX) are codes, not words
        assert all(p in known for p in pieces if len(p) > 2 and not p.isupper()), (token, result.output)


ALBERS = ("Die von Karin Albers geführte Gesellschaft will den Hafen erweitern. Der Ausbau sei mit dem Umweltamt "
          "abgestimmt, sagte Albers am Dienstag. Das Umweltamt habe nie zugestimmt, erklärte Jonas Petersen.\n")


def with_stray_byte(text: str) -> bytes:
    data = text.encode("utf-8")
    cut = data.index(b"Karin")
    return data[:cut] + b"\xfc" + data[cut:]  # one Latin-1 "ü" pasted into UTF-8


def test_one_invalid_byte_is_replaced_not_a_legacy_reading():
    from whosaid.ingest.text import read_bytes

    doc = read_bytes(with_stray_byte(ALBERS), "a.txt")
    assert "geführte" in doc.text and "äußerte" not in doc.text
    assert doc.text == ALBERS.replace("Karin", "\ufffdKarin")  # one character per bad byte: offsets stay honest
    assert doc.warnings and "1 invalid UTF-8 byte" in doc.warnings[0]


def test_legacy_encoded_text_still_reads_as_windows_1252():
    from whosaid.ingest.text import read_bytes

    doc = read_bytes(ALBERS.encode("cp1252"), "a.txt")
    assert doc.text == ALBERS and doc.warnings == []


def test_analyze_warns_on_one_line_and_keeps_the_statements(tmp_path: Path, nlp):
    import subprocess
    import sys

    article = tmp_path / "stray.txt"
    article.write_bytes(with_stray_byte(ALBERS))
    result = subprocess.run([sys.executable, "-m", "whosaid.cli", "analyze", str(article), "--format", "json",
                             "--published", "2024-01-02"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1 and str(article) in warnings[0] and "1 invalid UTF-8 byte" in warnings[0]
    record = json.loads(result.stdout)
    text = record["article"]["text"]
    assert "geführte" in text
    assert {s["speaker"]["text"] for s in record["statements"] if s["speaker"]} >= {"Albers", "Jonas Petersen"}
    for s in record["statements"]:
        assert text[s["content"]["start"]:s["content"]["end"]] == s["content"]["text"]


def test_ingest_stores_the_replaced_text_and_says_so(tmp_path: Path):
    from test_store import fake_analyze

    from whosaid.ingest.batch import IngestOptions, ingest
    from whosaid.store.db import connect

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "stray.txt").write_bytes(with_stray_byte(ALBERS))
    db = tmp_path / "s.duckdb"
    report = ingest([str(tmp_path / "in")], IngestOptions(db=str(db), progress=False), analyzer=fake_analyze)
    assert report.stored == 1 and len(report.warnings) == 1
    assert report.warnings[0][0].endswith("stray.txt") and "1 invalid UTF-8 byte" in report.warnings[0][1]
    conn = connect(db)
    try:
        (text,) = conn.execute("SELECT text FROM articles").fetchone()
    finally:
        conn.close()
    assert text == ALBERS.replace("Karin", "\ufffdKarin")


def test_long_text_pieces_end_at_paragraphs_then_sentences():
    from whosaid.chunking import text_chunks
    from whosaid.demo.long_text import long_article

    text = long_article(50_000, seed=3)
    pieces = text_chunks(text, size=5_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(end - start <= 5_000 for start, end in pieces)
    assert all(text[end - 2:end] == "\n\n" for _, end in pieces[:-1])  # after a blank line
    giant = " ".join(text.split())  # one paragraph of 50,000 characters
    for _, end in text_chunks(giant, size=5_000)[:-1]:
        assert giant[end - 2] in ".!?“" and giant[end - 1] == " ", giant[end - 30:end]  # after a sentence end


@pytest.mark.slow
def test_a_1_2_mb_text_is_analysed_with_offsets_into_the_whole_text(nlp):
    import whosaid
    from whosaid.demo.long_text import long_article

    text = long_article(1_200_000, seed=7)
    assert len(text) > nlp.max_length  # spaCy refuses such a Doc; whosaid analyses it in pieces
    record = whosaid.analyze(text, published="2026-03-13", lang="de")
    assert record.article.text == text
    statements = record.statements
    assert len(statements) > 10_000
    assert statements[-1].content.start > len(text) - 2_000  # the last paragraph's statements are there
    assert [s.id for s in statements] == [f"s{n}" for n in range(len(statements))]
    for s in statements:
        assert text[s.content.start:s.content.end] == s.content.text
        if s.speaker:
            assert text[s.speaker.start:s.speaker.end] == s.speaker.text
    names = [e.name for e in record.entities]
    assert len(names) == len(set((e.type, e.name) for e in record.entities))  # one entity per name across pieces
    albers = next(e for e in record.entities if e.name == "Karin Albers")
    assert len(albers.mentions) > 500 and all(text[m.start:m.end] == m.text for m in albers.mentions)
    times = {t.id: t for t in record.times}
    assert all(text[t.start:t.end] == t.text for t in record.times)
    assert all(s.time in times for s in statements if s.time)


def test_a_text_over_the_limit_is_refused_in_one_line(monkeypatch, tmp_path: Path):
    import whosaid.api

    monkeypatch.setattr(whosaid.api, "MAX_CHARS", 1_000)
    from whosaid.errors import InputError

    with pytest.raises(InputError, match="too long"):
        whosaid.api.analyze("Der Minister sagte, er komme morgen. " * 100, lang="de")


def test_a_plain_install_has_the_store_and_ci_checks_it():
    """`pip install whosaid` (no extras) must ingest and query: DuckDB is a core dependency, and .ci/run installs
    the package plain into a second fresh venv and runs `whosaid ingest` and two queries there."""
    import tomllib

    from conftest import REPO

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.startswith("duckdb") for dep in project["dependencies"])
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q .\n" in ci and "whosaid\" ingest" in ci and "whosaid\" statements" in ci
    assert "python -m pytest" in ci


# --- smaller defects -------------------------------------------------------------------------------------------


def one_line_error(result, *needles: str, code: int = 2) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert all(n in lines[0] for n in needles), lines[0]


def test_score_with_a_record_as_gold_is_a_one_line_error(tmp_path: Path):
    record = tmp_path / "record.json"
    record.write_text(markup_analyze(TEMPLATE.format(h="[/]")).model_dump_json(), encoding="utf-8")
    one_line_error(cli("score", str(record), str(record)), str(record), "is a whosaid record, not a gold file")
    (tmp_path / "odd.json").write_text('{"statements": [{"speaker": 3}]}', encoding="utf-8")
    one_line_error(cli("score", str(record), str(tmp_path / "odd.json")), "odd.json", "not a gold file")


def test_version():
    import whosaid

    result = cli("--version")
    assert result.exit_code == 0 and result.output.startswith(f"whosaid {whosaid.__version__}")


def test_unknown_claim_exits_2_like_an_unknown_name(markup_store: Path):
    one_line_error(cli("timeline", "--claim", "C-nope", "--db", str(markup_store)), "--claim C-nope", "no claim")
    one_line_error(cli("timeline", "Niemand Bekannt", "--db", str(markup_store)), "no entity")


def test_entity_type_must_be_one_of_the_four(markup_store: Path):
    result = cli("entities", "--type", "XYZ", "--db", str(markup_store))
    assert result.exit_code == 2 and "XYZ" in result.output
    rows = json.loads(cli("entities", "--type", "per", "--db", str(markup_store), "--format", "json").output)
    assert rows and {r["type"] for r in rows} == {"PER"}


def test_sql_table_shows_the_id_columns_it_selects(markup_store: Path):
    result = cli("sql", "SELECT id, article_id FROM statements ORDER BY ALL LIMIT 1", "--db", str(markup_store),
                 "--format", "table", width=120)
    assert result.exit_code == 0 and "article_id" in result.output and "s0" in result.output


def test_contradictions_table_keeps_the_reason(markup_store: Path):
    result = cli("contradictions", "--db", str(markup_store), "--format", "table")
    assert result.exit_code == 0 and "reason" in result.output and "denies" in result.output


def test_teaser_paragraph_of_a_page_is_kept():
    from whosaid.ingest.text import from_html

    html = ("<!doctype html><html><head><title>Hafen</title></head><body><nav><a href='/'>Start</a></nav><article>"
            "<h1>Streit um den Hafen</h1><p class=\"teaser\">Die Hafengesellschaft will den Hafen erweitern, sagte "
            "Geschäftsführerin Karin Albers am Dienstag.</p><p>Der Umweltverband widersprach dieser Darstellung. Das "
            "Umweltamt habe nie zugestimmt, erklärte Verbandssprecher Jonas Petersen.</p></article>"
            "<footer>Impressum</footer></body></html>")
    text = from_html(html, "page.html").text
    assert "sagte Geschäftsführerin Karin Albers" in text and text.index("Hafengesellschaft") < text.index("Umwelt")


def test_a_short_rss_item_is_accepted(tmp_path: Path):
    from whosaid.ingest.sources import find_items, load_item

    feed = tmp_path / "feed.xml"
    feed.write_text("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nordstadt</title>
        <item><title>Hafen</title><link>https://example.org/a</link><pubDate>Tue, 10 Mar 2026 10:00:00 GMT</pubDate>
        <description>Albers sagte, der Hafen wachse.</description></item></channel></rss>""", encoding="utf-8")
    (item,) = list(find_items([str(feed)]))
    doc = load_item(item)
    assert doc.text == "Albers sagte, der Hafen wachse.\n" and doc.title == "Hafen"


def test_dates_resolved_without_published_are_marked_guessed(tmp_path: Path, nlp):
    article = tmp_path / "g.txt"
    article.write_text("Berlin, 10. Dezember 2021 – Der Minister sagte am Mittwoch, er komme morgen.\n",
                       encoding="utf-8")
    guessed = cli("analyze", str(article), "--format", "table", width=160)
    assert guessed.exit_code == 0 and "2021-12-08 (guessed)" in guessed.output and "--published" in guessed.output
    given = cli("analyze", str(article), "--format", "table", "--published", "2021-12-10", width=160)
    assert "2021-12-08" in given.output and "guessed" not in given.output


def test_roles_finds_the_prime_minister_of_the_sample(shared, nlp, tmp_path: Path):
    from whosaid.ingest.batch import IngestOptions, ingest
    from whosaid.store import queries
    from whosaid.store.db import connect

    article = tmp_path / "2021-12-10-abna.txt"
    article.write_bytes((shared / "samples" / "abna-irak-abzug.txt").read_bytes())
    db = tmp_path / "s.duckdb"
    assert ingest([str(article)], IngestOptions(db=str(db), progress=False)).stored == 1
    conn = connect(db)
    try:
        rows = queries.roles(conn, "Ministerpräsident").records()
    finally:
        conn.close()
    assert [(r["role"], r["name"]) for r in rows] == [("irakische Ministerpräsident", "Mustafa al-Kazemi")]
