"""Descriptions of unnamed sources that the head-noun lists miss (thirteenth pass, x16l):
"a senior figure in the party" and "a No 10 spokesman", common in political copy."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import ORG_NOUNS, STOP_WORDS, word_set

# "figure" names a person only after one of these ("a senior Labour figure", "leading
# figures in the party"); "official figures show" and "the latest figures" are numbers.
_FIGURE_HEADS = word_set("figure figures")
_FIGURE_MODIFIERS = word_set("senior leading prominent influential veteran")


def person_figure(toks: list[Tok], i: int) -> bool:
    """Token i is "figure(s)" with a person-marking modifier in the two words before it."""
    if toks[i].low not in _FIGURE_HEADS:
        return False
    return any(t.low in _FIGURE_MODIFIERS for t in toks[max(0, i - 2) : i])


def is_figure_head(head: str | None) -> bool:
    return head in _FIGURE_HEADS


def number_mark(toks: list[Tok], j: int) -> bool:
    """toks[j - 1] is "No"/"No." before a number at toks[j]: "a No 10 spokesman" (Downing
    Street) keeps its "No", never "10 spokesman"."""
    return (
        j >= 1
        and j < len(toks)
        and toks[j - 1].low in ("no", "no.")
        and toks[j - 1].text[:1] == "N"
        and toks[j].text.isdigit()
    )


def in_the(toks: list[Tok], j: int) -> bool:
    """ "said a source in the Kaldrian delegation": "in the" opens a body the description
    belongs to ("in a statement" never does; the caller keeps only a run that ends in a
    capital or a head noun)."""
    return toks[j].low == "in" and j + 1 < len(toks) and toks[j + 1].low == "the"


def group_owner(toks: list[Tok], j: int, head: str) -> bool:
    """toks[j] is a plural possessive ("workers'") in a body's name ending in `head`, and
    the word before it is a lowercase trade that belongs to the name too: "the brewery
    workers' union", "the state teachers' union" (never "the company's union": a
    singular possessive is an owner, not a trade)."""
    if head not in ORG_NOUNS or j < 1 or not toks[j].text.endswith(("s'", "s’")):
        return False
    w = toks[j - 1].text
    return w.isalpha() and w.islower() and w not in STOP_WORDS


def downing_street(toks: list[Tok], i: int) -> bool:
    """toks[i - 1 : i + 1] is "No 10" / "No. 10" (or No 11) standing alone as a name."""
    return number_mark(toks, i) and toks[i].text in ("10", "11")
