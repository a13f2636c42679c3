"""The store's tables as Parquet folders (what `whosaid spark-analyze` writes) and their loading into a store.

OUTPUT/<table>/part-*.parquet holds one store table with the store's columns; `table_columns` reads those columns
from the migrations themselves, so the Spark job cannot drift from the store. `load_parquet` adds the articles a
store lacks, with all their raw rows; the derived tables are copied when the store was empty (they were computed
over exactly these articles), and otherwise rebuilt over the union by `whosaid.corpus.build`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from whosaid.errors import StoreError
from whosaid.store.schema import DERIVED_TABLES, RAW_TABLES

# how load_parquet orders the derived tables that the queries read by range (as corpus.build inserts them)
LOAD_ORDER = {
    "statement_entities": "entity_id, role, said NULLS LAST, article_id, statement",
    "contradiction_rows": "scope DESC, said NULLS LAST, claim_article, claim, counter_article, counter",
    "statements_by_date": "said NULLS LAST, article_id, statement",
}


@lru_cache(maxsize=1)
def table_columns() -> dict[str, list[tuple[str, str]]]:
    """(column, DuckDB type) of every raw and derived table, in the store's column order."""
    import duckdb

    from whosaid.store.db import migrate

    conn = duckdb.connect(":memory:")
    try:
        migrate(conn, ":memory:")
        return {t: [(c[0], c[1]) for c in conn.execute(f"DESCRIBE {t}").fetchall()]
                for t in RAW_TABLES + DERIVED_TABLES}
    finally:
        conn.close()


def load_parquet(out: str | Path, db: str) -> dict[str, int]:
    """Load the tables under `out` into the store `db`; returns the rows added per raw table and the derived tables'
    row counts."""
    from whosaid.corpus.build import rebuild
    from whosaid.store.db import connect

    folder = Path(out)
    files = {t: folder / t / "*.parquet" for t in RAW_TABLES + DERIVED_TABLES}
    missing = [t for t in RAW_TABLES if not any((folder / t).glob("*.parquet"))]
    if missing:
        raise StoreError(str(out), f"not a spark-analyze output (no Parquet files in {missing[0]}/)")
    has_derived = all(any((folder / t).glob("*.parquet")) for t in DERIVED_TABLES)
    conn = connect(db, read_only=False)
    try:
        was_empty = conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        added: dict[str, int] = {}
        conn.execute("BEGIN")
        try:
            conn.execute("CREATE TEMP TABLE new_ids AS SELECT DISTINCT id FROM read_parquet(?) "
                         "WHERE id NOT IN (SELECT id FROM articles)", [str(files["articles"])])
            for table in RAW_TABLES:
                key = "id" if table == "articles" else "article_id"
                before = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?) "
                             f"WHERE {key} IN (SELECT id FROM new_ids)", [str(files[table])])
                added[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
            conn.execute("DROP TABLE new_ids")
            if was_empty and has_derived:
                for table in DERIVED_TABLES:
                    order = f" ORDER BY {LOAD_ORDER[table]}" if table in LOAD_ORDER else ""
                    conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?){order}",
                                 [str(files[table])])
            conn.execute("COMMIT")
        except Exception as err:
            conn.execute("ROLLBACK")
            import duckdb

            if isinstance(err, duckdb.Error):
                raise StoreError(str(out), str(err).strip().splitlines()[0][:200]) from None
            raise
        if not (was_empty and has_derived):
            rebuild(conn)
        derived = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DERIVED_TABLES}
    finally:
        conn.close()
    return {**added, **derived}
