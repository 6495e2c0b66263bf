"""What a figure counts: the plural noun after it ("11,000 troops", "seven of the nine board
members", "two of the wounded"), for numbers and dates (a year is no count of things)."""

from __future__ import annotations

import re

from claimdesk.extract.number_words import SMALL, wordset

_NOUN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|\S")
# The first seven _NOUN_TOKENs from a place in one match, each a group: what
# `_NOUN_TOKEN.findall(...)[:7]` gives (findall skips only spaces, which no token opens
# on), without the tokens after the seventh.
_SEVEN_TOKENS = re.compile((r"(?:\s*(" + _NOUN_TOKEN.pattern + ")") * 7 + ")?" * 7)
FUNCTION_WORDS = wordset(
    """a an the and or but nor of to in on at by for from with without into onto over under
    about above after before since during than as that which who whom whose this these those
    it its they them their he him his she her we us our you your i me my is are was were be
    been being has have had do does did will would could should may might must can shall
    not no so if when while where there here per each every some all both only just also
    even still yet then now today yesterday another more most many much few several other
    such said says told according nearly almost around roughly approximately up down out
    off again further once what why how than plus minus via among amid against between
    perhaps maybe exactly precisely despite including like unlike another whereas though
    although because except besides beyond within across toward towards throughout"""
)
IRREGULAR_PLURALS = wordset(
    """people men women children police personnel staff cattle sheep fish deer aircraft
    livestock militia infantry data media crew clergy youth folk feet teeth geese mice
    offspring spacecraft equipment ammunition"""
)
_CAP_PLURAL_ENDINGS = ("ans", "ers", "ists", "ites", "ats", "ines", "ors", "ains", "ics", "ees")
_NOUN_ADJECTIVES = wordset("other more further additional extra such")
_OF_DETERMINERS = wordset("the their its his her our these those your my all")
_OF_PRONOUNS = wordset("them us those these whom which it you")


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if word[0].isupper():
        return word[1:].islower() and low.endswith(_CAP_PLURAL_ENDINGS) and len(low) > 4
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s", "ous"))
    )


def _noun(body: str, pos: int, *, measure: bool = False) -> str | None:
    """The counted noun: the first plural in the noun phrase after the figure. For a
    measure ("12 km of the mountain road") the head of the phrase after "of the": "road"."""
    stop = body.find("\n", pos, pos + 80)
    m = _SEVEN_TOKENS.match(body, pos, stop if stop >= 0 else pos + 80)
    toks = list(filter(None, m.groups()))  # no token is empty: only the missing go
    k = 0
    if toks and toks[0].lower() == "of":
        if len(toks) > 1 and toks[1].lower() in _OF_PRONOUNS:
            return toks[1]
        k = 1
        while k < len(toks) and (toks[k].lower() in _OF_DETERMINERS or _is_possessive(toks[k])):
            k += 1  # "14 of the city's 20 districts": the possessive is not what is counted
        if k < len(toks) and (toks[k][0].isdigit() or toks[k].lower() in SMALL):
            return _noun_walk(toks[k + 1 : k + 5])  # "seven of the nine board members"
        if k > 1 and k < len(toks) and toks[k][0].isalpha():
            low = toks[k].lower()
            if low not in FUNCTION_WORDS and not low.endswith("ly"):
                while measure and k + 1 < len(toks) and _compound_next(toks[k], toks[k + 1]):
                    k += 1  # "12 km of the mountain road": the road
                return toks[k]  # "two of the wounded", "three of its crew"
    return _noun_walk(toks[k : k + 4])


def _compound_next(tok: str, nxt: str) -> bool:
    """The next word carries on a compound noun: "mountain road", not "crew said"."""
    low = nxt.lower()
    return (
        not _is_plural(tok)
        and nxt.isalpha()
        and nxt.islower()
        and low not in FUNCTION_WORDS
        and not low.endswith(("ly", "ed"))
    )


def _is_possessive(tok: str) -> bool:
    """ "city's", "Aldmoor’s", "workers'": a determiner here, never the counted noun."""
    return len(tok) > 2 and (tok.endswith(("'s", "’s", "'S", "’S")) or tok[-1] in "'’")


def _noun_walk(toks: list[str]) -> str | None:
    """The first plural among adjectives and names, before any function word."""
    for tok in toks:
        if not tok[0].isalpha():
            return None
        low = tok.lower()
        if low in _NOUN_ADJECTIVES or low.endswith("ly"):
            continue  # "30 more soldiers", "two other men", "200 mostly elderly residents"
        if low in FUNCTION_WORDS:
            return None
        if _is_plural(tok):
            return tok
    return None
