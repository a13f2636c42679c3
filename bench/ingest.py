"""Ingest throughput on the 998 WikiNews articles with 1 and 2 workers, beside a read-and-hash baseline.

    python bench/ingest.py [--shared ../shared] [--limit N] [--workers 1 2]

Each run ingests into a fresh temporary store (analysis, writing, cross-document rebuild) and prints articles/s;
the baseline reads and hashes every item without analysing it. Absolute numbers depend on the machine (2 shared
cores here); compare ratios from the same run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    root = args.shared / "data" / "quotes-wikinews-de" / "data"
    files = sorted(root.glob("*/*.json"))[: args.limit]
    if not files:
        print(f"bench: no WikiNews files under {root}", file=sys.stderr)
        return 2
    from whosaid.ingest.batch import IngestOptions, ingest
    from whosaid.ingest.sources import find_items, load_item
    from whosaid.record import article_id

    start = time.perf_counter()
    items = list(find_items([str(f) for f in files]))
    for item in items:
        article_id(load_item(item).text)
    base = time.perf_counter() - start
    print(f"{'read + hash (baseline)':<28} {len(files) / base:9.1f} articles/s")
    for workers in args.workers:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            start = time.perf_counter()
            report = ingest([str(f) for f in files], IngestOptions(db=str(db), workers=workers, progress=False))
            seconds = time.perf_counter() - start
            rebuild = time.perf_counter()
            from whosaid.ingest.batch import rebuild_store

            derived = rebuild_store(str(db))
            rebuild = time.perf_counter() - rebuild
        print(f"{f'ingest, {workers} worker(s)':<28} {len(files) / seconds:9.1f} articles/s  "
              f"({report.stored} stored, {len(report.failed)} failed, {seconds:.1f} s, "
              f"{base / seconds * 100:.1f}% of baseline rate; cross-document rebuild {rebuild:.2f} s: "
              f"{derived['entities']} entities, {derived['claims']} claims, "
              f"{derived['corpus_contradictions']} cross-article contradictions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
