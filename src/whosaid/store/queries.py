"""The corpus queries behind `whosaid statements | timeline | contradictions | entities | roles | sql`.

Each takes a read-only connection and returns a `Result` (column names and rows). Names are looked up among the
canonical names and aliases of the cross-document entities (`entity_names`, by `corpus.names.name_key`), then among
last names, then as spelling variants (`corpus.names.keys_match`).
"""

from __future__ import annotations

import json
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
    """The entities called `name`, or the one whose id it is."""
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", [name]).fetchone():
        return [name]
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


def _selection(conn: duckdb.DuckDBPyConnection, speaker: str | None, about: str | None, entity: str | None,
               outlet: str | None, stance: str | None, since: date | None,
               until: date | None) -> tuple[str | None, list[str], list[Any]]:
    """The statements a filter selects: SQL over statement_entities (with the columns shown) when an entity is
    named, else None and the WHERE conditions on statements; and the parameters."""
    where, extra = [], []
    for value, condition in ((since, "said >= ?"), (until, "said <= ?"), (stance, "stance = ?")):
        if value:
            where.append(condition)
            extra.append(value)
    selects, params = [], []
    for name, role, option in ((speaker, "speaker", "--speaker"), (about, "about", "--about"),
                               (entity, None, "--entity")):
        if name:
            ids = _require(conn, name, option)
            conditions = [f"entity_id IN ({_marks(ids)})", *([f"role = '{role}'"] if role else []), *where,
                          *(["outlet = ?"] if outlet else [])]
            selects.append(f"SELECT DISTINCT {ENTITY_STATEMENT_COLUMNS} FROM statement_entities "
                           f"WHERE {' AND '.join(conditions)}")
            params += [*ids, *extra, *([outlet] if outlet else [])]
    if selects:
        # statement_entities carries the columns shown (the same on every row of one statement), so the rows of
        # one entity, stored together, answer the query without a join; INTERSECT keeps each statement once
        return " INTERSECT ".join(f"({q})" for q in selects), [], params
    if outlet:
        where.append("outlet = ?")
        extra.append(outlet)
    return None, where, extra


def statements(conn: duckdb.DuckDBPyConnection, speaker: str | None = None, about: str | None = None,
               since: date | None = None, limit: int = DEFAULT_LIMIT, *, entity: str | None = None,
               outlet: str | None = None, stance: str | None = None, until: date | None = None) -> Result:
    """Statements by `speaker` (a person, or the organisation its spokesperson speaks for), about `about`, by or
    about `entity`, from `outlet`, of `stance`, said from `since` to `until`."""
    selected, where, params = _selection(conn, speaker, about, entity, outlet, stance, since, until)
    if not selected:
        # statements_by_date holds the columns shown, sorted by date: the first rows that match end the scan
        selected = f"SELECT {BY_DATE_COLUMNS} FROM statements_by_date WHERE {' AND '.join(where) or 'TRUE'}"
    return _run(conn, selected + " ORDER BY said NULLS LAST, article_id, statement LIMIT ?", [*params, limit])


def statement_counts(conn: duckdb.DuckDBPyConnection, speaker: str | None = None, about: str | None = None,
                     since: date | None = None, *, entity: str | None = None, outlet: str | None = None,
                     stance: str | None = None, until: date | None = None) -> Result:
    """How many statements `statements` selects with these filters, per period (see `periods`) and stance."""
    selected, where, params = _selection(conn, speaker, about, entity, outlet, stance, since, until)
    source = (f"SELECT said AS day, stance AS key FROM ({selected})" if selected else
              f"SELECT said AS day, stance AS key FROM statements_by_date WHERE {' AND '.join(where) or 'TRUE'}")
    return periods(conn, source, params)


def periods(conn: duckdb.DuckDBPyConnection, source: str, params: list[Any]) -> Result:
    """Counts per period and key of the rows (day, key) that `source` selects: columns day (the period's first day),
    unit (the same on every row: day over up to two months, month over up to six years, year beyond), key and n."""
    days = conn.execute(f"SELECT day, key, count(*) FROM ({source}) WHERE day IS NOT NULL GROUP BY ALL",
                        params).fetchall()
    if not days:
        return Result(["day", "unit", "key", "n"], [])
    span = (max(d for d, _, _ in days) - min(d for d, _, _ in days)).days
    unit = "day" if span < 62 else "month" if span < 2190 else "year"
    counts: dict[tuple[date, str], int] = {}
    for day, key, n in days:
        start = day if unit == "day" else day.replace(day=1) if unit == "month" else day.replace(month=1, day=1)
        counts[(start, key)] = counts.get((start, key), 0) + n
    return Result(["day", "unit", "key", "n"], [(day, unit, key, n) for (day, key), n in sorted(counts.items())])


