"""Role words before a name (issue 16): "Ravens captain Dario Whyte". A capitalised team
or place before a lowercase role word reads like an organisation's name ("Ravens
captain"); when a person's name follows the role, the role is that person's, and a later
"the captain said" is the person, never a source called "Ravens captain"."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import ORG_NOUNS, PUBLICATION_NOUNS, is_role_word, word_set

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


_FORMER = word_set("former retired onetime one-time erstwhile")


def former_description(words: list[str], det: str | None) -> bool:
    """ "the former teacher", "the retired nurse": a description of what someone was,
    which points back at a person already cited (a new person would be "a former ...")."""
    return det == "the" and len(words) == 2 and words[0].lower() in _FORMER


def double_genitive(prev_words: list[str], verb: str) -> bool:
    """ "A pal of Roxanne's sighed": a person noun, "of" and a possessive name before a
    past-tense verb (the words lowercase) are the speaker; "Putin's claims" and "a critic
    of Ada's claims" are nouns."""
    if len(prev_words) < 3 or prev_words[-2] != "of":
        return False
    if not (verb.endswith("ed") or verb in ("said", "told", "wrote")):
        return False
    return role_noun(prev_words[-3]) and prev_words[-3] not in ORG_NOUNS
