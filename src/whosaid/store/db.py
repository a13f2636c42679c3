"""Opening the store: one writer or many readers at a time (DuckDB's rule), with brief retries while it is taken."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from whosaid.errors import StoreError
from whosaid.store.schema import MIGRATIONS, STORE_VERSION

if TYPE_CHECKING:
    import duckdb

# how long an open waits while another process holds the file (an ingest batch, or a reader)
WAIT_SECONDS = 15.0
RETRY_SLEEP = 0.05


def connect(path: str | Path, read_only: bool = True, wait: float = WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """Open the store; readers need an existing store at the current version, a writer creates and migrates it."""
    import duckdb

    p = Path(path)
    if read_only and not p.exists():
        raise StoreError(f"--db {path}", "no such store (run `whosaid ingest` first)")
    deadline = time.monotonic() + wait
    while True:
        try:
            conn = duckdb.connect(str(p), read_only=read_only)
            break
        except duckdb.IOException as err:
            if "lock" not in str(err).lower() or time.monotonic() > deadline:
                raise StoreError(f"--db {path}", _first_line(err)) from None
            time.sleep(RETRY_SLEEP)
        except duckdb.Error as err:
            raise StoreError(f"--db {path}", _first_line(err)) from None
    if read_only:
        version = store_version(conn)
        if version != STORE_VERSION:
            conn.close()
            raise StoreError(f"--db {path}", f"store version {version}, this whosaid reads {STORE_VERSION}; "
                             "open it once for writing (whosaid ingest) to migrate" if version < STORE_VERSION
                             else f"store version {version} is newer than this whosaid ({STORE_VERSION})")
    else:
        migrate(conn, str(path))
    return conn


def store_version(conn: duckdb.DuckDBPyConnection) -> int:
    has_meta = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: duckdb.DuckDBPyConnection, subject: str) -> None:
    """Apply the migrations this store lacks, each in its own transaction."""
    current = store_version(conn)
    if current > STORE_VERSION:
        raise StoreError(f"--db {subject}", f"store version {current} is newer than this whosaid ({STORE_VERSION})")
    for version, sql in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN")
        conn.execute(sql)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('store_version', ?)", [str(version)])
        conn.execute("COMMIT")


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
