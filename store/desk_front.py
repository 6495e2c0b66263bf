"""The desk's first claims, read from the front of its files instead of the whole desk
(issue 18: a desk with no kept first page, one written by `copy`, an older version or
any other writer, showed no rows until every claim was read: 1.9 s at 100k claims).

A file of schema 2 (store/segments.py) is its head, the claims' texts, then its body,
`,"articles":{...},"claims":{...}}`: the articles in ingest order right after the head
(whose length `_meta` records), and the claims last, a batch of CLAIM_BATCH by column
each. So the desk's first claims are the first batches of the base's claims table (its
start found from the file's end: `,"claims":{` cannot occur in a JSON string, where every
quote is escaped, nor anywhere after the table's own key), and their outlets the first
documents of its articles table. A lite read of the heads (every claim id in the desk's
order, every verdict) says which claims come first, their verdicts and the counts; the
kind of every claim is counted from the `kind` columns alone.

Every file is read a chunk at a time and only the chunk in hand is kept (at 100k claims
about 30 MB read, 14 MB of it the claims table twice, and 50 MB peak for the process).

Only when the files' claims are the desk's claims one after another: no later file
replaced an article, and the claims tables hold as many claims as the heads index (else
`None`, and the launch waits for the whole desk, as before). Anything unexpected is
`None` too: this is a shortcut to rows, never an error.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.store.claimstore import ClaimStore
from claimdesk.store.documents import article_from_doc, claims_from_doc
from claimdesk.store.errors import StoreError
from claimdesk.store.page_catchup import Catchup
from claimdesk.store.records import Claim
from claimdesk.store.segments import list_segments

_MAGIC = b'{"_meta":'
_ARTICLES = b',"articles":{'
_CLAIMS = b',"claims":{'
_OPEN_KINDS = b'"kind":['
_KINDS = re.compile(rb'"kind":\[([^\]]*)\]')  # a batch's kind column (its words: no "]")
_CHUNK = 1 << 20  # bytes read at a time
_RUN = 500  # claims built at a time


@dataclass(slots=True)
class DeskFront:
    """The desk's first claims (verdicts in force applied) and their articles in
    `desk` (a Catchup: the counts and the rows of the whole desk), and how many of the
    desk's claims are figures (None: not counted)."""

    desk: Catchup
    numbers: int | None
    reads: int  # bytes read from the files (tests count work, not time)


class _Unexpected(Exception):
    """The files are not laid out as this reader expects: read the whole desk."""


def read_front(path: Path, quotes: int, numbers: int) -> DeskFront | None:
    """The desk's claims in its order until `quotes` claims that are not figures and
    `numbers` figures are among them (or every claim); None when the files cannot be
    read so (see the module's docstring)."""
    with contextlib.suppress(StoreError, OSError, ValueError, KeyError, TypeError, _Unexpected):
        with open(path, "rb") as fh:
            if fh.read(len(_MAGIC)) != _MAGIC:  # schema 1: no head, nothing to skip
                return None
        with ClaimStore(path, readonly=True, lite=True) as lite:
            if not lite.lite:
                return None
            order, replaced = lite.claim_order()
            verdicts, rows = lite.review_summary()
            through = int(lite.meta.get("segments_through") or 0)
            last = lite.segment_seq
        if replaced:
            return None
        files = [path, *(s.path for s in list_segments(path) if through < s.seq <= last)]
        return _front(files, order, Catchup(verdicts, rows), quotes, numbers)
    return None


def _front(
    files: list[Path], order: list[str], desk: Catchup, quotes: int, numbers: int
) -> DeskFront | None:
    want = {"quotes": quotes, "numbers": numbers}
    reads = 0
    at = 0  # how far into `order` the claims are read
    numbers_total: int | None = 0
    counted = 0
    for file in files:
        body, size = _body_start(file)
        with open(file, "rb") as fh:
            claims_at, searched = _claims_at(fh, size)
            kinds = _kind_counts(fh, claims_at)
            reads += searched + fh.tell() - claims_at
            if kinds is None or numbers_total is None:
                numbers_total = None
            else:
                numbers_total += kinds[0]
                counted += kinds[1]
            if at == len(order) or not any(want.values()):
                continue
            fh.seek(claims_at + len(_CLAIMS))  # the table's first batches, as far as wanted
            mine, needed, at = _take(_claim_runs(_documents(fh.read)), order, at, desk, want)
            reads += fh.tell() - claims_at - len(_CLAIMS)
        if at < len(order) and any(want.values()) and order[at] in mine:
            raise _Unexpected  # (the loop above stopped for no reason: cannot be)
        got = 0
        with open(file, "rb") as fh:
            fh.seek(body + len(_ARTICLES))
            for doc in _documents(fh.read) if needed else ():
                if doc["id"] in needed:
                    desk.articles.append(article_from_doc(doc))
                    got += 1
                    if got == len(needed):
                        break
            reads += fh.tell() - body
        if got != len(needed):
            raise _Unexpected
    if any(want.values()) and at < len(order):
        return None  # a claim of the order in none of the files: the desk moved on
    if at == len(order) and any(want.values()) and desk.rows != len(order):
        return None  # the rows kept for verdicts whose claim is gone come last: not read
    if numbers_total is not None and counted != len(order):
        return None  # the files hold other claims than their heads say
    return DeskFront(desk, numbers_total, reads)


