"""The verdict journal: one fsync'd JSON line per action, appended, never rewritten in place.

A verdict write costs one small append and one fsync instead of rewriting the store. The
first line is a header naming the store it belongs to and `base`, the last history seq
that the store file already held when this journal was started. Several processes write
one journal: each append happens under the store's short write lock, after the writer has
read every line others appended since its last look (`JournalCursor`), so sequence
numbers stay in order. A kill -9 during an append can only leave a torn *last* line:
readers ignore it and the next writer (holding the lock, so nobody is mid-append) cuts it
off before appending. Compaction replaces the journal with a fresh header atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdesk.store.errors import StoreError
from claimdesk.store.storage import atomic_write, dumps

JOURNAL_VERSION = 1


@dataclass(slots=True)
class JournalRead:
    header: dict[str, Any] | None
    actions: list[dict[str, Any]] = field(default_factory=list)
    valid_bytes: int = 0  # length of the file up to its last complete, parsed line
    torn: bool = False  # a partial last line was ignored


@dataclass(slots=True)
class JournalCursor:
    """How far one process has read the journal: which file (a compaction replaces it)
    and how many bytes of complete lines. Reading again starts from here, so nothing is
    read twice."""

    ident: tuple[int, int] | None = None  # (st_dev, st_ino) of the file read
    offset: int = 0
    base: int = 0  # the header's base seq
    actions: int = 0  # actions in this file so far (compaction is due past a limit)


def _parse(raw: bytes, path: Path, out: JournalRead, *, first: bool) -> None:
    """Complete lines of `raw` into `out`; `first`: raw starts at the file's beginning."""
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
            if first and out.header is None:
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


def read_tail(path: Path, cursor: JournalCursor) -> JournalRead:
    """The complete lines appended since `cursor` (all of them when the journal was replaced
    since: then `header` is set); advances the cursor. `valid_bytes` is the file offset
    after the last complete line."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        cursor.ident, cursor.offset, cursor.actions = None, 0, 0
        return JournalRead(header=None)
    except OSError as exc:
        raise StoreError(f"cannot read journal ({exc.strerror}): {path}") from None
    try:
        st = os.fstat(fd)
        ident = (st.st_dev, st.st_ino)
        start = cursor.offset
        if ident != cursor.ident or st.st_size < start:
            start = 0  # a new journal (compaction) or one cut below what we read
        raw = _pread_all(fd, start, st.st_size - start)
    except OSError as exc:
        raise StoreError(f"cannot read journal ({exc.strerror}): {path}") from None
    finally:
        os.close(fd)
    out = JournalRead(header=None)
    _parse(raw, path, out, first=start == 0)
    out.valid_bytes += start
    if start == 0:
        cursor.actions = 0
        cursor.base = int((out.header or {}).get("base") or 0)
    cursor.ident = ident
    cursor.offset = out.valid_bytes
    cursor.actions += len(out.actions)
    return out


def _pread_all(fd: int, start: int, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = os.pread(fd, size, start)
        if not chunk:
            break
        chunks.append(chunk)
        start += len(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def header_line(store_id: str, base_seq: int) -> bytes:
    header = {"claimdesk_journal": JOURNAL_VERSION, "store_id": store_id, "base": base_seq}
    return dumps(header) + b"\n"


def start_journal(path: Path, store_id: str, base_seq: int, actions: list[bytes] = ()) -> None:
    """Replace the journal atomically: a header, then `actions` (raw lines, newest kept by
    a compaction). Called under the write lock."""
    try:
        atomic_write(path, header_line(store_id, base_seq) + b"".join(actions))
    except OSError as exc:  # the old journal is intact
        raise StoreError(f"cannot write journal ({exc.strerror}): {path}") from None


def append_line(path: Path, cursor: JournalCursor, action: dict[str, Any], torn: bool) -> None:
    """One line, one write, one fsync: durable when this returns. Called under the write
    lock with `cursor` at the end of the file's complete lines; a torn tail (a writer died
    mid-append, never acknowledged) is cut off first."""
    data = dumps(action) + b"\n"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    except OSError as exc:
        raise StoreError(
            f"verdict not saved: cannot open journal ({exc.strerror}): {path}"
        ) from None
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != cursor.ident:
            raise StoreError(f"verdict not saved: the journal was replaced under the lock: {path}")
        end = cursor.offset
        if torn or st.st_size != end:
            os.ftruncate(fd, end)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        except OSError as exc:
            # never leave half a line for the next append to glue onto (disk full, EIO)
            with contextlib.suppress(OSError):
                os.ftruncate(fd, end)
            raise StoreError(
                f"verdict not saved: cannot write journal ({exc.strerror}): {path}"
            ) from None
    finally:
        os.close(fd)
    cursor.offset = end + len(data)
    cursor.actions += 1


def cut_torn_tail(path: Path, cursor: JournalCursor) -> None:
    """Cut what follows the last complete line (a writer killed mid-append; never
    acknowledged). Under the write lock, with `cursor` just read to the end."""
    with contextlib.suppress(FileNotFoundError):
        fd = os.open(path, os.O_WRONLY)
        try:
            if (os.fstat(fd).st_size > cursor.offset) and _same(fd, cursor):
                os.ftruncate(fd, cursor.offset)
                os.fsync(fd)
        finally:
            os.close(fd)


def _same(fd: int, cursor: JournalCursor) -> bool:
    st = os.fstat(fd)
    return (st.st_dev, st.st_ino) == cursor.ident


def lines_after(path: Path, base_seq: int) -> list[bytes]:
    """The raw action lines of the journal holding an entry newer than `base_seq` (what a
    compaction that wrote the store up to `base_seq` keeps). Under the write lock."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"cannot read journal ({exc.strerror}): {path}") from None
    read = JournalRead(header=None)
    _parse(raw, path, read, first=True)
    kept = []
    for action in read.actions:
        seqs = [int(e.get("seq") or 0) for e in action.get("entries") or ()]
        if seqs and max(seqs) > base_seq:
            kept.append(dumps(action) + b"\n")
    return kept


__all__ = [
    "JournalCursor",
    "JournalRead",
    "append_line",
    "cut_torn_tail",
    "lines_after",
    "read_tail",
    "start_journal",
]
