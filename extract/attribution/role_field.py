"""A role with its field before an appositive name: "said the group's head of
technology, Rashid Bellweather-Amin", "the council's director of education, Gwendolyn
Marchbank, ...".

"of technology" is the field of the role, lowercase and short; the name after the comma
is who speaks. Without this the description stops at "head" and the appositive name is
never reached, so the speaker shown is "group's head". Only one to three lowercase words
after "of"/"for", then a comma and a capitalised word, count: "head of the unit at the
plant" or a clause after the comma does not.
"""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap, is_word
from claimdesk.extract.lexicon import SPEECH_VERBS, STOP_WORDS

_FIELD_LINKS = frozenset(("of", "for"))
_FIELD_JOINS = frozenset(("and",))


def field_end(toks: list[Tok], j: int) -> int | None:
    """The token after a role's lowercase field ("of education") that a comma and a
    capitalised word follow, or None."""
    n = len(toks)
    if j + 2 >= n or toks[j].low not in _FIELD_LINKS:
        return None
    k = j + 1
    while k < n and k - j <= 4:
        t = toks[k]
        if not is_word(t.text) or not t.text.islower() or t.low in SPEECH_VERBS:
            break
        if t.low in STOP_WORDS and t.low not in _FIELD_JOINS:
            return None  # "head of the unit": a place, not a field
        k += 1
    if k == j + 1 or k - j > 4 or toks[k - 1].low in _FIELD_JOINS:
        return None
    if k + 1 < n and toks[k].text == "," and is_cap(toks[k + 1].text):
        return k
    return None
