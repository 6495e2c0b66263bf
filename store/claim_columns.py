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
from typing import overload

from claimdesk.store.records import Claim

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
