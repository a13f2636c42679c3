"""Rebuilds the derived tables (entities, names, roles, claims, cross-article contradictions) in one transaction."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from whosaid.corpus.claims import (
    Stmt,
    answered_reports,
    answers_within_stories,
    content_words,
    contradiction,
    group,
    link,
    reports_denied_unnamed,
)
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
    for table, rows in entity_tables(resolved).items():
        bulk_insert(conn, table, rows)


def entity_tables(resolved: list[Resolved]) -> dict[str, list[tuple]]:
    """Rows of entities (statements counted later), entity_map and entity_names for the resolved entities."""
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
    return {
        "entities": [(r.id, r.name, r.type, r.aliases, len({m.article_id for m in r.members}),
                      sum(m.mentions for m in r.members), 0) for r in resolved],
        "entity_map": [(m.article_id, m.entity, r.id) for r in resolved for m in r.members],
        "entity_names": [(k, e, weak, skeleton(k.split()[-1]), len(k.split())) for (k, e), weak in sorted(names.items())],
    }


def _write_statement_entities(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(FILL_STATEMENT_ENTITIES)
    conn.execute("""
        UPDATE entities SET statements = c.n FROM (
            SELECT entity_id, count(*) AS n FROM statement_entities WHERE role = 'speaker' GROUP BY entity_id) c
        WHERE entities.id = c.entity_id""")


# plain SQL that Spark SQL runs too (whosaid.scale)
SELECT_ROLES = """
        SELECT r.role, any_value(r.role_noun), m.entity_id, any_value(e.name), min(a.published), max(a.published),
               count(*)
        FROM role_mentions r
        JOIN entity_map m ON m.article_id = r.article_id AND m.entity = r.entity
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = r.article_id
        GROUP BY r.role, m.entity_id
        ORDER BY r.role, min(a.published), m.entity_id"""


def _write_roles(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("INSERT INTO roles" + SELECT_ROLES)


# what the claim analysis reads: the entities each statement is about, the entities' names, the statements
ABOUT_SQL = "SELECT article_id, statement, entity_id FROM statement_entities WHERE role = 'about'"
ENTITY_NAMES_SQL = "SELECT id, name, aliases FROM entities"
# a statement's speaker entity; ordered as statement_entities is filled, so that both engines read the same rows
SPEAKERS_SQL = ("SELECT entity_id, article_id, statement FROM statement_entities WHERE role = 'speaker' "
                "ORDER BY entity_id, said NULLS LAST, article_id, statement")
# the statements with their speaker's name as the queries show it (the statement_rows view, which Spark lacks)
CLAIM_STATEMENTS_SQL = """
        SELECT s.article_id, s.id, s.said, s.stance, s.content, s.refers_to,
               coalesce(e.name, s.speaker_resolved, s.speaker), s.continues, s.cue_lemma
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN entity_map m ON m.article_id = s.article_id AND m.entity = s.speaker_entity
        LEFT JOIN entities e ON e.id = m.entity_id
        ORDER BY s.article_id, s.id"""


def _write_claims(conn: duckdb.DuckDBPyConnection) -> None:
    tables = claim_tables(conn.execute(ABOUT_SQL).fetchall(), conn.execute(ENTITY_NAMES_SQL).fetchall(),
                          conn.execute(SPEAKERS_SQL).fetchall(), conn.execute(CLAIM_STATEMENTS_SQL).fetchall(),
                          dict(conn.execute("SELECT id, type FROM entities").fetchall()))
    for table, rows in tables.items():
        bulk_insert(conn, table, rows)


SELF_SUBJECT = re.compile(r"^\W*(er|sie|ich|wir)\s+(habe|haben|hätte|sei|wäre|hat|ist|werde|will|wolle)\b",
                          re.IGNORECASE)


def _of_oneself(content: str, person: bool) -> bool:
    """ "er habe in seiner Doktorarbeit abgeschrieben", "ich habe niemanden getroffen": a denial whose subject is a
    personal pronoun, the denier speaking of their own acts; "er"/"sie" only of a denier who is a person ("Die Polizei
    wies Berichte zurück, er sei misshandelt worden" speaks of the detainee)."""
    found = SELF_SUBJECT.match(content)
    return bool(found) and (person or found.group(1).lower() in {"ich", "wir"})


def claim_tables(about_rows, entity_rows, speaker_rows, statement_rows,
                 entity_types: dict[str, str] | None = None) -> dict[str, list[tuple]]:
    """Rows of claims, claim_statements and corpus_contradictions from the rows of ABOUT_SQL, ENTITY_NAMES_SQL,
    SPEAKERS_SQL and CLAIM_STATEMENTS_SQL (in that order); `entity_types` (entity id -> PER, ORG, …) where known."""
    about: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article_id, statement, entity_id in about_rows:
        about[(article_id, statement)].add(entity_id)
    name_words = {e: content_words(" ".join([name, *aliases])) for e, name, aliases in entity_rows}
    speakers = {(a, s): e for e, a, s in speaker_rows}
    statement_rows = list(statement_rows)
    names = {(a, s): name for a, s, *_, name, _, _ in statement_rows}
    continued = {(a, s): (a, root) for a, s, *_, root, _ in statement_rows if root}

    def speaking(key: tuple[str, str]) -> tuple[str, str]:
        """A continuation ("Zudem sei ein Abendessen … bezahlt worden") speaks with its frame's speaker."""
        seen = set()
        while key in continued and not speakers.get(key) and not names.get(key) and key not in seen:
            seen.add(key)
            key = continued[key]
        return key

    statements = []
    for a, s, said, stance, content, refers_to, _, continues, cue_lemma in statement_rows:
        by = speaking((a, s))
        mentioned = set(about.get((a, s), ()))
        person = entity_types is None or entity_types.get(speakers.get(by) or "") == "PER"
        if stance == "deny" and speakers.get(by) and _of_oneself(content or "", person):
            # "Hofacker hat Vorwürfe zurückgewiesen, er habe abgeschrieben": the denier speaks of themselves
            mentioned.add(speakers[by])
        statements.append(Stmt(a, s, said, stance, content or "", refers_to, frozenset(mentioned),
                               frozenset().union(*(name_words.get(e, frozenset()) for e in mentioned)),
                               speaker=speakers.get(by),
                               speaker_words=name_words.get(speakers.get(by), content_words(names.get(by) or "")),
                               cue=cue_lemma or "", continues=continues))
    links = link(statements)
    claims = group(statements, links)
    claim_of = {s.key: c.id for c in claims for s in c.members}
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
    joined = {(r[1], r[3]) for r in rows}
    pairs = {((r[1], r[2]), (r[3], r[4])) for r in rows}
    for claim, counter, reason, score in answers_within_stories(statements, joined, pairs):
        rows.add((claim_of.get(claim.key), claim.article_id, claim.id, counter.article_id, counter.id, score, reason))
    for claim, counter, reason, score in reports_denied_unnamed(statements, {(r[1], r[3]) for r in rows}):
        rows.add((claim_of.get(claim.key), claim.article_id, claim.id, counter.article_id, counter.id, score, reason))
    # a report answered across articles may belong to no claim group yet (claim id None)
    return {
        "claims": [(c.id, c.label, len(c.members), len({s.article_id for s in c.members}),
                    min((s.said for s in c.members if s.said), default=None),
                    max((s.said for s in c.members if s.said), default=None), c.words) for c in claims],
        "claim_statements": [(c.id, s.article_id, s.id) for c in claims for s in c.members],
        "corpus_contradictions": sorted(rows, key=lambda r: (r[0] or "", *r[1:])),
    }
