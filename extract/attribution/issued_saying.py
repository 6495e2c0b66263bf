"""A statement "saying" what its issuer said (issue 16, x19b): 'The ministry later issued a
statement saying it would "review every contract."', 'Harlow Council released a short
statement saying the plan was "paused, not dropped."' Wire copy reports a statement this
way as often as "said in a statement"; "saying" has no comma before it, so the clause-
subject rule of find.py never read it and the quotation had no speaker. The speaker is
the subject of "issued"/"released"/"put out"/"published", read back over "later", "also"
and the like; a plural or unreadable subject gives no one (find.py's usual guards follow).
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import AUX_ADVERBS, word_set

_HEADS = word_set("statement communique communiqué release")
_ISSUED = word_set("issued issues released releases published publishes sent put")
_ADJ = word_set("joint brief short written separate two-line one-line terse lengthy press")
_PARTICIPLES = word_set("saying stating")


def issuer_of_statement(toks: list[Tok], v: int) -> NP | None:
    """The NP that issued "a [joint] statement saying" at v ("saying"), or None."""
    if toks[v].low not in _PARTICIPLES or v < 4 or toks[v - 1].low not in _HEADS:
        return None
    k = v - 2
    n_adj = 0
    while k >= 0 and toks[k].low in _ADJ and n_adj < 2:
        k -= 1
        n_adj += 1
    if k < 0 or toks[k].low not in ("a", "an"):
        return None
    k -= 1
    if k >= 1 and toks[k].low == "out" and toks[k - 1].low == "put":
        k -= 1  # "put out a statement saying"
    elif k < 0 or toks[k].low not in _ISSUED or toks[k].low == "put":
        return None
    k -= 1
    while k >= 0 and toks[k].low in AUX_ADVERBS:
        k -= 1
    np = np_back(toks, k) if k >= 0 else None
    return np if np is not None and np.kind in ("name", "desc", "pronoun") else None
