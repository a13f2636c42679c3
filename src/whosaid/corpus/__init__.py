"""Cross-document analysis: entities resolved across articles, roles with dates, claim groups, contradictions.

`whosaid.corpus.build.rebuild(conn)` recomputes every derived table from the raw ones; ingest calls it after each run.
"""
