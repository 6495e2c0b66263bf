"""Names a sentence writes after a preposition of place or belonging ("on Farrant Lane",
"the head of Ashcombe Primary", "at Mereside Hotel"): a street, a place or a body,
taken for no person by the pronoun rules (tenth pass, issue 16), which otherwise read
"Farrant Lane" as someone the letter is about."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import sentence_names
from claimdesk.extract.attribution.tokens import is_possessive, tokenize

_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame"))
_PLACE_PREPS = frozenset(("of", "at", "in", "on", "along", "near"))


def names_beyond_places(masked: str, s: int, e: int) -> list[NP]:
    """sentence_names(masked, s, e) without the names right after a place preposition."""
    names = sentence_names(masked, s, e)
    if not names:
        return names
    toks = tokenize(masked, s, min(e, s + 600))  # as sentence_names reads the sentence
    return [
        np
        for np in names
        if np.start == 0
        or toks[np.start - 1].low not in _PLACE_PREPS
        or np.words[0].rstrip(".") in _TITLES  # "a letter of Mrs Ada Ek": a person
        or (len(np.words) >= 2 and is_possessive(np.words[-1]))  # "in Ada Ek's shop" (x16q)
    ]
