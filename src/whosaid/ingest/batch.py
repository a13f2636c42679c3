"""Ingests many articles into the store: reading and analysis in worker processes, writing by this process only.

Concurrency: `workers` processes (ProcessPoolExecutor; its initializer warms the pipeline once per process) read,
hash and analyse items; the parent writes the records in input order, one transaction per article, in batches: it
opens the store, writes what has arrived, and closes it again every `batch_seconds`, so readers (`whosaid
statements`, ...) can open it read-only in between. Resuming: ids already stored are skipped before analysis (the
content hash of the text), so a rerun after Ctrl-C or kill -9 analyses only what is missing.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whosaid.assemble import ArticleMeta
from whosaid.errors import InputError, ModelError, OptionError, WhosaidError
from whosaid.ingest.sources import Item, find_items, load_item
from whosaid.ingest.text import MAX_BYTES, InputDoc
from whosaid.record import Record, article_id

Analyzer = Callable[..., Record]
WARMUP_TEXT = "Der Sprecher sagte am Montag, die Lage sei ruhig."


@dataclass(frozen=True)
class IngestOptions:
    db: str = "whosaid.duckdb"
    workers: int = 1
    lang: str = "auto"  # de | en | auto (auto: per article)
    max_bytes: int = MAX_BYTES
    batch_seconds: float = 1.0
    progress: bool = True


@dataclass
class IngestReport:
    stored: int = 0
    present: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # stored, but not exactly as the bytes said
    seconds: float = 0.0
    derived: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False
    rebuild_interrupted: bool = False  # the articles are stored; the cross-document tables are not rebuilt


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # stored | present | failed
    record: Record | None = None
    reason: str = ""
    warnings: tuple[str, ...] = ()


# per worker process: set by _init
_STATE: dict[str, Any] = {}


def _init(analyzer: Analyzer | None, lang: str, known: frozenset[str], max_bytes: int) -> None:
    _STATE.update(analyzer=analyzer, lang=lang, known=known, max_bytes=max_bytes, fatal=None)
    try:
        _analyze(WARMUP_TEXT, None, None)
    except WhosaidError as err:
        _STATE["fatal"] = err


def _analyze(text: str, published, meta: ArticleMeta | None) -> Record:
    analyzer = _STATE["analyzer"]
    if analyzer is None:
        from whosaid import api

        analyzer = api.analyze
    lang = _STATE["lang"]
    return analyzer(text, published=published, lang=None if lang == "auto" else lang, meta=meta)


def process(item: Item) -> Outcome:
    """Read, hash and (unless stored already) analyse one item; runs in a worker."""
    if _STATE.get("fatal"):
        raise _STATE["fatal"]
    try:
        doc = load_item(item, _STATE["max_bytes"])
        aid = article_id(doc.text)
        if aid in _STATE["known"]:
            return Outcome(item.source, "present")
        return Outcome(item.source, "stored", _analyze(doc.text, doc.published, doc_meta(doc)),
                       warnings=tuple(doc.warnings))
    except ModelError:
        raise
    except Exception as err:  # one bad document must not stop the batch
        return Outcome(item.source, "failed", reason=failure_reason(err))


def doc_meta(doc: InputDoc) -> ArticleMeta:
    return ArticleMeta(published=doc.published, published_source=doc.published_source, title=doc.title,
                       url=doc.url, outlet=doc.outlet)


def failure_reason(err: Exception) -> str:
    """Why one document failed: the reason of a WhosaidError, else the exception in brief."""
    if isinstance(err, WhosaidError):
        return err.reason
    return f"analysis failed ({type(err).__name__}: {str(err)[:100]})"


class _Writer:
    """Writes records in batches, holding the store only while writing so that readers get their turn."""

    def __init__(self, db: str, batch_seconds: float) -> None:
        self.db, self.batch_seconds = db, batch_seconds
        self.pending: list[Outcome] = []
        self.last = time.monotonic()
        self.stored_ids: set[str] = set()
        self.duplicates = 0

    def add(self, outcome: Outcome) -> int:
        self.pending.append(outcome)
        if time.monotonic() - self.last >= self.batch_seconds:
            return self.flush()
        return 0

    def flush(self) -> int:
        """Write what is pending; returns how many articles were new."""
        from whosaid.store.db import connect
        from whosaid.store.write import write_record

        added = 0
        if self.pending:
            conn = connect(self.db, read_only=False)
            try:
                for outcome in self.pending:
                    if outcome.record.article.id not in self.stored_ids and write_record(conn, outcome.record,
                                                                                          outcome.source):
                        added += 1
                    else:  # the same text twice in one ingest, or stored by another writer meanwhile
                        self.duplicates += 1
                    self.stored_ids.add(outcome.record.article.id)
            finally:
                conn.close()
            self.pending = []
        self.last = time.monotonic()
        return added


def ingest(sources: list[str], options: IngestOptions, analyzer: Analyzer | None = None) -> IngestReport:
    """Ingest `sources` into the store at `options.db`, then rebuild the cross-document tables."""
    from whosaid.store.db import connect

    if options.lang not in ("de", "en", "auto"):
        raise OptionError(f"--lang {options.lang}", "choose one of de, en, auto")
    if options.workers < 1:
        raise OptionError(f"--workers {options.workers}", "must be at least 1")
    missing = [s for s in sources if not Path(s).exists()]
    if missing:
        raise InputError(missing[0], "no such file or directory")
    started = time.monotonic()
    conn = connect(options.db, read_only=False)
    known = frozenset(r[0] for r in conn.execute("SELECT id FROM articles").fetchall())
    conn.close()
    report = IngestReport()
    items: list[Item] = []
    for found in find_items(sources, options.max_bytes):
        if isinstance(found, InputError):
            report.failed.append((found.subject, found.reason))
        else:
            items.append(found)
    writer = _Writer(options.db, options.batch_seconds)
    with _progress(options.progress, len(items)) as show:
        read = 0
        try:
            for outcome in _outcomes(items, options, analyzer, known):
                read += 1
                if outcome.status == "failed":
                    report.failed.append((outcome.source, outcome.reason))
                elif outcome.status == "present":
                    report.present += 1
                else:
                    report.warnings += [(outcome.source, w) for w in outcome.warnings]
                    report.stored += writer.add(outcome)
                show(report, read)
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            report.stored += writer.flush()
            report.present += writer.duplicates
            show(report, read, True)
    if not report.interrupted:
        try:
            report.derived = rebuild_store(options.db)
        except KeyboardInterrupt:
            # the rebuild is one transaction: the cross-document tables stay as they were, and the store is
            # marked so that queries say they are out of date until a rerun rebuilds them
            report.interrupted = report.rebuild_interrupted = True
    report.seconds = time.monotonic() - started
    return report


def rebuild_store(db: str) -> dict[str, int]:
    from whosaid.corpus.build import rebuild
    from whosaid.store.db import connect

    conn = connect(db, read_only=False)
    try:
        return rebuild(conn)
    finally:
        conn.close()


def _outcomes(items: list[Item], options: IngestOptions, analyzer: Analyzer | None,
              known: frozenset[str]) -> Iterable[Outcome]:
    """Outcomes in input order, from this process (workers=1) or a pool."""
    if options.workers == 1:
        _init(analyzer, options.lang, known, options.max_bytes)
        if _STATE["fatal"]:
            raise _STATE["fatal"]
        for item in items:
            yield process(item)
        return
    with ProcessPoolExecutor(options.workers, initializer=_init_worker,
                             initargs=(analyzer, options.lang, known, options.max_bytes)) as pool:
        window: deque[Future] = deque()
        todo = iter(items)
        try:
            for item in todo:
                window.append(pool.submit(process, item))
                if len(window) >= options.workers * 4:
                    break
            while window:
                outcome = window.popleft().result()
                nxt = next(todo, None)
                if nxt is not None:
                    window.append(pool.submit(process, nxt))
                yield outcome
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _init_worker(analyzer: Analyzer | None, lang: str, known: frozenset[str], max_bytes: int) -> None:
    """A pool worker: dies with the ingest (kill -9 of the parent leaves no workers running), then warms up."""
    _die_with_parent()
    _init(analyzer, lang, known, max_bytes)


PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to send SIGKILL to this process when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere, a
    thread watches the parent and exits when it is gone."""
    import os
    import signal
    import sys

    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="whosaid-parent-watch").start()


