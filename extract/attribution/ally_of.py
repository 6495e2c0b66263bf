"""A source known by whose ally it is (fifteenth pass, issue 16): "An ally of Ms Fenwick
hit back:", "a close confidant of the Taoiseach said", "Allies of Mr Fahey said". UK and
Irish political copy credits a briefing so; the speaker is the ally (anonymous), never
the person named after "of" (that person is who the ally speaks up for). The walk back
from the verb read the name after "of" as the subject: the wrong person.

Only after "of", with ally/allies, confidant(e)(s), loyalist(s) or backer(s) right
before it, and at most one adjective (close, senior, longtime ...) and a determiner or
a count before that. "its allies" and "her allies" (no "of") are left as they were."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

ALLIES = word_set(
    """ally allies confidant confidants confidante confidantes loyalist loyalists backer
    backers"""
)
_ADJ = word_set("close closest senior longtime long-time old trusted key leading prominent")
_DET = word_set("a an one two three several some the another")


def ally_of(toks: list[Tok], p: int, end: int) -> tuple[int, str | None, list[str]] | None:
    """(start, determiner, words) of "an ally of X" when toks[p] is that "of" and the
    name X ends before `end`; None otherwise."""
    if p < 1 or toks[p].low != "of" or toks[p - 1].low not in ALLIES:
        return None
    j = p - 1
    if j >= 1 and toks[j - 1].low in _ADJ:
        j -= 1
    det = None
    if j >= 1 and toks[j - 1].low in _DET:
        det = toks[j - 1].low
    elif j > 0 and toks[j - 1].text not in (",", ";", ":", "—", "–", "-", "\x00"):
        return None  # "the party and its allies of old": not a source's description
    return (j - 1 if det else j), det, [t.text for t in toks[j:end]]
