"""The whole name a lone name opens: "Mr Tan said" after "Minister Tan Wei Ming" is Tan
Wei Ming, not "Tan Wei". A name written family name first (Chinese, Vietnamese, Korean:
"Tan Wei Ming", "Nguyen Thi Lan", "Lee Hsien Loong") is referred to by its FIRST word,
so the "Given Surname" pair `given_names` finds was a cut-short name; the same holds for
a three-part Western name ("Ada Mora Lind" -> "Ada" is Ada Mora Lind).

The run is read word by word right after the pair (at most two more words), so the cost
is bounded per pair and linear on any input."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import MONTHS, NOT_NAME, ORG_WORDS, PLACES, TITLES, WEEKDAYS

# one more name word right after a name: a space and a capitalised word (either part of
# a hyphenated name capitalised or not: "Min-jun", "Ah-Huat"), not a possessive
_NEXT = re.compile(r"[ \u00a0]([A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)?)(?![\w'’-])")
_MORE = 2  # "Tan Wei" + "Ming"; "Nguyen Thi" + "Minh Khai"


def _name_word(word: str) -> bool:
    """A word that can go on a person's name (never a title, a body's word or a day)."""
    return not (
        word in NOT_NAME
        or word in TITLES
        or word in ORG_WORDS
        or word in PLACES
        or word.lower() in WEEKDAYS
        or word.lower() in MONTHS
        or word.endswith(("'s", "’s"))
        or word.isupper()
    )


def name_run(text: str, pair: str, end: int) -> str | None:
    """`pair` ("Tan Wei", ending at `end` in `text`) with the name words written right
    after it ("Tan Wei Ming"); `pair` itself when none follow. None when capitalised
    words run on past a name's length: a title-case headline ("Tan Wei Ming Says Deal
    Is Near") says nothing about where the name ends."""
    words = [pair]
    at = end
    for _ in range(_MORE + 1):
        m = _NEXT.match(text, at)
        if m is None or not _name_word(m.group(1)):
            return " ".join(words)
        words.append(m.group(1))
        at = m.end()
    return None


def fullest(runs: list[str | None]) -> str | None:
    """The name all the runs agree on: their longest common start ("Tan Wei Ming" written
    three times), at least two words; a run cut by a headline (None) says nothing.
    "Dorian Mapplethorpe-Kaye" and "Dorian Mapplethorpe-Kaye Lowe" give the shorter;
    "Ada Lind" and "Ada Mora" are two people: None."""
    known = [r.split() for r in runs if r is not None]
    if not known:
        return None
    common = known[0]
    for parts in known[1:]:
        n = 0
        while n < min(len(common), len(parts)) and common[n] == parts[n]:
            n += 1
        common = common[:n]
    return " ".join(common) if len(common) >= 2 else None
