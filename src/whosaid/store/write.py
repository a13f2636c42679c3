"""Writes one record into the store's raw tables, all its rows in one transaction."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whosaid.record import Record, Statement

if TYPE_CHECKING:
    import duckdb

DERIVED_STALE = "derived_stale"
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BULK_MIN = 200


def write_record(conn: duckdb.DuckDBPyConnection, record: Record, source: str) -> bool:
    """Store `record` unless its article is already stored; True when it was added."""
    a = record.article
    conn.execute("BEGIN")
    try:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", [a.id]).fetchone():
            conn.execute("ROLLBACK")
            return False
        conn.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(article_row(record, source)))
        for table, rows in record_rows(record).items():
            _insert(conn, table, rows)
        # the cross-document tables no longer cover every article until the next rebuild (corpus.build) clears it
        conn.execute(f"INSERT OR REPLACE INTO meta VALUES ('{DERIVED_STALE}', '1')")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def article_row(record: Record, source: str) -> tuple[Any, ...]:
    """The record's row of the `articles` table: its record as JSON without the text, which is in `text`. An
    article with no outlet of its own (a plain text file) is the agency's its dateline names ("Berlin (dpa) –")."""
    a = record.article
    return (a.id, source, a.language, a.published, a.published_source, a.title, a.url, a.outlet or a.agency, a.text,
            record.schema_version, record.model_dump_json(exclude={"article": {"text"}}))


def record_rows(record: Record) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every raw table but `articles` for one record."""
    from whosaid.corpus.roles import role_mentions

    aid = record.article.id
    times = {t.id: t for t in record.times}
    return {
        "article_entities": [(aid, e.id, e.name, e.type, e.aliases, len(e.mentions)) for e in record.entities],
        "mentions": [(aid, e.id, m.text, m.start, m.end) for e in record.entities for m in e.mentions],
        "statements": [_statement_row(aid, s, record.article.published, times) for s in record.statements],
        "statement_entities_local": _statement_entities(record),
        "times": [(aid, t.id, t.text, t.start, t.end, t.type, t.value, t.approximate, t.anchor_fallback, t.mod)
                  for t in record.times],
        "contradictions": [(aid, c.claim, c.counter, c.reason) for c in record.contradictions],
        "role_mentions": [(aid, *row) for row in role_mentions(record)],
    }


def _statement_row(aid: str, s: Statement, published: date | None, times: dict) -> tuple[Any, ...]:
    value = times[s.time].value if s.time in times else None
    said = date.fromisoformat(value) if value and FULL_DATE.match(value) and _valid(value) else published
    sp = s.speaker
    return (aid, s.id, published, said,
            sp.text if sp else None, sp.entity if sp else None, sp.resolved if sp else None,
            sp.organization if sp else None,
            s.cue.text if s.cue else None, s.cue.lemma if s.cue else None,
            s.content.text, s.content.start, s.content.end,
            s.kind, s.stance, s.medium, s.via, s.continues, s.refers_to, s.time, value, s.time_implied,
            s.event_time, times[s.event_time].value if s.event_time in times else None,
            s.addressee.text if s.addressee else None)


def _valid(value: str) -> bool:
    try:
        date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _statement_entities(record: Record) -> list[tuple[str, str, str, str]]:
    aid = record.article.id
    rows: set[tuple[str, str, str, str]] = set()
    for s in record.statements:
        if s.speaker and s.speaker.entity:
            rows.add((aid, s.id, s.speaker.entity, "speaker"))
        if s.speaker and s.speaker.organization:
            rows.add((aid, s.id, s.speaker.organization, "speaker"))
        pieces = s.content.parts or [s.content]
        for e in record.entities:
            if any(p.start <= m.start and m.end <= p.end for m in e.mentions for p in pieces):
                rows.add((aid, s.id, e.id, "about"))
    return sorted(rows)


def _insert(conn: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """One multi-row INSERT per table and article (DuckDB's executemany runs one statement per row)."""
    if not rows:
        return
    width = len(rows[0])
    one = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        conn.execute(f"INSERT INTO {table} VALUES " + ", ".join([one] * len(chunk)),
                     [v for row in chunk for v in row])


def bulk_insert(conn: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert many rows (derived tables) through a temporary JSON Lines file, which DuckDB reads far faster than it
    binds parameters; the caller holds the transaction."""
    if len(rows) < BULK_MIN:
        _insert(conn, table, rows)
        return
    columns = conn.execute(f"DESCRIBE {table}").fetchall()
    names = [c[0] for c in columns]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{table}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str) + "\n")
        spec = "{" + ", ".join(f"'{name}': '{ctype}'" for name, ctype, *_ in columns) + "}"
        conn.execute(f"INSERT INTO {table} SELECT * FROM read_json(?, format = 'newline_delimited', "
                     f"columns = {spec})", [str(path)])
