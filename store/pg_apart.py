"""A server ingest's checkpoint features worked out beside it, in a forked child.

The comparison features of a checkpoint's articles (store/comparison.py
`refresh_features`) were a tenth of `claimdesk ingest`'s CPU, spent on the main thread
while the second core idled (the server's own work there is a second a 4,000-article
run). A server desk can hand them to a child process: the checkpoint is committed, the
child is a fork (it holds the checkpoint's articles without a copy made or sent),
opens its own connection and puts the features; the ingest goes on extracting.

Features are derived data, so a child that fails costs the next comparison time, never
anything stored; the checkpoint's articles and claims were committed before the fork.
The parent waits for its child before it touches the features again (the next
checkpoint, the end of the batch, letting go of the desk, closing) and then takes over
what the child knows the server keeps (`KeptPrints`), so the ingest still reads the
kept fingerprints once. One child at a time. Only where `os.fork` exists, and only when
the caller asks (`ingest_paths(features_apart=True)`: the `claimdesk ingest` verb; a
dashboard's worker thread never forks its App).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from typing import Any

from claimdesk.store import pg_features
from claimdesk.store.features import FEATURES_VERSION


class FeaturesApart:
    """The one child of a desk (`start`), waited for with `wait`."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._pipe: int | None = None  # the read end: what the child knows is kept
        self.children = 0  # children started (the tests count them)

    @property
    def running(self) -> bool:
        return self._pid is not None

    def start(self, store: Any, work: Callable[[Any], object]) -> bool:
        """Fork a child that runs `work(store)` on a connection of its own and exits;
        False (nothing started) where there is no fork. The caller holds the desk's
        mutex (no other thread of this process is inside the desk) and has waited for
        the last child."""
        if not hasattr(os, "fork"):
            return False
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return False
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(store, work, write)
        os.close(write)
        self._pid, self._pipe = pid, read
        self.children += 1
        return True

    def wait(self) -> tuple[int, dict[str, str]] | None:
        """Wait for the child, if one runs: (features version, the fingerprints the server
        keeps) as the child left them, or None (no child, or one that failed: read them
        again)."""
        if self._pid is None:
            return None
        pid, pipe = self._pid, self._pipe
        self._pid = self._pipe = None
        try:
            with os.fdopen(pipe, "rb") as got:  # (read before the wait: a full pipe blocks)
                told = got.read()
        except OSError:
            told = b""
        try:
            _pid, status = os.waitpid(pid, 0)
        except ChildProcessError:  # (reaped by someone else: its word is the pipe's)
            status = 0 if told else 1 << 8
        if os.waitstatus_to_exitcode(status) != 0 or not told:
            return None
        try:
            version, prints = json.loads(told)
            return int(version), {str(a): str(fp) for a, fp in prints.items()}
        except (ValueError, TypeError, AttributeError):
            return None


def _child(store: Any, work: Callable[[Any], object], pipe: int) -> None:
    """In the forked child: the parent's connection is left alone (its socket is the
    parent's session: closing it here would end that), `work` runs on a new one, the
    kept prints go back through `pipe`, and the child exits without running any
    finalizer of the parent's objects."""
    code = 1
    try:
        store.begin_child()
        work(store)
        told = store.kept_prints_known()
        with os.fdopen(pipe, "wb") as out:
            out.write(json.dumps(told).encode() if told is not None else b"")
        code = 0
    except BaseException:  # (derived data: the parent only learns it must read again)
        code = 1
    finally:
        with contextlib.suppress(BaseException):
            store.close_own_connection()
        os._exit(code)


class ApartWrites:
    """PgStore's side of a features child (a mixin: PgStore's `_mutex`, `_conn`,
    `_kept`, `_stream`, `readonly` and `_closed`)."""

    _apart: FeaturesApart
    _mutex: Any
    _conn: Any
    _kept: Any
    _stream: Any
    readonly: bool
    _closed: bool
    _talking: Callable[[str], Any]

    def refresh_apart(self, work: Callable[[Any], object]) -> bool:
        """Run `work(self)` (the checkpoint's features) in a child, after the last child;
        False when it must run here (no fork, or a write still under way)."""
        with self._mutex:
            self._settle_apart()
            if self.readonly or self._closed or self._stream is not None:
                return False
            return self._apart.start(self, work)

    def _settle_apart(self) -> None:
        """Wait for the features child, then hold what it knows the server keeps (or
        nothing: read again)."""
        if not self._apart.running:
            return
        told = self._apart.wait()
        if told is None:
            self._kept.drop()
        else:
            self._kept.hold(*told)

    def begin_child(self) -> None:
        """(In the child) leave the parent's connection alone and open one of its own;
        hold the kept prints (a child's session holds no lock, so `kept_fingerprints`
        would not keep them; the parent's lock covers its child's run)."""
        self._parents_conn = self._conn  # (kept referenced: never finalized here)
        self._conn = None
        if self._kept.state() is None:
            with self._talking("cannot read comparison features") as conn:
                prints = pg_features.read_kept_prints(conn, FEATURES_VERSION)
            self._kept.hold(FEATURES_VERSION, prints)

    def close_own_connection(self) -> None:
        """(In the child) close the connection it opened, never the parent's."""
        conn = self._conn
        if conn is not None and conn is not getattr(self, "_parents_conn", None):
            conn.close()

    def kept_prints_known(self) -> list[Any] | None:
        state = self._kept.state()
        return None if state is None else [state[0], state[1]]
