"""A writer waiting for the short lock waits in the kernel, not by polling.

`python -m benchmarks --only live` found a mark() beside three busy writers waiting up to
seconds: the old wait tried the lock, slept (backing off to 20 ms) and tried again, and
each time another writer had taken it back in between. A blocking flock is woken when
the lock is let go. No timing is asserted: only that the wait blocks in flock, gets the
lock once it is released, and still gives up with StoreLocked when it is not.
"""

from __future__ import annotations

import fcntl
import os
import threading

import pytest

from claimdesk.store import StoreLocked
from claimdesk.store import lock as lock_module
from claimdesk.store.lock import StoreLock


def _hold(path):
    """Hold the lock on its own open file (flock: a separate description conflicts)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_a_waiting_writer_blocks_in_flock_and_gets_the_lock_when_let_go(tmp_path, monkeypatch):
    path = tmp_path / "desk.json.lock"
    holder = _hold(path)
    blocking = threading.Event()
    real_flock = fcntl.flock

    def spy(fd, op):
        if op == fcntl.LOCK_EX:  # a blocking request (no LOCK_NB)
            blocking.set()
        return real_flock(fd, op)

    monkeypatch.setattr(lock_module.fcntl, "flock", spy)
    lock = StoreLock(path, tmp_path / "desk.json")
    done = threading.Event()
    errors: list[BaseException] = []

    def take() -> None:
        try:
            lock.acquire(wait=30)
        except BaseException as exc:  # reported below
            errors.append(exc)
        done.set()

    threading.Thread(target=take, daemon=True).start()
    try:
        assert blocking.wait(10), "the waiter never blocked in flock (it polls)"
        assert not done.is_set()  # still waiting: the holder has it
    finally:
        fcntl.flock(holder, fcntl.LOCK_UN)
        os.close(holder)
    assert done.wait(10)
    assert not errors
    assert lock.held
    assert int(path.read_text()) == os.getpid()
    lock.release()


def test_a_wait_that_runs_out_still_says_who_holds_it(tmp_path):
    path = tmp_path / "desk.json.lock"
    holder = _hold(path)
    os.pwrite(holder, b"4242\n", 0)
    lock = StoreLock(path, tmp_path / "desk.json", "store locked")
    try:
        with pytest.raises(StoreLocked, match="store locked by PID 4242"):
            lock.acquire(wait=0.05)
        assert not lock.held
    finally:
        fcntl.flock(holder, fcntl.LOCK_UN)
        os.close(holder)
    # the abandoned wait let go of what it got: the lock is free for the next writer
    again = StoreLock(path, tmp_path / "desk.json")
    again.acquire(wait=10)
    assert again.held
    again.release()
