"""'..., according to two officials familiar with the talks. ... "...," the second
official said.': one member of a counted unnamed group cited before, picked out by an
ordinal ("the second official", "the other diplomat", "the first source"). The article
never says more about who that member is, so the source is the group as cited ("two
officials familiar with the talks"), as "one of the officials" already was; the bare
"second official" was a new, nameless source.

Precision: only "the" + an ordinal + the head; only a group cited before whose name
opens with a count (two ... ten, a numeral, "several") and holds the head in the plural
("officials", "diplomats"); "the former official" is an ex-official, never an ordinal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from claimdesk.extract.lexicon import word_set

_ORDINALS = word_set("first second third fourth fifth other latter")
_COUNTS = word_set("two three four five six seven eight nine ten several 2 3 4 5 6 7 8 9 10")


class _Source(Protocol):
    name: str
    kind: str
    cited: bool
    last: int


def counted_group(words: list[str], entries: Iterable[_Source]) -> _Source | None:
    """The latest cited counted group "the `ordinal` `head`" (`words`, without "the") is
    one of, else None."""
    if len(words) != 2 or words[0].lower() not in _ORDINALS:
        return None
    plural = words[1].lower() + "s"
    best: _Source | None = None
    for e in entries:
        if not e.cited or e.kind != "anonymous":
            continue
        parts = e.name.lower().split()
        counted = bool(parts) and parts[0] in _COUNTS and plural in parts[1:4]
        if counted and (best is None or e.last > best.last):
            best = e
    return best
