""" "written" as a verb of speech only in the perfect, before what was written: "Peter
Sallis, who had written that 'anyone who votes to raise this tax can look for a new
seat'" quotes Sallis (issue 16, round 16: a radio host read out his post). Elsewhere
"written" is a document's ("a letter he had written to the court", "a written
statement") and reports nothing, so the participle was never in the verb list; "wrote"
and "had said" already were."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok

_PERFECT = frozenset(("had", "has", "have"))
_ADVERBS = frozenset(("once", "also", "previously", "earlier", "already", "publicly"))


def written_that(toks: list[Tok], v: int) -> bool:
    """Whether "written" at v is "had/has/have [once] written" followed by "that", a
    colon or the quotation itself."""
    i = v - 1
    if i >= 0 and toks[i].low in _ADVERBS:
        i -= 1
    if i < 0 or toks[i].low not in _PERFECT:
        return False
    nxt = toks[v + 1].text if v + 1 < len(toks) else ""
    return nxt in ("that", ":", Q)
