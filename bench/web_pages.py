"""Response times of the web UI's pages on a synthetic store of 100,000 articles (1,000,000 statements).

    python bench/web_pages.py [--articles 100000] [--per-article 10] [--repeat 30] [--db PATH]

Builds the store with DuckDB bulk inserts (SQL over range(), no analysis): articles with text whose statements,
speakers, cues and times stand at known offsets, their entities, spans, times, claims and contradictions, and the
derived rows corpus.build fills. Then serves it with `whosaid serve`'s app (uvicorn, on a free local port) and times
GET requests over HTTP (the server in its own process, as `whosaid serve` runs), each page with parameters drawn at random (another article, entity or outlet each time),
and prints p50 / p95 in ms per page with the ratio of p50 to the baseline (a static file: HTTP and app overhead
without the store), measured in the same run. Target: every page p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

ENTITIES = 26 ** 3  # names 'Person Aaason' .. 'Person Zzzson'
OUTLETS = 50
DAYS = 1500
# one sentence per statement, every field of fixed width, so offsets follow from the statement's number
SENTENCE = "Person {name} sagte am Montag, Inhalt {article:08d} {n:02d} zur Lage im Hafen. "
NAME_SQL = ("chr(CAST(65 + ({e} // 676) % 26 AS INTEGER)) || chr(CAST(97 + ({e} // 26) % 26 AS INTEGER)) || "
            "chr(CAST(97 + {e} % 26 AS INTEGER)) || 'son'")
AID = "substr(md5(CAST(i AS VARCHAR)), 1, 16)"
TARGET_MS = 200


def _offsets() -> dict[str, tuple[int, int]]:
    sample = SENTENCE.format(name="Abcson", article=0, n=0)
    spans = {"speaker": "Person Abcson", "cue": "sagte", "time": "am Montag",
             "content": "Inhalt 00000000 00 zur Lage im Hafen"}
    return {"length": (len(sample), 0), **{k: (sample.index(v), sample.index(v) + len(v)) for k, v in spans.items()}}


def build(db: Path, articles: int, per_article: int) -> None:
    from whosaid.corpus.names import name_key
    from whosaid.store.db import connect
    from whosaid.store.schema import FILL_CONTRADICTION_ROWS, FILL_STATEMENT_ENTITIES

    o = _offsets()
    step = o["length"][0]
    n = articles
    speaker = f"((i * 7 + (j % 2) * 13) % {ENTITIES})"
    name = "'Person ' || " + NAME_SQL.format(e=speaker)
    day = f"DATE '2020-01-01' + CAST(i % {DAYS} AS INTEGER)"
    conn = connect(db, read_only=False)
    conn.execute("SET enable_progress_bar = false")
    conn.execute("BEGIN")
    stance = "CASE WHEN j % 7 = 3 THEN 'deny' WHEN j % 5 = 1 THEN 'claim' ELSE 'assert' END"
    refers_to = "CASE WHEN j % 7 = 3 THEN 's' || (j - 1) END"
    content = "printf('Inhalt %08d %02d zur Lage im Hafen', i, j)"
    said = f"CAST({day} - 1 AS VARCHAR)"

    def at(part: str, end: bool = False) -> str:
        return f"j * {step} + {o[part][1 if end else 0]}"

    # the record each article keeps (store version 5), as json_object()s: one statement and one time per sentence
    statement_json = f"""json_object('id', 's' || j,
        'speaker', json_object('text', {name}, 'start', {at('speaker')}, 'end', {at('speaker', True)},
                               'entity', 'e' || (j % 2), 'resolved', {name}, 'organization', NULL),
        'cue', json_object('text', 'sagte', 'lemma', 'sagen', 'start', {at('cue')}, 'end', {at('cue', True)},
                           'parts', json_array()),
        'content', json_object('text', {content}, 'start', {at('content')}, 'end', {at('content', True)},
                               'parts', json_array(), 'quoted', json_array()),
        'kind', 'Indirect', 'stance', {stance}, 'medium', NULL, 'addressee', NULL, 'via', NULL, 'continues', NULL,
        'refers_to', {refers_to}, 'time', 't' || j, 'time_implied', false, 'event_time', NULL)"""
    time_json = f"""json_object('id', 't' || j, 'text', 'am Montag', 'start', {at('time')}, 'end', {at('time', True)},
        'type', 'DATE', 'value', {said}, 'approximate', false, 'mod', NULL, 'anchor_fallback', false)"""
    mention_json = f"json_object('text', {name}, 'start', {at('speaker')}, 'end', {at('speaker', True)})"

    def entity_json(k: int) -> str:
        mentions = (f"to_json(list({mention_json} ORDER BY j) FILTER (WHERE j % 2 = {k}))" if k < 2
                    else "json_array()")
        return (f"json_object('id', 'e{k}', 'name', 'Person ' || "
                f"{NAME_SQL.format(e=f'((i * 7 + {k} * 13) % {ENTITIES})')}, 'type', '{'PER' if k < 2 else 'ORG'}', "
                f"'aliases', json_array(), 'mentions', {mentions})")

    conn.execute(f"""INSERT INTO articles BY NAME
        SELECT {AID} AS id, 'synthetic' AS source, 'de' AS language, {day} AS published,
               'metadata' AS published_source, 'Titel ' || i || ' zur Lage im Hafen' AS title,
               'https://outlet' || (i % {OUTLETS}) || '.example/' || i AS url, 'Outlet ' || (i % {OUTLETS}) AS outlet,
               string_agg(printf('{SENTENCE.replace("{name}", "%s").replace("{article:08d}", "%08d")
                                 .replace("{n:02d}", "%02d")}', {NAME_SQL.format(e=speaker)}, i, j), '' ORDER BY j)
                   AS text, '1.2.0' AS record_version,
               CAST(json_object('schema_version', '1.2.0',
                   'article', json_object('id', {AID}, 'language', 'de', 'published', CAST({day} AS VARCHAR),
                                          'published_source', 'metadata', 'title', 'Titel ' || i || ' zur Lage im Hafen',
                                          'url', 'https://outlet' || (i % {OUTLETS}) || '.example/' || i,
                                          'outlet', 'Outlet ' || (i % {OUTLETS})),
                   'entities', json_array({', '.join(entity_json(k) for k in range(4))}),
                   'statements', to_json(list({statement_json} ORDER BY j)),
                   'times', to_json(list({time_json} ORDER BY j)),
                   'contradictions', json_array()) AS VARCHAR) AS record
        FROM range({n}) t(i), range({per_article}) u(j) GROUP BY i""")
    conn.execute(f"""INSERT INTO article_entities SELECT {AID}, 'e' || k,
        'Person ' || {NAME_SQL.format(e=f"((i * 7 + k * 13) % {ENTITIES})")}, CASE WHEN k < 2 THEN 'PER' ELSE 'ORG' END,
        [], 5 FROM range({n}) t(i), range(4) u(k)""")
    conn.execute(f"""INSERT INTO entity_map SELECT {AID}, 'e' || k, 'E' || ((i * 7 + k * 13) % {ENTITIES})
        FROM range({n}) t(i), range(4) u(k)""")
    conn.execute(f"""INSERT INTO mentions SELECT {AID}, 'e' || (j % 2), {name}, j * {step} + {o['speaker'][0]},
        j * {step} + {o['speaker'][1]} FROM range({n}) t(i), range({per_article}) u(j)""")
    conn.execute(f"""INSERT INTO entities SELECT 'E' || e, 'Person ' || {NAME_SQL.format(e='e')},
        CASE WHEN e % 2 = 0 THEN 'PER' ELSE 'ORG' END, ['P. ' || {NAME_SQL.format(e='e')}], 20 + e % 30, 80,
        (e * 37) % 500 FROM range({ENTITIES}) t(e)""")
    conn.execute("SELECT 1").fetchall()  # finishes the open result a UDF's registration would refuse to run beside
    conn.create_function("name_key", name_key, ["VARCHAR"], "VARCHAR")
    conn.execute("INSERT INTO entity_names SELECT name_key(name), id, false, 'p', 2 FROM entities").fetchall()
    conn.execute(f"""INSERT INTO statements BY NAME SELECT {AID} AS article_id, 's' || j AS id, {day} AS published,
        {day} - 1 AS said, {name} AS speaker, 'e' || (j % 2) AS speaker_entity, {name} AS speaker_resolved,
        'sagte' AS cue, 'sagen' AS cue_lemma, {content} AS content, {at('content')} AS content_start,
        {at('content', True)} AS content_end, 'Indirect' AS kind, {stance} AS stance, {refers_to} AS refers_to,
        't' || j AS time, {said} AS time_value, false AS time_implied
        FROM range({n}) t(i), range({per_article}) u(j)""")
    conn.execute(f"""INSERT INTO times BY NAME SELECT {AID} AS article_id, 't' || j AS id, 'am Montag' AS text,
        j * {step} + {o['time'][0]} AS start, j * {step} + {o['time'][1]} AS "end", 'DATE' AS type,
        {said} AS value, false AS approximate, false AS anchor_fallback
        FROM range({n}) t(i), range({per_article}) u(j)""")
    conn.execute(f"""INSERT INTO statement_entities_local SELECT {AID}, 's' || j, 'e' || (j % 2), 'speaker'
        FROM range({n}) t(i), range({per_article}) u(j)
        UNION ALL SELECT {AID}, 's' || j, 'e' || (2 + j % 2), 'about' FROM range({n}) t(i), range({per_article}) u(j)""")
    conn.execute(FILL_STATEMENT_ENTITIES)  # as corpus.build.rebuild fills it
    conn.execute(f"""INSERT INTO claim_statements SELECT 'C' || (i // 2), {AID}, 's' || j
        FROM range({n}) t(i), range(2) u(j)""")
    conn.execute(f"""INSERT INTO claims SELECT 'C' || c, 'Behauptung ' || c, 4, 2, DATE '2020-01-01',
        DATE '2020-01-02', [] FROM range({n // 2}) t(c)""")
    conn.execute(f"""INSERT INTO corpus_contradictions SELECT 'C' || (i // 2), {AID}, 's0',
        substr(md5(CAST(i + 1 AS VARCHAR)), 1, 16), 's3', 0.6, 'denies' FROM range(0, {n} - 1, 5) t(i)""")
    conn.execute(f"""INSERT INTO contradictions SELECT {AID}, 's2', 's3', 'denies what was said'
        FROM range(0, {n}, 10) t(i)""")
    conn.execute(FILL_CONTRADICTION_ROWS)  # as corpus.build.rebuild fills it
    conn.execute("COMMIT")
    conn.execute("CHECKPOINT")
    conn.close()


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """`whosaid serve --db DB` on a free port, in its own process."""
    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-c", "from whosaid.cli import app; app()", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/static/style.css", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("whosaid serve did not start: " + server.stderr.read().decode()[-500:]) from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(10)


def timed(get, paths, repeat: int) -> list[float]:
    out = []
    for k in range(repeat):
        path = paths(k)
        start = time.perf_counter()
        response = get(path)
        out.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: {response.status_code} {response.text[:200]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--db", type=Path, default=None, help="keep the store here (reused when it exists)")
    args = parser.parse_args(argv)
    import httpx

    from whosaid.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        if not db.exists():
            build(db, args.articles, args.per_article)
        conn = connect(db)
        ids = [r[0] for r in conn.execute("SELECT id FROM articles USING SAMPLE 200 ROWS").fetchall()]
        counts = conn.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements)").fetchone()
        conn.close()
        print(f"store: {counts[0]:,} articles, {counts[1]:,} statements, {db.stat().st_size / 1e6:.0f} MB "
              f"(ready in {time.perf_counter() - start:.1f} s)")
        rng = random.Random(7)

        def entity() -> int:
            return rng.randrange(ENTITIES)

        def name(e: int) -> str:
            return "Person " + chr(65 + (e // 676) % 26) + chr(97 + (e // 26) % 26) + chr(97 + e % 26) + "son"

        cases = {
            "baseline: GET /static/style.css": lambda k: "/static/style.css",
            "overview /": lambda k: "/",
            "articles /articles?page=N": lambda k: f"/articles?page={1 + rng.randrange(50)}",
            "articles of an outlet": lambda k: f"/articles?outlet=Outlet+{rng.randrange(OUTLETS)}",
            "article /articles/{id}": lambda k: f"/articles/{rng.choice(ids)}",
            "entities /entities": lambda k: "/entities",
            "entity /entities/{id}": lambda k: f"/entities/E{entity()}",
            "timeline (no filter)": lambda k: "/timeline",
            "timeline ?entity=ID": lambda k: f"/timeline?entity=E{entity()}",
            "timeline ?speaker=NAME&stance=deny": lambda k: f"/timeline?speaker={quote(name(entity()))}&stance=deny",
            "timeline ?outlet=O&stance=claim": lambda k: f"/timeline?outlet=Outlet+{rng.randrange(OUTLETS)}"
                                                        "&stance=claim",
            "contradictions": lambda k: "/contradictions",
            "contradictions ?about=NAME": lambda k: f"/contradictions?about={quote(name(entity()))}",
            "search ?q=NAME": lambda k: f"/search?q={quote(name(entity()))}",
            "search ?q=quote words": lambda k: f"/search?q=Inhalt+{rng.randrange(args.articles):08d}",
            "analyse form /analyze": lambda k: "/analyze",
            "api /api/statements?speaker=NAME": lambda k: f"/api/statements?speaker={quote(name(entity()))}",
            "api /api/timeline?entity=ID": lambda k: f"/api/timeline?entity=E{entity()}",
            "api /api/articles/{id}": lambda k: f"/api/articles/{rng.choice(ids)}",
            "api /api/contradictions": lambda k: "/api/contradictions",
            "api /api/entities": lambda k: "/api/entities",
        }
        results = {}
        with serving(db) as base, httpx.Client(base_url=base, timeout=30) as client:
            for label, paths in cases.items():
                timed(client.get, paths, 2)  # warm
                results[label] = timed(client.get, paths, args.repeat)
                print(f"  {label}: p50 {statistics.median(results[label]):.1f} ms", file=sys.stderr, flush=True)
        base_ms = statistics.median(results["baseline: GET /static/style.css"])
        print(f"{'page':<40} {'p50 ms':>8} {'p95 ms':>8} {'p50 / baseline':>15}")
        worst = 0.0
        for label, ms in results.items():
            ms.sort()
            p50, p95 = statistics.median(ms), ms[int(0.95 * (len(ms) - 1))]
            if not label.startswith("baseline"):
                worst = max(worst, p95)
            print(f"{label:<40} {p50:8.1f} {p95:8.1f} {p50 / base_ms:15.1f}")
        print(f"worst page p95: {worst:.1f} ms (target < {TARGET_MS} ms); load average during the run "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
