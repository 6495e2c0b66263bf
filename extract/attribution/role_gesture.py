"""A role as the subject of a gesture before a quotation (branch x16p, issue 16): "Asked
about the protest, the president smiled. 'In my country, they would have been
arrested.'" and "Asked what she would do first, the mayor-elect laughed. 'Sleep.'"
Political copy names the office-holder once and then calls them by the office; the
gesture rule (gesture_lead.py) read only "he"/"she" or a name. "the" and one role word
(ROLE_NOUNS or a role by its ending, "mayor-elect" by its first part) is taken here; the
caller resolves it and credits it only when it is a person the article named."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import is_role_word


def the_role(toks: list[Tok], a: int, body: str) -> NP | None:
    """ "the president", "the mayor-elect" at token a, as a description, else None."""
    if a + 1 >= len(toks) or toks[a].low != "the":
        return None
    word = toks[a + 1].low
    base = word.split("-", 1)[0]
    if not (is_role_word(word) or is_role_word(base)) or not word.replace("-", "").isalpha():
        return None
    return NP("desc", a, a + 2, [toks[a + 1].text], det="the", head=word)
