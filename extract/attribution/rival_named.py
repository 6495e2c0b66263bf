"""'His Labour rival, Ayesha Qureshi, interjected' (fourteenth pass, branch x16o, issue
16): a possessive description, then the person's full name between commas, then the verb.

Debates and hearings name the other party by their relation to the one just quoted:
"his Democratic challenger, X, said", "her opponent, X, shot back", "their chairman, X,
asked". The subject finder gave up on a description opening with his/her/their/its (only
"the ..." and kin nouns were read), so the quotation inherited the previous speaker: a
wrong name in every turn. Here the name is the speaker and the description its role.

Precision: the description opens the clause (the sentence's start, or right after a
quotation), is at most four words ending in a lower-case noun, and the name is two to
four capitalised words filling the commas (no "who" clause, no "of").
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap

_POSSESSIVES = frozenset({"his", "her", "their", "its"})


def rival_named(toks: list[Tok], comma: int) -> NP | None:
    """For the comma at toks[comma] right before a verb: the name in 'his rival, Full
    Name, VERB', with the description as its role, else None."""
    k = comma - 1
    while k >= 0 and is_cap(toks[k].text) and comma - k <= 4:
        k -= 1
    first = k + 1
    if k < 1 or toks[k].text != "," or comma - first < 2:
        return None
    j = k - 1
    if not toks[j].text.isalpha() or not toks[j].text.islower():
        return None  # the description ends in a lower-case noun ("rival", "challenger")
    while j >= 0 and toks[j].low not in _POSSESSIVES and k - j <= 4:
        if not toks[j].text.replace("-", "").isalpha():
            return None
        j -= 1
    if j < 0 or toks[j].low not in _POSSESSIVES or (j > 0 and toks[j - 1].text != Q):
        return None
    words = [t.text for t in toks[first:comma]]
    role = " ".join(t.text for t in toks[j:k])
    return NP(kind="name", start=first, end=comma, words=words, role=role)
