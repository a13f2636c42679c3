"""Exports every table of the store to Parquet, CSV or JSON Lines files, one file per table (DuckDB's COPY)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from whosaid.errors import StoreError
from whosaid.store.schema import DERIVED_TABLES, RAW_TABLES

if TYPE_CHECKING:
    import duckdb

FORMATS = {"parquet": ("parquet", "FORMAT parquet"), "csv": ("csv", "FORMAT csv, HEADER true"),
           "jsonl": ("jsonl", "FORMAT json")}


def export(conn: duckdb.DuckDBPyConnection, out: str | Path, fmt: str) -> list[Path]:
    """Write each table to OUT/TABLE.EXT; returns the files written."""
    import duckdb

    if fmt not in FORMATS:
        raise StoreError(f"--format {fmt}", f"choose one of {', '.join(FORMATS)}")
    ext, options = FORMATS[fmt]
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"--out {out}", err.strerror or "cannot create folder") from None
    written = []
    for table in RAW_TABLES + DERIVED_TABLES:
        target = folder / f"{table}.{ext}"
        path = str(target).replace("'", "''")
        try:
            conn.execute(f"COPY (SELECT * FROM {table}) TO '{path}' ({options})")
        except duckdb.Error as err:
            raise StoreError(f"--out {out}", str(err).strip().splitlines()[0][:200]) from None
        written.append(target)
    return written
