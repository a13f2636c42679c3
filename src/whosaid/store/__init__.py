"""The corpus store: one DuckDB file holding every analysed article, and the derived cross-document tables.

duckdb is imported only inside the functions of this package, so `import whosaid` stays light.
Writers: `whosaid.ingest.batch` (one process, in short batches). Readers: `whosaid.store.queries` (read-only,
retrying while a batch holds the file).
"""

from __future__ import annotations

DEFAULT_DB = "whosaid.duckdb"
