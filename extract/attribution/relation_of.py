"""'an ally of Ms Fenwick said': the ally speaks, never Ms Fenwick (fifteenth pass, branch
x16x, issue 16).

Reshuffle and leadership stories quote people by their tie to someone named: "an ally of
the chancellor", "one friend of Sen. Greer", "allies of the former minister", "a critic of
the mayor". The name after "of"/"to" was read as the subject and the ally's words went to
the person they are about, the worst kind of wrong name. A relation noun (below) with a
determiner before it (or a plural one: "Allies of X say") heads a description that runs
through the name; the name is the one the source is tied to, never the speaker.
"""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import DETERMINERS, word_set

# a person tied to another; "aide", "adviser", "spokesman" are heads already
RELATION_NOUNS = word_set(
    """ally allies friend friends confidant confidants confidante confidantes loyalist
    loyalists backer backers critic critics associate associates colleague colleagues
    lieutenant lieutenants intimate intimates"""
)
_PLURAL = word_set(
    """allies friends confidants confidantes loyalists backers critics associates
    colleagues lieutenants intimates"""
)
_MODIFIERS = 3  # "a close", "one longtime senior", "a former cabinet"


def relation_start(toks: list[Tok], k: int, prep: str) -> tuple[int, str | None] | None:
    """Where the description "DET [modifiers] RELATION" ending at token k (before
    "of"/"to", `prep`) starts, and its determiner, or None: "an ally [of]", "one close
    friend [of]", "Allies [of]" (noun_phrases builds the phrase)."""
    if k < 0 or toks[k].low not in RELATION_NOUNS or prep not in ("of", "to"):
        return None
    j = k
    while j > 0 and k - j < _MODIFIERS:
        p = toks[j - 1]
        if p.low in DETERMINERS:
            return j, p.low
        if not p.text.isalpha() or not p.text[:1].islower():
            break
        j -= 1
    if toks[k].low in _PLURAL and j == k:
        return k, None  # "Allies of the minister say", '"...," friends of the senator said'
    return None


def tied_to(toks: list[Tok], k: int) -> bool:
    """Whether token k - 1 is a relation noun with "of"/"to" right after it, read forward:
    '"...," said an ally of Ms Fenwick.'"""
    return (
        0 < k < len(toks) - 1 and toks[k - 1].low in RELATION_NOUNS and toks[k].low in ("of", "to")
    )


# a person's title right after "of": "Allies of Sen. Greer", "Friends of Mr Latu"
_PERSON_TITLES = word_set(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Sen Sen. Rep Rep. Gov Gov. Sir Dame Lord Lady
    President Prime Senator Governor Mayor Councillor Cllr Professor Prof. Judge"""
)


def tied_name(toks: list[Tok], j: int) -> bool:
    """Whether "of" at token j - 1 ties a titled person (from token j) to a capitalised
    relation noun before it ("Allies of Sen. Greer said"): two phrases, not one name.
    A body's name keeps its "of" ("Friends of Crowle Library", "Friends of the Earth")."""
    return (
        j >= 2
        and j < len(toks)
        and toks[j - 1].low == "of"
        and toks[j - 2].low in RELATION_NOUNS
        and toks[j].text in _PERSON_TITLES
    )


# the person one is an aide or adviser to: "said a close aide to Gov. Calder"
_TO_HEADS = RELATION_NOUNS | word_set("aide aides adviser advisers advisor advisors")


def to_tie(toks: list[Tok], j: int) -> bool:
    """Whether "to" at token j ties the description before it to someone, read forward:
    '"...," said a close aide to Gov. Calder' (the aide, to the governor)."""
    return 0 < j < len(toks) - 1 and toks[j].low == "to" and toks[j - 1].low in _TO_HEADS
