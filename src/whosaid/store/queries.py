"""The corpus queries behind `whosaid statements | timeline | contradictions | entities | roles | sql`.

Each takes a read-only connection and returns a `Result` (column names and rows). Names are looked up among the
canonical names and aliases of the cross-document entities (`entity_names`, by `corpus.names.name_key`), then among
last names, then as spelling variants (`corpus.names.keys_match`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from whosaid.corpus.names import keys_match, name_key, skeleton
from whosaid.errors import OptionError, StoreError

if TYPE_CHECKING:
    import duckdb

DEFAULT_LIMIT = 500


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _run(conn: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Result:
    cur = conn.execute(sql, params or [])
    return Result([d[0] for d in cur.description], cur.fetchall())


def find_entities(conn: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    """Ids of the cross-document entities called `name`: an exact name or alias, a last name, or a spelling variant."""
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute("SELECT entity_id, weak FROM entity_names WHERE key = ? ORDER BY weak, entity_id",
                        [key]).fetchall()
    strong = [r[0] for r in rows if not r[1]]
    if strong or rows:
        return strong or [r[0] for r in rows]
    tokens = tuple(key.split())
    candidates = conn.execute("SELECT key, entity_id, weak FROM entity_names WHERE last_skeleton = ? AND tokens = ? "
                              "ORDER BY weak, key, entity_id", [skeleton(tokens[-1]), len(tokens)]).fetchall()
    matched = [(k, e, weak) for k, e, weak in candidates if keys_match(tokens, tuple(k.split()))]
    strong = [e for _, e, weak in matched if not weak]
    return list(dict.fromkeys(strong or [e for _, e, _ in matched]))


def _require(conn: duckdb.DuckDBPyConnection, name: str, option: str) -> list[str]:
    ids = find_entities(conn, name)
    if not ids:
        raise OptionError(f"{option} {name}", "no entity of that name in the store (see `whosaid entities`)")
    return ids


STATEMENT_COLUMNS = """s.said, s.published, s.outlet, s.speaker_name AS speaker, s.cue, s.stance, s.kind,
    s.content, s.article_id, s.id AS statement"""


def statements(conn: duckdb.DuckDBPyConnection, speaker: str | None = None, about: str | None = None,
               since: date | None = None, limit: int = DEFAULT_LIMIT) -> Result:
    """Statements by `speaker` (a person, or the organisation a spokesperson speaks for), about `about`, since a date."""
    where, params = ["TRUE"], []
    for name, role, option in ((speaker, "speaker", "--speaker"), (about, "about", "--about")):
        if name:
            ids = _require(conn, name, option)
            where.append(f"(s.article_id, s.id) IN (SELECT article_id, statement FROM statement_entities "
                         f"WHERE role = '{role}' AND entity_id IN ({', '.join('?' * len(ids))}))")
            params += ids
    if since:
        where.append("s.said >= ?")
        params.append(since)
    params.append(limit)
    return _run(conn, f"SELECT {STATEMENT_COLUMNS} FROM statement_rows s WHERE {' AND '.join(where)} "
                      "ORDER BY s.said NULLS LAST, s.article_id, s.id LIMIT ?", params)


def timeline(conn: duckdb.DuckDBPyConnection, name: str | None = None, claim: str | None = None,
             role: str | None = None, limit: int = DEFAULT_LIMIT) -> Result:
    """What an entity said and what was said about it, by date; or the statements of one claim group."""
    if claim:
        keys = "SELECT article_id, statement, 'claim' AS role FROM claim_statements WHERE claim_id = ?"
        params: list[Any] = [claim]
    elif name:
        ids = _require(conn, name, "NAME")
        keys = (f"SELECT article_id, statement, min(role) AS role FROM statement_entities WHERE entity_id IN "
                f"({', '.join('?' * len(ids))})" + (" AND role = ?" if role else "") + " GROUP BY ALL")
        params = [*ids, *([role] if role else [])]
    else:
        raise OptionError("timeline", "give a NAME or --claim ID")
    return _run(conn, f"""
        WITH k AS ({keys})
        SELECT s.said, k.role, s.outlet, s.speaker_name AS speaker, s.cue, s.stance, s.content,
               c.claim_id AS claim, s.article_id, s.id AS statement
        FROM k JOIN statement_rows s ON s.article_id = k.article_id AND s.id = k.statement
        LEFT JOIN claim_statements c ON c.article_id = s.article_id AND c.statement = s.id
        ORDER BY s.said NULLS LAST, s.article_id, s.id LIMIT ?""", [*params, limit])


def contradictions(conn: duckdb.DuckDBPyConnection, about: str | None = None, limit: int = DEFAULT_LIMIT) -> Result:
    """Contradictions within articles and across them (a denial against another source's claim of one claim group)."""
    filter_sql, params = "", []
    if about:
        ids = _require(conn, about, "--about")
        marks = ", ".join("?" * len(ids))
        filter_sql = (f"WHERE (x.claim_article, x.claim) IN (SELECT article_id, statement FROM statement_entities "
                      f"WHERE entity_id IN ({marks})) OR (x.counter_article, x.counter) IN "
                      f"(SELECT article_id, statement FROM statement_entities WHERE entity_id IN ({marks}))")
        params = [*ids, *ids]
    return _run(conn, f"""
        WITH x AS (
            SELECT 'corpus' AS scope, claim_id, claim_article, claim, counter_article, counter, reason
            FROM corpus_contradictions
            UNION ALL
            SELECT 'article', NULL, article_id, claim, article_id, counter, reason FROM contradictions)
        SELECT x.scope, a.said AS claim_said, a.outlet AS claim_outlet, a.speaker_name AS claim_speaker,
               a.cue AS claim_cue, a.content AS claim_content,
               b.said AS counter_said, b.outlet AS counter_outlet, b.speaker_name AS counter_speaker,
               b.cue AS counter_cue, b.content AS counter_content, x.reason, x.claim_id AS claim,
               x.claim_article, x.claim AS claim_statement, x.counter_article, x.counter AS counter_statement
        FROM x
        JOIN statement_rows a ON a.article_id = x.claim_article AND a.id = x.claim
        JOIN statement_rows b ON b.article_id = x.counter_article AND b.id = x.counter
        {filter_sql}
        ORDER BY x.scope DESC, coalesce(a.said, b.said) NULLS LAST, x.claim_article, x.claim, x.counter_article,
                 x.counter
        LIMIT ?""", [*params, limit])


def entities(conn: duckdb.DuckDBPyConnection, name: str | None = None, type: str | None = None,
             limit: int = DEFAULT_LIMIT) -> Result:
    """The cross-document entities, most widely reported first."""
    where, params = ["TRUE"], []
    if name:
        ids = _require(conn, name, "--name")
        where.append(f"id IN ({', '.join('?' * len(ids))})")
        params += ids
    if type:
        where.append("type = ?")
        params.append(type.upper())
    return _run(conn, f"""SELECT id, name, type, articles, mentions, statements, array_to_string(aliases, '; ')
        AS aliases FROM entities WHERE {' AND '.join(where)} ORDER BY articles DESC, mentions DESC, name LIMIT ?""",
                [*params, limit])


def roles(conn: duckdb.DuckDBPyConnection, role: str | None = None, at: tuple[date, date] | None = None,
          limit: int = DEFAULT_LIMIT) -> Result:
    """Who held a role ("irakische Ministerpräsident") when, from role words written next to names; `at` is a
    (first, last) day range the role must overlap."""
    where, params = ["TRUE"], []
    if role:
        where.append("(lower(role) LIKE ? OR lower(role_noun) = ?)")
        params += [f"%{role.lower().strip()}%", role.lower().strip()]
    if at:
        where.append("first <= ? AND last >= ?")
        params += [at[1], at[0]]
    return _run(conn, f"""SELECT role, name, first, last, mentions, entity_id FROM roles
        WHERE {' AND '.join(where)} ORDER BY role, first, name LIMIT ?""", [*params, limit])


def sql(conn: duckdb.DuckDBPyConnection, query: str) -> Result:
    """Any read-only SQL over the store."""
    import duckdb

    try:
        cur = conn.execute(query)
        if cur.description is None:
            return Result([], [])
        return Result([d[0] for d in cur.description], cur.fetchall())
    except duckdb.Error as err:
        raise StoreError("sql", str(err).strip().splitlines()[0][:200]) from None
