"""Many writers, short locks: verdicts never wait on each other or on an open dashboard;
only long writers (ingest, import) take turns, and a second one is told who holds the
store, or waits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from claimdesk.store import ClaimStore, StoreLocked
from tests.support.locks import WAITING, WAITING_CLI
from tests.support.store_fixtures import make_extraction

# an open writer (like a dashboard) between two verdicts, then a long writer
HOLDER = """
import sys
from claimdesk.store import ClaimStore
s = ClaimStore(sys.argv[1], exclusive=sys.argv[2] == "ingest")
ids = [c.id for c in s.claims()]
s.mark([ids[0]], "verified", note="from the holder")
print("ready", flush=True)
sys.stdin.readline()      # stay open until the parent says so
s.mark([ids[1]], "disputed")
s.close()
print("done", flush=True)
"""


def _cli(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.cli.main", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "s.json"
    with ClaimStore(db) as s:
        s.ingest_extraction(make_extraction())
    return db


def _holder(db, kind="writer"):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_an_open_writer_blocks_no_other_writer(db):
    """The dashboard-like holder stays open; the CLI marks at once, the holder marks
    again after it, and every verdict of both processes is on disk."""
    proc = _holder(db)
    try:
        ids = [c.id for c in ClaimStore(db, readonly=True).claims()]
        out = _cli("mark", ids[2], "--status", "dismissed", db=db)
        assert out.returncode == 0, out.stderr
        with ClaimStore(db) as second:  # a second writer in this process too
            second.mark([ids[3]], "verified", reviewer="second")
    finally:
        assert proc.communicate("go\n", timeout=30)[0].strip() == "done"
    with ClaimStore(db, readonly=True) as r:
        assert [r.claim(i).status for i in ids[:4]] == [
            "verified",
            "disputed",
            "dismissed",
            "verified",
        ]
        assert [e.seq for e in r.history()] == [1, 2, 3, 4]  # one order for all writers


def test_a_second_ingest_is_told_the_holder_pid(db):
    proc = _holder(db, "ingest")
    try:
        with pytest.raises(StoreLocked) as info:
            ClaimStore(db, exclusive=True)
        assert info.value.pid == proc.pid
        assert str(info.value) == f"store being written by PID {proc.pid}: {db}"
        ids = [c.id for c in ClaimStore(db, readonly=True).claims()]
        out = _cli("import", os.devnull, db=db)
        assert out.returncode == 3
        assert f"store being written by PID {proc.pid}" in out.stderr
        assert "retry with --wait SECONDS" in out.stderr and out.stderr.count("\n") == 1
        assert "Traceback" not in out.stderr
        # a verdict never waits on a long writer
        marked = _cli("mark", ids[2], "--status", "dismissed", db=db)
        assert marked.returncode == 0, marked.stderr
        listed = _cli("list", "--status", "verified", "--format", "jsonl", db=db)
        assert listed.returncode == 0 and "from the holder" in listed.stdout
    finally:
        proc.communicate("go\n", timeout=30)
    with ClaimStore(db, readonly=True) as r:
        assert [r.claim(i).status for i in ids[:3]] == ["verified", "disputed", "dismissed"]


def test_a_second_ingest_with_wait_gets_in_after_the_first(db, tmp_path):
    proc = _holder(db, "ingest")
    article = tmp_path / "more.txt"
    article.write_text(
        "Mayor Ida Brandt said on Tuesday that the ferry will run twice a day. "
        '"We will not cut the service," Brandt said.\n',
        encoding="utf-8",
    )
    args = ["ingest", str(article), "--wait", "30", "--db", str(db)]
    waiter = subprocess.Popen(
        [sys.executable, "-c", WAITING_CLI, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert waiter.stderr.readline().strip() == WAITING  # it found the lock held
    assert waiter.poll() is None  # still waiting for the lock
    proc.communicate("go\n", timeout=30)
    _out, err = waiter.communicate(timeout=60)
    assert waiter.returncode == 0, err
    with ClaimStore(db, readonly=True) as r:  # nothing lost from either process
        assert len(r.articles()) == 2
        statuses = [c.status for c in r.claims()]
        assert statuses.count("verified") == 1 and statuses.count("disputed") == 1


def test_lock_is_released_when_the_holder_is_killed(db):
    proc = _holder(db, "ingest")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with ClaimStore(db, exclusive=True) as s:  # no stale lock after kill -9
        assert s.claims()[0].status == "verified"


def test_same_process_second_ingest_is_refused_too(db):
    with (
        ClaimStore(db, exclusive=True),
        pytest.raises(StoreLocked, match=f"PID {os.getpid()}"),
    ):
        ClaimStore(db, exclusive=True)
