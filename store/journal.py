"""The verdict journal: one fsync'd JSON line per action, appended, never rewritten in place.

A verdict write costs one small append and one fsync instead of rewriting the store.
The first line is a header naming the store it belongs to. A kill -9 during an append
can only leave a torn *last* line: readers ignore it and the next writer cuts it off
before appending. Compaction folds the journal into the store file and then replaces the
journal with a fresh header atomically (see ClaimStore.compact).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdesk.store.errors import StoreError
from claimdesk.store.storage import atomic_write, dumps, fsync_dir

JOURNAL_VERSION = 1


@dataclass(slots=True)
class JournalRead:
    header: dict[str, Any] | None
    actions: list[dict[str, Any]] = field(default_factory=list)
    valid_bytes: int = 0  # length of the file up to its last complete, parsed line
    torn: bool = False  # a partial last line was ignored


def read_journal(path: Path) -> JournalRead:
    """Parse the journal; a torn last line is ignored, any other bad line is refused."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return JournalRead(header=None)
    except OSError as exc:
        raise StoreError(f"cannot read journal ({exc.strerror}): {path}") from None
    out = JournalRead(header=None)
    *complete, tail = raw.split(b"\n")
    out.torn = bool(tail.strip())  # bytes after the last newline: an append cut short
    valid = 0
    for i, line in enumerate(complete):
        if line.strip():
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError
            except (ValueError, RecursionError):
                if i == len(complete) - 1 and not out.torn:
                    out.torn = True  # the last line itself is garbage: treat as torn
                    break
                raise StoreError(
                    f"journal line {i + 1} is damaged; not touching it: {path}"
                ) from None
            if out.header is None:
                version = obj.get("claimdesk_journal")
                if not isinstance(version, int):
                    raise StoreError(f"not a claimdesk journal (no header): {path}")
                if version > JOURNAL_VERSION:
                    raise StoreError(
                        f"journal version {version} is newer than this claimdesk: {path}"
                    )
                out.header = obj
            else:
                out.actions.append(obj)
        valid += len(line) + 1
    out.valid_bytes = valid
    return out


class JournalWriter:
    """Appends actions durably; owned by the one writer holding the store lock."""

    def __init__(self, path: Path, store_id: str, base_seq: int) -> None:
        self.path = path
        self.store_id = store_id
        self._fd: int | None = None
        self.count = 0
        self._base_seq = base_seq

    def open_existing(self, valid_bytes: int, torn: bool, count: int) -> None:
        """Cut a torn tail (never acknowledged) and open for appending."""
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        if torn:
            os.ftruncate(fd, valid_bytes)
            os.fsync(fd)
        self._fd = fd
        self.count = count

    def reset(self, base_seq: int) -> None:
        """Replace the journal with a fresh header (after its actions reached the store)."""
        header = {"claimdesk_journal": JOURNAL_VERSION, "store_id": self.store_id, "base": base_seq}
        try:
            atomic_write(self.path, dumps(header) + b"\n")
        except OSError as exc:  # the old journal is intact and still open
            raise StoreError(f"cannot write journal ({exc.strerror}): {self.path}") from None
        self.close()  # the old fd now points at the replaced file: never append to it
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        except OSError as exc:
            raise StoreError(f"cannot open journal ({exc.strerror}): {self.path}") from None
        self.count = 0
        self._base_seq = base_seq

    def append(self, action: dict[str, Any]) -> None:
        """One line, one write, one fsync: durable when this returns."""
        if self._fd is None:
            raise StoreError(f"journal is not open: {self.path}")
        data = dumps(action) + b"\n"
        end = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            os.fsync(self._fd)
        except OSError as exc:
            # never leave half a line for the next append to glue onto (disk full, EIO)
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, end)
            raise StoreError(
                f"verdict not saved: cannot write journal ({exc.strerror}): {self.path}"
            ) from None
        self.count += 1

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


__all__ = ["JournalRead", "JournalWriter", "fsync_dir", "read_journal"]
