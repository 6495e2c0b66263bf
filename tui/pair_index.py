"""The second letter of a search, answered without looking at the first letter's rows
(issue 18).

The first letter comes from the letter index (tui/letter_index.py); a later letter narrows
the last result. The second letter was the slow one: it narrowed the first letter's result,
30-50k haystacks of the two lists and 5-8k of the Sources pane in Python at 100k claims,
20-30 ms of CPU, the slowest key of every word. A `PairIndex` holds, for one pane's full
row list, the rows whose haystack holds each pair of LETTERS ("pe", "o7") as a bitset (an
int, one bit per row: 7 KB per pair at 57k rows), built in the loading worker after the
letters. A two-letter search is then that pair's rows, taken out of the bitset in C. For a
needle of two characters, "needle in hay" is exactly "hay holds that adjacent pair", so
these are the same rows, in the same order, as the filter.
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import add, attrgetter
from typing import Any

from claimdesk.tui.letter_index import LETTERS

PAIRS = frozenset(a + b for a in LETTERS for b in LETTERS)
_HAY = attrgetter("hay")
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")  # a 0/1 byte per row -> "0"/"1"
_TO_FLAGS = bytes.maketrans(b"01", b"\x00\x01")  # and back
_STOP_EVERY = 2048  # rows between two looks at `stop`
_BLOCK = 1 << 16  # rows whose pairs' row numbers are held at once (4 bytes per row and pair)


@dataclass
class PairIndex:
    """Per pair of LETTERS, the rows of one list whose haystack holds it (bit i: row i)."""

    rows: Sequence[Any]
    bits: dict[str, int] = field(default_factory=dict)
    built_for: int = -1  # the rows' count when built (another count: not indexed)

    def build(self, stop: Callable[[], bool] | None = None) -> bool:
        """Fill the bitsets, a block of rows at a time (what is held meanwhile stays a few
        MB at a million rows): each row's pairs in C (a pair per two adjacent characters,
        kept when both are LETTERS) appended to the pair's row numbers, then each pair's
        numbers packed into an int and added at the block's place. `stop` ends it early
        (False, nothing kept)."""
        rows, bits = self.rows, {}
        for start in range(0, len(rows), _BLOCK):
            block = rows[start : start + _BLOCK]
            postings: defaultdict[str, array] = defaultdict(lambda: array("I"))
            slot = postings.__getitem__
            for i, hay in enumerate(map(_HAY, block)):
                if stop is not None and not i % _STOP_EVERY and stop():
                    return False
                pairs = PAIRS.intersection(map(add, hay, hay[1:]))
                deque(map(array.append, map(slot, pairs), repeat(i)), 0)
            for pair, at in postings.items():
                flags = bytearray(len(block))
                deque(map(flags.__setitem__, at, repeat(1)), 0)
                held = int(flags.translate(_TO_DIGITS)[::-1], 2) << start
                bits[pair] = bits.get(pair, 0) | held
        self.bits, self.built_for = bits, len(rows)
        return True

    def flags(self, pair: str) -> bytes | None:
        """One byte per row, 1 where the row's haystack holds `pair`; None when `pair` is
        not two LETTERS or the index is not built (or was built for other rows)."""
        if self.built_for != len(self.rows) or pair not in PAIRS:
            return None
        held = self.bits.get(pair, 0)
        digits = format(held, "b").encode() if held else b""
        return digits[::-1].translate(_TO_FLAGS).ljust(len(self.rows), b"\x00")

    def rows_with(self, pair: str) -> list[Any] | None:
        """The rows whose haystack holds `pair`, in order; None when not indexed."""
        flags = self.flags(pair)
        return None if flags is None else list(compress(self.rows, flags))
