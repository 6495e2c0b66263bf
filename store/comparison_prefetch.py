"""The features file decoded in a forked helper while `claimdesk compare` opens the desk.

Opening a 100k-claim file desk (~0.4 s) and decoding its features file (~0.25 s: the
JSON's objects, then every entry checked) ran one after the other on one core, before
the comparison could fork its own child; the second core sat idle. Neither needs the
other: the entries are checked against the desk's fingerprints only when the inputs are
built. So the verb starts a helper process before it opens the desk; the helper decodes
every entry into plain tuples (store/features.py `decode_each`), writes them as one
pickle to an unlinked file this process made (so it never waits on a full pipe, and its
pickling is done before it is asked) and sends the pickle's size through a pipe; this
process reads it (~0.1 s: tuples unpickle at C speed) when it builds the inputs
(`features.read_entries` takes it), assembling only the entries of the fingerprints its
desk holds, exactly as it would have decoded them.

(Tried first: forking the entities' child itself before the desk is opened, the child
reading the desk too. About as short a path, but ~0.7 s more CPU at 100k claims, a
second read of the desk to check for being the same state, and on a busy machine more
CPU is more wall: benchmarks/RESULTS.md, issue 18's fifth round.)

Derived data only: the helper reads the features file and writes nothing. If it fails,
sends something unreadable or cannot be started (no os.fork), the entries are read here
as before: the same result. The pickle is this process's own child's, through a pipe it
made; nothing read from disk is unpickled.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import tempfile
from pathlib import Path
from typing import Any

from claimdesk.extract.compare import beside
from claimdesk.extract.compare.hold import reaped_at_exit
from claimdesk.store import features
from claimdesk.store.paths import features_path

PREFETCH_MIN_BYTES = 1 << 20  # a smaller features file decodes in less than a fork costs


class Prefetch:
    """One helper decoding one features file; `take()` once for its entries."""

    def __init__(self, pid: int, fd: int, kept: int, key: str) -> None:
        self.pid, self.key, self.kept = pid, key, kept
        self._fd: int | None = fd

    def take(self) -> features.Prefetched | None:
        """The helper's entries, or None when it failed (then the caller reads them)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return None
        got: Any = None
        try:
            with os.fdopen(fd, "rb") as pipe:
                size = pickle.load(pipe)  # (the helper's one message: its pickle's size)
            data = bytearray()
            while len(data) < size:
                piece = os.pread(self.kept, size - len(data), len(data))
                if not piece:
                    raise EOFError
                data += piece
            got = pickle.loads(data)  # (this process's own child's bytes, in its own file)
        except Exception:  # EOF (the helper died), a torn message
            got = None
        finally:
            with contextlib.suppress(OSError):
                os.close(self.kept)
            self._reap()
        return got if type(got) is dict else None

    def stop(self) -> None:
        """Forget the helper and stop it if its entries were never taken (a cached or
        failed comparison)."""
        if features._prefetch.get(self.key) is self:
            del features._prefetch[self.key]
        fd, self._fd = self._fd, None
        if fd is None:
            return
        for unused in (fd, self.kept):
            with contextlib.suppress(OSError):
                os.close(unused)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self._reap()

    def _reap(self) -> None:
        if reaped_at_exit():  # (the verb's own process: see extract/compare/hold.py)
            return
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def start(store_path: Path) -> Prefetch | None:
    """Start decoding the features file of the file desk at `store_path` in a helper,
    for `features.read_entries` to take; None (nothing started) for a small or missing
    file, or where fork cannot be used. Only for a process that runs no other thread."""
    try:
        if features_path(store_path).stat().st_size < PREFETCH_MIN_BYTES:
            return None
    except OSError:
        return None
    if not beside.can_fork():
        return None
    try:
        kept, name = tempfile.mkstemp(prefix="claimdesk-features-")
        os.unlink(name)  # (gone once both processes have closed it)
    except OSError:
        return None
    r, w = os.pipe()

    def helper() -> None:  # (if it fails, the parent reads the file itself)
        os.close(r)
        data = pickle.dumps(features.decode_each(store_path), pickle.HIGHEST_PROTOCOL)
        view, done = memoryview(data), 0
        while done < len(view):
            done += os.write(kept, view[done:])
        with os.fdopen(w, "wb") as pipe:
            pickle.dump(len(data), pipe)

    pid = beside.fork_child(helper)
    os.close(w)
    key = features.prefetch_key(store_path)
    old = features._prefetch.get(key)
    if old is not None:
        old.stop()
    helper = Prefetch(pid, r, kept, key)
    features._prefetch[key] = helper
    return helper
