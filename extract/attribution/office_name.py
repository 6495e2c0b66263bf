"""'"Order," said the Speaker, Dame Rosa Ives.': the person, never a source "Speaker"
(fifteenth pass, branch x16x, issue 16).

UK, Irish and Commonwealth copy capitalises the great offices ("the Speaker", "the
Taoiseach", "the Chancellor", "the Home Secretary", "the Ceann Comhairle"); after an
inverted verb, "said the Taoiseach, Declan Furlong" was read as a body named
"Taoiseach" with the person as its role (or lost). A capitalised office after "the",
then a comma and a person's name of two or more words: the person speaks, the office is
the role, as "said the chancellor, Olwen Tregarthen" already read in lower case. The
same before the verb: '"...," the Taoiseach, Declan Furlong, said.' (a title the lexicon
knew, "the Speaker, Sir Ewart Pinnock,", was read so already).
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import classify_name

# the last word of a capitalised office
_OFFICE_HEADS = word_set(
    """Speaker Taoiseach Tánaiste Tanaiste Chancellor Premier President Minister Secretary
    General Whip Comhairle Leader Treasurer Governor Mayor Chairman Chairwoman Chair
    Commissioner Ombudsman Justice Clerk Marshal Sergeant-at-Arms"""
)
_OFFICE_WORDS = word_set(
    """Prime Deputy First Home Foreign Chief Attorney Solicitor Lord Leader of the House
    Opposition Health Finance Defence Defense Justice Education Environment Treasury
    Shadow Vice Ceann Leas Minority Majority Senate Assembly"""
)


def capital_office(words: list[str]) -> bool:
    """Whether the capitalised words name an office ("Speaker", "Home Secretary",
    "Leader of the House", "Ceann Comhairle"), never a body or a person."""
    if not words or len(words) > 5 or words[-1] not in _OFFICE_HEADS:
        return False
    return all(w in _OFFICE_WORDS or w in _OFFICE_HEADS for w in words[:-1])


def holder_in_commas(toks: list[Tok], np: NP, k: int, comma: int) -> NP | None:
    """'The Taoiseach, Declan Furlong, said': the person between the commas at k and
    `comma` after a capitalised office `np` (tokens up to k), with the office as role."""
    if np.kind != "name" or np.det != "the" or not capital_office(np.words):
        return None
    named = np_back(toks, comma - 1)
    if named is None or named.kind != "name" or named.start != k + 1 or len(named.words) < 2:
        return None
    if classify_name(named.words) != "person":
        return None
    named.role = " ".join(np.words)
    return named
