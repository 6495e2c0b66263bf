"""A gesture before a quotation (issue 16): "Asked whether it would last, Ada Ek shook
her head. 'Not this year.'" and "..., he smiled. 'Rivers outlast governments.'" A whole-
sentence quote right after a sentence whose subject only shakes her head, smiles or
shrugs is that subject's answer. The gesture must end its sentence (a short object at
most: "her head"), so "she smiled at the crowd that had booed the mayor" frames nothing."""

from __future__ import annotations

from claimdesk.extract.attribution.asked_aside import past_asked_aside
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.role_gesture import the_role
from claimdesk.extract.attribution.subjects import pronoun_or_name
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.lexicon import word_set

GESTURES = word_set(
    """shook smiled nodded shrugged laughed grinned sighed paused winced frowned beamed
    chuckled hesitated"""
)
_OBJECT = word_set("her his their head heads shoulders and then again briefly slowly")
_MAX_FRONTED = 40  # tokens of "Asked whether ..." before the subject


def gesture_subject(masked: str, s: int, e: int) -> NP | None:
    """The subject of a sentence that is only a gesture ("X shook her head."), else None."""
    toks = tokenize(masked, s, min(e, s + 400))
    if len(toks) < 3 or toks[-1].text != ".":
        return None
    commas = [i for i, t in enumerate(toks[:_MAX_FRONTED]) if t.text == ","]
    for a in [0, *(c + 1 for c in commas)]:
        if a + 1 >= len(toks):
            continue
        np = pronoun_or_name(toks, a, masked, appositive=False) or the_role(toks, a, masked)
        if np is None:
            continue
        v = past_asked_aside(toks, np.end)  # "X, asked whether ..., smiled."
        if v >= len(toks) or toks[v].low not in GESTURES:
            continue
        if all(t.low in _OBJECT for t in toks[v + 1 : -1]):
            return np
    return None
