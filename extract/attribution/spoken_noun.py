"""A colon lead that names what the person said with a noun: "One father, Kwabena Asante,
had a simple demand for the officers: '...'", "As parents filed out, Papadakis-Orme had
one last message for them: '...'", "Marchbank's reply was careful: '...'".

The words between the name and the colon are normally only its role ("had" or "was" make
a clause: "Above the till someone had pinned a card:"). "had [a|one] [adjectives] demand
/ question / message ... [for/to whom]" and "NAME's reply/answer was careful" are the
person speaking: the noun is the quotation itself. Fourteenth pass (x16q): "The
moderator, X, had the last word:", "Leclair had one last line:", "had the final say:".
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.party_tag_lead import past_party_tag
from claimdesk.extract.attribution.tokens import Tok, is_possessive
from claimdesk.extract.attribution.way_of_saying import head_after_adjectives, way_of_saying
from claimdesk.extract.lexicon import word_set

_NOUNS = word_set(
    """demand question message reply answer response retort warning plea request appeal
    verdict advice challenge promise riposte comeback word words line say thought thoughts
    comment remark quip joke prediction pledge view take assessment"""
)
# "had the last word:", "had one last line:" (fourteenth pass, x16q)
_QUANT = word_set("a an one another the")
_TAIL = word_set("was is simple blunt short brief clear sharp quick swift curt careful firm terse")
_PREPS = word_set("for to")
_MAX_OBJECT = 4


def _had_noun(words: list[Tok]) -> bool:
    """ "had a simple demand for the officers" (the words before the colon)."""
    if not words or words[0].low != "had":
        return False
    i = 2 if len(words) > 1 and words[1].low in _QUANT else 1
    if (i := head_after_adjectives(words, i, _NOUNS)) is None:
        return False
    rest = words[i + 1 :]
    if not rest:
        return True
    return (
        rest[0].low in _PREPS
        and 1 < len(rest) <= _MAX_OBJECT + 1
        and all(t.text.isalpha() for t in rest)
    )


def spoken_noun(np: NP, rest: list[Tok]) -> bool:
    """Whether the words after a colon lead's name name its speech (see the module)."""
    words = [t for t in past_party_tag(rest) if t.text not in (",", ":")]  # "X, R-Wyo.,"
    if _had_noun(words) or way_of_saying(words):  # "found a tidy way of saying it:"
        return True
    return (
        bool(np.words)
        and is_possessive(np.words[-1])
        and len(words) >= 1
        and words[0].low in _NOUNS
        and all(t.low in _TAIL for t in words[1:])
    )
