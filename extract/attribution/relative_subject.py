"""The speaker before a restrictive relative clause: "A farmer who did not want to give
his name said ...", "Neighbours who saw the fire said ...".

Walking left from a speech verb, the noun phrase right before it is the relative
clause's object ("his name", "the fire"), not the speaker. When a "who" opens a clause
between the speaker and the verb, with no comma, quotation or clause stop in between,
the speaker is the noun phrase before "who": a description or a name. "Anyone who"
and "those who" name nobody and give none.
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Q, Tok

_MAX_CLAUSE = 24  # tokens between "who" and the verb
_STOPS = frozenset((",", ";", ":", Q, "—", "–", "(", ")", ".", "!", "?"))
_NOT_VERB_AFTER = frozenset(("said", "says", "told", "tells"))


def relative_subject(toks: list[Tok], v: int) -> NP | None:
    """The noun phrase before a "who" clause that ends right before the verb at v."""
    lo = max(0, v - _MAX_CLAUSE)
    for k in range(v - 1, lo - 1, -1):
        t = toks[k]
        if t.text in _STOPS or t.low in _NOT_VERB_AFTER:
            return None
        if t.low != "who":
            continue
        if k == v - 1 or k == 0:
            return None
        np = np_back(toks, k - 1)
        if np is None or np.kind not in ("desc", "name"):
            return None
        return np
    return None
