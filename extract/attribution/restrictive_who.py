"""A description with a restrictive relative clause, then the person's name between
commas, before the verb (ninth pass, issue 16): "A pedestrian who was injured, retired
teacher Agnieszka Holloway, told the court ...", "One neighbour who saw the fire, Rui
Abreu-Kent, said ...". The name is the speaker and the description its role; the
appositive rules stopped at the clause ("who was injured" is no noun phrase).

Only a sentence-opening "A/An/One/The ... who|that ..." of at most twelve tokens, then
up to three lowercase role words and a name of two or more capitalised words."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Q, Tok

_STOPS = (",", ";", ":", Q, ".", "!", "?")
_OPENERS = frozenset(("a", "an", "one", "the", "another"))
_MAX = 12


def described_who_name(toks: list[Tok], comma: int) -> NP | None:
    """The name between the commas (the second ends at token `comma`), after a
    description with a "who" clause that opens the sentence; else None."""
    k = comma - 1
    while k >= 0 and toks[k].text not in _STOPS:
        k -= 1
    if k < 3 or toks[k].text != ",":
        return None
    s = k - 1
    while s >= 0 and toks[s].text not in _STOPS:
        s -= 1
    if s >= 0 and toks[s].text != Q:
        return None  # not the sentence's start
    lead = toks[s + 1 : k]
    if not 3 <= len(lead) <= _MAX or lead[0].low not in _OPENERS:
        return None
    who = next((i for i, t in enumerate(lead) if t.low in ("who", "that")), None)
    if who is None or who < 2 or any(not t.text[:1].islower() for t in lead[1:who]):
        return None
    named = np_back(toks, comma - 1)
    if named is None or named.kind != "name" or len(named.words) < 2:
        return None
    gap = toks[k + 1 : named.start]
    if len(gap) > 3 or not all(t.text.isalpha() and t.text.islower() for t in gap):
        return None
    role = gap or lead[1:who]  # "retired teacher", else "pedestrian"
    named.role = " ".join(t.text for t in role)
    named.start = s + 1
    return named
