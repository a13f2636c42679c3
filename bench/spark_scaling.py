"""Spark scaling: the Spark job in local[1] and local[2] on a few hundred WikiNews articles, beside an in-process
baseline (api.analyze in a loop).

    python bench/spark_scaling.py [--shared ../shared] [--limit 300] [--masters local[1] local[2]]

The articles are written to a temporary JSON Lines file first (text, title, date, outlet), as a crawl would come.
For each master a fresh Spark session runs a warm-up job (so every Python worker has loaded the pipeline once, as
it does once per executor on a cluster) and then the timed job: read, analyse, write the raw Parquet tables. The
cross-document stage is timed on its own. Scaling efficiency is the rate with n cores over n times the rate with
one; articles per CPU-second of the analysing workers (summed over the workers) is the per-core rate that does not
depend on what else the machine runs, the figure to plan core-hours with. Absolute numbers depend on the machine (2 cores here, shared with other work: the load average is printed);
compare ratios from the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

WARMUP_ARTICLES = 8


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--partitions", type=int, default=8, help="analysis partitions, the same for every master")
    args = parser.parse_args(argv)
    root = args.shared / "data" / "quotes-wikinews-de" / "data"
    files = sorted(root.glob("*/*.json"))[: args.limit + WARMUP_ARTICLES]
    if len(files) <= WARMUP_ARTICLES:
        print(f"bench: no WikiNews files under {root}", file=sys.stderr)
        return 2
    from whosaid import api
    from whosaid.ingest.batch import doc_meta
    from whosaid.ingest.sources import find_items, load_item

    docs = [load_item(item) for item in find_items([str(f) for f in files])]
    warmup_docs, docs = docs[:WARMUP_ARTICLES], docs[WARMUP_ARTICLES:]
    with tempfile.TemporaryDirectory() as tmp:
        warmup, corpus = Path(tmp) / "warmup.jsonl", Path(tmp) / "corpus.jsonl"
        write_jsonl(warmup, warmup_docs)
        write_jsonl(corpus, docs)
        print(f"{len(docs)} WikiNews articles, {corpus.stat().st_size / 1e6:.1f} MB JSONL; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for doc in warmup_docs:
            api.analyze(doc.text, published=doc.published, lang="de", meta=doc_meta(doc))
        start, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            api.analyze(doc.text, published=doc.published, lang="de", meta=doc_meta(doc))
        base = len(docs) / (time.perf_counter() - start)
        base_cpu = len(docs) / (time.process_time() - cpu)
        print(f"{'in-process api.analyze (baseline)':<36} {base:7.2f} articles/s  {base_cpu:6.2f} per CPU-second")
        rates: dict[int, float] = {}
        for master in args.masters:
            cores = int(re.search(r"\[(\d+)\]", master).group(1)) if re.search(r"\[(\d+)\]", master) else 1
            rate, derive_seconds, report = run_master(master, warmup, corpus, Path(tmp) / "out", args.partitions)
            rates[cores] = rate
            one = rates.get(1)
            efficiency = f"{rate / (cores * one) * 100:5.1f}%" if one else "  n/a"
            per_cpu = report.articles / report.analysis_cpu_seconds
            print(f"{f'spark {master}':<36} {rate:7.2f} articles/s  {per_cpu:6.2f} per CPU-second of analysis  "
                  f"{rate / cores:6.2f} per core  efficiency {efficiency}  ({rate / base * 100:.0f}% of baseline "
                  f"rate, {per_cpu / base_cpu * 100:.0f}% of its per-CPU-second rate; {report.articles} articles, "
                  f"{report.tables['statements']} statements, {report.failed} failed; cross-document stage "
                  f"{derive_seconds:.1f} s)  load {os.getloadavg()[0]:.1f}")
    return 0


def write_jsonl(path: Path, docs) -> None:
    with path.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps({"text": doc.text, "title": doc.title, "outlet": doc.outlet,
                                "published": doc.published.isoformat() if doc.published else None},
                               ensure_ascii=False) + "\n")


def run_master(master: str, warmup: Path, corpus: Path, out: Path, partitions: int):
    from pyspark.sql import SparkSession

    from whosaid.scale.job import SparkOptions, derive, run

    spark = (SparkSession.builder.master(master).appName("whosaid-bench").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        cores = spark.sparkContext.defaultParallelism
        run(spark, [str(warmup)], str(out), SparkOptions(partitions=cores, lang="de", derive=False))
        start = time.perf_counter()
        report = run(spark, [str(corpus)], str(out), SparkOptions(partitions=partitions, lang="de", derive=False))
        rate = report.articles / (time.perf_counter() - start)
        start = time.perf_counter()
        derive(spark, str(out))
        return rate, time.perf_counter() - start, report
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
