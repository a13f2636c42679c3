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


# Queries by entity read statement_entities alone (sorted by entity id, so DuckDB skips most of it, and carrying
# the columns shown), and contradictions read contradiction_rows alone: a join back to the million-row statements
# table, even for 500 keys, scans all of it (content included). The rest first pick the (article_id, statement)
# keys they want, ordered and limited, and only then join those rows to statements, articles and the resolved
# speaker names; joining first and filtering later is ten times slower on a million statements.
DECORATE = """
    WITH k AS MATERIALIZED ({keys}),
    s AS MATERIALIZED (
        SELECT st.*, k.* EXCLUDE (article_id, statement) FROM k
        JOIN statements st ON st.article_id = k.article_id AND st.id = k.statement)
    SELECT {columns}
    FROM s JOIN articles a ON a.id = s.article_id
    LEFT JOIN entity_map m ON m.article_id = s.article_id AND m.entity = s.speaker_entity
    LEFT JOIN entities e ON e.id = m.entity_id
    {more}
    ORDER BY s.said NULLS LAST, s.article_id, s.id"""
SPEAKER = "coalesce(e.name, s.speaker_resolved, s.speaker)"
STATEMENT_COLUMNS = f"""s.said, s.published, a.outlet, {SPEAKER} AS speaker, s.cue, s.stance, s.kind,
    s.content, s.article_id, s.id AS statement"""


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def statements(conn: duckdb.DuckDBPyConnection, speaker: str | None = None, about: str | None = None,
               since: date | None = None, limit: int = DEFAULT_LIMIT, *, entity: str | None = None,
               outlet: str | None = None, stance: str | None = None, until: date | None = None) -> Result:
    """Statements by `speaker` (a person, or the organisation its spokesperson speaks for), about `about`, by or
    about `entity`, from `outlet`, of `stance`, said from `since` to `until`."""
    where, extra = [], []
    for value, sql_cond in ((since, "said >= ?"), (until, "said <= ?"), (stance, "stance = ?")):
        if value:
            where.append(sql_cond)
            extra.append(value)
    selects, params = [], []
    for name, role, option in ((speaker, "speaker", "--speaker"), (about, "about", "--about"),
                               (entity, None, "--entity")):
        if name:
            ids = _require(conn, name, option)
            conds = [f"entity_id IN ({_marks(ids)})", *([f"role = '{role}'"] if role else []), *where,
                     *(["outlet = ?"] if outlet else [])]
            selects.append(f"SELECT DISTINCT {ENTITY_STATEMENT_COLUMNS} FROM statement_entities "
                           f"WHERE {' AND '.join(conds)}")
            params += [*ids, *extra, *([outlet] if outlet else [])]
    if not selects:
        if outlet:
            where.append("article_id IN (SELECT id FROM articles WHERE outlet = ?)")
            extra.append(outlet)
        keys = ("SELECT article_id, id AS statement FROM statements" + (f" WHERE {' AND '.join(where)}" if where
                                                                         else "")
                + " ORDER BY said NULLS LAST, article_id, statement LIMIT ?")
        return _run(conn, DECORATE.format(keys=keys, columns=STATEMENT_COLUMNS, more=""), [*extra, limit])
    # statement_entities carries the columns shown (the same on every row of one statement), so the rows of one
    # entity, stored together, answer the query without a join; INTERSECT keeps each statement once
    return _run(conn, " INTERSECT ".join(f"({q})" for q in selects)
                + " ORDER BY said NULLS LAST, article_id, statement LIMIT ?", [*params, limit])


ENTITY_STATEMENT_COLUMNS = """said, published, outlet, speaker_name AS speaker, cue, stance, kind, content, article_id,
    statement"""


def timeline(conn: duckdb.DuckDBPyConnection, name: str | None = None, claim: str | None = None,
             role: str | None = None, limit: int = DEFAULT_LIMIT) -> Result:
    """What an entity said and what was said about it, by date; or the statements of one claim group."""
    if claim:
        keys = ("SELECT c.article_id, c.statement, 'claim' AS role FROM claim_statements c JOIN statements st "
                "ON st.article_id = c.article_id AND st.id = c.statement WHERE c.claim_id = ? "
                "ORDER BY st.said NULLS LAST, c.article_id, c.statement LIMIT ?")
        columns = f"""s.said, s.role, a.outlet, {SPEAKER} AS speaker, s.cue, s.stance, s.content,
            c.claim_id AS claim, s.article_id, s.id AS statement"""
        more = "LEFT JOIN claim_statements c ON c.article_id = s.article_id AND c.statement = s.id"
        return _run(conn, DECORATE.format(keys=keys, columns=columns, more=more), [claim, limit])
    if not name:
        raise OptionError("timeline", "give a NAME or --claim ID")
    ids = _require(conn, name, "NAME")
    # the shown columns come with the entity's statement_entities rows (see `statements`)
    return _run(conn, f"""
        WITH s AS MATERIALIZED (
            SELECT article_id, statement, min(role) AS role, any_value(said) AS said, any_value(outlet) AS outlet,
                   any_value(speaker_name) AS speaker, any_value(cue) AS cue, any_value(stance) AS stance,
                   any_value(content) AS content
            FROM statement_entities WHERE entity_id IN ({_marks(ids)})""" + (" AND role = ?" if role else "") + """
            GROUP BY article_id, statement ORDER BY min(said) NULLS LAST, article_id, statement LIMIT ?)
        SELECT s.said, s.role, s.outlet, s.speaker, s.cue, s.stance, s.content, c.claim_id AS claim, s.article_id,
               s.statement
        FROM s LEFT JOIN claim_statements c ON c.article_id = s.article_id AND c.statement = s.statement
        ORDER BY s.said NULLS LAST, s.article_id, s.statement""", [*ids, *([role] if role else []), limit])


def contradictions(conn: duckdb.DuckDBPyConnection, about: str | None = None, limit: int = DEFAULT_LIMIT) -> Result:
    """Contradictions within articles and across them (a denial against another source's claim of one claim group)."""
    filter_sql, params = "", []
    if about:
        ids = _require(conn, about, "--about")
        filter_sql = (f"WHERE (claim_article, claim) IN (SELECT article_id, statement FROM statement_entities "
                      f"WHERE entity_id IN ({_marks(ids)})) OR (counter_article, counter) IN "
                      f"(SELECT article_id, statement FROM statement_entities WHERE entity_id IN ({_marks(ids)}))")
        params = [*ids, *ids]
    # contradiction_rows holds both sides as shown, in this order (corpus.build fills it on every rebuild)
    return _run(conn, f"""
        SELECT scope, claim_said, claim_outlet, claim_speaker, claim_cue, claim_content,
               counter_said, counter_outlet, counter_speaker, counter_cue, counter_content, reason, claim_id AS claim,
               claim_article, claim AS claim_statement, counter_article, counter AS counter_statement
        FROM contradiction_rows {filter_sql}
        ORDER BY scope DESC, said NULLS LAST, claim_article, claim, counter_article, counter
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
