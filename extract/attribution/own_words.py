"""A pronoun after "according to": "According to her, '...'", "According to his words,
'...'", "according to her own words" (wire copy and translations).

The source is the person the pronoun stands for, resolved as "she said" is. Only "her" /
"him" / "them" alone, or "her" / "his" / "their" with "words" or "own words", followed by
a comma, a quotation or the sentence's end, count: "according to her lawyer" is the
lawyer's, and stays with the description rules.
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Q, Tok

_ALONE = {"her": "she", "him": "he"}
_OWNER = {"her": "she", "his": "he"}
_ENDS = frozenset((",", Q, ".", ":", ";"))


def pronoun_source(toks: list[Tok], a: int) -> NP | None:
    """The pronoun source of "according to her[ own words]," at token a, or None."""
    n = len(toks)
    if a >= n:
        return None
    low = toks[a].low
    end = a + 1
    if low in _OWNER and end < n and toks[end].low == "own":
        end += 1
    if low in _OWNER and end < n and toks[end].low == "words":
        pronoun = _OWNER[low]
        end += 1
    elif low in _ALONE and end == a + 1:
        pronoun = _ALONE[low]
    else:
        return None
    if end < n and toks[end].text not in _ENDS:
        return None
    return NP("pronoun", a, end, [pronoun])
