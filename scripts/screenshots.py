"""Screenshots of every page of the web UI at 1280x800 (desktop) and 390x844 (phone).

    python scripts/screenshots.py [--out screenshots] [--db STORE]

Without --db it ingests the test corpus (tests/data/web) and the demo article into a temporary store. Runs the app
on a free local port and drives Debian's chromium (CHROMIUM, default /usr/bin/chromium) through Playwright; writes
<page>-<width>x<height>.png, of the whole page (--first-screen: of what the first screen shows).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SIZES = [(1280, 800), (390, 844)]


def build_store(folder: Path) -> Path:
    """The test corpus and the demo article, ingested with the shipped pipeline."""
    from whosaid.ingest.batch import IngestOptions, ingest

    sources = folder / "sources"
    shutil.copytree(REPO / "tests" / "data" / "web", sources)
    demo = resources.files("whosaid.demo").joinpath("hafen-streit.txt").read_text(encoding="utf-8")
    (sources / "2026-03-13-hafen-streit.txt").write_text(demo, encoding="utf-8")
    db = folder / "screenshots.duckdb"
    report = ingest([str(sources)], IngestOptions(db=str(db), progress=False))
    if report.failed:
        raise SystemExit(f"ingest failed: {report.failed}")
    return db


def pages(db: Path) -> list[tuple[str, str]]:
    """(name, path) of each page, the article and entity with the most statements."""
    from whosaid.store.db import connect

    conn = connect(db)
    try:
        article = conn.execute("SELECT article_id FROM statements GROUP BY article_id "
                               "ORDER BY count(*) DESC, article_id LIMIT 1").fetchone()[0]
        hostile = conn.execute("SELECT id FROM articles WHERE text LIKE '%<script>%' LIMIT 1").fetchone()
        entity = conn.execute("SELECT id FROM entities ORDER BY statements DESC, id LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    found = [("overview", "/"), ("articles", "/articles"), ("article", f"/articles/{article}"),
             ("entity", f"/entities/{entity}"), ("timeline", f"/timeline?entity={entity}"),
             ("timeline-all", "/timeline"), ("contradictions", "/contradictions"), ("search", "/search?q=Br%C3%BCcke"),
             ("entities", "/entities"), ("analyze", "/analyze"), ("api", "/api"), ("not-found", "/articles/nope")]
    if hostile:
        found.insert(3, ("article-hostile", f"/articles/{hostile[0]}"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--db", type=Path, default=None, help="an existing store (default: build one)")
    parser.add_argument("--first-screen", action="store_true", help="only the first screenful, not the whole page")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"screenshots: error: no chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)",
              file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from whosaid.web.app import create_app
    from whosaid.web.local import running

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_store(Path(tmp))
        demo = resources.files("whosaid.demo").joinpath("hafen-streit.txt").read_text(encoding="utf-8")
        with running(create_app(db)) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for width, height in SIZES:
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for name, path in pages(db):
                    page.goto(base + path)
                    page.screenshot(path=str(args.out / f"{name}-{width}x{height}.png"), full_page=not args.first_screen)
                    print(args.out / f"{name}-{width}x{height}.png")
                # the analyse page's result: the demo article pasted and analysed
                page.goto(base + "/analyze")
                page.fill("textarea[name=text]", demo)
                page.fill("input[name=published]", "2026-03-13")
                page.click("form.analyze button[type=submit]")
                page.wait_for_selector("article.text")
                page.screenshot(path=str(args.out / f"analyze-result-{width}x{height}.png"), full_page=not args.first_screen)
                print(args.out / f"analyze-result-{width}x{height}.png")
                context.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
