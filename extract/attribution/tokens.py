"""The tokens attribution reads a sentence in: words (with inner apostrophes, hyphens and
initialism dots), numbers, a whole quotation as one token, single punctuation marks."""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate
from operator import sub
from typing import NamedTuple

from claimdesk.extract.lexicon import (
    word_set,
)

Q = "\x00"
_KEEP_DOT = word_set(
    """Jr Sr Inc Co Corp Ltd St No Mt Ft Gen Maj Lt Col Sgt Capt Cmdr Adm Brig Cpl Pvt Gov
    Sen Rep Dr Mr Mrs Ms Mx Prof Rev Hon Rt Pres Supt Det Insp Messrs Sept Jan Feb Mar Apr Jun
    Jul Aug Sep Oct Nov Dec vs etc"""
)
# Each match is a token with the whitespace before it, so offsets add up.
# Word characters plus the combining marks of scripts whose letters take them (NFD
# accents, Hebrew points, Arabic vowels, Indic and Thai signs): "राहुल" is one token.
_W = r"\w'’\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f-"
_TOKEN = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)+|\w[" + _W + r"]*(?:\.\w[" + _W + r"]*)*\.?|\x00+|[^\w\s])"
)


class Tok(NamedTuple):
    """A token of the masked sentence: text, lowercase text, body offsets."""

    text: str
    low: str
    start: int
    end: int


_new_tok = partial(tuple.__new__, Tok)


def tokenize(masked: str, s: int, e: int) -> list[Tok]:
    """Words (with inner apostrophes, hyphens and initialism dots: "U.S."), numbers
    with separators, a quotation (one token, text Q) and single punctuation marks; a
    final period stays on abbreviations only ("Gen.", "V."). Mostly C-level map()
    calls: tokenizing is the hot loop of attribution."""
    pieces = _TOKEN.findall(masked, s, e)
    if not pieces:
        return []
    ends = list(accumulate(map(len, pieces), initial=s))
    del ends[0]
    texts = list(map(str.lstrip, pieces))
    starts = list(map(sub, ends, map(len, texts)))
    fix = [i for i, t in enumerate(texts) if t[-1] == "." or t[0] == Q]
    for i in reversed(fix):
        t = texts[i]
        if t[0] == Q:
            texts[i] = Q
            continue
        stem = t[:-1]
        if not stem or "." in stem or stem in _KEEP_DOT or (len(stem) == 1 and stem.isupper()):
            continue
        texts[i : i + 1] = [stem, "."]
        starts[i : i + 1] = [starts[i], ends[i] - 1]
        ends[i : i + 1] = [ends[i] - 1, ends[i]]
    return list(map(_new_tok, zip(texts, map(str.lower, texts), starts, ends, strict=True)))


def is_cap(t: str) -> bool:
    """Capitalised, or written in a script without case ("山田太郎", "محمد"), where a
    name cannot show a capital: such a word in an English sentence is taken as one."""
    c = t[:1]
    return (
        c.isupper()
        or (c.isalpha() and not c.islower() and c > "\u02ff")
        or (c in "aed" and _PARTICLE_NAME.match(t) is not None)
    )


# "al-Mansouri", "el-Amin": an Arabic surname opens with a lowercase article; the part
# after the hyphen is capitalised, and it is the name's last word, not a common word.
# So does an elided French or Italian particle: "d'Aubigny-Clerc", "dell'Orto".
_PARTICLE_NAME = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|az)-[A-Z]|d(?:ell)?['’][A-Z]")


def is_word(t: str) -> bool:
    return t[:1].isalnum()


def is_possessive(t: str) -> bool:
    return t.endswith(("'s", "’s", "s'", "s’"))
