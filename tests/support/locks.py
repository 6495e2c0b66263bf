"""Evidence that a writer is waiting on a store's lock, so a test orders on it, not on time.

A writer that finds the lock held gets BlockingIOError from its non-blocking flock, then
tries again until its --wait runs out (store/lock.py). Both helpers watch for that refusal:
`lock_refused` in this process, `WAITING_CLI` in a child running the real command line.
"""

from __future__ import annotations

import contextlib
import fcntl
import threading
from collections.abc import Iterator

import pytest

WAITING = "waiting on the lock"

# `python -c WAITING_CLI ARGS...` runs `claimdesk ARGS...` and prints WAITING to stderr
# (once) when it first finds the lock held.
WAITING_CLI = f"""
import fcntl, sys
real_flock = fcntl.flock
told = []
def flock(fd, op):
    try:
        return real_flock(fd, op)
    except BlockingIOError:
        if not told:
            told.append(True)
            print({WAITING!r}, file=sys.stderr, flush=True)
        raise
fcntl.flock = flock
from claimdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@contextlib.contextmanager
def lock_refused(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """An event set once a writer in this process has found a store's lock held."""
    refused = threading.Event()
    real_flock = fcntl.flock

    def flock(fd, op):
        try:
            return real_flock(fd, op)
        except BlockingIOError:
            refused.set()
            raise

    with monkeypatch.context() as patch:
        patch.setattr(fcntl, "flock", flock)
        yield refused
