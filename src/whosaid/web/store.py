"""The store as the web app reads it: one read-only connection shared by the requests, given up when idle.

DuckDB lets one process write a file or many read it, never both, and opening a large store costs tens of
milliseconds. So requests share one read-only connection (a cursor each), which is closed once no request has used
it for `idle` seconds, letting an ingest (which retries while the file is taken) in; the next request reopens it.
Under steady traffic it is also closed after `hold` seconds at the first moment no request uses it, and kept closed
for `gap` seconds, so a waiting writer gets its turn.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

IDLE_SECONDS = 1.0
HOLD_SECONDS = 30.0
GAP_SECONDS = 0.2
WAIT_SECONDS = 5.0  # how long a request waits while an ingest batch holds the store

# stores still open when the interpreter exits: closed before it tears down threads, so an idle timer never closes
# a DuckDB connection while Python finalises (that aborts the process: "FATAL: exception not rethrown")
_OPEN_STORES: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_open_stores() -> None:
    for store in list(_OPEN_STORES):
        store.close()


class ReadOnlyStore:
    def __init__(self, path: str | Path, idle: float = IDLE_SECONDS, hold: float = HOLD_SECONDS,
                 gap: float = GAP_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.path = str(path)
        self.idle, self.hold, self.gap = idle, hold, gap
        self.clock = clock
        self.opened = 0  # how many times the store was opened (for tests and benchmarks)
        self._lock = threading.Lock()
        self._conn: Any = None
        self._users = 0
        self._since = 0.0  # when the connection was opened
        self._last = 0.0  # when a request last let go of it
        self._closed_at = float("-inf")
        self._timer: threading.Timer | None = None
        _OPEN_STORES.add(self)

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        """A cursor on the shared connection, opening the store if needed (StoreError when it cannot)."""
        from whosaid.store.db import connect

        with self._lock:
            if self._conn is None:
                pause = self._closed_at + self.gap - self.clock()
                if pause > 0:
                    time.sleep(pause)
                self._conn = connect(self.path, read_only=True, wait=WAIT_SECONDS)
                self.opened += 1
                self._since = self.clock()
            self._users += 1
            cur = self._conn.cursor()
        try:
            yield cur
        finally:
            cur.close()
            with self._lock:
                self._users -= 1
                self._last = self.clock()
                if self._users == 0 and (self.idle <= 0 or self._last - self._since >= self.hold):
                    self._close()
                elif self._timer is None:
                    self._arm(self.idle)

    def close_if_idle(self) -> bool:
        """Close the connection when no request has used it for `idle` seconds; True when it is closed."""
        with self._lock:
            self._timer = None
            if self._conn is None:
                return True
            waited = self.clock() - self._last
            if self._users == 0 and waited >= self.idle:
                self._close()
                return True
            self._arm(max(self.idle - waited, 0.05))
            return False

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._close()

    def _arm(self, seconds: float) -> None:
        self._timer = threading.Timer(seconds, self.close_if_idle)
        self._timer.daemon = True
        self._timer.start()

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._closed_at = self.clock()
