"""Rebuilds the derived tables (entities, names, roles, claims, cross-article contradictions) in one transaction."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from whosaid.corpus.claims import Stmt, answered_reports, content_words, contradiction, group, link
from whosaid.corpus.names import name_key, skeleton
from whosaid.corpus.resolve import LocalEntity, Resolved, resolve
from whosaid.store.schema import (
    DERIVED_TABLES,
    FILL_CONTRADICTION_ROWS,
    FILL_STATEMENT_ENTITIES,
    FILL_STATEMENTS_BY_DATE,
)
from whosaid.store.write import DERIVED_STALE, bulk_insert

if TYPE_CHECKING:
    import duckdb


def rebuild(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Recompute every derived table from the raw tables; returns row counts."""
    conn.execute("BEGIN")
    try:
        for table in DERIVED_TABLES:
            conn.execute(f"DELETE FROM {table}")
        resolved = resolve([LocalEntity(*row) for row in conn.execute(
            "SELECT article_id, entity, name, type, aliases, mentions FROM article_entities "
            "ORDER BY article_id, entity").fetchall()])
        _write_entities(conn, resolved)
        _write_statement_entities(conn)
        _write_roles(conn)
        _write_claims(conn)
        conn.execute(FILL_CONTRADICTION_ROWS)
        conn.execute(FILL_STATEMENTS_BY_DATE)
        conn.execute(f"INSERT OR REPLACE INTO meta VALUES ('{DERIVED_STALE}', '0')")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DERIVED_TABLES}


def _write_entities(conn: duckdb.DuckDBPyConnection, resolved: list[Resolved]) -> None:
    bulk_insert(conn, "entities", [
        (r.id, r.name, r.type, r.aliases, len({m.article_id for m in r.members}), sum(m.mentions for m in r.members), 0)
        for r in resolved])
    bulk_insert(conn, "entity_map", [(m.article_id, m.entity, r.id) for r in resolved for m in r.members])
    names: dict[tuple[str, str], bool] = {}
    last_names: dict[str, set[str]] = defaultdict(set)
    for r in resolved:
        for name in [r.name, *r.aliases]:
            if name_key(name):
                names[(name_key(name), r.id)] = False
        if r.type == "PER":
            for tokens in r.keys:
                if len(tokens) > 1:
                    last_names[tokens[-1]].add(r.id)
    for last, ids in last_names.items():
        for entity_id in ids:
            names.setdefault((last, entity_id), True)
    bulk_insert(conn, "entity_names", [(k, e, weak, skeleton(k.split()[-1]), len(k.split()))
                                       for (k, e), weak in sorted(names.items())])


def _write_statement_entities(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(FILL_STATEMENT_ENTITIES)
    conn.execute("""
        UPDATE entities SET statements = c.n FROM (
            SELECT entity_id, count(*) AS n FROM statement_entities WHERE role = 'speaker' GROUP BY entity_id) c
        WHERE entities.id = c.entity_id""")


def _write_roles(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("""
        INSERT INTO roles
        SELECT r.role, any_value(r.role_noun), m.entity_id, any_value(e.name), min(a.published), max(a.published),
               count(*)
        FROM role_mentions r
        JOIN entity_map m ON m.article_id = r.article_id AND m.entity = r.entity
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = r.article_id
        GROUP BY r.role, m.entity_id
        ORDER BY r.role, min(a.published), m.entity_id""")


def _write_claims(conn: duckdb.DuckDBPyConnection) -> None:
    about: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article_id, statement, entity_id in conn.execute(
            "SELECT article_id, statement, entity_id FROM statement_entities WHERE role = 'about'").fetchall():
        about[(article_id, statement)].add(entity_id)
    name_words = {e: content_words(" ".join([name, *aliases])) for e, name, aliases in conn.execute(
        "SELECT id, name, aliases FROM entities").fetchall()}
    speakers = {(a, s): e for e, a, s in conn.execute(
        "SELECT entity_id, article_id, statement FROM statement_entities WHERE role = 'speaker'").fetchall()}
    statements = [Stmt(a, s, said, stance, content or "", refers_to, frozenset(about.get((a, s), ())),
                       frozenset().union(*(name_words.get(e, frozenset()) for e in about.get((a, s), ()))),
                       speaker=speakers.get((a, s)),
                       speaker_words=name_words.get(speakers.get((a, s)), content_words(speaker_name or "")))
                  for a, s, said, stance, content, refers_to, speaker_name in conn.execute(
                      "SELECT article_id, id, said, stance, content, refers_to, speaker_name FROM statement_rows "
                      "ORDER BY article_id, id").fetchall()]
    links = link(statements)
    claims = group(statements, links)
    claim_of = {s.key: c.id for c in claims for s in c.members}
    bulk_insert(conn, "claims", [
        (c.id, c.label, len(c.members), len({s.article_id for s in c.members}),
         min((s.said for s in c.members if s.said), default=None),
         max((s.said for s in c.members if s.said), default=None), c.words) for c in claims])
    bulk_insert(conn, "claim_statements", [(c.id, s.article_id, s.id) for c in claims for s in c.members])
    rows = set()
    for ln in links:
        found = contradiction(ln)
        if found:
            claim, counter, reason = found
            shared = ", ".join(f for f in ln.shared if not f.startswith("E"))[:120]
            rows.add((claim_of[claim.key], claim.article_id, claim.id, counter.article_id, counter.id, ln.score,
                      f"{reason}; shared: {shared}" if shared else reason))
    paired = {(r[1], r[2], r[3], r[4]) for r in rows}
    for claim, counter, reason, score in answered_reports(statements, links):
        if (claim.article_id, claim.id, counter.article_id, counter.id) not in paired:
            rows.add((claim_of.get(claim.key), claim.article_id, claim.id, counter.article_id, counter.id, score,
                      reason))
    # a report answered across articles may belong to no claim group yet (claim id None)
    bulk_insert(conn, "corpus_contradictions", sorted(rows, key=lambda r: (r[0] or "", *r[1:])))

