"""Segment files and file heads: what lets an ingest write only what it adds, and a
shell verdict read only what it needs.

A store NAME is its base file NAME (rewritten whole only by a compaction or a merge)
plus `NAME.segments/`: one immutable file per ingest (per checkpoint of a long one)
holding just the articles it added or changed and their claims. A segment appears by
one rename (`0000000007.json`), so the directory listing is the manifest: a reader sees
a segment whole or not at all. The base's `_meta` names the last segment folded into it
(`segments_through`); segments up to that number are stale (a merge died before it
removed them) and are skipped and swept.

Every file of schema 2 starts with its *head*: `_meta` and then a few small tables
(the base: verdicts, history and the claim-id index; a segment: its index), whose byte
length `_meta` records. `read_head` parses only those bytes, so `mark` at 100k claims
never parses a claim. The files stay plain TinyDB JSON (the head tables are tables).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.store.errors import StoreError
from claimdesk.store.paths import segments_path
from claimdesk.store.storage import META_TABLE, check_store_data, dump_tables, dumps

_NAME = re.compile(r"^(\d{10})\.json$")
_MAGIC = b'{"_meta":'
_FIRST_READ = 1 << 16


@dataclass(slots=True, frozen=True)
class SegmentFile:
    """One published segment: its number (ingest order) and where it is."""

    seq: int
    path: Path


def segment_file(store: Path, seq: int) -> Path:
    return segments_path(store) / f"{seq:010d}.json"


def list_segments(store: Path) -> list[SegmentFile]:
    """The published segments, oldest first (temporaries and strays are not listed)."""
    try:
        names = os.listdir(segments_path(store))
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        raise StoreError(f"not a segments directory: {segments_path(store)}") from None
    except OSError as exc:
        raise StoreError(f"cannot list segments ({exc.strerror}): {store}") from None
    out = []
    for name in names:
        m = _NAME.match(name)
        if m:
            out.append(SegmentFile(int(m.group(1)), segments_path(store) / name))
    out.sort(key=lambda s: s.seq)
    return out


def dump_with_head(
    meta: dict[str, Any],
    head: dict[str, dict[str, Any]],
    body: dict[str, dict[str, Any]],
    texts: Callable[[], Iterable[bytes]] | None = None,
) -> Iterator[bytes]:
    """A store file whose `_meta` records the byte length of the head tables after it
    (`head`, so read_head can stop there) and of the `texts` tables after those
    (`texts_head`: each claim's words, read only by `undo`). Valid TinyDB JSON, written
    a piece at a time.

    `texts` makes the pieces of those tables (`,"texts":{...}`, see DeskMemory._texts)
    afresh at each call: it is called twice, once to count their bytes and once to
    write them, so that a huge article's phrases (a str and a dict entry per claim) and
    their JSON are never all held (issue 12, finding 9)."""
    # '"verdicts":{..},...' without the braces; the index last, so that a whole read can
    # leave it out with the texts (`index_head`: its bytes), as it needs neither
    # (each part kept as its pieces: a huge article's head is never joined or copied whole)
    rest = {k: v for k, v in head.items() if k != "index"}
    inner = _inside(dump_tables(rest)) if rest else []
    index = _inside(dump_tables({"index": head["index"]})) if "index" in head else []
    size = sum(map(len, index))
    region = sum(map(len, inner)) + size
    second = sum(map(len, texts())) if texts is not None else 0
    meta = dict(meta, head=region, index_head=size, texts_head=second)
    yield _MAGIC + dumps({"1": meta})
    yield from _drain(inner)
    yield from _drain(index)
    del inner, index
    if texts is not None:
        yield from texts()
    pieces = dump_tables(body)
    first = True
    for piece in pieces:
        if first:
            first = False
            if piece == b"{}":
                yield b"}"
                return
            piece = b"," + piece[1:]
        yield piece


def _inside(pieces: Iterable[bytes]) -> list[bytes]:
    """The pieces of `{...}` as those of `,...` (braces dropped, a comma before): how a
    table joins the tables written before it."""
    out = list(pieces)
    if out == [b"{}"]:
        return []
    out[0] = b"," + out[0][1:]
    out[-1] = out[-1][:-1]
    return [p for p in out if p]


def _drain(pieces: list[bytes]) -> Iterator[bytes]:
    """The pieces in order, each let go of once yielded."""
    for i in range(len(pieces)):
        piece, pieces[i] = pieces[i], b""
        yield piece


def read_head(path: Path, *, texts: bool = False) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(meta, head tables) parsed from the start of a store or segment file, without
    reading the rest (with `texts`: the claims' texts table too); None when the file
    has no head (schema 1, stock TinyDB): then the caller reads it whole. Missing
    file: FileNotFoundError."""
    with open(path, "rb") as fh:
        first = fh.read(_FIRST_READ)
        if not first.startswith(_MAGIC):
            return None
        try:
            text = first.decode("ascii", errors="replace")
            table, end = json.JSONDecoder().raw_decode(text, len(_MAGIC))
            meta = next(iter(table.values()))
            size = meta.get("head")
        except (ValueError, StopIteration, AttributeError):
            return None
        if not isinstance(size, int) or size < 1:
            return None
        more = meta.get("texts_head", 0) if texts else 0
        if not isinstance(more, int) or more < 0:
            return None
        size += more
        fh.seek(end)
        piece = fh.read(size)
    if len(piece) != size or not piece.startswith(b","):
        return None
    try:
        head = json.loads(b"{" + piece[1:] + b"}")
    except (ValueError, RecursionError):
        return None
    if not isinstance(head, dict):
        return None
    check_store_data({META_TABLE: {"1": meta}, **head}, path)
    return meta, head


def read_segment(seg: SegmentFile) -> dict[str, Any]:
    """A whole segment file, checked like a store file."""
    try:
        raw = seg.path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StoreError(f"cannot read segment ({exc.strerror}): {seg.path}") from None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise StoreError(f"segment file does not parse (damaged?): {seg.path}") from None
    return check_store_data(data, seg.path)


def segment_meta(data_or_meta: dict[str, Any]) -> dict[str, Any]:
    """The `_meta` document of a parsed file (or the meta itself)."""
    table = data_or_meta.get(META_TABLE)
    if isinstance(table, dict):
        return dict(next(iter(table.values()), {}))
    return data_or_meta


def sweep_segments(store: Path, through: int) -> int:
    """Remove what a crashed writer left in the segments directory: temporaries, and
    segments a merge folded into the base (number <= `through`) but died before removing.
    Only under the ingest lock (no segment is in progress then). Returns how many."""
    removed = 0
    folder = segments_path(store)
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        m = _NAME.match(name)
        stale = (m is not None and int(m.group(1)) <= through) or (
            name.startswith(".") and ".tmp-" in name
        )
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
                removed += 1
    return removed


def remove_segments(segments: Iterable[SegmentFile]) -> None:
    for seg in segments:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(seg.path)


__all__ = [
    "SegmentFile",
    "dump_with_head",
    "list_segments",
    "read_head",
    "read_segment",
    "remove_segments",
    "segment_file",
    "segment_meta",
    "sweep_segments",
]
