"""Fuzzing `analyze` (API and CLI) and `ingest` with random Unicode, control characters, terminal markup and broken
HTML: no traceback, every failure one line naming the input, offsets that index the text, nothing stored twice."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from whosaid.errors import WhosaidError

FRAGMENTS = [
    "Der Minister sagte, ", "er komme morgen", "„Wir bauen“, sagte Albers am Dienstag. ", " erklärte die Sprecherin.",
    "[/]", "[bold red]x[/bold red]", "[link=http://x]y[/link]", ":smile:", "\x1b[31m", "\x1b]8;;http://x\x1b\\",
    "<html>", "<body><p class=\"teaser\">", "</p></div>", "<!--", "<script>alert(1)</script>", "<p", "&amp;", "&#x0;",
    "\x00", "\x07", "\x0c", "\r\n", "\r", "\n\n", "\t", "\u2028", "\u200b", "\ufeff", "\u202e", "\ufffd", "😀",
    "ß", "\u0301", "ﬁ", "𝔘", "ÄÖÜ", "«", "»", "\"", "'", "2021-12-10", "am 31. Februar", ",", ".", " ",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=25).map("".join)
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


def _check_offsets(record) -> None:
    text = record.article.text
    for s in record.statements:
        assert text[s.content.start:s.content.end] == s.content.text
        if s.speaker:
            assert text[s.speaker.start:s.speaker.end] == s.speaker.text
    for t in record.times:
        assert text[t.start:t.end] == t.text
    for e in record.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


@FUZZ
@given(text=texts)
def test_api_analyze_never_crashes(nlp, text: str):
    import whosaid

    try:
        record = whosaid.analyze(text, published="2024-01-01", lang="de")
    except WhosaidError as err:
        assert "\n" not in str(err)
        return
    assert record.article.text == text
    _check_offsets(record)


@FUZZ
@given(text=texts, suffix=st.sampled_from([".txt", ".html"]), encoding=st.sampled_from(["utf-8", "utf-16", "bytes"]),
       noise=st.binary(max_size=8))
def test_cli_analyze_exits_0_or_with_one_line(nlp, text: str, suffix: str, encoding: str, noise: bytes):
    from whosaid.cli import app

    data = (text.encode(encoding) if encoding != "bytes" else text.encode("utf-8", "surrogatepass") + noise)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        result = CliRunner().invoke(app, ["analyze", str(path), "--format", "json", "--published", "2024-01-01"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        assert all(line.startswith("whosaid: warning: ") for line in lines), lines
        record = json.loads(result.stdout)
        assert record["article"]["text"]
    else:
        assert result.exit_code == 2 and len(lines) == 1, result.output
        assert lines[0].startswith("whosaid: error: ") and str(path) in lines[0]


@pytest.mark.slow
@FUZZ
@given(items=st.lists(st.tuples(texts, st.sampled_from([".txt", ".html", ".jsonl", ".xml", ".json"])),
                      min_size=1, max_size=4))
def test_ingest_never_crashes_and_stores_nothing_twice(nlp, items: list[tuple[str, str]]):
    from whosaid.ingest.batch import IngestOptions, ingest
    from whosaid.store.db import connect

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "in").mkdir()
        for n, (text, suffix) in enumerate(items):
            if suffix == ".jsonl":
                body = json.dumps({"text": text}) + "\n" + json.dumps({"html": text, "title": text[:20]}) + "\n{"
            elif suffix == ".json":
                body = json.dumps({"text": text, "published": "2024-01-01"})
            elif suffix == ".xml":
                body = f"<rss><channel><item><title>t</title><description>{text}</description></item></channel></rss>"
            else:
                body = text
            (root / "in" / f"item{n}{suffix}").write_text(body, encoding="utf-8", errors="surrogatepass")
        db = str(root / "s.duckdb")
        first = ingest([str(root / "in")], IngestOptions(db=db, progress=False))
        again = ingest([str(root / "in")], IngestOptions(db=db, progress=False))
        for source, reason in first.failed + again.failed:
            assert "\n" not in reason and "analysis failed" not in reason, (source, reason)
        assert again.stored == 0 and again.present == first.stored + first.present
        conn = connect(db)
        try:
            ids = [r[0] for r in conn.execute("SELECT id FROM articles").fetchall()]
            statements = conn.execute("SELECT count(*), count(DISTINCT (article_id, id)) FROM statements").fetchone()
        finally:
            conn.close()
        assert len(ids) == len(set(ids)) == first.stored
        assert statements[0] == statements[1]
