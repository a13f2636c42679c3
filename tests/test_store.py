"""The store: ingest is idempotent, survives kill -9, reports bad inputs, lets readers in, answers the queries.

Most tests use `fake_analyze`, a regex stand-in for `whosaid.analyze` that makes records in microseconds; the
real pipeline is exercised in tests/test_corpus.py.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from whosaid.record import Article, Content, Cue, Entity, Record, Speaker, Statement, TextSpan, article_id

TESTS = Path(__file__).resolve().parent
CUES = {"sagte": ("sagen", "assert"), "behauptete": ("behaupten", "claim"), "erklärte": ("erklären", "assert"),
        "bestritt": ("bestreiten", "deny"), "dementierte": ("dementieren", "deny")}
STATEMENT = re.compile(r"(?P<speaker>(?:al-|el-)?[A-ZÄÖÜ][\w-]+(?: (?:al-|el-)?[A-ZÄÖÜ][\w-]+)+) "
                       r"(?P<cue>sagte|behauptete|erklärte|bestritt|dementierte), (?P<content>[^.]+)\.")
NAME = re.compile(r"(?:al-|el-)?[A-ZÄÖÜ][\w-]+(?: (?:al-|el-)?[A-ZÄÖÜ][\w-]+)+")


def fake_analyze(text: str, published=None, lang=None, meta=None) -> Record:
    """Statements 'Vorname Name sagte, ...' and multi-word capitalised names; speakers are PER, the rest ORG."""
    speakers = {m.group("speaker") for m in STATEMENT.finditer(text)}
    names: dict[str, list[TextSpan]] = {}
    for m in NAME.finditer(text):
        names.setdefault(m.group(), []).append(TextSpan(text=m.group(), start=m.start(), end=m.end()))
    entities = [Entity(id=f"e{n}", name=name, type="PER" if name in speakers else "ORG", mentions=spans)
                for n, (name, spans) in enumerate(names.items())]
    ids = {e.name: e.id for e in entities}
    statements = []
    for n, m in enumerate(STATEMENT.finditer(text)):
        lemma, stance = CUES[m.group("cue")]
        statements.append(Statement(
            id=f"s{n}",
            speaker=Speaker(text=m.group("speaker"), start=m.start("speaker"), end=m.end("speaker"),
                            entity=ids[m.group("speaker")], resolved=m.group("speaker")),
            cue=Cue(text=m.group("cue"), lemma=lemma, start=m.start("cue"), end=m.end("cue")),
            content=Content(text=m.group("content"), start=m.start("content"), end=m.end("content")),
            kind="Indirect", stance=stance, time_implied=True))
    day = published if isinstance(published, date) or published is None else date.fromisoformat(published)
    article = Article(id=article_id(text), language=lang or "de", published=day,
                      published_source="metadata" if day else "none", title=meta.title if meta else None,
                      url=meta.url if meta else None, outlet=meta.outlet if meta else None, text=text)
    return Record(article=article, entities=entities, statements=statements)


def slow_fake_analyze(text: str, published=None, lang=None, meta=None) -> Record:
    time.sleep(0.05)
    return fake_analyze(text, published, lang, meta)


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        day = date(2024, 1 + i % 12, 1 + i % 28).isoformat()
        text = (f"Bericht Nummer {i}. Anna Berger sagte, die Rote Front habe das Lager {i} angegriffen. "
                f"Omar al-Kadhimi bestritt, dass die Rote Front das Lager {i} angegriffen habe.\n")
        (folder / f"{day}-bericht-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_ingest(sources: list[Path], db: Path, workers: int = 1, analyzer=fake_analyze):
    from whosaid.ingest.batch import IngestOptions, ingest

    return ingest([str(s) for s in sources], IngestOptions(db=str(db), workers=workers, progress=False),
                  analyzer=analyzer)


def dump(db: Path) -> dict[str, list]:
    from whosaid.store.db import connect
    from whosaid.store.schema import DERIVED_TABLES, RAW_TABLES

    conn = connect(db)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in RAW_TABLES + DERIVED_TABLES}
    finally:
        conn.close()


def test_same_inputs_twice_give_the_same_store(tmp_path: Path):
    corpus = write_corpus(tmp_path / "in", 12)
    first = run_ingest([corpus], tmp_path / "a.duckdb")
    assert (first.stored, first.present, first.failed) == (12, 0, [])
    before = dump(tmp_path / "a.duckdb")
    again = run_ingest([corpus], tmp_path / "a.duckdb")
    assert (again.stored, again.present) == (0, 12)
    assert dump(tmp_path / "a.duckdb") == before
    assert len(before["statements"]) == 24


def test_parallel_ingest_equals_serial(tmp_path: Path):
    corpus = write_corpus(tmp_path / "in", 10)
    run_ingest([corpus], tmp_path / "serial.duckdb")
    run_ingest([corpus], tmp_path / "parallel.duckdb", workers=2)
    assert dump(tmp_path / "serial.duckdb") == dump(tmp_path / "parallel.duckdb")


INGEST_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_store import slow_fake_analyze
from whosaid.ingest.batch import IngestOptions, ingest
ingest([{src!r}], IngestOptions(db={db!r}, workers={workers}, batch_seconds=0.2, progress=False),
       analyzer=slow_fake_analyze)
"""


