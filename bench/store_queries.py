"""Latency of the corpus queries on a synthetic store of 1,000,000 statements, beside plain scans.

    python bench/store_queries.py [--articles 100000] [--per-article 10] [--repeat 40] [--db PATH]

Builds the store with DuckDB bulk inserts (range() and hashes, no analysis; the derived statement_entities and
contradiction_rows are filled by the statements corpus.build.rebuild runs), then times each query function of
`whosaid.store.queries` on names drawn at random, and prints p50/p95 in ms and the ratio of p50 to a plain
COUNT(*) over the statements, measured in the same run. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ENTITIES = 20_000


def build(db: Path, articles: int, per_article: int) -> None:
    from whosaid.store.db import connect
    from whosaid.store.schema import FILL_CONTRADICTION_ROWS, FILL_STATEMENT_ENTITIES, FILL_STATEMENTS_BY_DATE

    conn = connect(db, read_only=False)
    n = articles
    conn.execute("BEGIN")
    conn.execute(f"""INSERT INTO articles (id, source, language, published, published_source, title, url, outlet,
        text, record_version) SELECT printf('a%08d', i), 'synthetic', 'de',
        DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), 'metadata', 'Titel ' || i, NULL,
        'Outlet ' || (i % 50), 'Text ' || i, '1.0.0' FROM range({n}) t(i)""")
    conn.execute(f"""INSERT INTO article_entities SELECT printf('a%08d', i), 'e' || k,
        'Person ' || ((i * 7 + k * 13) % {ENTITIES}), CASE WHEN k < 2 THEN 'PER' ELSE 'ORG' END, [], 2
        FROM range({n}) t(i), range(4) u(k)""")
    conn.execute(f"""INSERT INTO entity_map SELECT printf('a%08d', i), 'e' || k,
        'E' || ((i * 7 + k * 13) % {ENTITIES}) FROM range({n}) t(i), range(4) u(k)""")
    conn.execute(f"""INSERT INTO entities SELECT 'E' || e, 'Person ' || e, CASE WHEN e % 2 = 0 THEN 'PER'
        ELSE 'ORG' END, ['P. ' || e], 20, 40, 50 FROM range({ENTITIES}) t(e)""")
    conn.execute(f"""INSERT INTO entity_names SELECT 'person ' || e, 'E' || e, false, 'p', 2
        FROM range({ENTITIES}) t(e)""")
    conn.execute(f"""INSERT INTO statements (article_id, id, published, said, speaker, speaker_entity,
        speaker_resolved, speaker_org, cue, cue_lemma, content, content_start, content_end, kind, stance, medium, via,
        continues, refers_to, time, time_value, time_implied) SELECT printf('a%08d', i), 's' || j,
        DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), DATE '2020-01-01' + CAST(i % 1500 AS INTEGER),
        'Person', 'e' || (j % 2), NULL, NULL, 'sagte', 'sagen',
        'Inhalt ' || i || ' ' || j || ' über die Lage', 0, 10, 'Indirect',
        CASE WHEN j % 7 = 0 THEN 'deny' ELSE 'assert' END, NULL, NULL, NULL, NULL, NULL, NULL, true
        FROM range({n}) t(i), range({per_article}) u(j)""")
    conn.execute(f"""INSERT INTO statement_entities_local SELECT printf('a%08d', i), 's' || j, 'e' || (j % 2),
        'speaker' FROM range({n}) t(i), range({per_article}) u(j)
        UNION ALL SELECT printf('a%08d', i), 's' || j, 'e' || (2 + j % 2), 'about'
        FROM range({n}) t(i), range({per_article}) u(j)""")
    conn.execute(FILL_STATEMENT_ENTITIES)  # as corpus.build.rebuild fills it
    conn.execute(f"""INSERT INTO claim_statements SELECT 'C' || (i // 2), printf('a%08d', i), 's' || j
        FROM range({n}) t(i), range(2) u(j)""")
    conn.execute(f"""INSERT INTO claims SELECT 'C' || c, 'Behauptung ' || c, 4, 2, DATE '2020-01-01',
        DATE '2020-01-02', [] FROM range({n // 2}) t(c)""")
    conn.execute(f"""INSERT INTO corpus_contradictions SELECT 'C' || (i // 2), printf('a%08d', i), 's0',
        printf('a%08d', i + 1), 's0', 0.6, 'denies' FROM range(0, {n} - 1, 5) t(i)""")
    conn.execute(f"""INSERT INTO contradictions SELECT printf('a%08d', i), 's1', 's7', 'calls false'
        FROM range(0, {n}, 10) t(i)""")
    conn.execute(FILL_CONTRADICTION_ROWS)  # as corpus.build.rebuild fills it
    conn.execute(FILL_STATEMENTS_BY_DATE)
    conn.execute(f"""INSERT INTO roles SELECT 'irakische Ministerpräsident', 'Ministerpräsident', 'E' || e,
        'Person ' || e, DATE '2020-01-01' + CAST(e % 1000 AS INTEGER), DATE '2020-06-01' + CAST(e % 1000 AS INTEGER),
        3 FROM range(0, {ENTITIES}, 10) t(e)""")
    conn.execute("COMMIT")
    conn.execute("CHECKPOINT")
    conn.close()


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--db", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    args = parser.parse_args(argv)
    from whosaid.store import queries
    from whosaid.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if db.exists():
            db.unlink()
        start = time.perf_counter()
        build(db, args.articles, args.per_article)
        conn = connect(db)
        count = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        print(f"built {count:,} statements in {time.perf_counter() - start:.1f} s ({db.stat().st_size / 1e6:.0f} MB)")
        rng = random.Random(7)

        def name() -> str:
            return f"Person {rng.randrange(ENTITIES)}"

        cases = {
            "baseline: COUNT(*) statements": lambda: conn.execute("SELECT count(*) FROM statements").fetchall(),
            "baseline: scan content LIKE": lambda: conn.execute(
                "SELECT count(*) FROM statements WHERE content LIKE '%99 3 %'").fetchall(),
            "open + close read-only": lambda: connect(db).close(),
            "find_entities": lambda: queries.find_entities(conn, name()),
            "statements --speaker": lambda: queries.statements(conn, speaker=name()),
            "statements --speaker --about --since": lambda: queries.statements(
                conn, speaker=name(), about=name(), since=date(2021, 1, 1)),
            "timeline NAME": lambda: queries.timeline(conn, name()),
            "timeline --claim": lambda: queries.timeline(conn, claim=f"C{rng.randrange(args.articles // 2)}"),
            "contradictions": lambda: queries.contradictions(conn),
            "contradictions --about": lambda: queries.contradictions(conn, about=name()),
            "entities": lambda: queries.entities(conn),
            "roles --at": lambda: queries.roles(conn, "Ministerpräsident", (date(2021, 1, 1), date(2021, 12, 31))),
        }
        results = {}
        for label, fn in cases.items():
            fn()  # warm
            results[label] = timed(fn, args.repeat)
        base = statistics.median(results["baseline: COUNT(*) statements"])
        print(f"{'query':<40} {'p50 ms':>8} {'p95 ms':>8} {'p50 / COUNT(*)':>15}")
        worst = 0.0
        for label, ms in results.items():
            ms.sort()
            p50, p95 = statistics.median(ms), ms[int(0.95 * (len(ms) - 1))]
            if not label.startswith(("baseline", "open")):
                worst = max(worst, p95)
            print(f"{label:<40} {p50:8.1f} {p95:8.1f} {p50 / base:15.1f}")
        print(f"worst query p95: {worst:.1f} ms (target < 100 ms)")
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
