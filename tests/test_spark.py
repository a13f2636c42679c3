"""The Spark job (whosaid.scale) in local mode: its Parquet tables hold what `whosaid ingest` stores."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shipped_model_exists

STORY = Path(__file__).resolve().parent / "data" / "story"
REPO = Path(__file__).resolve().parents[1]


def _java() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and Path(home, "bin", "java").exists()))


pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None,
                       reason="pyspark is not installed (pip install 'whosaid[spark]')"),
    pytest.mark.skipif(not _java(), reason="no Java runtime for Spark (Debian: apt-get install default-jre-headless)"),
    pytest.mark.skipif(not shipped_model_exists(), reason="the shipped German model is not built"),
]


def write_inputs(folder: Path) -> list[str]:
    """The story as a crawl (four HTML pages and an image in a WARC.gz) and a JSON Lines feed with its fifth
    article, a broken line and that article again."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True)
    line = (STORY / "karsaner-zeitung.jsonl").read_text(encoding="utf-8").strip()
    (folder / "feed.jsonl").write_text(f"{line}\n{{not json\n{line}\n", encoding="utf-8")
    with (folder / "crawl.warc.gz").open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        pages = [(p.stem, "text/html; charset=utf-8", p.read_bytes()) for p in sorted(STORY.glob("*.html"))]
        for name, ctype, body in [*pages[:2], ("logo", "image/png", b"PNG"), *pages[2:]]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example/{name}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
    return [str(folder / "crawl.warc.gz"), str(folder / "feed.jsonl")]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("whosaid-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def runs(spark, tmp_path_factory):
    """The same inputs through `whosaid ingest` and through the Spark job (twice into the same output)."""
    from whosaid.ingest.batch import IngestOptions, ingest
    from whosaid.scale.job import SparkOptions, run

    tmp = tmp_path_factory.mktemp("spark")
    inputs = write_inputs(tmp / "in")
    db = tmp / "ingest.duckdb"
    ingested = ingest(inputs, IngestOptions(db=str(db), progress=False))
    out = tmp / "out"
    first = run(spark, inputs, str(out), SparkOptions(partitions=3))
    files = parts(out / "statements")
    again = run(spark, inputs, str(out), SparkOptions(partitions=3, derive=False))
    return {"tmp": tmp, "db": db, "out": out, "ingested": ingested, "first": first, "again": again,
            "files": files}


def parts(folder: Path) -> list[str]:
    """The part files' numbers (a write names its files part-NNNNN-<job uuid>...)."""
    return sorted(p.name[:10] for p in folder.glob("*.parquet"))


def rows(db: Path, sql: str) -> list[tuple]:
    from whosaid.store.db import connect

    conn = connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def parquet(out: Path, table: str, columns: str) -> list[tuple]:
    import duckdb

    return duckdb.sql(f"SELECT {columns} FROM read_parquet('{out / table / '*.parquet'}') ORDER BY ALL").fetchall()


def test_parquet_tables_hold_the_ingested_records(runs):
    ingested, first = runs["ingested"], runs["first"]
    assert (ingested.stored, len(ingested.failed)) == (5, 1)
    assert (first.articles, first.duplicates, first.failed) == (5, 1, 1)
    db, out = runs["db"], runs["out"]
    statements = rows(db, "SELECT article_id, id FROM statements ORDER BY ALL")
    assert len(statements) >= 10
    assert parquet(out, "statements", "article_id, id") == statements
    # every column of every raw table, row for row; sources named as ingest names them
    from whosaid.store.schema import RAW_TABLES

    for table in RAW_TABLES:
        assert parquet(out, table, "*") == rows(db, f"SELECT * FROM {table} ORDER BY ALL"), table
    (failure,) = parquet(out, "failures", "source, reason")
    assert failure[0].endswith("feed.jsonl:2") and "broken JSON" in failure[1]


def test_a_rerun_overwrites_and_doubles_nothing(runs):
    from whosaid.store.schema import RAW_TABLES

    out, first, again = runs["out"], runs["first"], runs["again"]
    assert (again.articles, again.duplicates, again.failed) == (5, 1, 1)
    assert {t: again.tables[t] for t in RAW_TABLES} == {t: first.tables[t] for t in RAW_TABLES}
    assert parts(out / "statements") == runs["files"]
    assert len(parquet(out, "statements", "article_id, id")) == first.tables["statements"]
    assert len(parquet(out, "articles", "id")) == 5


def test_cross_document_tables_match_the_store_rebuild(runs):
    """Entities, claims and contradictions computed by the Spark stages, loaded into a fresh store, equal the
    store's own rebuild; the query commands read them."""
    from whosaid.store import queries
    from whosaid.store.db import connect
    from whosaid.store.parquet import load_parquet
    from whosaid.store.schema import DERIVED_TABLES, RAW_TABLES

    loaded = runs["tmp"] / "loaded.duckdb"
    counts = load_parquet(runs["out"], str(loaded))
    assert counts["articles"] == 5 and counts["corpus_contradictions"] >= 2
    for table in RAW_TABLES + DERIVED_TABLES:
        sql = f"SELECT * FROM {table} ORDER BY ALL"
        assert rows(loaded, sql) == rows(runs["db"], sql), table
    conn = connect(loaded)
    try:
        assert queries.contradictions(conn).rows
    finally:
        conn.close()
    again = load_parquet(runs["out"], str(loaded))  # nothing new: nothing added
    assert again["articles"] == 0 and again["statements"] == 0


def test_spark_analyze_and_load_parquet_commands(runs, tmp_path: Path):
    """The CLI: load-parquet into a store, then a query command over it; a folder that is no Spark output is a
    one-line error."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    db = tmp_path / "cli.duckdb"
    loaded = subprocess.run([sys.executable, "-m", "whosaid.cli", "load-parquet", str(runs["out"]), "--db", str(db)],
                            capture_output=True, text=True, env=env)
    assert loaded.returncode == 0 and "5 articles added" in loaded.stderr
    listed = subprocess.run([sys.executable, "-m", "whosaid.cli", "statements", "--speaker", "Tarek al-Haddad",
                             "--db", str(db), "--format", "json"], capture_output=True, text=True, env=env)
    assert listed.returncode == 0 and "al-Haddad" in listed.stdout
    bad = subprocess.run([sys.executable, "-m", "whosaid.cli", "load-parquet", str(tmp_path), "--db", str(db)],
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "not a spark-analyze output" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_the_web_ui_reads_a_loaded_store(runs, tmp_path: Path):
    """A store filled by load-parquet holds each article's record (store v5), so the web UI shows its articles as
    it shows ingested ones."""
    pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'whosaid[web]')")
    from fastapi.testclient import TestClient

    from whosaid.record import Record
    from whosaid.store.parquet import load_parquet
    from whosaid.web.app import create_app

    db = tmp_path / "web.duckdb"
    load_parquet(runs["out"], str(db))
    ingested = dict(rows(runs["db"], "SELECT id, record FROM articles"))
    assert len(ingested) == 5 and all(ingested.values())
    assert dict(rows(db, "SELECT id, record FROM articles")) == ingested
    with TestClient(create_app(str(db))) as client:
        for article_id, record in ingested.items():
            response = client.get(f"/api/articles/{article_id}")
            assert response.status_code == 200
            shown = Record.model_validate(response.json()["record"])
            assert shown.model_dump(mode="json", exclude={"article": {"text"}}) == json.loads(record)
            assert client.get(f"/articles/{article_id}").status_code == 200
        assert client.get("/contradictions").status_code == 200
