"""Quotation marks that quote nobody: coined terms, echoes and one-word scare quotes.

- A term the writer names with a naming verb and an article outside the marks ("The
  council calls it a "congestion dividend"", "calling the scheme a "living street"") is a
  label, not words anyone said; 'dubbed the plan "a disaster"' (the article inside the
  marks) stays a quotation.
- A short quotation (up to three words) that repeats words quoted before in the article
  ('That phrase, "ring-fenced", is doing a lot of work') is the writer pointing back.
- A one-word quotation whose sentence has no attribution of its own ('The last
  "reinvestment" I remember') is a scare quote, even when a speaker could be inherited.
"""

from __future__ import annotations

import re
from itertools import pairwise

_NAMING = re.compile(
    r"\b(?:calls?|called|calling|dubs?|dubbed|dubbing|labels?|labell?ed|labell?ing|terms?|"
    r"termed|brands?|branded|branding|christen(?:s|ed)?|markets?|marketed)"
    r"(?:[ \u00a0]+(?:it|them|this|that|him|her|the[ \u00a0]+[a-z][\w-]*|a[ \u00a0]+[a-z][\w-]*))?"
    r"[ \u00a0]+(?:a|an|the)[ \u00a0]*$"
)
_MAX_TERM = 3  # words (Quoted.add writes out its runs of one, two and three)
_LEAD = 80  # characters before the mark a naming verb may stand


def coined_term(body: str, open_mark: int, said: str) -> bool:
    """'calls it a "congestion dividend"': a named term, not a quotation."""
    if len(said.split()) > _MAX_TERM or any(c in said for c in ".!?,;:"):
        return False
    return _NAMING.search(body, max(0, open_mark - _LEAD), open_mark) is not None


_WORD = re.compile(r"[\w'’-]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class Quoted:
    """The short word runs (up to three words) of the quotations read so far."""

    __slots__ = ("_runs",)

    def __init__(self) -> None:
        self._runs: set[tuple[str, ...]] = set()

    def echoes(self, said: str) -> bool:
        """A short quotation whose words were quoted before: the writer pointing back."""
        words = tuple(_words(said))
        return 0 < len(words) <= _MAX_TERM and words in self._runs

    def add(self, said: str) -> None:
        words = _words(said)
        # every run of 1 to _MAX_TERM (3) words, as tuples built in C, not one by one
        threes = zip(words, words[1:], words[2:], strict=False)
        self._runs.update(zip(words), pairwise(words), threes)
