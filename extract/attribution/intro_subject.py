"""A bare quotation right after a sentence that introduces one person as its subject
(eighth pass, issue 16): "Marisol Lunde-Okafor, 82, comes in every Wednesday. 'It's my
day.'" and "The local historian Rosalind Dunmore has mapped the lost orchards. 'There
were eighty-one.'" are that person's words.

News style brings a person in with a sentence about them and lets the next quotation
speak for them; a careful reader needs no "she said". Precision guards: the sentence (same
paragraph, right before the quotation, crediting no one) names exactly one person of two
or more name words, that name is its subject and not a possessive ("Lunde's shop ..."),
and the subject is not acted on or gone ("was arrested", "is survived by", "died"):
then the quotation is likelier someone else's about them, and no one is credited.
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.gesture_lead import GESTURES
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import sentence_names, sentence_subjects
from claimdesk.extract.sources import classify_name

# the subject acted on or gone: "was arrested", "is survived by", "had been missing", "died"
_NOT_AGENT = re.compile(
    r"(?:was|were|is|are|had|has|have|will|would|had been|has been|have been)?[ \u00a0]*"
    r"(?:been[ \u00a0]+)?(?:[a-z]+ed|born|found|seen|shot|hit|held|taken|thrown|struck|"
    r"killed|missing|survived|died|dies|dead|buried|charged|jailed|sentenced)\b"
)
_AUX = re.compile(r"(?:was|were|is|are|has been|had been|have been|will be|being)\b")
_POSS = ("'s", "’s")
# "The retired lock-keeper " before the name: an article and lowercase role words only
_ROLE_BEFORE = re.compile(r"[ \u00a0\n]*(?:(?:The|A|An)[ \u00a0]+)?(?:[a-z][\w-]*[ \u00a0]+){1,3}")
_CLAUSE = re.compile(r",[^,]{0,160},[ \u00a0]*")  # ", 82," / ", who runs a fleet,"


def intro_subject(masked: str, s: int, e: int) -> NP | None:
    """The one named person a sentence is about, as its subject, or None (see module)."""
    names = sentence_names(masked, s, e)
    if len(names) != 1:
        return None
    name = names[0]
    subject = next(
        (
            np
            for np in sentence_subjects(masked, s, e)
            if np.kind == "name" and np.words[-len(name.words) :] == name.words
        ),
        None,
    )
    at = masked.find(name.words[-1], s, e)
    first = masked.find(name.words[0], s, e)
    if at < 0 or first < 0:
        return None
    if subject is None and not _ROLE_BEFORE.fullmatch(masked[s:first]):
        return None  # "The retired lock-keeper Philomena Carradine-Obi keeps ..." counts
    if any(w.lower() in ("and", "&") for w in name.words) or name.words[-1][-2:] in _POSS:
        return None  # two people, or "Lunde's shop closed": about her shop
    if classify_name(list(name.words)) != "person":
        return None
    rest = masked[at + len(name.words[-1]) : e]
    if rest[:2] in _POSS:
        return None
    if (m := _CLAUSE.match(rest)) is not None:
        rest = rest[m.end() :]
    rest = rest.lstrip(" \u00a0")
    if rest.split(" ", 1)[0] in GESTURES:
        return None  # "smiled at the crowd": gesture_lead.py decides a gesture's framing
    if (_AUX.match(rest) and _NOT_AGENT.match(rest)) or rest.startswith(("died", "dies")):
        return None  # "was arrested", "died": the quotation is likelier about them
    return name
