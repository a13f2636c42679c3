"""Corpus commands (ingest, export, queries) registered on the main CLI; the work is in ingest.batch and store."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from typing import Annotated, Any

import typer

from whosaid.errors import OptionError, WhosaidError

DB_HELP = "the store (a DuckDB file)"
DbOption = Annotated[str, typer.Option("--db", help=DB_HELP)]
YEAR = re.compile(r"^\d{4}$")


class QueryFormat(str, Enum):
    json = "json"
    csv = "csv"
    table = "table"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class Lang(str, Enum):
    de = "de"
    en = "en"
    auto = "auto"


FormatOption = Annotated[QueryFormat | None, typer.Option("--format", help="json, csv or table "
                                                             "(default: table in a terminal, JSON when piped)")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, help="at most this many rows")]


def _fail(err: WhosaidError) -> None:
    print(f"whosaid: error: {err}", file=sys.stderr)
    raise typer.Exit(2)


@contextmanager
def _exit_on_error() -> Iterator[None]:
    """A WhosaidError inside becomes the one-line message and exit code 2."""
    try:
        yield
    except WhosaidError as err:
        _fail(err)


def _date(value: str | None, option: str) -> date | None:
    from whosaid.api import parse_published

    return parse_published(value, option) if value else None


def _emit(result, fmt: QueryFormat | None, title: str = "") -> None:
    chosen = fmt or (QueryFormat.table if sys.stdout.isatty() else QueryFormat.json)
    if chosen is QueryFormat.json:
        print(json.dumps(result.records(), ensure_ascii=False, indent=2, default=_jsonable))
    elif chosen is QueryFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_cell(v) for v in row] for row in result.rows])
    else:
        from rich.console import Console
        from rich.table import Table

        # a terminal shows the readable columns; ids stay in --format json/csv
        shown = [i for i, col in enumerate(result.columns) if not col.endswith(ID_SUFFIXES) and col not in ID_COLUMNS]
        shown = shown[:MAX_TABLE_COLUMNS]
        table = Table(title=f"{title} ({len(result.rows)} rows)" if title else None, show_lines=True)
        for i in shown:
            table.add_column(result.columns[i], overflow="fold")
        for row in result.rows:
            table.add_row(*[_short(_cell(row[i])) for i in shown])
        Console().print(table)


ID_SUFFIXES = ("_article", "_statement", "_id")
ID_COLUMNS = frozenset({"id", "claim", "article", "statement", "scope"})
MAX_TABLE_COLUMNS = 10
MAX_CELL = 90


def _short(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _query(db: str, fn, *args, **kwargs):
    from whosaid.store.db import connect

    conn = connect(db, read_only=True)
    try:
        return fn(conn, *args, **kwargs)
    finally:
        conn.close()


def register(app: typer.Typer) -> None:
    """Add the corpus commands to `app`."""

    @app.command()
    def ingest(
        sources: Annotated[list[str], typer.Argument(help="folders, .txt/.html, .jsonl, WikiNews .json, RSS/Atom "
                                                     "feeds, .warc/.warc.gz")],
        db: DbOption = "whosaid.duckdb",
        workers: Annotated[int, typer.Option(min=1, help="analysis processes")] = 1,
        lang: Annotated[Lang, typer.Option(help="de, en or auto")] = Lang.de,
        max_bytes: Annotated[int, typer.Option(min=1, help="refuse inputs larger than this")] = 20 * 1024 * 1024,
    ) -> None:
        """Analyse many articles into the store; rerun the same command to finish an interrupted ingest."""
        from whosaid.ingest.batch import IngestOptions
        from whosaid.ingest.batch import ingest as run_ingest

        with _exit_on_error():
            report = run_ingest(sources, IngestOptions(db=db, workers=workers, lang=lang.value, max_bytes=max_bytes))
        _print_report(report, db)
        if report.interrupted:
            raise typer.Exit(130)
        if report.failed:
            raise typer.Exit(1)

    @app.command("spark-analyze")
    def spark_analyze(
        paths: Annotated[list[str], typer.Argument(metavar="INPUT... OUTPUT",
                                                   help="inputs (.jsonl, .warc/.warc.gz, .txt/.html, or folders; "
                                                        "local or any Hadoop file system), then the output folder")],
        master: Annotated[str | None, typer.Option(help="Spark master URL, e.g. local[4] or spark://host:7077 "
                                                        "(default: the Spark configuration's)")] = None,
        partitions: Annotated[int | None, typer.Option(min=1, help="analysis partitions (default: twice the "
                                                                   "default parallelism)")] = None,
        lang: Annotated[Lang, typer.Option(help="de, en or auto")] = Lang.de,
        derive: Annotated[bool, typer.Option(help="also compute the cross-document tables")] = True,
    ) -> None:
        """Analyse many articles with Apache Spark into Parquet tables OUTPUT/<table> (the store's tables; load them
        with `whosaid load-parquet`). Needs the spark extra."""
        with _exit_on_error():
            if len(paths) < 2:
                raise OptionError("spark-analyze", "give at least one INPUT and the OUTPUT folder")
            from whosaid.scale.job import SparkOptions, run, spark_session, summary

            spark = spark_session(master)
            report = run(spark, paths[:-1], paths[-1], SparkOptions(master, partitions, lang.value, derive=derive))
        print(summary(report, paths[-1]), file=sys.stderr)

    @app.command("load-parquet")
    def load_parquet(
        output: Annotated[str, typer.Argument(help="a folder written by `whosaid spark-analyze`")],
        db: DbOption = "whosaid.duckdb",
    ) -> None:
        """Load the Parquet tables of a Spark run into the store, so that every query command reads them."""
        from whosaid.store.parquet import load_parquet as run_load

        with _exit_on_error():
            counts = run_load(output, db)
        print(f"{counts['articles']} articles added to {db}; " + ", ".join(
            f"{t} {counts[t]}" for t in ("statements", "entities", "claims", "corpus_contradictions")),
            file=sys.stderr)

    @app.command()
    def export(
        out: Annotated[str, typer.Option("--out", help="folder for one file per table")],
        format: Annotated[ExportFormat, typer.Option("--format", help="parquet, csv or jsonl")] = ExportFormat.parquet,
        db: DbOption = "whosaid.duckdb",
    ) -> None:
        """Export every table of the store."""
        from whosaid.store.export import export as run_export

        with _exit_on_error():
            files = _query(db, run_export, out, format.value)
        for f in files:
            print(f)

    @app.command()
    def statements(
        speaker: Annotated[str | None, typer.Option(help="who said it (name or alias)")] = None,
        about: Annotated[str | None, typer.Option(help="an entity the statement is about")] = None,
        since: Annotated[str | None, typer.Option(help="said on or after, YYYY-MM-DD")] = None,
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
        limit: LimitOption = 500,
    ) -> None:
        """Statements across the corpus, by speaker, topic entity and date."""
        from whosaid.store import queries

        with _exit_on_error():
            result = _query(db, queries.statements, speaker, about, _date(since, "--since"), limit)
        _emit(result, format, "statements")

    @app.command()
    def timeline(
        name: Annotated[str | None, typer.Argument(help="an entity: its statements and those about it")] = None,
        claim: Annotated[str | None, typer.Option(help="a claim group id instead of a name")] = None,
        role: Annotated[str | None, typer.Option("--as", help="speaker or about")] = None,
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
        limit: LimitOption = 500,
    ) -> None:
        """A dated timeline per entity, per speaker (--as speaker) or per claim (--claim ID)."""
        from whosaid.store import queries

        with _exit_on_error():
            if role not in (None, "speaker", "about"):
                raise OptionError(f"--as {role}", "choose speaker or about")
            result = _query(db, queries.timeline, name, claim, role, limit)
        _emit(result, format, f"timeline of {name or claim}")

    @app.command()
    def contradictions(
        about: Annotated[str | None, typer.Option(help="only those involving this entity")] = None,
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
        limit: LimitOption = 500,
    ) -> None:
        """Contradictions within articles and across them, with both sources and dates."""
        from whosaid.store import queries

        with _exit_on_error():
            result = _query(db, queries.contradictions, about, limit)
        _emit(result, format, "contradictions")

    @app.command()
    def entities(
        name: Annotated[str | None, typer.Option(help="only the entity of this name or alias")] = None,
        type: Annotated[str | None, typer.Option(help="PER, ORG, LOC or MISC")] = None,
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
        limit: LimitOption = 500,
    ) -> None:
        """The entities resolved across articles, with their aliases."""
        from whosaid.store import queries

        with _exit_on_error():
            result = _query(db, queries.entities, name, type, limit)
        _emit(result, format, "entities")

    @app.command()
    def roles(
        role: Annotated[str | None, typer.Argument(help="a role word or phrase, e.g. Ministerpräsident")] = None,
        at: Annotated[str | None, typer.Option(help="held on this day or in this year (YYYY-MM-DD, YYYY)")] = None,
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
        limit: LimitOption = 500,
    ) -> None:
        """Who held which role when, from role words written next to names."""
        from whosaid.store import queries

        with _exit_on_error():
            span = None
            if at and YEAR.match(at):
                span = (date(int(at), 1, 1), date(int(at), 12, 31))
            elif at:
                day = _date(at, "--at")
                span = (day, day)
            result = _query(db, queries.roles, role, span, limit)
        _emit(result, format, "roles")

    @app.command()
    def sql(
        query: Annotated[str, typer.Argument(help="a SELECT over the store's tables (read-only)")],
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
    ) -> None:
        """Run read-only SQL over the store (tables: articles, statements, entities, claims, ...)."""
        from whosaid.store import queries

        with _exit_on_error():
            result = _query(db, queries.sql, query)
        _emit(result, format)


def _print_report(report, db: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    line = (f"{report.stored} stored, {report.present} already in {db}, {len(report.failed)} failed "
            f"in {report.seconds:.1f} s")
    if report.interrupted:
        line += " (interrupted: rerun the same command to finish)"
    console.print(line, highlight=False)
    if report.derived:
        console.print("cross-document: " + ", ".join(f"{k} {v}" for k, v in report.derived.items()
                                                     if k in ("entities", "claims", "corpus_contradictions",
                                                              "roles")), highlight=False)
    if report.failed:
        table = Table(title="failed inputs")
        table.add_column("input", overflow="fold")
        table.add_column("reason", overflow="fold")
        for source, reason in report.failed:
            table.add_row(source, reason)
        console.print(table)
