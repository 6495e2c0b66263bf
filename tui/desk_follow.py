"""Following the desk: what other processes wrote, found within a second.

Runs in the App's follow worker (a thread), never on the UI thread. It waits on file
change notification for the store's own files (`watchfiles`, inotify on Linux) with a
one-second wake-up as a cheap stat poll besides (a network share may send no events),
then asks the store for what is new (`ClaimStore.refresh`: the journal's tail since the
last offset, or a new store file) and who else is here. The App posts what it yields to
the desk as messages.

A server desk (store/pg_store.py) has no files to watch: the follower waits on the
server's notifications instead (LISTEN, store/pg_listen.py), and when the server goes
away it says so once ("reconnecting"), keeps trying, and catches up when it is back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.store.comparison import merges_path
from claimdesk.store.errors import StoreError
from claimdesk.store.paths import journal_path, presence_dir, segments_path
from claimdesk.store.presence import visitors
from claimdesk.store.storage import FileIdent

WAKE_MS = 1000  # the stat poll's period, and the longest a change can go unseen
DEBOUNCE_MS = 40  # changes this close together are read as one


@dataclass(slots=True)
class Seen:
    """One look at the desk: others' changes (`changes`: a DeskChanges), whether the
    merge decisions changed, and who else is here (None: unchanged since last time)."""

    changes: Any = None
    merges_changed: bool = False
    here: list[str] | None = None
    connection: str | None = None  # a server desk: "reconnecting", then "back"


class DeskFollower:
    def __init__(self, store: Any, me: Any, stop: threading.Event) -> None:
        self.store = store
        self.path = Path(store.path)
        # this dashboard's own mark on the desk (not "someone else"): its Presence (a
        # file desk) or PgPresence (a server desk), or None
        self.me = me
        self.stop = stop
        self._here: list[str] | None = None
        self.server_dsn: str | None = getattr(store, "listen_dsn", lambda: None)()
        self._lost = False
        self._merges: object = None if self.server_dsn else FileIdent.at(merges_path(self.path))

    def _names(self) -> set[str]:
        """The file names whose changes matter (the store, its journal, decisions, the
        folder of segments: a new one is an ingest)."""
        return {
            self.path.name,
            journal_path(self.path).name,
            merges_path(self.path).name,
            segments_path(self.path).name,
        }

    def look(self) -> Seen:
        """What changed since the last look (cheap when nothing did: two stats, a listdir)."""
        if self.server_dsn is not None:
            return self._look_at_server()
        seen = Seen()
        changes = self.store.refresh()
        if changes:
            seen.changes = changes
        merges = FileIdent.at(merges_path(self.path))
        if merges != self._merges:
            self._merges = merges
            seen.merges_changed = True
        me = getattr(self.me, "path", None)
        self._saw_here(seen, visitors(self.path, skip=me))
        return seen

    def _saw_here(self, seen: Seen, others: list[Any]) -> None:
        """Who else is here, in seen.here when that changed since the last look."""
        here = sorted({v.reviewer for v in others}, key=str.casefold)
        if here != self._here:
            self._here = seen.here = here

    def _look_at_server(self) -> Seen:
        """A server desk: its history since the last look, and its merge decisions."""
        seen = Seen()
        try:
            changes = self.store.refresh()
            merges = self.store.merges_stamp()
        except StoreError:
            if not self._lost:
                self._lost = True
                seen.connection = "reconnecting"
            return seen
        if self._lost:
            self._lost = False
            seen.connection = "back"
        if changes:
            seen.changes = changes
        if self._merges is not None and merges != self._merges:
            seen.merges_changed = True
        self._merges = merges
        others = getattr(self.me, "others", None)
        if others is not None:
            self._saw_here(seen, others())
        return seen

    def run(self) -> Iterator[Seen]:
        """Yield each look that found something, until `stop` is set."""
        first = self.look()
        yield first
        for _ in self._wakeups():
            if self.stop.is_set():
                return
            seen = self.look()
            if (
                seen.changes is not None
                or seen.merges_changed
                or seen.here is not None
                or seen.connection is not None
            ):
                yield seen

    def _wakeups(self) -> Iterator[object]:
        """One item per batch of changes to the desk's files, and at least once a second."""
        if self.server_dsn is not None:
            yield from self._server_wakeups(self.server_dsn)
            return
        names = self._names()
        here = presence_dir(self.path)
        segments = segments_path(self.path)

        def wanted(_change: object, path: str) -> bool:
            p = Path(path)
            return p.name in names or p.parent in (here, segments) or p == here

        try:
            from watchfiles import watch

            folders = [self.path.parent, *(d for d in (here, segments) if d.is_dir())]
            yield from watch(
                *folders,
                watch_filter=wanted,
                debounce=DEBOUNCE_MS,
                step=DEBOUNCE_MS,
                stop_event=self.stop,
                rust_timeout=WAKE_MS,
                yield_on_timeout=True,
                recursive=False,
                raise_interrupt=False,
                ignore_permission_denied=True,
            )
        except (OSError, RuntimeError, ImportError):
            # no file notification here (a watch limit, a missing folder): poll instead
            while not self.stop.wait(WAKE_MS / 4000):
                yield None

    def _server_wakeups(self, dsn: str) -> Iterator[object]:
        """One item per notification from the server, and at least once a second; while
        the server is away, a try every quarter second."""
        from claimdesk.store.pg_listen import PgListener

        with PgListener(dsn) as listener:
            while not self.stop.is_set():
                try:
                    listener.wait(WAKE_MS / 1000)
                except StoreError:
                    if self.stop.wait(WAKE_MS / 4000):
                        return
                yield None
