"""A claim's content words, stemmed and with a few synonyms folded, for comparing claims
text to text; a desk's words are normalised once and looked up after."""

from __future__ import annotations

import re

from claimdesk.extract import names as nm

_STOP = nm.word_set("""
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself said says say told tell telling according added adding news
    reported reporters reporting statement had has have been would there that's it's
    we're they're don't didn't won't can't also still even yet already just
    """)
_SYNONYMS = {
    "soldier": "troop",
    "servicemen": "troop",
    "serviceman": "troop",
    "servicemember": "troop",
    "force": "troop",
    "injur": "wound",
    "injury": "wound",
    "injure": "wound",
    "dead": "kill",
    "die": "kill",
    "died": "kill",
    "death": "kill",
}
# a word (letters first) or a figure; the lookahead lets re skip spaces and punctuation fast
_TOKEN = re.compile(r"(?=\w)(?:[^\W\d_][\w'’]*|\d(?:[\d,.]*\d)?)")


def _norm_word(raw: str) -> str:
    """One word as a comparison token ('' for a stopword); figures become '#11000'."""
    if raw[0].isdigit():
        return "#" + raw.replace(",", "").rstrip(".")
    w = raw.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = w.strip("'’")
    if len(w) < 3 or w in _STOP:
        return ""
    s = nm.stem(w)
    return _SYNONYMS.get(s, _SYNONYMS.get(w, s))


class _WordMemo(dict[str, str]):
    """_norm_word of each word seen, looked up at C speed (a desk's texts are a million
    words from a vocabulary of a few tens of thousands); emptied when it grows too big."""

    def __missing__(self, raw: str) -> str:
        if len(self) >= 500_000:
            self.clear()
        found = self[raw] = _norm_word(raw)
        return found


_NORM = _WordMemo()
_WORDS = _TOKEN.findall


def content_tokens(text: str) -> frozenset[str]:
    """Content words of a claim, stemmed, with a few synonyms folded; figures kept."""
    out = frozenset(map(_NORM.__getitem__, _WORDS(text)))
    return out - _EMPTY if "" in out else out


_EMPTY = frozenset([""])
