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


class EntityType(str, Enum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


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


ID_SUFFIXES = ("_article", "_statement", "_id")
ID_COLUMNS = frozenset({"id", "claim", "article", "statement", "scope"})
NARROW_COLUMNS = frozenset({"said", "published", "first", "last", "claim_said", "counter_said", "type", "kind",
                            "stance", "scope"})
NARROW_CELL = 10
MAX_TABLE_COLUMNS = 10
MAX_CELL = 90
CONTRADICTION_CELL = 240
# a table in a terminal shows the columns a reader needs to follow who said what; --format json/csv has all
STATEMENT_TABLE = ("said", "outlet", "speaker", "cue", "stance", "content")
TIMELINE_TABLE = ("said", "role", "outlet", "speaker", "cue", "content")


def _emit(result, fmt: QueryFormat | None, title: str = "", columns: tuple[str, ...] | None = None,
          hide_ids: bool = True, cell_limit: int = MAX_CELL) -> None:
    """Print a query result; a table shows `columns` (default: all but the id columns, unless `hide_ids` is off)."""
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

        from whosaid.view import add_columns, literal

        if columns is not None:
            shown = [result.columns.index(c) for c in columns if c in result.columns]
        elif hide_ids:
            # a terminal shows the readable columns; ids stay in --format json/csv
            shown = [i for i, col in enumerate(result.columns) if not col.endswith(ID_SUFFIXES)
                     and col not in ID_COLUMNS]
        else:
            shown = list(range(len(result.columns)))
        shown = shown[:MAX_TABLE_COLUMNS]
        table = Table(title=literal(f"{title} ({len(result.rows)} rows)") if title else None, show_lines=True)
        names = [result.columns[i] for i in shown]
        add_columns(table, names, narrow=frozenset(n for n, i in zip(names, shown) if _narrow(n, result, i)))
        for row in result.rows:
            table.add_row(*[literal(_short(_cell(row[i]), cell_limit)) for i in shown])
        Console().print(table)


def _narrow(name: str, result, column: int) -> bool:
    """Columns of short values (dates, labels, counts, ids) are kept on one line."""
    longest = max((len(_cell(row[column])) for row in result.rows[:200]), default=0)
    return longest <= NARROW_CELL or name in NARROW_COLUMNS


def _sides(result):
    """contradictions for a table: each side (date, outlet, speaker, cue, content) in one cell, and the reason."""
    from whosaid.store.queries import Result

    def side(r: dict[str, Any], prefix: str) -> str:
        head = " ".join(_cell(r[f"{prefix}_{k}"]) for k in ("said", "outlet") if r[f"{prefix}_{k}"])
        return f"{head}\n{_cell(r[f'{prefix}_speaker']) or '—'} {_cell(r[f'{prefix}_cue'])}: {_cell(r[f'{prefix}_content'])}"

    rows = [(r["scope"], side(r, "claim"), side(r, "counter"), r["reason"]) for r in result.records()]
    return Result(["scope", "claim", "counter", "reason"], rows)


def _short(text: str, limit: int = MAX_CELL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        _warn_if_stale(conn, db)
        return fn(conn, *args, **kwargs)
    finally:
        conn.close()


def _warn_if_stale(conn, db: str) -> None:
    """One line on stderr when articles were stored after the last rebuild (an ingest interrupted in it)."""
    from whosaid.store.write import DERIVED_STALE

    row = conn.execute("SELECT value FROM meta WHERE key = ?", [DERIVED_STALE]).fetchone()
    if row and row[0] == "1":
        print(f"whosaid: warning: {db}: entities, claims, roles and cross-article contradictions are out of date "
              f"(an ingest was interrupted); rerun `whosaid ingest` with the same inputs or any stored file to "
              f"rebuild them", file=sys.stderr)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to `app`."""

    @app.command()
    def ingest(
        sources: Annotated[list[str], typer.Argument(help="folders, .txt/.html, .jsonl, WikiNews .json, RSS/Atom "
                                                     "feeds, .warc/.warc.gz")],
        db: DbOption = "whosaid.duckdb",
        workers: Annotated[int, typer.Option(min=1, help="analysis processes")] = 1,
        lang: Annotated[Lang, typer.Option(help="de, en or auto (decides per article)")] = Lang.auto,
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
        lang: Annotated[Lang, typer.Option(help="de, en or auto (decides per article)")] = Lang.auto,
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
        _emit(result, format, "statements", columns=STATEMENT_TABLE)

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
        _emit(result, format, f"timeline of {name or claim}", columns=TIMELINE_TABLE)

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
        table = (format or (QueryFormat.table if sys.stdout.isatty() else QueryFormat.json)) is QueryFormat.table
        _emit(_sides(result) if table else result, format, "contradictions", hide_ids=False,
              cell_limit=CONTRADICTION_CELL)

    @app.command()
    def entities(
        name: Annotated[str | None, typer.Option(help="only the entity of this name or alias")] = None,
        type: Annotated[EntityType | None, typer.Option(case_sensitive=False, help="PER, ORG, LOC or MISC")] = None,
        db: DbOption = "whosaid.duckdb",
        format: FormatOption = None,
        limit: LimitOption = 500,
    ) -> None:
        """The entities resolved across articles, with their aliases."""
        from whosaid.store import queries

        with _exit_on_error():
            result = _query(db, queries.entities, name, type.value if type else None, limit)
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
        _emit(result, format, hide_ids=False)


def _print_report(report, db: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from whosaid.view import add_columns, literal

    console = Console(stderr=True)
    line = (f"{report.stored} stored, {report.present} already in {db}, {len(report.failed)} failed "
            f"in {report.seconds:.1f} s")
    if report.rebuild_interrupted:
        line += (" (interrupted while rebuilding the cross-document tables: the articles are stored, the entities, "
                 "claims, roles and cross-article contradictions are out of date; rerun the same command to rebuild)")
    elif report.interrupted:
        line += " (interrupted: rerun the same command to finish)"
    console.print(literal(line), soft_wrap=True)
    for source, warning in report.warnings:
        console.print(literal(f"whosaid: warning: {source}: {warning}"), soft_wrap=True)
    if report.derived:
        console.print(literal("cross-document: " + ", ".join(f"{k} {v}" for k, v in report.derived.items()
                                                             if k in ("entities", "claims", "corpus_contradictions",
                                                                      "roles"))), soft_wrap=True)
    if report.failed:
        table = Table(title="failed inputs")
        add_columns(table, ("input", "reason"), paths=frozenset({"input"}))
        for source, reason in report.failed:
            table.add_row(literal(source), literal(reason))
        console.print(table)
