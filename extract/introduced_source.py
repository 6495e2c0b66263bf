"""An unnamed source the narrative brought in, then called by its head noun (branch x16r,
issue 16): 'A member of the rules committee, who asked not to be named ..., put it to me
more bluntly.' then '"...," the member said' is the member of the rules committee; so is
"the councillor" after "A councillor on the planning committee spoke on condition of
anonymity". The head alone became a source "member" of its own; the article's fuller
phrase is the source, as when the first sentence had cited it.

Precision: the earlier phrase must open its sentence with "A", "An" or "One" and have
the same head noun; a name in apposition after it ("A member of the cabinet, Imelda
Trask,") leaves it to the name rules; two such phrases in the sentences searched: no
one."""

from __future__ import annotations

from claimdesk.extract.attribution import NP, fwd_subject, is_cap, tokenize
from claimdesk.extract.attribution.contacted_source import contacted
from claimdesk.extract.sources import Entry, Registry
from claimdesk.extract.speakers import _resolve

_OPENERS = frozenset(("A", "An", "One"))
_SCAN = 400  # characters of a sentence read for its subject


def _introduced(masked: str, s: int, e: int, head: str) -> NP | None:
    """The indefinite description opening this sentence with this head, or None."""
    while s < e and masked[s] in " \t\n":
        s += 1
    toks = tokenize(masked, s, min(e, s + _SCAN))
    if len(toks) < 3:
        return None
    if toks[0].text not in _OPENERS:
        return contacted(toks, masked, head)  # "I asked a veteran staffer ..." (x16v)
    np = fwd_subject(toks, 0, masked, appositive=False)
    if np is None or np.kind != "desc" or np.start != 0 or np.head != head:
        return None
    after = toks[np.end : np.end + 2]
    if len(after) == 2 and after[0].text == "," and is_cap(after[1].text):
        return None  # "A member of the cabinet, Imelda Trask, spoke first"
    return np


def introduced_source(
    np: NP, back: list[int], sentences: list[tuple[int, int]], masked: str, reg: Registry
) -> Entry | None:
    """The unnamed source "the <head>" stands for (see the module), or None."""
    if np.kind != "desc" or np.det != "the" or not np.head or len(np.words) != 1:
        return None
    found = [
        (k, intro)
        for k in back
        if (intro := _introduced(masked, *sentences[k], np.head)) is not None
    ]
    if len(found) != 1:
        return None
    k, intro = found[0]
    ent = _resolve(intro, "", reg, sentences[k][0])
    if ent is None or ent.kind != "anonymous":
        return None
    return ent
