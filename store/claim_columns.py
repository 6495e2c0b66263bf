"""A huge article's claims kept by column until they are written (issue 12, finding 9).

A Claim object is about 200 bytes and keeps two int objects for its offsets: for a 50 MB
one-line article's 700,000 claims that was more than the article's extraction records it
replaced. `ClaimColumns` keeps each field as a list (the offsets as arrays of machine
ints, the figure fields only for the figures) and builds a Claim only when one is asked
for, without keeping it: writing the store file, hashing the fingerprint and reading the
comparison features each walk the claims once. The desk turns the columns into Claims
(store/desk_memory.py `_materialize`) as soon as anything else reads them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import Any, overload

from claimdesk.store.documents import CLAIM_FIELDS
from claimdesk.store.records import Claim

_GETTERS = tuple((f, attrgetter(f)) for f in (*CLAIM_FIELDS, "orphaned"))

KIND_ORDER = ("quote", "statement", "number")
"""The order an article's claims are made in (store/from_extraction.py `claims_of`)."""


class ClaimColumns(Sequence[Claim]):
    """One article's new claims, kinds in KIND_ORDER, by column: `ids` is the list the
    desk indexes the article by. Append in order with `add`."""

    __slots__ = (
        "_end",
        "_figures",
        "_first",
        "_partial",
        "_speaker",
        "_start",
        "_text",
        "article_id",
        "ids",
    )

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.ids: list[str] = []
        self._text: list[str] = []
        self._speaker: list[str | None] = []
        self._start = array("q")
        self._end = array("q")
        self._partial: list[bool | None] = []  # the quotes' (they come first)
        # the figures' value, unit, qualifier, noun, hypothetical (they come last)
        self._figures: list[tuple[object, ...]] = []
        self._first = {kind: 0 for kind in KIND_ORDER}  # where each kind starts

    def add(self, c: Claim) -> None:
        """The next claim (of this article, in KIND_ORDER, never orphaned)."""
        n = len(self.ids)
        if c.kind == "quote":
            self._partial.append(c.partial)
            self._first["statement"] = self._first["number"] = n + 1
        elif c.kind == "statement":
            self._first["number"] = n + 1
        else:
            self._figures.append((c.value, c.unit, c.qualifier, c.noun, c.hypothetical))
        self.ids.append(c.id)
        self._text.append(c.text)
        self._speaker.append(c.speaker)
        self._start.append(c.start)
        self._end.append(c.end)

    def __len__(self) -> int:
        return len(self.ids)

    def claim(self, i: int) -> Claim:
        """The i-th claim, built afresh (not kept: changing it changes nothing here)."""
        first = self._first
        if i >= first["number"]:
            kind, partial = "number", None
            value, unit, qualifier, noun, hypothetical = self._figures[i - first["number"]]
        else:
            kind = "statement" if i >= first["statement"] else "quote"
            partial = self._partial[i] if kind == "quote" else None
            value = unit = qualifier = noun = hypothetical = None
        return Claim(
            id=self.ids[i],
            kind=kind,
            article_id=self.article_id,
            text=self._text[i],
            speaker=self._speaker[i],
            partial=partial,  # type: ignore[arg-type]
            value=value,  # type: ignore[arg-type]
            unit=unit,  # type: ignore[arg-type]
            qualifier=qualifier,  # type: ignore[arg-type]
            noun=noun,  # type: ignore[arg-type]
            hypothetical=hypothetical,  # type: ignore[arg-type]
            start=self._start[i],
            end=self._end[i],
        )

    @overload
    def __getitem__(self, i: int) -> Claim: ...
    @overload
    def __getitem__(self, i: slice) -> list[Claim]: ...
    def __getitem__(self, i: int | slice) -> Claim | list[Claim]:
        if isinstance(i, slice):
            return [self.claim(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.claim(i)

    def __iter__(self) -> Iterator[Claim]:
        return map(self.claim, range(len(self)))

    def columns(self, lo: int, hi: int) -> dict[str, list[Any]]:
        """Claims lo..hi as the claims table's columns (documents.ClaimBatches), made
        from these columns without a Claim object each."""
        hi = min(hi, len(self))
        lo = min(lo, hi)
        n = hi - lo
        s, f = self._first["statement"], self._first["number"]
        q_hi = max(lo, min(hi, s))  # the quotes among them: lo..q_hi
        f_lo = min(max(lo, f), hi)  # the figures: f_lo..hi
        kinds = ["quote"] * (q_hi - lo) + ["statement"] * (f_lo - q_hi) + ["number"] * (hi - f_lo)
        figures = self._figures[f_lo - f : hi - f]
        before: list[Any] = [None] * (f_lo - lo)  # (the quotes' and statements' figure fields)
        fields = list(zip(*figures, strict=True)) if figures else [()] * 5
        return {
            "id": self.ids[lo:hi],
            "kind": kinds,
            "article_id": [self.article_id] * n,
            "text": self._text[lo:hi],
            "speaker": self._speaker[lo:hi],
            "partial": self._partial[lo:q_hi] + [None] * (hi - q_hi),
            "value": before + list(fields[0]),
            "unit": before + list(fields[1]),
            "qualifier": before + list(fields[2]),
            "noun": before + list(fields[3]),
            "hypothetical": before + list(fields[4]),
            "start": self._start[lo:hi].tolist(),
            "end": self._end[lo:hi].tolist(),
            "orphaned": [False] * n,
        }


class ClaimChain(Sequence[Claim]):
    """Several articles' claims (lists or ClaimColumns) read as one sequence, a slice
    built only for what it spans: the claims table of a file, a batch at a time."""

    def __init__(self, parts: Sequence[Sequence[Claim]]) -> None:
        self._parts = [p for p in parts if len(p)]
        self._len = sum(map(len, self._parts))

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> Claim: ...
    @overload
    def __getitem__(self, i: slice) -> list[Claim]: ...
    def __getitem__(self, i: int | slice) -> Claim | list[Claim]:
        if isinstance(i, int):
            found = self[i : i + 1] if i >= 0 else self[len(self) + i : len(self) + i + 1]
            if not found:
                raise IndexError(i)
            return found[0]
        lo, hi, step = i.indices(self._len)
        if step != 1:
            return [self[k] for k in range(lo, hi, step)]
        out: list[Claim] = []
        at = 0
        for part in self._parts:
            n = len(part)
            if at + n > lo and at < hi:
                out.extend(part[max(lo - at, 0) : min(hi - at, n)])
            at += n
            if at >= hi:
                break
        return out

    def __iter__(self) -> Iterator[Claim]:
        for part in self._parts:
            yield from part

    def columns(self, lo: int, hi: int) -> dict[str, list[Any]]:
        """Claims lo..hi as the claims table's columns (documents.ClaimBatches): those
        kept by column copied from their columns, without a Claim object each."""
        out: dict[str, list[Any]] = {name: [] for name, _ in _GETTERS}
        at = 0
        for part in self._parts:
            n = len(part)
            a, b = max(lo - at, 0), min(hi - at, n)
            if a < b:
                if isinstance(part, ClaimColumns):
                    for name, values in part.columns(a, b).items():
                        out[name] += values
                else:
                    some = part[a:b]
                    for name, get in _GETTERS:
                        out[name] += map(get, some)
            at += n
            if at >= hi:
                break
        return out
