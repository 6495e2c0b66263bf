"""A character and the performer who plays it (thirteenth pass, issue 16): "Then the
youngest sister, played with coiled stillness by Rosa Cienfuegos, says the line ..." is
the actress's line as a review reports it: the performer, not the role, is the person on
the stage. Reviews of plays, films and campaign advertisements write it this way ("the
narrator, voiced by Ada Ek, says").

Precision guards: the appositive opens with "played", "portrayed", "voiced" or "sung"
(nothing else: "the sister, backed by Ada Ek," is not a performance), holds "by" within
its first eight words, and after "by" comes a name of two or more words that ends at the
comma before the verb; otherwise the subject rules decide as before."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_PERFORMED = word_set("played portrayed voiced sung")
_MAX_APPOSITIVE = 14  # tokens between the two commas


def performer(toks: list[Tok], comma: int) -> NP | None:
    """The performer named in "ROLE, played ... by NAME, VERB" (`comma` is the token
    before the verb), or None."""
    k = comma - 1
    lo = max(0, comma - _MAX_APPOSITIVE)
    while k > lo and toks[k].text != ",":
        k -= 1
    if k <= 0 or toks[k].text != "," or toks[k + 1].low not in _PERFORMED:
        return None
    by = next((j for j in range(k + 2, min(comma, k + 10)) if toks[j].low == "by"), None)
    if by is None or comma - by - 1 < 2:
        return None
    words = [t.text for t in toks[by + 1 : comma]]
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    return NP("name", by + 1, comma, words)
