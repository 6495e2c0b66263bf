"""One writer at a time: a second process is told who holds the store, or waits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from claimdesk.store import ClaimStore, StoreLocked
from tests.support.locks import WAITING, WAITING_CLI
from tests.support.store_fixtures import make_extraction

HOLDER = """
import sys
from claimdesk.store import ClaimStore
s = ClaimStore(sys.argv[1])
ids = [c.id for c in s.claims()]
s.mark([ids[0]], "verified", note="from the holder")
print("ready", flush=True)
sys.stdin.readline()      # hold the lock until the parent says so
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


def _holder(db):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_second_writer_is_told_the_holder_pid(db):
    proc = _holder(db)
    try:
        with pytest.raises(StoreLocked) as info:
            ClaimStore(db)
        assert info.value.pid == proc.pid
        assert str(info.value) == f"store in use by PID {proc.pid}: {db}"
        ids = [c.id for c in ClaimStore(db, readonly=True).claims()]
        out = _cli("mark", ids[2], "--status", "dismissed", db=db)
        assert out.returncode == 3
        assert f"store in use by PID {proc.pid}" in out.stderr
        assert "retry with --wait SECONDS" in out.stderr and out.stderr.count("\n") == 1  # Q26
        assert "Traceback" not in out.stderr
        # readers work meanwhile and see the holder's acknowledged verdict
        listed = _cli("list", "--status", "verified", "--format", "jsonl", db=db)
        assert listed.returncode == 0 and "from the holder" in listed.stdout
    finally:
        proc.communicate("go\n", timeout=30)
    with ClaimStore(db, readonly=True) as r:
        assert r.claim(ids[0]).status == "verified"
        assert r.claim(ids[1]).status == "disputed"
        assert r.claim(ids[2]).status == "unreviewed"  # the refused mark did nothing


def test_second_writer_with_wait_gets_in_after_the_first(db):
    proc = _holder(db)
    ids = [c.id for c in ClaimStore(db, readonly=True).claims()]
    waiter = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WAITING_CLI,
            "mark",
            ids[2],
            "--status",
            "dismissed",
            "--wait",
            "30",
            "--db",
            str(db),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert waiter.stderr.readline().strip() == WAITING  # it found the lock held
    assert waiter.poll() is None  # still waiting for the lock
    proc.communicate("go\n", timeout=30)
    _out, err = waiter.communicate(timeout=60)
    assert waiter.returncode == 0, err
    with ClaimStore(db, readonly=True) as r:  # no verdict lost from either process
        assert [r.claim(i).status for i in ids[:3]] == ["verified", "disputed", "dismissed"]


def test_lock_is_released_when_the_holder_is_killed(db):
    proc = _holder(db)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with ClaimStore(db) as s:  # no stale lock after kill -9
        assert s.claims()[0].status == "verified"


def test_same_process_second_writer_is_refused_too(db):
    with ClaimStore(db), pytest.raises(StoreLocked, match=f"PID {os.getpid()}"):
        ClaimStore(db)
