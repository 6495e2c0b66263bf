"""A generic anonymous source renamed by its appositive (ninth pass, issue 16): "A second
source, a board member, told this newspaper ...", "Another person, a pilot based at
Drummore, said ...". The head before the commas ("source", "person", "official") only
counts sources; the description between the commas says who spoke, so it is the speaker
("board member", "pilot based at Drummore"), not "second source".

Only a sentence-opening "A/An/One/Another [second|third|other ...] HEAD" with a head of
this list, then ", a/an DESCRIPTION," (lowercase words; capitalised ones only after a
preposition) right before the verb."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_word
from claimdesk.extract.lexicon import word_set

_GENERIC = word_set(
    "source sources person individual insider official figure employee worker member"
)
_OPENERS = frozenset(("a", "an", "one", "another"))
_ORDINALS = frozenset(
    ["second", "third", "fourth", "fifth", "other", "further", "separate", "senior"]
)
_PREPS = frozenset(("at", "with", "from", "in", "for", "of", "on", "near", "based"))
_STOPS = (",", ";", ":", Q, ".", "!", "?")


def generic_appositive(toks: list[Tok], comma: int) -> NP | None:
    """The description between the commas after a generic source, ending at token
    `comma` (the comma before the verb), else None (see module)."""
    k = comma - 1
    while k >= 0 and toks[k].text not in _STOPS:
        k -= 1
    if k < 2 or toks[k].text != "," or toks[k + 1].low not in ("a", "an"):
        return None
    words = toks[k + 2 : comma]
    if not 1 <= len(words) <= 8:
        return None
    after_prep = False
    for t in words:
        if not is_word(t.text) or (is_cap(t.text) and not after_prep):
            return None
        after_prep = after_prep or t.low in _PREPS
    s = k - 1
    while s >= 0 and toks[s].text not in _STOPS:
        s -= 1
    lead = [t.low for t in toks[s + 1 : k]]
    if s >= 0 and toks[s].text != Q:
        return None  # not the sentence's start
    if len(lead) < 2 or lead[0] not in _OPENERS or lead[-1] not in _GENERIC:
        return None
    if any(w not in _ORDINALS for w in lead[1:-1]):
        return None
    head_end = next((i for i, t in enumerate(words) if t.low in _PREPS), len(words))
    if head_end < 1:
        return None
    return NP(
        "desc",
        s + 1,
        comma,
        [t.text for t in words],
        det=toks[k + 1].low,
        head=words[head_end - 1].low,
    )
