"""Quotes inside a reported clause that another speaker's verb governs: in 'Ellery said
the landlord, Simon Crake, had told tenants their money was "gone for cleaning"' the
quoted words are Crake's, not Ellery's. Crediting the outer speaker is the worst error a
desk can show, so the inner subject speaks, or nobody when it cannot be resolved."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import np_back
from claimdesk.extract.attribution.subjects import back_subject
from claimdesk.extract.attribution.tokens import Tok, tokenize
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import Entry, Registry
from claimdesk.extract.speakers import _resolve

_INNER_VERBS = word_set(
    """told tells said says wrote writes claimed claims insisted insists promised
    promises called calls described describes"""
)
# Words between a subject and its verb that keep the subject ("had told", "once said").
_AUX = word_set("had has have also later once previously repeatedly allegedly")
_MAX_GAP = 300  # characters between the outer verb and the quote: a clause, not a page


_RELATIVE = word_set("that which who")
_FINITE = word_set("was were is are had has have would could will can")


def _relative_clause(toks: list[Tok], v: int) -> bool:
    """Whether a relative clause ("returns that were", "a plan which is") stands between
    the inner verb at v and the quote: the quoted words then describe a thing in the
    outer speaker's words, not what the inner speaker said."""
    return any(
        toks[k].low in _RELATIVE and toks[k + 1].low in _FINITE and toks[k - 1].text.isalpha()
        for k in range(v + 2, len(toks) - 1)
    )


def embedded_speaker(masked: str, a: int, b: int, reg: Registry) -> tuple[bool, Entry | None]:
    """(True, who) when a speech verb with a named or described subject of its own stands
    between the outer attribution (ending at offset a) and the quote's opening mark (b):
    who is that subject's source, or None when it does not resolve. (False, None) when the
    outer speaker keeps the quote (no such verb, or a pronoun subject: "she said she told
    the board it was 'a mess'")."""
    if not 0 < b - a <= _MAX_GAP:
        return False, None
    toks = tokenize(masked, a, b)
    for v in range(len(toks) - 1, 0, -1):
        if toks[v].low not in _INNER_VERBS:
            continue
        i = v - 1
        while i >= 0 and toks[i].low in _AUX:
            i -= 1
        if _relative_clause(toks, v):
            return False, None  # "had promised victims returns that were '...'": a gloss
        word = toks[i].text[:1].isalpha() or toks[i].text == ","  # ", Simon Crake, had told"
        if i < 0 or not word or toks[i].low in ("and", "but", "then"):
            return False, None  # "said, and told reporters": the same speaker goes on
        np = None
        if toks[i].text == "," and i > 0:
            # "the landlord, Simon Crake, had told": the name closing the appositive
            named = np_back(toks, i - 1)
            if named is not None and named.kind == "name" and len(named.words) >= 2:
                np = named
        if np is None:
            np = back_subject(toks, i + 1, masked)  # past "had", "once"
        if np is None or np.kind == "pronoun":
            return False, None
        surface = masked[toks[np.start].start : toks[np.end - 1].end]
        return True, _resolve(np, surface, reg, toks[np.start].start)
    return False, None


def relative_gloss(masked: str, a: int, b: int) -> bool:
    """Whether a relative clause stands between an attribution's verb (ending at a) and
    the quote (b): 'Overby said Ashby had promised victims returns that were "too good
    to be true"': the words gloss the returns, so the outer speaker says them."""
    if not 0 < b - a <= _MAX_GAP:
        return False
    return _relative_clause(tokenize(masked, a, b), -1)
