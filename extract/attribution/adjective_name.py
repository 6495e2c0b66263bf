"""A name with a mood before it as a sentence's subject: "But a furious Quillfeather
wasn't laughing.", "A beaming Okoro-Hale lifted the cup."

Tabloid and sports copy puts an article and an adjective before a surname ("a furious
X", "a delighted X"); the sentence is about X, so a "he said" right after is X's. Only
"a"/"an"/"the", one or two lowercase words, then a capitalised name that a lowercase
word or a comma follows, count; the caller still asks the registry whether that name is
a person it knows.
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok, is_cap, is_word
from claimdesk.extract.lexicon import SPEECH_VERBS, STOP_WORDS

_ARTICLES = frozenset(("a", "an", "the"))


def adjective_then_name(toks: list[Tok], a: int) -> NP | None:
    """The name in "a furious Quillfeather ..." starting at token a, or None."""
    n = len(toks)
    if a >= n or toks[a].low not in _ARTICLES:
        return None
    k = a + 1
    while k < n and k - a <= 2 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in STOP_WORDS or toks[k].low in SPEECH_VERBS:
            return None
        k += 1
    if k == a + 1 or k - a > 3:
        return None
    m = k
    while m < n and m - k < 3 and is_cap(toks[m].text):
        m += 1
    if m == k or m >= n:
        return None
    nxt = toks[m].text
    if nxt != "," and not (is_word(nxt) and nxt.islower()):
        return None
    return NP("name", a, m, [t.text for t in toks[k:m]], premod=[t.text for t in toks[a + 1 : k]])
