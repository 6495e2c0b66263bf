"""A labelling verb used as a passive participle cites no one (fifteenth pass, branch
x19a, issue 16): in 'told the court he had "never touched a single coin" from a dredging
contractor accused of paying him bribes' the contractor is the one accused, not a speaker
who accused anyone, and took the quotation from the minister who said it. The active
verb always takes an object first ("accused ministers of ..."), so "accused of",
"criticised for", "condemned over" right after the verb mark the participle: "a general
praised for his restraint", "an envoy criticised over the deal".

"called for" is left alone: 'called for "an immediate ceasefire"' is the active verb.
"""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_ACCUSE = word_set("accused")
_FOR_OVER = word_set(
    """praised hailed criticized criticised slammed blasted condemned denounced derided
    lambasted mocked ridiculed applauded remembered"""
)


def passive_label(toks: list[Tok], v: int) -> bool:
    """Whether the labelling verb at v is a participle ("accused of", "praised for")."""
    if v + 1 >= len(toks):
        return False
    low, nxt = toks[v].low, toks[v + 1].low
    if low in _ACCUSE:
        return nxt == "of"
    return low in _FOR_OVER and nxt in ("for", "over")
