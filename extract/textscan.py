"""A folded copy of the body for fast scanning.

Python's regex engine is fast when a pattern starts with a literal: it jumps between
occurrences instead of trying every position. `fold` lower-cases the text and turns line
breaks, quote marks, brackets and dashes into spaces, keeping every offset, and adds one
leading space; patterns that start with " " then find word starts quickly. Offsets in
the folded text are body offsets + 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_OPENERS = '\n\r\t"“”‘([—–/\u00a0\u202f\u2009'
_TABLE = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_TABLE |= {ord(c): " " for c in _OPENERS}


FOLDS = 32
"""Folded bodies kept: numbers, dates and hedges each fold the same body, and
extract.batch runs each of them over a whole batch (at most this many articles) before
the next, so each body is folded once. The pipeline clears the cache after each article
or batch, so what it holds is that of one batch (extract.batch.BATCH_CHARS)."""


@lru_cache(maxsize=FOLDS)
def fold(body: str) -> str:
    """ " " + body lower-cased, openers turned into spaces (offsets shift by one)."""
    low = body.lower()
    if len(low) != len(body):  # a few characters (U+0130) grow when lower-cased
        return " " + body.translate(_TABLE)
    for c in _OPENERS:
        if c in low:
            low = low.replace(c, " ")
    return " " + low


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when every match can only begin at one of `starts`
    (ascending): the same matches, non-overlapping, tried only there. `pattern` never
    matches the empty string."""
    end = 0
    for s in starts:
        if s < end:
            continue
        m = pattern.match(text, s)
        if m is not None:
            end = m.end()
            yield m


def by_first_letter(alternatives: Iterable[str]) -> str:
    """One regex alternation of `alternatives` (fragments that each open on a literal
    lower-case letter, or anything else, kept as it is), grouped by that letter:
    "a(?:nswer|naly)|t(?:old|ells)". The regex engine skips a branch whose first literal
    differs at once, so a word is turned away on its first letter instead of trying every
    alternative in turn (sre has no tries)."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in alternatives:
        if alt[:1].isalpha() and alt[:1].islower():
            groups.setdefault(alt[0], []).append(alt[1:])
        else:
            rest.append(alt)
    parts = [f"{c}(?:{'|'.join(tails)})" for c, tails in groups.items()]
    return "|".join(parts + rest)


def by_first_char(words: Iterable[str], more: str = "") -> str:
    """Literal words (any case) and the characters `more`, each alone a match, as a regex
    that opens on one character class, so sre skips to its characters in C (it does not
    for an alternation: "[0-9]|Jan|Feb" is tried at every position): "[JF0-9](?:(?<=J)
    (?:an|un)|(?<=F)(?:eb|ri)|(?<=[0-9]))"."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    branches = [f"(?<={re.escape(c)})(?:{'|'.join(tails)})" for c, tails in groups.items()]
    if more:
        branches.append(f"(?<=[{more}])")
    return f"[{re.escape(''.join(groups))}{more}](?:{'|'.join(branches)})"


def opens_run(text: str, i: int, chars: str) -> bool:
    """Whether text[i] is the first of `chars` in its run of word characters (what a scan
    `[chars]\\w*` reaches, each match taking the rest of the run): the word characters
    before it hold none of `chars`."""
    while i and (text[i - 1].isalnum() or text[i - 1] == "_"):  # \w, as sre tests it
        i -= 1
        if text[i] in chars:
            return False
    return True


def as_trie(alternatives: Iterable[str]) -> str:
    """Regex fragments (each without a top-level "|") as one alternation factored by
    their leading literal letters, for a lookahead: "t(?:o(?:day|night)|wo)". sre tries
    the branches of an alternation in turn (by_first_letter saves only the first
    letter's); here each letter is tried once. A fragment that another one's letters
    already complete is left out ("two" before "two +thousand"): the lookahead holds at
    the same places, though a match may be shorter."""
    return "|".join(_trie(list(alternatives)))


def _trie(items: list[str]) -> list[str]:
    if "" in items:
        return [""]
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for alt in items:
        c = alt[:1]
        if c.isascii() and c.isalpha() and c.islower() and alt[1:2] not in _QUANTIFIERS:
            groups.setdefault(c, []).append(alt[1:])
        else:
            rest.append(alt)
    parts = []
    for c, tails in groups.items():
        sub = _trie(tails)
        parts.append(c + sub[0] if len(sub) == 1 else f"{c}(?:{'|'.join(sub)})")
    return parts + rest


_QUANTIFIERS = ("?", "*", "+", "{")
