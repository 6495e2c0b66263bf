"""Descriptions of unnamed sources that the head-noun lists miss (thirteenth pass, x16l):
"a senior figure in the party" and "a No 10 spokesman", common in political copy."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import (
    DETERMINERS,
    NOT_NAME,
    ORG_NOUNS,
    ORG_WORDS,
    STOP_WORDS,
    word_set,
)

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


def name_of_body(toks: list[Tok], i: int) -> bool:
    """A capitalised head noun after "of"/"for" in a body's name: "the National Union of
    [Teachers]", "the Federation for [Workers]" (a name, not "teachers" described)."""
    return (
        i >= 2
        and toks[i].text[:1].isupper()
        and toks[i - 1].low in ("of", "for")
        and toks[i - 2].text in ORG_WORDS
    )


def owner_start(toks: list[Tok], j: int) -> int | None:
    """Where a possessive owner of one or two words opens after its determiner: "the
    prime minister's office" (j at "minister's") -> the index of "prime"; None when no
    determiner is that near."""
    k = j
    while k > 0 and j - k < 2:
        w = toks[k - 1]
        if w.low in DETERMINERS:
            return k if k < j else None
        if not w.text.isalpha() or w.low in STOP_WORDS or w.text in NOT_NAME:
            return None
        k -= 1
    if k > 0 and toks[k - 1].low in DETERMINERS and k < j:
        return k
    return None


_ANONYMITY = (
    ("speaking", "on", "condition", "of", "anonymity"),
    ("speaking", "on", "the", "condition", "of", "anonymity"),
    ("speaking", "anonymously"),
    ("speaking", "privately"),
    ("speaking", "on", "background"),
    ("who", "declined", "to", "be", "named"),
)

ANONYMITY_ENDS = frozenset(p[-1] for p in _ANONYMITY)


def anonymity_start(toks: list[Tok], i: int) -> int | None:
    """Index of "speaking" when toks ending at i are a participle clause of anonymity
    written without commas ("an EU official speaking on condition of anonymity said"):
    the subject is before it."""
    if toks[i].low not in ANONYMITY_ENDS:
        return None
    for phrase in _ANONYMITY:
        n = len(phrase)
        if i - n + 1 >= 1 and tuple(t.low for t in toks[i - n + 1 : i + 1]) == phrase:
            return i - n + 1
    return None