ENTITY_STATEMENT_COLUMNS = """said, published, outlet, speaker_name AS speaker, cue, stance, kind, content, article_id,
    statement"""
BY_DATE_COLUMNS = "said, published, outlet, speaker, cue, stance, kind, content, article_id, statement"


def timeline(conn: duckdb.DuckDBPyConnection, name: str | None = None, claim: str | None = None,
             role: str | None = None, limit: int = DEFAULT_LIMIT) -> Result:
    """What an entity said and what was said about it, by date; or the statements of one claim group."""
    if claim:
        if not conn.execute("SELECT count(*) FROM claims WHERE id = ?", [claim]).fetchone()[0]:
            raise OptionError(f"--claim {claim}", "no claim group of that id in the store (the claim column of "
                              "`whosaid timeline NAME --format json` lists them)")
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


# The queries behind the web UI (whosaid serve): the overview, one article as a record, one entity, and search.
# An article's rows are found by article_id; an entity's rows by entity_id in statement_entities (sorted by it).

def overview(conn: duckdb.DuckDBPyConnection, limit: int = 12) -> dict[str, Any]:
    """Counts, time range, outlets, most quoted speakers and articles per period."""
    counts = _run(conn, """SELECT (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM contradiction_rows) AS contradictions,
        (SELECT min(published) FROM articles) AS first, (SELECT max(published) FROM articles) AS last""")
    return {
        "counts": counts.records()[0],
        "outlets": _run(conn, """SELECT outlet, count(*) AS articles, min(published) AS first, max(published) AS last
            FROM articles GROUP BY outlet ORDER BY articles DESC, outlet NULLS LAST LIMIT ?""", [limit]),
        "speakers": _run(conn, """SELECT id, name, type, statements, articles FROM entities WHERE statements > 0
            ORDER BY statements DESC, articles DESC, name LIMIT ?""", [limit]),
        "per_period": periods(conn, "SELECT published AS day, 'articles' AS key FROM articles", []),
    }