def start_slow_ingest(src: Path, db: Path, workers: int = 1) -> subprocess.Popen:
    script = INGEST_SCRIPT.format(tests=str(TESTS), src=str(src), db=str(db), workers=workers)
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], start_new_session=True)


def count_articles(db: Path) -> int:
    from whosaid.store.db import connect

    conn = connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def wait_for_articles(db: Path, at_least: int, proc: subprocess.Popen, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                n = count_articles(db)
            except Exception:
                n = 0
            if n >= at_least:
                return n
        assert proc.poll() is None, "ingest ended before it could be interrupted"
        time.sleep(0.05)
    raise AssertionError("ingest made no progress")


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_then_rerun_equals_one_go(tmp_path: Path, workers: int):
    corpus = write_corpus(tmp_path / "in", 80)
    db = tmp_path / "killed.duckdb"
    proc = start_slow_ingest(corpus, db, workers)
    try:
        wait_for_articles(db, 10, proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, in their own session
        proc.wait()
    partial = count_articles(db)
    assert 10 <= partial < 80
    resumed = run_ingest([corpus], db)
    assert resumed.present >= partial and resumed.stored + resumed.present == 80
    run_ingest([corpus], tmp_path / "one-go.duckdb")
    assert dump(db) == dump(tmp_path / "one-go.duckdb")


def test_readers_query_while_an_ingest_runs(tmp_path: Path):
    from whosaid.store import queries
    from whosaid.store.db import connect

    corpus = write_corpus(tmp_path / "in", 80)
    db = tmp_path / "busy.duckdb"
    proc = start_slow_ingest(corpus, db)
    try:
        wait_for_articles(db, 5, proc)
        seen = []
        while proc.poll() is None and len(seen) < 5:
            conn = connect(db, read_only=True)
            try:
                seen.append(len(queries.sql(conn, "SELECT * FROM statements").rows))
            finally:
                conn.close()
            time.sleep(0.1)
        assert seen and seen == sorted(seen) and seen[0] >= 10
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == 0
    assert count_articles(db) == 80


def test_bad_inputs_are_reported_and_the_good_ones_stored(tmp_path: Path):
    corpus = write_corpus(tmp_path / "in", 3)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "huge.txt").write_text("Wort " * 10_000, encoding="utf-8")
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    (corpus / "mixed.jsonl").write_text("\n".join([
        json.dumps({"text": "Lisa Hof sagte, der Rat tage morgen.", "published": "2024-05-02"}),
        json.dumps({"text": "Lisa Hof sagte, es regne.", "published": "gestern"}),
        "{broken",
        json.dumps({"title": "kein Text"}),
    ]) + "\n", encoding="utf-8")
    from whosaid.ingest.batch import IngestOptions, ingest

    report = ingest([str(corpus)], IngestOptions(db=str(tmp_path / "s.duckdb"), max_bytes=20_000, progress=False),
                    analyzer=fake_analyze)
    failed = dict(report.failed)
    assert report.stored == 4
    assert "empty" in failed[str(corpus / "empty.txt")]
    assert "binary" in failed[str(corpus / "image.txt")]
    assert "too large" in failed[str(corpus / "huge.txt")]
    assert "broken JSON" in failed[str(corpus / "broken.json")]
    assert "bad date" in failed[f"{corpus / 'mixed.jsonl'}:2"]
    assert "broken JSON" in failed[f"{corpus / 'mixed.jsonl'}:3"]
    assert "no text or html" in failed[f"{corpus / 'mixed.jsonl'}:4"]
    assert len(failed) == 7


CLI_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import whosaid.api, test_store
whosaid.api.analyze = test_store.fake_analyze
from whosaid.cli import app
sys.argv = ["whosaid", *{args!r}]
app()
"""


def cli(*args: str) -> subprocess.CompletedProcess:
    script = CLI_SCRIPT.format(tests=str(TESTS), args=list(args))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          timeout=120)


def one_line_error(result: subprocess.CompletedProcess, *needles: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert all(n in lines[0] for n in needles), lines[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    corpus = write_corpus(tmp_path_factory.mktemp("corpus"), 6)
    (corpus / "2024-02-03-kasimi.txt").write_text(
        "Omar Kasimi erklärte, die Rote Front verhandle mit der Regierung.\n", encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "store.duckdb"
    result = cli("ingest", str(corpus), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_cli_ingest_exit_code_1_and_summary_when_inputs_fail(tmp_path: Path):
    corpus = write_corpus(tmp_path / "in", 2)
    (corpus / "empty.txt").write_bytes(b"")
    result = cli("ingest", str(corpus), "--db", str(tmp_path / "s.duckdb"))
    assert result.returncode == 1
    assert "2 stored" in result.stderr and "empty.txt" in result.stderr and "empty file" in result.stderr


def test_statements_by_speaker_alias_and_since(store: Path):
    rows = json.loads(cli("statements", "--speaker", "al-Kazemi", "--db", str(store)).stdout)
    assert {r["speaker"] for r in rows} == {"Omar al-Kadhimi"}
    assert {r["stance"] for r in rows} == {"deny", "assert"}
    assert len(rows) == 7  # six denials, and Kasimi's statement, resolved to the same man
    since = json.loads(cli("statements", "--speaker", "Anna Berger", "--since", "2024-04-01", "--db",
                           str(store)).stdout)
    assert since and all(r["said"] >= "2024-04-01" for r in since)
    about = json.loads(cli("statements", "--about", "Rote Front", "--speaker", "Berger", "--db", str(store)).stdout)
    assert len(about) == 6


def test_contradictions_across_articles(store: Path):
    rows = json.loads(cli("contradictions", "--about", "Rote Front", "--db", str(store)).stdout)
    corpus_rows = [r for r in rows if r["scope"] == "corpus"]
    assert corpus_rows
    for r in corpus_rows:
        assert r["claim_speaker"] == "Anna Berger" and r["counter_speaker"] == "Omar al-Kadhimi"
        assert r["counter_cue"] == "bestritt" and r["claim_article"] != r["counter_article"]


def test_timeline_entities_and_sql(store: Path):
    rows = json.loads(cli("timeline", "Kadhimi", "--db", str(store)).stdout)
    assert [r["said"] for r in rows] == sorted(r["said"] for r in rows)
    entities = json.loads(cli("entities", "--type", "PER", "--db", str(store)).stdout)
    assert {e["name"] for e in entities} == {"Anna Berger", "Omar al-Kadhimi"}
    csv_out = cli("sql", "SELECT count(*) AS n FROM articles", "--db", str(store), "--format", "csv").stdout
    assert csv_out.splitlines() == ["n", "7"]


def test_export(store: Path, tmp_path: Path):
    for fmt, ext in (("parquet", "parquet"), ("csv", "csv"), ("jsonl", "jsonl")):
        result = cli("export", "--db", str(store), "--format", fmt, "--out", str(tmp_path / fmt))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / fmt / f"statements.{ext}").stat().st_size > 0
    lines = (tmp_path / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7 and "text" in json.loads(lines[0])


def test_query_errors_are_one_line(store: Path, tmp_path: Path):
    one_line_error(cli("statements", "--db", str(tmp_path / "nope.duckdb")), "nope.duckdb", "no such store")
    one_line_error(cli("sql", "SELEKT 1", "--db", str(store)), "sql")
    one_line_error(cli("sql", "DELETE FROM articles", "--db", str(store)), "read-only")
    one_line_error(cli("statements", "--since", "gestern", "--db", str(store)), "--since", "not a date")
    one_line_error(cli("timeline", "Niemand Bekannt", "--db", str(store)), "no entity")


def test_store_version_and_migrations(tmp_path: Path):
    from whosaid.store.db import connect, store_version
    from whosaid.store.schema import STORE_VERSION

    conn = connect(tmp_path / "m.duckdb", read_only=False)
    assert store_version(conn) == STORE_VERSION
    conn.close()
    conn = connect(tmp_path / "m.duckdb", read_only=False)  # applies nothing twice
    assert conn.execute("SELECT count(*) FROM meta").fetchone()[0] == 1
    conn.close()


def test_duckdb_is_imported_lazily():
    code = "import whosaid, whosaid.cli, whosaid.store.queries, sys; print('duckdb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_migration_to_v2_fills_the_derived_rows_as_a_rebuild_does(tmp_path: Path):
    """A v1 store (statement_entities without the shown columns, no contradiction_rows, no v3 columns) opened
    for writing gets them filled by the migrations, equal to what the rebuild writes; the v3 columns (a time's mod,
    a statement's event time), v4's (its addressee) and v5's (an article's whole record) hold what the analysis found, so a
    migrated store leaves them empty."""
    from whosaid.store.db import connect

    db = tmp_path / "v1.duckdb"
    run_ingest([write_corpus(tmp_path / "in", 6)], db)
    conn = connect(db, read_only=False)
    conn.execute("UPDATE times SET mod = NULL")
    conn.execute("UPDATE statements SET event_time = NULL, event_time_value = NULL, addressee = NULL")
    conn.execute("UPDATE articles SET record = NULL")
    conn.close()
    rebuilt = dump(db)
    assert rebuilt["contradiction_rows"] and rebuilt["statement_entities"]
    conn = connect(db, read_only=False)
    for column in ("published", "outlet", "speaker_name", "cue", "stance", "kind", "content"):
        conn.execute(f"ALTER TABLE statement_entities DROP COLUMN {column}")
    conn.execute("DROP TABLE contradiction_rows")
    conn.execute("ALTER TABLE times DROP COLUMN mod")  # added by v3
    conn.execute("ALTER TABLE statements DROP COLUMN event_time")
    conn.execute("ALTER TABLE statements DROP COLUMN event_time_value")
    conn.execute("ALTER TABLE statements DROP COLUMN addressee")  # added by v4
    conn.execute("ALTER TABLE articles DROP COLUMN record")  # added by v5
    conn.execute("DROP TABLE statements_by_date")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'store_version'")
    conn.close()
    connect(db, read_only=False).close()
    assert dump(db) == rebuilt


def test_a_statement_row_keeps_its_addressee():
    from whosaid.store.write import record_rows

    record = fake_analyze("Anna Berg sagte, die Brücke bleibe gesperrt.")
    addressed = record.statements[0].model_copy(update={"addressee": TextSpan(text="der Zeitung", start=0, end=9)})
    (row,) = record_rows(record.model_copy(update={"statements": [addressed]}))["statements"]
    assert row[-1] == "der Zeitung"


def test_an_article_without_an_outlet_is_stored_as_its_datelines_agency():
    from whosaid.store.write import article_row

    text = "Berlin (dpa) – Anna Berger sagte, es regne."
    record = fake_analyze(text, published="2026-12-04")
    record.article.agency = "dpa"
    assert "dpa" in article_row(record, "a.txt")
    record.article.outlet = "tagesschau.de"  # an outlet of its own wins
    assert "tagesschau.de" in article_row(record, "a.txt") and "dpa" not in article_row(record, "a.txt")
