"""One stage of the comparison computed in a forked child beside the parent's own work.

The figures stage needs the entities (done by then) but nothing the same-claim text
links compute, and those links need nothing from it until the figures' twins are joined
in: at 100k claims the two take ~0.5 s and ~1.5 s of one core each. A child forked once
the entities are known computes the figures while the parent links the texts; its
result (the figure groups and twins: a few kB to a few MB) comes back pickled through a
pipe. Fork only: the child sees the parent's objects as they are (copy-on-write), with
nothing pickled on the way in. Where fork is unavailable, or other threads run (forking
them is unsafe), or the child fails, the stage runs in the parent: the same result.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Beside(Generic[T]):
    """A stage running in a child (pid and the pipe's read end), or to run here (pid 0)."""

    stage: Callable[[], T]
    pid: int = 0
    fd: int = -1

    def result(self) -> T:
        """The stage's result: the child's, else computed here now."""
        if self.pid == 0:
            return self.stage()
        with os.fdopen(self.fd, "rb") as pipe:
            data = pipe.read()  # (the child blocks on a full pipe until this reads it)
        _pid, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if os.waitstatus_to_exitcode(status) != 0 or not data:
            return self.stage()  # the child failed (killed, out of memory): compute here
        return pickle.loads(data)


def can_fork() -> bool:
    """Fork is safe here: the platform has it and no other thread runs."""
    return hasattr(os, "fork") and threading.active_count() == 1


def may_fork(fork: bool) -> bool:
    """`fork` asked for and can_fork() (looked up here, where a test replaces it)."""
    return fork and can_fork()


def fork_child(work: Callable[[], object]) -> int:
    """Fork; the child runs `work` and leaves at once by os._exit (0 when it returned, 1
    when it raised: the parent, told through its pipe or its exit status, then does the
    work itself), never running the parent's exit work or finalizers. Returns the
    child's pid, in the parent. Output buffers are flushed first, or both would write
    them."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            work()
            code = 0
        except BaseException:  # (the parent's fallback takes over)
            pass
        finally:
            os._exit(code)
    return pid


def start_beside(stage: Callable[[], T], fork: bool) -> Beside[T]:
    """Start `stage` in a forked child when `fork` and can_fork(), else leave it for
    Beside.result() to run here."""
    if not may_fork(fork):
        return Beside(stage)
    read_fd, write_fd = os.pipe()

    def child() -> None:  # compute and send
        os.close(read_fd)
        data = pickle.dumps(stage(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)

    pid = fork_child(child)
    os.close(write_fd)
    return Beside(stage, pid, read_fd)
