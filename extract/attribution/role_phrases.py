"""Role phrases that are no names (issue 16): "Ravens captain Dario Whyte", "Lynx
goaltender Pekka Maki". A capitalised team or place before a lowercase role word reads
like an organisation's name ("Ravens captain"); when a person's name follows the role, the
role is that person's, and a later "the captain said" is the person, never a source
called "Ravens captain"."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok, is_cap, is_possessive
from claimdesk.extract.lexicon import (
    NOT_NAME,
    ORG_NOUNS,
    PUBLICATION_NOUNS,
    is_role_word,
    word_set,
)

_NAME_NEXT = re.compile(r"[ \u00a0]+[A-Z][\w'’.-]+[ \u00a0]+[A-Z][\w'’-]+")


def role_before_name(body: str, end: int, head: str) -> bool:
    """Is the person role word `head`, ending at `end`, followed by a two-word name?"""
    if head in ORG_NOUNS or head in PUBLICATION_NOUNS or not is_role_word(head):
        return False
    return _NAME_NEXT.match(body, end) is not None


# Sports and trade roles the lexicon's endings miss ("Lynx goaltender Pekka Maki").
_MORE_ROLES = word_set(
    """goaltender goalie netminder goalkeeper defenceman defenseman defender forward
    midfielder fullback full-back quarterback pitcher catcher shortstop jockey skipper
    bowler batsman batter wicketkeeper fly-half scrum-half rookie debutant substitute"""
)


def role_noun(low: str) -> bool:
    """A lowercase role word, listed, by its ending or a sports role."""
    return low in _MORE_ROLES or (is_role_word(low) and low not in ORG_NOUNS)


def named_after_role(toks: list[Tok], np: NP) -> NP | None:
    """ "Lynx goaltender Pekka Maki made 41 saves": the sentence is about Pekka Maki, a
    person, and "Lynx" (a team) with "goaltender" is his role; None unless a role word and
    a name of two or more capitalised words follow the opening name."""
    n = len(toks)
    j = np.end
    k = j
    while k < n and k - j < 2 and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1
    if k == j or not role_noun(toks[k - 1].low):
        return None
    m = k
    while m < n and is_cap(toks[m].text) and toks[m].text not in NOT_NAME:
        m += 1
        if is_possessive(toks[m - 1].text):
            return None
    if m - k < 2:
        return None
    named = NP("name", k, m, [t.text for t in toks[k:m]], sentence_initial=False)
    named.premod = [t.text for t in toks[np.start : k]]
    return named
