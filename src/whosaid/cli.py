"""The command line: declares arguments only; the work is done by the Python API."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from whosaid.errors import InputError, WhosaidError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Who said what, when, according to whom.")


def _print_version(value: bool) -> None:
    if value:
        from whosaid import __version__
        from whosaid.record import SCHEMA_VERSION

        print(f"whosaid {__version__} (record schema {SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    """Who said what, when, according to whom."""


class OutputFormat(str, Enum):
    json = "json"
    table = "table"


def _fail(err: WhosaidError) -> None:
    print(f"whosaid: error: {err}", file=sys.stderr)
    raise typer.Exit(2)


@app.command()
def analyze(
    path: Annotated[str, typer.Argument(help="article file (.txt, .html) or - for standard input")],
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    lang: Annotated[str, typer.Option(help="de, en or auto")] = "auto",
    format: Annotated[OutputFormat | None, typer.Option("--format", help="json or table")] = None,
    model: Annotated[str | None, typer.Option(help="an installed spaCy pipeline to use instead of ours")] = None,
) -> None:
    """Analyse one article and print its record."""
    from whosaid.api import analyze as analyze_text
    from whosaid.api import parse_published
    from whosaid.assemble import ArticleMeta
    from whosaid.ingest.text import read_bytes, read_path
    from whosaid.lang import SUPPORTED

    try:
        if lang != "auto" and lang not in SUPPORTED:
            raise InputError(f"--lang {lang}", f"unsupported language; choose one of auto, {', '.join(SUPPORTED)}")
        day = parse_published(published)
        doc = read_bytes(sys.stdin.buffer.read(), "<stdin>") if path == "-" else read_path(path)
        for warning in doc.warnings:
            print(f"whosaid: warning: {doc.source}: {warning}", file=sys.stderr)
        meta = ArticleMeta(
            published=day or doc.published,
            published_source="given" if day else doc.published_source,
            title=doc.title,
            url=doc.url,
            outlet=doc.outlet,
        )
        record = analyze_text(doc.text, published=meta.published, lang=None if lang == "auto" else lang,
                              model=model, meta=meta)
    except WhosaidError as err:
        _fail(err)
    chosen = format or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.json)
    if chosen is OutputFormat.json:
        print(record.model_dump_json(indent=2))
    else:
        from whosaid.view import print_record

        print_record(record)


DEMO_ARTICLE = "hafen-streit.txt"
DEMO_PUBLISHED = "2026-03-13"


@app.command()
def demo(
    format: Annotated[OutputFormat | None, typer.Option("--format", help="json or table")] = None,
) -> None:
    """Analyse the demo article that ships with whosaid (written for the project, published 2026-03-13)."""
    from importlib import resources

    path = resources.files("whosaid.demo").joinpath(DEMO_ARTICLE)
    analyze(str(path), published=DEMO_PUBLISHED, lang="de", format=format or OutputFormat.table, model=None)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from whosaid.record import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def score(
    record: Annotated[Path, typer.Argument(help="a record JSON written by `whosaid analyze`")],
    gold: Annotated[Path, typer.Argument(help="a gold file in the format of the sample's .gold.json")],
) -> None:
    """Score a record against a gold annotation (statements, times, entities, contradictions)."""
    from whosaid.evaluate.gold import format_score, score_record
    from whosaid.record import Record

    try:
        rec = Record.model_validate_json(_read(record))
        gold_data = json.loads(_read(gold))
    except WhosaidError as err:
        _fail(err)
    except ValueError as err:
        _fail(InputError(str(record), f"not a valid record or gold JSON ({str(err).splitlines()[0][:100]})"))
    try:
        if not isinstance(gold_data, dict) or "statements" not in gold_data:
            raise InputError(str(gold), "not a gold file (a JSON object with statements, times, entities)")
        if "schema_version" in gold_data and "article" in gold_data:
            raise InputError(str(gold), "is a whosaid record, not a gold file (give the record first, the gold second)")
        try:
            result = score_record(rec, gold_data)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as err:
            raise InputError(str(gold), f"not a gold file in the sample's format ({type(err).__name__}: "
                             f"{str(err).splitlines()[0][:80] if str(err) else ''})") from None
    except WhosaidError as err:
        _fail(err)
    print(format_score(result))


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", help="the store (a DuckDB file), opened read-only")] = "whosaid.duckdb",
    host: Annotated[str, typer.Option(help="address to listen on; anything but localhost exposes the store")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port to listen on")] = 8000,
    max_bytes: Annotated[int, typer.Option(min=1, help="the largest article the analyse page accepts")] = 200_000,
) -> None:
    """Serve a local web UI over the store: articles with their statements marked, speakers, timelines,
    contradictions, search, and an analyse page that stores nothing."""
    try:
        import uvicorn

        from whosaid.web.app import create_app
    except ImportError as err:
        print(f"whosaid: error: serve needs the web extra (pip install 'whosaid[web]'): {err}", file=sys.stderr)
        raise typer.Exit(2) from None
    from whosaid.store.db import connect

    try:
        connect(db, read_only=True).close()
    except WhosaidError as err:
        _fail(err)
    if host not in LOCAL_HOSTS:
        print(f"whosaid: warning: listening on {host}, not only this machine: anyone who can reach port {port} can "
              "read the store and use the analyse page", file=sys.stderr)
    uvicorn.run(create_app(db, max_bytes=max_bytes), host=host, port=port, log_level="info")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(str(path), err.strerror or "cannot read") from None


def _register_corpus_commands() -> None:
    from whosaid.corpus_cli import register

    register(app)


_register_corpus_commands()

if __name__ == "__main__":
    app()
