"""An unnamed source the writer reached, then called by its head noun: "I asked a
veteran appropriations staffer, who has worked for both parties, how this one ends.
'...,' the staffer said." Columns, features and local news bring an anonymous source in
as the object of the reporter's own verb ("I asked", "we spoke to", "The Courier
reached"), not as a subject; the head alone ("staffer") became a source of its own
(issue 16, round 16). The fuller phrase is the source, as introduced_source.py does for
a phrase opening its sentence.

Precision: the phrase follows a verb of contact directly ("asked a", "spoke to an",
"reached one"), has the same head noun, and is the only such phrase in the sentence."""

from __future__ import annotations

from claimdesk.extract.attribution import NP, fwd_subject
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_CONTACT = word_set(
    """asked reached interviewed contacted consulted approached quizzed phoned called
    emailed messaged"""
)
_CONTACT_TO = word_set("spoke speak talked talk chatted")  # + "to"/"with"
_INDEFINITE = word_set("a an one")


def contacted(toks: list[Tok], masked: str, head: str) -> NP | None:
    """The one indefinite description with this head in the sentence, when it comes
    right after a verb of contact."""
    found: list[tuple[int, NP]] = []
    for k, t in enumerate(toks):
        if t.low not in _INDEFINITE or k == 0:
            continue
        np = fwd_subject(toks, k, masked, appositive=False)
        if np is not None and np.kind == "desc" and np.head == head:
            found.append((k, np))
    if len(found) != 1:
        return None  # none, or two the head cannot tell apart
    k, np = found[0]
    verb = toks[k - 1].low
    if verb in _CONTACT or (k > 1 and verb in ("to", "with") and toks[k - 2].low in _CONTACT_TO):
        return np
    return None
