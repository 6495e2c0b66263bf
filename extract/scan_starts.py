"""Where REL, HEDGE and WORD_RUN can match in the folded text, found by one scan.

The three (relative dates, hedges, figures in words) run over the folded body from a
space, each behind a lookahead on the first word or two of its alternatives; each such
scan tries every space. One scan with all their first words finds where any of them can
start (`word_starts`), and each pattern is tried only there (`scan_words`). The lists
are also each pattern's own lookahead: a word added to a pattern must be added here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from claimdesk.extract.date_cues import REL_STARTS
from claimdesk.extract.number_words import WORDS_STARTS
from claimdesk.extract.textscan import FOLDS, as_trie, by_first_letter, finditer_at

__all__ = ["HEDGE_STARTS", "REL_STARTS", "WORDS_AT", "WORDS_STARTS", "scan_words", "word_starts"]

# The first word or two of each alternative below: a lookahead that most spaces fail at
# once (grouped by first letter, so most words fail on it), where common words ("is",
# "was", "not", "it") get past only with the word after them that an alternative needs
# (keep in sync when adding an alternative: these words also say where
# word_starts looks).
HEDGE_STARTS: list[str] = [
    *(rf"{w}(?:\s+not|n['’]t)" for w in ("could", "can", "did", "does", "do", "would")),
    "cannot",
    *(
        rf"{w}\s+(?:unable|not|said|believed|thought|understood|rumo|reported)"
        for w in ("was", "were", "is", "are")
    ),
    *(rf"{w}\s+been\s+(?:unable|reported)" for w in ("has", "have")),
    *(rf"{w}\s+not" for w in ("has", "have", "had")),
    r"not\s+(?:been|independently|immediately|yet|clear)",
    r"it\s+(?:was|is|has|remains|remained)",
    *[
        "according",
        "purport",
        "alleged",
        "unconfirmed",
        "unverified",
        "unsubstantiated",
        "uncorroborated",
        "unclear",
        "reportedly",
        "supposedly",
        "apparently",
        "claimed",
        "appear",
        "seem",
        "without",
        "rumo",
    ],
    *(rf"{w}\s+no" for w in ("offered", "provided", "gave", "presented", "cited")),
]

# WORD_RUN's own lookahead (extract.numbers)
WORDS_AT = "(?=" + by_first_letter(WORDS_STARTS) + ")"
# as a trie: each letter of a word tried once, not once per alternative sharing it
_WORD_STARTS = re.compile(" (?=" + as_trie([*REL_STARTS, *HEDGE_STARTS, *WORDS_STARTS]) + ")")
_LIST_FROM = 200_000  # characters: a longer text is scanned as before, holding no list


def scan_words(pattern: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(folded)` for REL, HEDGE or WORD_RUN, tried only where
    `word_starts` found one of the three could start."""
    if len(folded) > _LIST_FROM:
        return pattern.finditer(folded)
    return finditer_at(pattern, folded, word_starts(folded))


@lru_cache(maxsize=FOLDS)  # the folded body's, shared by the three scans of an article
def word_starts(folded: str) -> list[int]:
    """The spaces before a word that opens an alternative of REL, HEDGE or WORD_RUN."""
    return [m.start() for m in _WORD_STARTS.finditer(folded)]
