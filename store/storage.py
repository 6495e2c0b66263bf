"""A durable TinyDB Storage: whole-file writes that are atomic and survive kill -9.

Stock JSONStorage writes in place: a crash mid-write leaves a file that no longer parses.
Here every write goes to a temporary file in the same directory, is flushed and fsynced,
then `os.replace`d over the store and the directory fsynced, so the store file is always
either the old or the new version, whole. A file that does not parse, is not a claimdesk
store, or has a newer schema is refused (StoreError) and never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from claimdesk.store.errors import StoreError
from claimdesk.store.paths import temp_prefix

FORMAT = "claimdesk"
SCHEMA_VERSION = 2  # 2: segments beside the base file, and file heads (store/segments.py)
META_TABLE = "_meta"


def dumps(data: Any) -> bytes:
    """Compact JSON, never NaN/Infinity, ASCII-only.

    ASCII because a large store then decodes twice as fast into a str half the size
    (one byte per character) and a stray lone surrogate can never make a write fail.
    """
    return json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode(
        "ascii"
    )


_CHUNK = 1 << 20
_SLICE = 1 << 16  # characters of a long string encoded at a time
_RUN = 512  # members of a long list encoded at a time


def iter_dumps(
    data: Any, dump: Callable[[Any], bytes] = dumps, spaced: bool = False
) -> Iterator[bytes]:
    """`dump(data)`, byte for byte, in pieces: a dict (of str keys) a member at a time,
    a long list or dict a run of members at a time, a long string a slice at a time
    (JSON escapes each character alone), so hashing or writing a huge article's document
    never holds all of its JSON at once. `spaced`: `dump` writes json.dumps' default
    separators (", " and ": "), not the compact ones."""
    comma, colon = (b", ", b": ") if spaced else (b",", b":")
    if isinstance(data, str) and len(data) > _SLICE:
        yield b'"'
        for i in range(0, len(data), _SLICE):
            yield dump(data[i : i + _SLICE])[1:-1]
        yield b'"'
    elif isinstance(data, dict) and len(data) > _RUN and not any(map(_large, data.values())):
        items = list(data.items())  # (many small members: a run of them at a time)
        for i in range(0, len(items), _RUN):
            yield (comma if i else b"{") + dump(dict(items[i : i + _RUN]))[1:-1]
        yield b"}"
    elif isinstance(data, dict) and data and all(isinstance(k, str) for k in data):
        for i, (key, value) in enumerate(data.items()):
            yield (comma if i else b"{") + dump(key) + colon
            yield from iter_dumps(value, dump, spaced) if _large(value) else (dump(value),)
        yield b"}"
    elif isinstance(data, list | tuple) and len(data) > _RUN:
        for i in range(0, len(data), _RUN):
            yield (comma if i else b"[") + dump(list(data[i : i + _RUN]))[1:-1]
        yield b"]"
    elif isinstance(data, list | tuple) and data and any(map(_large, data)):
        for i, value in enumerate(data):
            yield comma if i else b"["
            yield from iter_dumps(value, dump, spaced)
        yield b"]"
    else:
        yield dump(data)


def _large(data: Any) -> bool:
    """Whether `dumps(data)` may be large enough to be worth encoding in pieces: a long
    string, list or dict, or one holding such a dict (a list's first members only)."""
    if isinstance(data, str):
        return len(data) > _SLICE
    if isinstance(data, list | tuple):
        return len(data) > _RUN or any(isinstance(v, dict) and _large(v) for v in data[:8])
    if isinstance(data, dict):
        return len(data) > _RUN or any(map(_large, data.values()))
    return False


def dump_tables(data: dict[str, dict[str, Any]]) -> Iterator[bytes]:
    """`dumps(data)` of a store's tables, byte for byte, a document at a time (in pieces
    of about a megabyte): the whole file as one str and then as bytes held a 50 MB
    article's store twice over (issue 12, finding 9)."""
    out = bytearray(b"{")
    for i, (name, table) in enumerate(data.items()):
        out += b"," if i else b""
        out += dumps(name) + b":{"
        for j, (key, doc) in enumerate(table.items()):
            out += b"," if j else b""
            out += dumps(key) + b":"
            for piece in iter_dumps(doc) if _large(doc) else (dumps(doc),):
                if len(out) + len(piece) > _CHUNK:
                    yield bytes(out)
                    out.clear()
                    yield piece
                else:
                    out += piece
                del piece
        out += b"}"
    out += b"}"
    yield bytes(out)


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to `target` so that a crash leaves either the old or the new file."""
    tmp, _ident = write_temp(target, data)
    replace_temp(tmp, target)


def write_pieces(target: Path, data: Iterable[bytes]) -> None:
    """`atomic_write` of bytes given in pieces (never joined)."""
    tmp, _ident = write_temp(target, data)
    replace_temp(tmp, target)


def write_temp(target: Path, data: bytes | Iterable[bytes]) -> tuple[Path, FileIdent]:
    """The slow half of an atomic write: `data` (bytes, or its pieces in order) in a
    fsynced temporary file beside `target`. Returns it and the identity `target` will
    have once replace_temp publishes it (so the writer knows its own file when it looks
    again)."""
    directory = target.parent
    tmp = directory / f"{temp_prefix(target)}{os.getpid()}-{secrets.token_hex(4)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        for piece in (data,) if isinstance(data, bytes | bytearray) else data:
            view = memoryview(piece)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            del view
        os.fsync(fd)
        ident = FileIdent.of(os.fstat(fd))
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    os.close(fd)
    return tmp, ident


def replace_temp(tmp: Path, target: Path) -> None:
    """The quick half: rename the temporary file over `target`, then fsync the directory."""
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


@dataclass(slots=True, frozen=True)
class FileIdent:
    """Which version of a file: a replaced file has a new inode, an appended one a new
    size. Cheap to compare after one stat()."""

    dev: int
    ino: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileIdent:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    @classmethod
    def at(cls, path: Path) -> FileIdent | None:
        try:
            return cls.of(os.stat(path))
        except OSError:
            return None


def sweep_temp_files(target: Path) -> int:
    """Remove temporary files a crashed writer left beside `target`; returns how many."""
    prefix = temp_prefix(target)
    removed = 0
    try:
        names = os.listdir(target.parent)
    except OSError:
        return 0
    for name in names:
        if name.startswith(prefix):
            with contextlib.suppress(OSError):
                os.unlink(target.parent / name)
                removed += 1
    return removed


def check_store_data(data: Any, path: Path) -> dict[str, Any]:
    """The parsed file if it is a claimdesk store this version can read, else StoreError."""
    if not isinstance(data, dict):
        raise StoreError(f"not a claimdesk store (top level is not an object): {path}")
    meta_table = data.get(META_TABLE)
    meta = None
    if isinstance(meta_table, dict) and meta_table:
        meta = next(iter(meta_table.values()))
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise StoreError(f"not a claimdesk store (no claimdesk header): {path}")
    schema = meta.get("schema")
    if not isinstance(schema, int) or schema < 1:
        raise StoreError(f"not a claimdesk store (bad schema version {schema!r}): {path}")
    if schema > SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {schema} is newer than this claimdesk understands "
            f"({SCHEMA_VERSION}); upgrade claimdesk: {path}"
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise StoreError(f"not a claimdesk store (table {name!r} is not an object): {path}")
    return data


def without_lite_tables(raw: bytes) -> bytes:
    """The file without the tables only a lite reader needs (the claim-id index and the
    claims' texts, store/segments.py), which `_meta` says where to find: a whole read
    parses neither (it has the claims and articles themselves). Unchanged when the file
    has no head (schema 1) or its head's lengths do not fit."""
    if not raw.startswith(b'{"_meta":'):
        return raw
    try:
        table, end = json.JSONDecoder().raw_decode(raw[:65536].decode("ascii", "replace"), 9)
        meta = next(iter(table.values()))
        head, index, texts = (meta.get(k) for k in ("head", "index_head", "texts_head"))
    except (ValueError, StopIteration, AttributeError):
        return raw
    if not all(isinstance(n, int) and n >= 0 for n in (head, index, texts)) or index > head:
        return raw
    cut, resume = end + head - index, end + head + texts
    if resume > len(raw) or raw[cut : cut + 1] not in (b",", b""):
        return raw
    if raw[resume : resume + 1] not in (b",", b"}"):
        return raw
    view = memoryview(raw)
    return b"".join((view[:cut], view[resume:]))


def read_store_file(path: Path, seen: list[FileIdent] | None = None) -> dict[str, Any] | None:
    """Parse and check the store file; None when it does not exist yet. The identity of
    the version read is appended to `seen` (a follower compares it later)."""
    try:
        with open(path, "rb") as fh:
            if seen is not None:
                seen.append(FileIdent.of(os.fstat(fh.fileno())))
            raw = fh.read()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"store path is a directory: {path}") from None
    except OSError as exc:
        raise StoreError(f"cannot read store ({exc.strerror}): {path}") from None
    if not raw.strip():
        raise StoreError(f"store file is empty (truncated?): {path}")
    raw = without_lite_tables(raw)
    try:
        text = raw.decode("utf-8")
        del raw  # halve the peak memory of a large store before parsing
        data = json.loads(text)
    except UnicodeDecodeError:
        raise StoreError(f"store file is not UTF-8 text: {path}") from None
    except (ValueError, RecursionError) as exc:
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "not valid JSON"
        raise StoreError(f"store file does not parse ({msg}; truncated?): {path}") from None
    return check_store_data(data, path)


class DurableStorage(Storage):
    """TinyDB Storage over one claimdesk store file, written atomically.

    `write` refuses to replace a file that exists but could not be read as a store.
    Usable as `TinyDB(path, storage=DurableStorage)`.
    """

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        super().__init__()
        self.path = Path(path)
        self.readonly = readonly
        self._checked = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        data = read_store_file(self.path)
        self._checked = True
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.readonly:
            raise StoreError(f"store opened read-only: {self.path}")
        if not self._checked and self.path.exists():
            read_store_file(self.path)  # raises rather than overwrite what we cannot parse
        self._checked = True
        atomic_write(self.path, dumps(data))

    def close(self) -> None:
        pass
