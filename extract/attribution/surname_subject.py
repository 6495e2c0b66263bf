"""A bare quotation after a sentence whose subject is a person by surname alone (ninth
pass, issue 16): "Ellingsworth waved a calculator. '...'" and "De Wolff, the incumbent,
leaned on his record. '...'" in a list of debate excerpts, where each entry's lead line
named the candidate in full.

intro_subject.py reads the sentence that introduces a person by full name; a later entry
names them by surname. The surname must be a person's the article has already cited or
named in full (the registry knows it), open the sentence (an appositive may follow it)
and be its only capitalised name; the verb is no gesture (gesture_lead.py decides those),
and the person not acted on or gone ("was arrested", "died"). Else no one.
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.gesture_lead import GESTURES
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.sources import Registry

_OPEN = re.compile(
    r"[ \u00a0\n]*((?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]el|[Dd]i|[Dd]a|[Ll]e|[Ll]a|[Aa]l)[ \u00a0]+)?"
    r"[A-Z][\w’'-]+)(?:,[^,\x00]{1,80},)?[ \u00a0]+(?=[a-z])"
)
_CAP = re.compile(r"\b[A-Z]")
_NOT_AGENT = re.compile(
    r"(?:(?:was|were|is|are|has been|had been)[ \u00a0]+)(?:[a-z]+ed|born|found|seen|shot|"
    r"hit|held|taken|struck|killed|charged|jailed|sentenced)\b|(?:died|dies|is dead)\b"
)
_POSS = ("'s", "’s")


def surname_subject(masked: str, s: int, e: int, reg: Registry) -> NP | None:
    """The known person a sentence opens with by surname, as its subject, or None."""
    m = _OPEN.match(masked, s, e)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1][-2:] in _POSS or len(words[-1]) < 3:
        return None  # "Lunde's shop closed": about her shop
    ent = reg.by_alias(" ".join(words)) or reg.by_alias(words[-1])
    if ent is None or ent.kind != "person" or ent.name.split()[-1] != words[-1]:
        return None  # no one the article named so, or a place, a firm
    rest = masked[m.end() : e]
    if _CAP.search(rest) is not None:
        return None  # another name in the sentence: whose words follow is unclear
    if rest.split(" ", 1)[0] in GESTURES or _NOT_AGENT.match(rest):
        return None
    return NP("name", 0, len(words), ent.name.split())  # "De Wolff": Pieter de Wolff