def _take(
    runs: Iterator[list[Claim]], order: list[str], at: int, desk: Catchup, want: dict[str, int]
) -> tuple[dict[str, Claim], set[str], int]:
    """A file's claims, run by run, into `desk` in the desk's order from `order[at]` until
    the panes want no more or the file's runs end: (the file's claims read, the articles
    of those taken, how far into `order` they go)."""
    mine: dict[str, Claim] = {}
    needed: set[str] = set()
    for part in runs:
        for c in part:
            mine[c.id] = c
        while at < len(order) and order[at] in mine and any(want.values()):
            c = mine[order[at]]
            desk.onto(c)
            desk.claims.append(c)
            needed.add(c.article_id)
            pane = "numbers" if c.kind == "number" else "quotes"
            want[pane] = max(0, want[pane] - 1)
            at += 1
        if at == len(order) or not any(want.values()):
            break
    return mine, needed, at


def _claim_runs(docs: Iterator[dict[str, Any]]) -> Iterator[list[Claim]]:
    """The claims of a claims table's documents, RUN at a time: a batch holds 10,000,
    the first page needs a few hundred."""
    for doc in docs:
        cols = doc.get("columns")
        if cols is None:  # (one claim a document)
            yield claims_from_doc(doc)
            continue
        n = len(cols["id"])
        for lo in range(0, n, _RUN):
            yield claims_from_doc({"columns": {k: v[lo : lo + _RUN] for k, v in cols.items()}})


def _body_start(file: Path) -> tuple[int, int]:
    """(where the body starts, the file's size): after `_meta`, the head and the texts."""
    with open(file, "rb") as fh:
        first = fh.read(1 << 16)
        size = os.fstat(fh.fileno()).st_size
        if not first.startswith(_MAGIC):
            raise _Unexpected
        table, end = json.JSONDecoder().raw_decode(first.decode("ascii", "replace"), len(_MAGIC))
        meta = next(iter(table.values()))
        start = end + int(meta["head"]) + int(meta.get("texts_head") or 0)
        fh.seek(start)
        if fh.read(len(_ARTICLES)) != _ARTICLES:
            raise _Unexpected
    return start, size


def _claims_at(fh: Any, size: int) -> tuple[int, int]:
    """(where the claims table's `,"claims":{` is, the bytes read to find it): searched
    for from the file's end, a chunk at a time (only the chunk in hand is kept)."""
    pos, carry, searched = size, b"", 0
    while pos > 0:
        step = min(pos, _CHUNK)
        pos -= step
        fh.seek(pos)
        piece = fh.read(step) + carry
        searched += step
        at = piece.rfind(_CLAIMS)
        if at >= 0:
            return pos + at, searched
        carry = piece[: len(_CLAIMS) - 1]
    raise _Unexpected


def _kind_counts(fh: Any, start: int) -> tuple[int, int] | None:
    """(figures, claims) of the claims table at `start`, from its `kind` columns only,
    read a chunk at a time; None when it is not kept by column (an older layout: not
    counted so)."""
    fh.seek(start)
    figures = claims = 0
    held = b""
    first = b""
    while piece := fh.read(_CHUNK):
        held += piece
        first = first or held[: len(_CLAIMS) + 1]
        end = 0
        for m in _KINDS.finditer(held):
            kinds = json.loads(b"[" + m.group(1) + b"]")
            figures += kinds.count("number")
            claims += len(kinds)
            end = m.end()
        rest = held[end:]
        cut = rest.find(_OPEN_KINDS)  # a column the next piece goes on with
        held = rest[cut:] if cut >= 0 else rest[-(len(_OPEN_KINDS) - 1) :]
    return (figures, claims) if claims or first == _CLAIMS + b"}" else None


def _documents(read: Callable[[int], bytes]) -> Iterator[dict[str, Any]]:
    """The documents of a table whose text after its opening brace `read` gives a piece
    at a time: `"1":{...},"2":{...}}`. A document cut by a piece's end is parsed again
    with more joined on (as much again as is held: a huge article costs a few parses)."""
    decode = json.JSONDecoder().raw_decode
    text, pos, done = "", 0, False

    def more() -> None:
        nonlocal text, pos, done
        piece = read(max(_CHUNK, len(text) - pos))
        done = not piece
        text = text[pos:] + piece.decode("ascii")
        pos = 0

    while True:
        while pos >= len(text) and not done:
            more()
        if text[pos : pos + 1] == "}":  # the table's end
            return
        try:
            _key, after = decode(text, pos)
            if text[after : after + 1] != ":":
                raise ValueError("no document after the key")
            doc, end = decode(text, after + 1)
        except ValueError:
            if done:
                raise _Unexpected from None
            more()
            continue
        while end >= len(text) and not done:
            end -= pos
            more()
        sep, pos = text[end : end + 1], end + 1
        if not isinstance(doc, dict) or sep not in ("}", ","):
            raise _Unexpected
        yield doc
        if sep == "}":
            return


__all__ = ["DeskFront", "read_front"]