PROGRESS_SECONDS = 10.0  # between plain progress lines when stderr is not a terminal


class _progress:
    """Progress on stderr: a rich bar with rate and ETA in a terminal, else a plain line every PROGRESS_SECONDS
    (for logs and CI); both count articles read and articles stored (written to the store), not analysed."""

    def __init__(self, show: bool, total: int) -> None:
        self.show, self.total = show, total
        self.bar = None

    def __enter__(self) -> Callable[..., None]:
        from rich.console import Console

        if not self.show:
            return lambda report, read, final=False: None
        console = Console(stderr=True)
        started = time.monotonic()

        def counts(report: IngestReport, read: int) -> tuple[str, float]:
            rate = read / max(time.monotonic() - started, 1e-6)
            text = (f"{report.stored} stored, {report.present} already stored, {len(report.failed)} failed, "
                    f"{rate:.1f} articles/s")
            return text, rate

        if not console.is_terminal:
            self.last = started

            def line(report: IngestReport, read: int, final: bool = False) -> None:
                now = time.monotonic()
                if final or now - self.last >= PROGRESS_SECONDS:
                    text, rate = counts(report, read)
                    eta = f", ETA {int((self.total - read) / rate)} s" if rate and not final else ""
                    print(f"ingest: {read}/{self.total} read, {text}{eta}", file=sys.stderr, flush=True)
                    self.last = now

            return line
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                            TextColumn("{task.fields[counts]}"),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console)
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total, counts="")

        def advance(report: IngestReport, read: int, final: bool = False) -> None:
            self.bar.update(task, completed=read, counts=counts(report, read)[0])

        return advance

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
