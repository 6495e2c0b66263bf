"""A party's office as a description of the person just named (branch x16r, issue 16):
'"...," the Democratic Senate candidate told a crowd' after "... Theresa Quintanilla.",
'the Republican governor said' after "Gov. Lorna Whitcombe signed the bill", 'the Labour
MP said'. Political copy names a person once and then calls them by party and office;
the office alone ("the candidate", "the mayor") may be someone else's title and stays
with refer_back's rule that the role be written beside the name, but a party word before
the office describes the one person in play. refer_back.py still asks for exactly one
person in the sentence before, and the pronoun's gender where the noun has one."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap
from claimdesk.extract.lexicon import STOP_WORDS, word_set
from claimdesk.extract.sources import Entry

_PARTIES = frozenset(
    (
        *("Democratic", "Democrat", "Republican", "GOP", "Labour", "Labor", "Conservative"),
        *("Tory", "Liberal", "Green", "SNP", "Reform", "Independent", "Socialist"),
        *("Libertarian", "Unionist", "Nationalist"),
    )
)
# offices a party's member holds or runs for
_OFFICES = word_set(
    """candidate nominee hopeful contender challenger incumbent senator congressman
    congresswoman congressmember representative lawmaker legislator governor mayor
    MP mp MSP msp MEP mep minister leader chairman chairwoman chair councillor
    councilor assemblyman assemblywoman delegate frontbencher backbencher strategist
    secretary speaker whip"""
)


def party_office(np: NP) -> bool:
    """ "the Democratic Senate candidate", "the Labour MP": "the", a party word among the
    modifiers, an office as the head, no "of"/"for" phrase after it."""
    words = [w for w in np.words if w.lower() != "the"]
    head = np.head or (words[-1].lower() if words and np.kind == "name" else None)
    if np.det != "the" or not head or head not in _OFFICES:
        return False  # a name: "the Labour MP" (its capitals made it one)
    if len(words) < 2 or len(words) > 4 or words[-1].lower() != head:
        return False
    return any(w in _PARTIES for w in words[:-1])


def across_nickname(toks: list[Tok], np: NP) -> NP:
    """'Theresa "Tess" Quintanilla': the surname after a quoted nickname (one masked
    token) and the given name before it are one name; the nickname is no quotation
    (quote_terms.py), but the masked text cuts the name at it."""
    a = np.start
    if (
        np.kind == "name"
        and len(np.words) == 1
        and a >= 2
        and toks[a - 1].text == Q
        and is_cap(toks[a - 2].text)
        and toks[a - 2].text.isalpha()
        and toks[a - 2].low not in STOP_WORDS
    ):
        given = np_back(toks, a - 2)
        if given is not None and given.kind == "name" and given.end == a - 1:
            return NP("name", given.start, np.end, [*given.words, *np.words], det=given.det)
    return np


# one key per party, as written in either country's copy
_SAME_PARTY = {
    "Democrat": "Democratic",
    "Labor": "Labour",
    "Tory": "Conservative",
    "GOP": "Republican",
}
_PARTY_WORD = re.compile(r"\b(?:" + "|".join(sorted(_PARTIES, key=len, reverse=True)) + r")\b")


def other_party(np: NP, sentence: str) -> bool:
    """Whether the sentence that names the person also writes another party's word ("...
    against Republican Garrett Lusk"): the description may be of someone else."""
    mine = {_SAME_PARTY.get(w, w) for w in np.words if w in _PARTIES}
    return any(_SAME_PARTY.get(m, m) not in mine for m in _PARTY_WORD.findall(sentence))


def entry_party_differs(np: NP, entry: Entry) -> bool:
    """Whether the entry's name, role or aliases write another party's word than the
    description's ("Republican Garrett Lusk" is no "Democratic senator")."""
    return other_party(np, " ".join([entry.name, entry.role or "", *entry.aliases]))
