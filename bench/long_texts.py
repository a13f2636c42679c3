"""Analysis time and peak memory of `whosaid.analyze` on long articles: 10 KB, 100 KB and 1 MB.

    python bench/long_texts.py [--sizes 10,100,1000] [--repeat 1]

The articles are built from varied German paragraphs (`whosaid.demo.long_text`: templates in the style of the
demo article filled with names, places, dates and cues). Each size runs in a fresh process, after a warm-up, so
that its peak memory is its own: "peak MB" is the growth of the process's maximum resident set during the
analysis. Time is CPU time of the process (this machine is shared; wall time is printed beside it). The last
column is time per KB relative to the smallest size: linear analysis keeps it near 1 (target: 1 MB within 1.5x
of 10 KB). Texts over 20,000 characters are analysed in paragraph-bounded pieces (`whosaid.chunking`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = """
import json, resource, sys, time
import whosaid
from whosaid.demo.long_text import long_article
text = long_article({chars}, seed={seed})
whosaid.analyze(long_article(3_000, seed=99), published="2026-03-13", lang="de")  # load and warm the pipeline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
cpu, wall = time.process_time(), time.perf_counter()
record = whosaid.analyze(text, published="2026-03-13", lang="de")
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({{"chars": len(text), "bytes": len(text.encode()), "cpu": cpu, "wall": wall, "peak_kb": peak,
                  "statements": len(record.statements)}}))
"""


def measure(kilobytes: int, seed: int) -> dict:
    script = CHILD.format(chars=kilobytes * 1000, seed=seed)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="article sizes in KB, smallest first")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (the fastest counts)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for kb in sizes:
        runs = [measure(kb, seed=n) for n in range(args.repeat)]
        best = min(runs, key=lambda r: r["cpu"])
        best["peak_kb"] = max(r["peak_kb"] for r in runs)
        rows.append((kb, best))
        print(f"  measured {kb} KB in {best['wall']:.1f} s", file=sys.stderr, flush=True)
    base = rows[0][1]["cpu"] / (rows[0][1]["bytes"] / 1000)
    print(f"{'article':>9} {'bytes':>10} {'statements':>10} {'CPU s':>8} {'wall s':>8} {'ms/KB':>7} "
          f"{'peak MB':>8} {'ms/KB vs ' + str(sizes[0]) + ' KB':>16}")
    for kb, r in rows:
        per_kb = r["cpu"] / (r["bytes"] / 1000)
        print(f"{str(kb) + ' KB':>9} {r['bytes']:>10,} {r['statements']:>10,} {r['cpu']:>8.1f} {r['wall']:>8.1f} "
              f"{per_kb * 1000:>7.1f} {r['peak_kb'] / 1024:>8.0f} {per_kb / base:>16.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
