"""Shares of a group and fractions as figures, and who counts as a group of people.

"a third of voters" and "nearly two-thirds of members" are percentages (33.3, 66.7) of a
group; "1/2 cup" is 0.5 cup, "1 1/2 teaspoons" 1.5. Kept apart from extract/numbers.py
(digits and number words), which merges these in and reads `is_person` and
`PEOPLE_GROUPS` from here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimdesk.extract.counted_nouns import _is_plural, _noun
from claimdesk.extract.lexicon import (
    ANON_HEADS,
    ORG_NOUNS,
    PUBLICATION_NOUNS,
    ROLE_NOUNS,
    is_role_word,
)
from claimdesk.extract.number_words import (
    QUALIFIERS,
    SMALL,
    UNIT_PATTERN,
    UNIT_WORDS,
    qualifier_before,
    to_value,
    wordset,
)
from claimdesk.extract.record import Number
from claimdesk.extract.survey_shares import SHARE_VERBS, answers_a_survey
from claimdesk.extract.textscan import fold

# Who can be counted as people (the speakers of a sentence, a group a share is of): people,
# not organisations or outlets.
_PERSON_HEADS = (ANON_HEADS | ROLE_NOUNS) - ORG_NOUNS - PUBLICATION_NOUNS
# Groups of people an age limit or a share is about ("voters under 35", "a third of voters").
PEOPLE_GROUPS = wordset(
    """voters children kids adults people those anyone everyone youths teens teenagers users
    respondents men women girls boys students players drivers residents patients workers
    viewers customers applicants members"""
)
_SHARE_GROUPS = PEOPLE_GROUPS | wordset(
    "households families shareholders businesses firms companies countries nations schools"
)

# The denominators' spellings, then "/": a cheap gate (`in`, no regex) before the scans.
FRACTION_GATE = (
    "half",
    "Half",
    "third",
    "quarter",
    "Quarter",
    "fifth",
    "sixth",
    "eighth",
    "tenth",
    "/",
)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8}
_DENOMINATORS |= {"tenth": 10}
# A denominator is found with str.find (a regex would try every letter of the text) and
# read with this match; the number word before it ("two-thirds") is read backwards.
_FRACTION_AT = re.compile(
    r"(?:half|Half|thirds?|[qQ]uarters?|fifths?|sixths?|eighths?|tenths?)"
    r"(?=[ \t\u00a0]+(?:of[ \t\u00a0]|(?P<verb>" + SHARE_VERBS + r")\b))"
)
_LEAD = re.compile(
    r"(?<![\w-])(a|an|one|two|three|four|five|seven|nine)[ \t\u00a0-]+\Z", re.IGNORECASE
)
_FRACTION_DIGITS = re.compile(
    rf"\d(?<![\w/.,]\d)/(?P<d>[2-9]|1[0-6])(?P<unit>[ \t\u00a0]+(?:{UNIT_PATTERN}))(?![\w])",
    re.IGNORECASE,
)
# The whole number of a mixed fraction ("2 3/4 cups").
_WHOLE_BEFORE = re.compile(r"(?<![\w.,/])(\d{1,3})[ \t\u00a0]+\Z")
_NOT_HALF_AFTER = wordset(
    "the these those their its his her our my your first second last and a an"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.&-]*)[ \t\u00a0]+\Z")


def is_person(low: str) -> bool:
    """A person noun, listed or by its ending ("seismologists"), not an organisation."""
    return low in _PERSON_HEADS or (
        is_role_word(low) and low not in ORG_NOUNS and low not in PUBLICATION_NOUNS
    )


def _is_group(low: str) -> bool:
    """A counted group of people or bodies: "voters", "buyers", "households"."""
    return (
        is_person(low)
        or (low.endswith("s") and is_person(low[:-1]))  # "councillors", "nurses"
        or low in _SHARE_GROUPS
        or (_is_plural(low) and low.endswith(("ers", "ents", "ants", "ists", "ians", "ees")))
    )


def with_shares(body: str, folded: str, found: list[Number]) -> list[Number]:
    """`found` (the figures in text order) with find_shares' merged in by their start, when
    the body holds a word or mark of FRACTION_GATE; else `found` as it is. `folded` is
    textscan.fold(body): each denominator is looked for once in it, for both cases, and
    those places are both the gate and find_shares' denominators."""
    dens, spelled = _denominators(body, folded)
    if not spelled and "/" not in body:
        return found
    return sorted(found + find_shares(body, found, dens), key=_start)


def _start(n: Number) -> int:
    return n.start


