"""A question put to someone, then a bare quotation: the answer (fourteenth pass, issue
16). "At a town hall on Monday, Rep. Ines Duarte was asked about the shutdown. 'Nobody
wins a shutdown.'" and "Hale was asked whether he would back the bill. 'I will read it
first.'" are the answers of the person asked; political copy writes it at every press
conference and town hall.

The sentence before the quotation (same paragraph, crediting no one, no quotation in it)
has a name or a pronoun as its subject (one person: never "Hale and Morrow were
asked"), then "was asked" and what was asked (about,
whether, if, why, how, what, when, who, to, for). The caller resolves the subject as it
does a gesture's (speech._unattributed_speaker): a pronoun only for the person cited just
before in the paragraph. "was asked by reporters" is a question too; "was asked to leave"
is an order, but the next quotation is still the one asked (their reply)."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import pronoun_or_name
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.lexicon import word_set

_BE = word_set("was")  # "were asked": several people, unsure whose the answer is
_BETWEEN = word_set("later then also again once repeatedly twice finally")
_WHAT = word_set("about whether if why how what when who where which by on")
_MAX_FRONTED = 40  # tokens of "At a town hall on Monday," before the subject


def asked_subject(masked: str, s: int, e: int) -> NP | None:
    """The subject of a sentence "X was asked about/whether ...", else None."""
    if masked.find("\x00", s, e) >= 0:
        return None
    toks = tokenize(masked, s, min(e, s + 400))
    if len(toks) < 4 or toks[-1].text not in (".", "?"):
        return None
    commas = [i for i, t in enumerate(toks[:_MAX_FRONTED]) if t.text == ","]
    opener = [1] if toks[0].low in _BETWEEN else []  # "Later he was asked ..."
    for a in [0, *opener, *(c + 1 for c in commas)]:
        if a + 3 >= len(toks):
            continue
        np = pronoun_or_name(toks, a, masked, appositive=False)
        if np is None or any(w.lower() in ("and", "&") for w in np.words):
            continue  # "Hale and Morrow": two people
        v = np.end
        while v < len(toks) and toks[v].low in _BETWEEN:
            v += 1  # "Hale later was asked"
        if v >= len(toks) or toks[v].low not in _BE:
            continue
        v += 1
        while v < len(toks) and toks[v].low in _BETWEEN:
            v += 1  # "Hale was later asked"
        if v + 1 < len(toks) and toks[v].low == "asked":
            return np if toks[v + 1].low in _WHAT else None
    return None