def articles(conn: duckdb.DuckDBPyConnection, outlet: str | None = None, limit: int = 50,
             offset: int = 0) -> Result:
    """Articles, newest first."""
    return _run(conn, "SELECT id, published, outlet, title, language FROM articles"
                + (" WHERE outlet = ?" if outlet else "")
                + " ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                [*([outlet] if outlet else []), limit, offset])


def outlets(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet").fetchall()]


@dataclass
class StoredArticle:
    """An article read back from the store as a record, with the cross-document entity of each of its entities."""

    record: Any  # whosaid.record.Record
    entity_ids: dict[str, str]  # article entity id -> cross-document entity id
    entity_names: dict[str, str]  # cross-document entity id -> its name


def article(conn: duckdb.DuckDBPyConnection, article_id: str) -> StoredArticle | None:
    """The record of one stored article, as the analysis wrote it (offsets into its text)."""
    from whosaid.record import Record

    row = conn.execute("SELECT text, record FROM articles WHERE id = ?", [article_id]).fetchall()
    if not row:
        return None
    text, stored = row[0]
    if stored:
        data = json.loads(stored)
        data["article"]["text"] = text or ""
        record = Record.model_validate(data)
    else:
        record = _rebuilt_record(conn, article_id)
    linked = conn.execute("""SELECT m.entity, m.entity_id, e.name FROM entity_map m JOIN entities e
        ON e.id = m.entity_id WHERE m.article_id = ?""", [article_id]).fetchall()
    return StoredArticle(record, {local: gid for local, gid, _ in linked}, {gid: name for _, gid, name in linked})


def _rebuilt_record(conn: duckdb.DuckDBPyConnection, article_id: str) -> Any:
    """The record of an article stored before store version 5 (which keeps it whole), from the tables: the parts of
    a split cue or content and the quoted stretches are lost, speaker and cue are found by their text."""
    from whosaid.record import (
        Article,
        Content,
        Contradiction,
        Cue,
        Entity,
        Record,
        Speaker,
        Statement,
        TextSpan,
        Time,
    )

    a = _run(conn, """SELECT id, language, published, published_source, title, url, outlet, text, record_version
        FROM articles WHERE id = ?""", [article_id]).records()[0]
    text = a["text"] or ""
    mentions: dict[str, list[TextSpan]] = {}
    for entity, start, end in conn.execute('SELECT entity, start, "end" FROM mentions WHERE article_id = ? '
                                           'ORDER BY start', [article_id]).fetchall():
        mentions.setdefault(entity, []).append(TextSpan(text=text[start:end], start=start, end=end))
    entities = [Entity(id=e, name=name, type=etype, aliases=list(aliases or []), mentions=mentions.get(e, []))
                for e, name, etype, aliases in conn.execute(
                    "SELECT entity, name, type, aliases FROM article_entities WHERE article_id = ? ORDER BY entity",
                    [article_id]).fetchall()]
    statements = []
    for s in _run(conn, "SELECT * FROM statements WHERE article_id = ? ORDER BY length(id), id",
                  [article_id]).records():
        start, end = s["content_start"], s["content_end"]
        speaker = cue = addressee = None
        if s["speaker"] is not None:
            where = _near(text, s["speaker"], start, end)
            speaker = Speaker(text=where.text, start=where.start, end=where.end, entity=s["speaker_entity"],
                              resolved=s["speaker_resolved"], organization=s["speaker_org"])
        if s["cue"] is not None:
            parts = [_near(text, p, start, end) for p in s["cue"].split(" ... ")]
            cue = Cue(text=s["cue"], lemma=s["cue_lemma"] or "", start=parts[0].start, end=parts[-1].end,
                      parts=parts if len(parts) > 1 else [])
        if s.get("addressee"):
            addressee = _near(text, s["addressee"], start, end)
        statements.append(Statement(
            id=s["id"], speaker=speaker, cue=cue, content=Content(text=s["content"], start=start, end=end),
            kind=s["kind"], stance=s["stance"], medium=s["medium"], addressee=addressee, via=s["via"],
            continues=s["continues"], refers_to=s["refers_to"], time=s["time"], time_implied=bool(s["time_implied"]),
            event_time=s.get("event_time")))
    times = [Time(id=t["id"], text=t["text"], start=t["start"], end=t["end"], type=t["type"], value=t["value"],
                  approximate=bool(t["approximate"]), mod=t.get("mod"), anchor_fallback=bool(t["anchor_fallback"]))
             for t in _run(conn, "SELECT * FROM times WHERE article_id = ? ORDER BY start", [article_id]).records()]
    contradictions = [Contradiction(claim=c, counter=d, reason=r) for c, d, r in conn.execute(
        "SELECT claim, counter, reason FROM contradictions WHERE article_id = ? ORDER BY claim, counter",
        [article_id]).fetchall()]
    return Record(
        schema_version=a["record_version"] or Record.model_fields["schema_version"].default,
        article=Article(id=a["id"], language=a["language"] or "de", published=a["published"],
                        published_source=a["published_source"] or "none", title=a["title"], url=a["url"],
                        outlet=a["outlet"], text=text),
        entities=entities, statements=statements, times=times, contradictions=contradictions)


def _near(text: str, needle: str, start: int, end: int, reach: int = 400) -> Any:
    """Where `needle` stands nearest to a statement's content; an empty span at the content's start when it is not
    found."""
    from whosaid.record import TextSpan

    best = None
    lo = max(0, start - reach)
    at = text.find(needle, lo, end + reach) if needle else -1
    while at != -1:
        distance = start - (at + len(needle)) if at < start else at - end
        if best is None or abs(distance) < abs(best[0]):
            best = (distance, at)
        at = text.find(needle, at + 1, end + reach)
    if best is None:
        return TextSpan(text="", start=start, end=start)
    return TextSpan(text=needle, start=best[1], end=best[1] + len(needle))


def article_contradictions(conn: duckdb.DuckDBPyConnection, article_id: str) -> Result:
    """Contradictions either side of which is in this article, within it or across articles."""
    return _run(conn, """
        SELECT scope, claim_said, claim_outlet, claim_speaker, claim_cue, claim_content,
               counter_said, counter_outlet, counter_speaker, counter_cue, counter_content, reason, claim_id AS claim,
               claim_article, claim AS claim_statement, counter_article, counter AS counter_statement
        FROM contradiction_rows WHERE claim_article = ? OR counter_article = ?
        ORDER BY scope DESC, said NULLS LAST, claim_article, claim, counter_article, counter""",
                [article_id, article_id])


def entity(conn: duckdb.DuckDBPyConnection, entity_id: str) -> dict[str, Any] | None:
    """One cross-document entity: its names, counts and the roles it held."""
    rows = _run(conn, "SELECT id, name, type, aliases, articles, mentions, statements FROM entities WHERE id = ?",
                [entity_id]).records()
    if not rows:
        return None
    found = rows[0]
    found["aliases"] = list(found["aliases"] or [])
    found["roles"] = _run(conn, "SELECT role, first, last, mentions FROM roles WHERE entity_id = ? ORDER BY first",
                          [entity_id]).records()
    return found


def entity_statements(conn: duckdb.DuckDBPyConnection, entity_id: str, role: str,
                      limit: int = DEFAULT_LIMIT) -> Result:
    """What an entity said (role 'speaker') or what was said about it (role 'about'), by date."""
    return _run(conn, f"""SELECT {ENTITY_STATEMENT_COLUMNS} FROM statement_entities
        WHERE entity_id = ? AND role = ? ORDER BY said NULLS LAST, article_id, statement LIMIT ?""",
                [entity_id, role, limit])


def entity_activity(conn: duckdb.DuckDBPyConnection, entity_id: str) -> Result:
    """Statements by (key 'speaker') and about (key 'about') an entity per period."""
    return periods(conn, "SELECT said AS day, role AS key FROM statement_entities WHERE entity_id = ?", [entity_id])


def event_times(conn: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The event time value (when what is reported happens) of the given (article_id, statement) keys."""
    if not keys:
        return {}
    articles_ids = sorted({a for a, _ in keys})
    wanted = set(keys)
    rows = conn.execute(f"""SELECT article_id, id, event_time_value FROM statements
        WHERE article_id IN ({_marks(articles_ids)}) AND event_time_value IS NOT NULL""", articles_ids).fetchall()
    return {(a, s): v for a, s, v in rows if (a, s) in wanted}


def _like(text: str) -> tuple[str, str]:
    """An ILIKE pattern matching `text` anywhere, and the ESCAPE clause it needs: none unless `text` holds a wildcard
    (DuckDB matches twice as fast without one)."""
    if not any(ch in text for ch in "%_\\"):
        return f"%{text}%", ""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", " ESCAPE '\\'"


def search(conn: duckdb.DuckDBPyConnection, text: str, limit: int = 50) -> dict[str, Result]:
    """Entities by name or alias, articles by title containing `text`, and statements: those by or about the
    entities `text` names, else those whose content contains it."""
    pattern, escape = _like(text.strip())
    ids = find_entities(conn, text)
    entity_rows = _run(conn, f"""SELECT id, name, type, articles, statements FROM entities
        WHERE id IN ({_marks(ids) or "NULL"}) OR name ILIKE ?{escape}
        ORDER BY id IN ({_marks(ids) or "NULL"}) DESC, statements DESC, articles DESC, name LIMIT ?""",
                       [*ids, pattern, *ids, limit])
    article_rows = _run(conn, f"""SELECT id, published, outlet, title FROM articles WHERE title ILIKE ?{escape}
        ORDER BY published DESC NULLS LAST, id LIMIT ?""", [pattern, limit])
    if ids:
        # a name: what that entity said and what was said about it (its rows in statement_entities lie together)
        statement_rows = _run(conn, f"""SELECT DISTINCT {ENTITY_STATEMENT_COLUMNS} FROM statement_entities
            WHERE entity_id IN ({_marks(ids)}) ORDER BY said NULLS LAST, article_id, statement LIMIT ?""",
                              [*ids, limit])
    else:
        # the earliest matches: statements_by_date is sorted by date, so the scan skips what comes after them
        statement_rows = _run(conn, f"""SELECT {BY_DATE_COLUMNS} FROM statements_by_date
            WHERE content ILIKE ?{escape} ORDER BY said NULLS LAST, article_id, statement LIMIT ?""",
                              [pattern, limit])
    return {"entities": entity_rows, "articles": article_rows, "statements": statement_rows}
