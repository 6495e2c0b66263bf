"""The store's locks: flock'd lock files holding the holder's PID.

Two locks (docs/store.md, "Many writers"): the short write lock (`NAME.lock`), held for
one journal append or one publish step, milliseconds; and the ingest lock
(`NAME.ingest.lock`), held by a long writer (ingest, import, compaction) for its whole
run, so two long writers never interleave while verdicts go on. flock is released by the
kernel when the holder dies (even by kill -9), so a crash never leaves a stale lock
behind; the PID in the file is only there for the message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from claimdesk.store.errors import StoreError, StoreLocked


class StoreLock:
    """`what` names the lock in the message ("store in use by PID 7: …")."""

    def __init__(self, path: Path, store: Path, what: str = "store in use") -> None:
        self.path = path
        self.store = store
        self.what = what
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, waiting up to `wait` seconds. A busy lock is waited for in the
        kernel (a blocking flock, see _wait), not by polling: a poller that sleeps between
        tries loses the lock again and again to writers that take it back at once, and
        three busy writers kept a fourth waiting for seconds."""
        fd = self._open()
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not _wait(fd, remaining):
                    pid = self._holder(fd)
                    os.close(fd)
                    who = f"PID {pid}" if pid else "another process"
                    raise StoreLocked(f"{self.what} by {who}: {self.store}", pid) from None
            except OSError as exc:
                os.close(fd)
                raise StoreError(f"cannot lock store ({exc.strerror}): {self.store}") from None
            if self._unlinked(fd):
                # the holder removed the store it had just created (discard_if_empty):
                # lock the file now at this path instead.
                os.close(fd)
                fd = self._open()
                continue
            break
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot create lock file ({exc.strerror}): {self.path}") from None

    def _unlinked(self, fd: int) -> bool:
        """Whether the locked file is no longer the one at self.path."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return True
        here = os.fstat(fd)
        return (st.st_dev, st.st_ino) != (here.st_dev, here.st_ino)

    @staticmethod
    def _holder(fd: int) -> int | None:
        with contextlib.suppress(OSError, ValueError):
            return int(os.pread(fd, 32, 0).decode().strip() or "0") or None
        return None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if it is free now; False (not an error) when someone holds it."""
        try:
            self.acquire(0.0)
        except StoreLocked:
            return False
        return True

    @contextlib.contextmanager
    def holding(self, wait: float) -> Iterator[None]:
        """The lock for a `with` block (re-entrant: a holder just goes on)."""
        if self.held:
            yield
            return
        self.acquire(wait)
        try:
            yield
        finally:
            self.release()


def _wait(fd: int, seconds: float) -> bool:
    """Block in flock(LOCK_EX) on `fd` for at most `seconds`; whether the lock is now held.

    flock has no timeout, so the blocking call runs on a helper thread while this one
    waits for it; when the time is up first, the helper is told to let the lock go as
    soon as it gets it (on a duplicate of `fd`, which the caller may close meanwhile)."""
    dup = os.dup(fd)  # the same open file description: its lock is fd's lock
    got = threading.Event()
    abandoned = threading.Event()
    guard = threading.Lock()

    def block() -> None:
        try:
            fcntl.flock(dup, fcntl.LOCK_EX)
        except OSError:
            os.close(dup)
            return
        with guard:
            if abandoned.is_set():
                with contextlib.suppress(OSError):
                    fcntl.flock(dup, fcntl.LOCK_UN)
            else:
                got.set()
        os.close(dup)

    threading.Thread(target=block, name="claimdesk-lock-wait", daemon=True).start()
    got.wait(seconds)
    with guard:
        if got.is_set():
            return True
        abandoned.set()
        return False
