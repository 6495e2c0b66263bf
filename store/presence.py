"""Who is on the desk: one small file per open dashboard in `NAME.here/`.

Each dashboard writes `NAME.here/<pid>-<token>` with its reviewer's name and holds an
flock on it for as long as it is open. The kernel drops that lock when the process dies
(even by kill -9), so a file nobody holds is a dashboard that is gone: whoever looks next
removes it. No clock, no heartbeat, nothing to expire.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from claimdesk.store.paths import presence_dir
from claimdesk.store.stamps import now_iso


@dataclass(slots=True, frozen=True)
class Visitor:
    reviewer: str
    pid: int
    host: str
    since: str


class Presence:
    """This process's mark on the desk (join() on open, leave() on close)."""

    def __init__(self, store: Path, reviewer: str) -> None:
        self.store = store
        self.folder = presence_dir(store)
        self.reviewer = reviewer
        self.path: Path | None = None
        self._fd: int | None = None

    def join(self) -> bool:
        """Announce this dashboard; False (and no error) on a desk we may not write."""
        name = f"{os.getpid()}-{secrets.token_hex(4)}"
        path = self.folder / name
        hidden = self.folder / f".{name}"  # locked before others can see it (then renamed)
        try:
            self.folder.mkdir(exist_ok=True)
            fd = os.open(hidden, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            doc = {
                "reviewer": self.reviewer,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": now_iso(),
            }
            os.write(fd, json.dumps(doc).encode())
            os.replace(hidden, path)
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                hidden.unlink()
            return False
        self.path, self._fd = path, fd
        return True

    def leave(self) -> None:
        if self._fd is None:
            return
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = self.path = None

    def others(self) -> list[Visitor]:
        """Everyone else on the desk now, by reviewer name."""
        return visitors(self.store, skip=self.path)


def visitors(store: Path, *, skip: Path | None = None) -> list[Visitor]:
    """The dashboards open on the desk at `store` (their files are locked by the living)."""
    folder = presence_dir(store)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    out = []
    for name in names:
        if name.startswith("."):
            continue  # still being written (see Presence.join)
        path = folder / name
        if skip is not None and path == skip:
            continue
        visitor = _read_if_alive(path)
        if visitor is not None:
            out.append(visitor)
    return out


def _read_if_alive(path: Path) -> Visitor | None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # held: its dashboard is open
            raw = os.read(fd, 4096)
            try:
                doc = json.loads(raw)
                return Visitor(
                    str(doc.get("reviewer") or "unknown"),
                    int(doc.get("pid") or 0),
                    str(doc.get("host") or ""),
                    str(doc.get("since") or ""),
                )
            except (ValueError, TypeError, AttributeError):
                return None
        except OSError:
            return None
        # nobody holds it: that dashboard is gone (a crash); tidy up after it
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    finally:
        os.close(fd)
