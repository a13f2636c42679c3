"""Ingest under interruption and in logs: workers die with the ingest, an interrupted rebuild says so, progress
counts stored articles and is printed as plain lines when stderr is not a terminal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from test_store import TESTS, cli, fake_analyze, run_ingest, wait_for_articles, write_corpus


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


SLOW_POOL_INGEST = """
import sys
sys.path.insert(0, {tests!r})
from test_store import slow_fake_analyze
from whosaid.ingest.batch import IngestOptions, ingest
ingest([{src!r}], IngestOptions(db={db!r}, workers=2, batch_seconds=0.2, progress=False),
       analyzer=slow_fake_analyze)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the worker processes")
def test_kill_9_of_an_ingest_leaves_no_worker_running(tmp_path: Path):
    corpus = write_corpus(tmp_path / "in", 200)
    db = tmp_path / "s.duckdb"
    script = SLOW_POOL_INGEST.format(tests=str(TESTS), src=str(corpus), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], start_new_session=True)
    try:
        wait_for_articles(db, 5, proc)
        workers = _children(proc.pid)
        assert len(workers) >= 2
        os.kill(proc.pid, signal.SIGKILL)  # the parent only, as `kill -9 PID` does
        proc.wait()
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_ctrl_c_in_the_rebuild_keeps_the_articles_and_queries_say_so(tmp_path: Path, monkeypatch):
    from whosaid.ingest import batch

    corpus = write_corpus(tmp_path / "in", 4)
    db = tmp_path / "s.duckdb"

    def interrupted(path: str):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "rebuild_store", interrupted)
    report = run_ingest([corpus], db)
    assert report.stored == 4 and report.interrupted and report.rebuild_interrupted
    stale = cli("statements", "--db", str(db), "--format", "json")
    assert stale.returncode == 0
    warning = [line for line in stale.stderr.splitlines() if line.strip()]
    assert len(warning) == 1 and "out of date" in warning[0] and "rerun `whosaid ingest`" in warning[0]
    monkeypatch.undo()
    again = run_ingest([corpus], db)  # nothing new to analyse; the rebuild runs
    assert (again.stored, again.present, again.interrupted) == (0, 4, False)
    assert again.derived["entities"] > 0
    fresh = cli("statements", "--db", str(db), "--format", "json")
    assert fresh.returncode == 0 and fresh.stderr.strip() == ""


def test_interrupted_rebuild_is_reported_with_a_hint(tmp_path: Path):
    import io
    from contextlib import redirect_stderr

    from whosaid.corpus_cli import _print_report
    from whosaid.ingest.batch import IngestReport

    err = io.StringIO()
    with redirect_stderr(err):
        _print_report(IngestReport(stored=3, interrupted=True, rebuild_interrupted=True), "s.duckdb")
    assert "interrupted while rebuilding" in err.getvalue() and "rerun the same command" in err.getvalue()


def test_progress_lines_count_stored_articles_when_stderr_is_not_a_terminal(tmp_path: Path, capsys):
    from whosaid.ingest.batch import IngestOptions, ingest

    corpus = write_corpus(tmp_path / "in", 12)
    (corpus / "empty.txt").write_bytes(b"")
    db = tmp_path / "s.duckdb"
    report = ingest([str(corpus)], IngestOptions(db=str(db), batch_seconds=60), analyzer=fake_analyze)
    assert report.stored == 12
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("ingest:")]
    # the batch is written at the end (batch_seconds=60): the last line counts what was written, all 12
    assert lines and lines[-1].startswith("ingest: 13/13 read, 12 stored, 0 already stored, 1 failed")