def find_shares(
    body: str, found: list[Number], dens: list[re.Match[str]] | None = None
) -> list[Number]:
    """Shares of a group and fractions not already in `found`: "a third of voters" and
    "two-thirds of members" as a percentage (33.3, 66.7), "1/2 cup" as 0.5 cup; "a third
    term", "the third quarter", "a fifth of its value" (no group counted) and a bare "half"
    are not figures. `dens`: _denominators' matches, when the caller has them."""
    taken = [(n.start, n.end) for n in found]
    out: list[Number] = []
    if dens is None:
        dens = _denominators(body, fold(body))[0]
    for m in dens:
        word = m.group().lower()
        den = _DENOMINATORS[word.rstrip("s")]
        lm = _LEAD.search(body, max(0, m.start() - 7), m.start())
        lead = lm.group(1).lower() if lm else ""
        begin = lm.start() if lm else m.start()
        if not lead and body[m.start() - 1 : m.start()] == "-":
            continue  # "one-and-a-half", "mid-quarter"
        if not lead and den != 2:
            continue  # "third of the series": an ordinal
        num = 1 if lead in ("", "a", "an", "one") else SMALL[lead]
        plural = word.endswith("s")
        if num >= den or (den == 2 and lead not in ("", "one")) or (num > 1) != plural:
            continue  # "two-third", "a half of": not a share written as one
        if den == 2 and (lead or _half_after(body, begin, bool(m.group("verb")))):
            continue  # "one and a half", "the half of", "the second half"
        if m.group("verb"):
            if answers_a_survey(body, begin):  # "Two-thirds said ...": of those asked
                out.append(_share(body, begin, m.end(), Decimal(num * 100) / den, "%"))
            continue
        group = _compound_head(body, m.end(), _noun(body, m.end()))
        if group is None or not _is_group(group.lower()):
            continue  # "a third of its value", "three-quarters of a point": no group counted
        out.append(_share(body, begin, m.end(), Decimal(num * 100) / den, "%"))
    for m in _FRACTION_DIGITS.finditer(body) if "/" in body else ():
        unit = UNIT_WORDS.get(" ".join(m.group("unit").lower().split()))
        value = Decimal(int(body[m.start()])) / int(m.group("d"))
        begin = m.start()
        if whole := _WHOLE_BEFORE.search(body, max(0, begin - 6), begin):
            value += int(whole.group(1))  # "1 1/2 teaspoons" is 1.5
            begin = whole.start()
        out.append(_share(body, begin, m.end(), value, unit))
    return [n for n in out if not any(s < n.end and n.start < e for s, e in taken)]


_NEXT_PLURAL = re.compile(r"[ \t\u00a0]+([a-z]+)\b")


def _compound_head(body: str, pos: int, noun: str | None) -> str | None:
    """The head of a compound the counted noun opens: "a quarter of our midwife posts"
    counts posts, not midwives."""
    if noun is None:
        return None
    at = body.find(noun, pos, pos + 80)
    m = _NEXT_PLURAL.match(body, at + len(noun)) if at >= 0 else None
    if m is not None and not _is_plural(noun) and _is_plural(m.group(1)):
        return m.group(1)
    return noun


# The words of FRACTION_GATE lower-cased, each once: looked for in the folded body (where
# "Half" is "half"), at body offset + 1. Only a place spelled as in FRACTION_GATE counts.
_FOLDED_WORDS = tuple(dict.fromkeys(w.lower() for w in FRACTION_GATE[:-1]))
_SPELLED = frozenset(FRACTION_GATE[:-1])


def _denominators(body: str, folded: str) -> tuple[list[re.Match[str]], bool]:
    """Every denominator before "of" ("third" in "a third of"), in text order, and whether
    the body holds a word of FRACTION_GATE spelled as there (the gate)."""
    found: list[re.Match[str]] = []
    spelled = False
    for w in _FOLDED_WORDS:
        k = folded.find(w)
        while k >= 0:
            i = k - 1  # the body's offset
            if body[i : i + len(w)] in _SPELLED:
                spelled = True
                if (i == 0 or not body[i - 1].isalnum()) and (m := _FRACTION_AT.match(body, i)):
                    found.append(m)
            k = folded.find(w, k + len(w))
    return sorted(found, key=lambda m: m.start()), spelled


_AND_AFTER_WORD = re.compile(r"(\w+),?[ \t\u00a0]+and[ \t\u00a0]+\Z")


def _half_after(body: str, begin: int, answers: bool) -> bool:
    """A word before "half" that makes it no share: "the half of", "two and half"; but a
    survey's "A quarter said yes, and half said no" adds a share after a clause."""
    before = _word_before(body, begin)
    if before == "and" and answers:
        m = _AND_AFTER_WORD.search(body, max(0, begin - 40), begin)
        return not m or m.group(1).isdigit() or m.group(1).lower() in SMALL
    return before in _NOT_HALF_AFTER


def _word_before(body: str, pos: int) -> str:
    m = _WORD_BEFORE.search(body, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def _share(body: str, start: int, end: int, value: Decimal, unit: str | None) -> Number:
    """A fraction as a figure, its qualifier before it ("nearly a third of") and its noun."""
    qual = None
    qm = qualifier_before(body, start)
    if qm is not None:
        qual = QUALIFIERS[" ".join(qm.group("q").lower().split())]
        start = qm.start()
    return Number(
        value=to_value(round(value, 1 if unit == "%" else 3)),
        unit=unit,
        qualifier=qual,
        noun=_compound_head(body, end, _noun(body, end)),
        speaker=None,
        hypothetical=False,
        text=body[start:end],
        start=start,
        end=end,
    )
