"""The first letter of a search, answered without looking at every row (issue 18).

A later letter narrows the last result, but the first letter of a word filters a whole pane:
100k haystacks on the UI thread, 10-25 ms of a keystroke at 100k claims. A `LetterIndex`
holds, for each pane's full row list, one byte per row and letter (does the row's haystack
hold it?), built in the loading worker after the rows show; the first letter is then
`itertools.compress` over the rows, in C. The same rows, in the same order, as the filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import attrgetter, contains, is_
from typing import Any

# the letters a search line usually starts with; anything else is filtered row by row
LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"

_HAY = attrgetter("hay")


@dataclass
class LetterIndex:
    """Per row of one list, one byte per letter: 1 where the row's haystack holds it."""

    rows: Sequence[Any]
    masks: dict[str, bytes] = field(default_factory=dict)

    def build(self, letters: str = LETTERS, stop: Callable[[], bool] | None = None) -> bool:
        """Fill the masks, a letter at a time (each a C loop over the rows, a few ms, so a
        key on the UI thread waits for one letter at most). `stop` ends it early (False)."""
        hays = list(map(_HAY, self.rows))
        for letter in letters:
            if stop is not None and stop():
                return False
            if letter not in self.masks:
                self.masks[letter] = bytes(map(contains, hays, repeat(letter)))
        return True

    def rows_with(self, letter: str) -> list[Any] | None:
        """The rows whose haystack holds `letter`, in order; None when not indexed."""
        mask = self.masks.get(letter)
        if mask is None or len(mask) != len(self.rows):
            return None
        return list(compress(self.rows, mask))


def index_of(rows: Sequence[Any], row: Any) -> int | None:
    """Where `row` (this very object) is in `rows`, in C: the cursor kept after a filter
    looked for its row with a Python loop, 100k steps when the filter dropped it."""
    return next(compress(count(), map(is_, rows, repeat(row))), None)
