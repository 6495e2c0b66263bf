"""A lowercase level before a body's capitalised name belongs to the name (branch x16p):
"the state Republican Party", "the county Democratic Committee", "the national Labour
Party", "the provincial Liberal Association". Political copy names a party's or a
union's branch this way, and without the level the speaker is another body (the
national party, not the state one). Kept only after "the" and before a name whose last
word is a body's head, so "the state Senator Ada Lind" or "a county Sheriff" stay as
they were."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import ORG_HEADS, word_set

_LEVELS = word_set(
    """state county national provincial federal regional local city municipal territorial
    district parish borough metropolitan"""
)


def body_level(toks: list[Tok], j: int, i: int) -> int:
    """The start of "the <level> Name ... Head" when the name runs j..i and a level word
    stands right before it after "the"; j otherwise."""
    if j < 2 or toks[j - 1].low not in _LEVELS or toks[j - 2].low != "the":
        return j
    if toks[i].text not in ORG_HEADS or (i == j and toks[i].text in ("Party", "Committee")):
        return j  # "the state Party" alone is a description, not a name
    return j - 1
