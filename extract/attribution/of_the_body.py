"""A body's name with "of the" inside (branch x16r, issue 16): "the Ministry of the
Interior of Veltravia", "the Department of the Treasury", "the Office of the Prime
Minister". Walking a name back from its last word, "the" stopped it, so "Ministry of
the Interior said" gave a source "Interior" (and "Office of the Prime Minister" gave
"Minister"). Government bodies are named this way in most political copy.

Precision: "of the" (or "for the") runs on only when the capitalised word before it is a
body's head noun ("Ministry", "Department", "Office", "Court"); "Priya Sandoval of the
Velmora Institute" stays a person with a role."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap
from claimdesk.extract.lexicon import NOT_NAME, ORG_NOUNS

_LINKS = frozenset(("of", "for"))


def of_the_start(toks: list[Tok], j: int) -> int | None:
    """The index of the body's head when tokens j-2, j-1 read "of the" after one
    ("Ministry [of the] Interior", j at "Interior"), else None."""
    if j < 3 or toks[j - 1].low != "the" or toks[j - 2].low not in _LINKS:
        return None
    w = toks[j - 3].text
    if not is_cap(w) or w in NOT_NAME or toks[j - 3].low not in ORG_NOUNS:
        return None
    return j - 3
