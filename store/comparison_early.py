"""`claimdesk compare` on a big file desk: the entities' child forked before the desk is
opened, building its own inputs while this process builds the same ones (issue 18).

The split run (extract/compare/split.py) forked its child once this process had opened
the desk (~0.4 s at 100k claims), decoded the features file (~0.25 s) and built the
inputs (~0.2 s), all on one core while the other sat idle; then the child worked out the
entities (~0.9 s) while this process, done with its own part in half that time, waited
for them. Now the child is forked first and opens the desk itself, on the other core,
while this process decodes the features file once for both (the entries as plain tuples,
handed to the child through an unlinked file: store/features.py `decode_each`), then
opens the desk and builds its inputs. The child's entities start ~0.3 s sooner (and
without the copy-on-write faults of the parent's pages); this process still has time to
spare before they arrive.

Both build their inputs with the same code from the same files. The child's first
message is its desk's state (`comparison.fingerprint`, which the on-disk cache trusts
too); split_groups uses the child only if that is this process's, else (the desk
changed between the two reads), or if the child fails, everything is computed here as
before: the same result. Read-only throughout: neither process writes to the desk.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from claimdesk.extract.compare import beside, split
from claimdesk.extract.compare.hold import reaped_at_exit
from claimdesk.store import features
from claimdesk.store.comparison import build_inputs, decisions, fingerprint

EARLY_MIN_BYTES = 16 << 20  # a desk file under ~18,000 claims: no split run (FORK_MIN_CLAIMS)


class _Given:
    """read_entries' source in one process: entries decoded already (None: none)."""

    def __init__(self, got: features.Prefetched | None) -> None:
        self.got = got

    def take(self) -> features.Prefetched | None:
        return self.got


class _FromParent:
    """read_entries' source in the child: what the parent decoded, once it says so."""

    def __init__(self, down: BinaryIO, fd: int) -> None:
        self.down, self.fd = down, fd

    def take(self) -> features.Prefetched | None:
        size = pickle.load(self.down)  # (the parent's one message before the entities)
        if size is None:
            return None
        data = bytearray()
        while len(data) < size:
            piece = os.pread(self.fd, size - len(data), len(data))
            if not piece:
                return None
            data += piece
        got = pickle.loads(data)  # (this process's parent's own bytes, in its own file)
        return got if type(got) is dict else None


class EarlyChild:
    """The child split_groups will use (split.Early), and what stops it when unused."""

    def __init__(self, early: split.Early, key: str) -> None:
        self.early, self.key = early, key

    def expect(self, store: Any) -> None:
        """This process's desk state, which the child's must match (before let_go)."""
        self.early.expect = fingerprint(store)

    def stop(self) -> None:
        """Stop the child if split_groups never took it (a cached or timeline run)."""
        features._prefetch.pop(self.key, None)  # (never read: a cached comparison)
        if split.take_early() is None:
            return  # (taken: split_groups ended it)
        for pipe in (self.early.up, self.early.down):
            with contextlib.suppress(OSError):
                pipe.close()
        with contextlib.suppress(OSError):
            os.kill(self.early.pid, signal.SIGKILL)
        if not reaped_at_exit():
            with contextlib.suppress(OSError):
                os.waitpid(self.early.pid, 0)


def start(store_path: Path) -> EarlyChild | None:
    """Fork the split run's child for the file desk at `store_path` before this process
    opens it, and decode the features file for both; None (nothing started) for a small
    desk or where fork cannot be used. Only for a process that runs no other thread and
    prints groups (every --kind but timeline). Call expect() once the desk is open."""
    try:
        if Path(store_path).stat().st_size < EARLY_MIN_BYTES or not beside.can_fork():
            return None
        kept, name = tempfile.mkstemp(prefix="claimdesk-compare-")
        os.unlink(name)  # (unlinked: gone once both processes close it)
    except OSError:
        return None
    down_r, down_w = split._pipe()  # parent -> child: the entries' size, then speakers
    up_r, up_w = split._pipe()  # child -> parent: its desk state, then as split.py
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns, leaves without the parent's exit work
        code = 1
        try:
            os.close(down_w)
            os.close(up_r)
            with os.fdopen(up_w, "wb") as up, os.fdopen(down_r, "rb") as down:
                _child(store_path, up, down, kept)
            code = 0
        except BaseException:  # (the parent computes it all itself)
            pass
        finally:
            os._exit(code)
    os.close(down_r)
    os.close(up_w)
    up, down = os.fdopen(up_r, "rb"), os.fdopen(down_w, "wb")
    key = features.prefetch_key(store_path)
    child = EarlyChild(split.Early(pid, up, down), key)
    split.adopt(child.early)
    got: features.Prefetched | None = None
    try:
        try:
            got = features.decode_each(store_path)
            data = memoryview(pickle.dumps(got, pickle.HIGHEST_PROTOCOL))
            done = 0
            while done < len(data):
                done += os.write(kept, data[done:])
            size: int | None = len(data)
        except (OSError, pickle.PicklingError, RecursionError):
            size = None
        finally:
            os.close(kept)
        split._send(down, size)
    except OSError:  # (the child is gone: split_groups finds it so and computes here)
        pass
    features._prefetch[key] = _Given(got)
    return child


def _child(store_path: Path, up: BinaryIO, down: BinaryIO, kept: int) -> None:
    """The early child: its own read of the desk, then split.py's child."""
    from claimdesk.store.backend import open_store

    features._prefetch[features.prefetch_key(store_path)] = _FromParent(down, kept)
    with open_store(store_path, readonly=True) as store:
        articles = build_inputs(store, dated=False)
        decided = decisions(store)
        state = fingerprint(store)
        store.let_go()  # (as the parent: the desk's tables freed before the entities)
    split.serve(articles, decided, state, up, down)
