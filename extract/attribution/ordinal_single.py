"""'"...," said one European diplomat. A second diplomat described the mood as ... "...,"
the first diplomat said.': one of several unnamed sources, each brought in alone, picked
out by an ordinal. Wire copy built on anonymous sources numbers them this way; the bare
"first diplomat" became a new, nameless source (issue 16, round 16). The counted group
("two officials ... the second official") is ordinal_member.py's; this is its twin for
sources cited one by one.

Precision: "the first/second/third <head>" only; the sources are cited unnamed ones
written "a/an/one/another ... <head>" (the head within their first four words), at least
two of them; "the second" is the one the article itself called "a second <head>", else
the second in the order they were first mentioned; fewer sources than the ordinal: none."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

_ORDINALS = {"first": 1, "second": 2, "third": 3}
_SINGLE = frozenset(("a", "an", "one", "another"))


class _Source(Protocol):
    name: str
    kind: str
    cited: bool
    order: int


def ordinal_single(words: list[str], entries: Iterable[_Source]) -> _Source | None:
    """The cited unnamed source "the `ordinal` `head`" (`words`, without "the") means."""
    if len(words) != 2 or words[0].lower() not in _ORDINALS:
        return None
    nth, head = _ORDINALS[words[0].lower()], words[1].lower()
    singles = []
    for e in entries:
        parts = e.name.lower().split()
        if e.cited and e.kind == "anonymous" and parts[:1] and parts[0] in _SINGLE:
            singles += [e] if head in parts[1:5] else []
    if len(singles) < max(2, nth):
        return None
    singles.sort(key=lambda e: e.order)
    named = [e for e in singles if words[0].lower() in e.name.lower().split()[1:2]]
    if len(named) == 1:
        return named[0]  # "a second diplomat" is "the second diplomat"
    others = [e for e in singles if not set(e.name.lower().split()[1:2]) & set(_ORDINALS)]
    ranked = others if nth == 1 else singles
    return ranked[nth - 1] if len(ranked) >= nth else None
