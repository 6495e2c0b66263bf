"""Small readers of the words around a figure that say whether, and how, it counts.

Kept apart from extract/numbers.py (the scans and the reader): a proportion ("one in
three", "9 out of 10") against a score ("7.4 out of 10"), a sprint's top speed ("0-60mph"),
the length of a deal ("a five-year contract"), a house number before a one-word street
name ("31 Hamngatan") and a shirt number after "wear" ("will wear 10 at Orvik").
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimdesk.extract.counted_nouns import _noun
from claimdesk.extract.number_words import SMALL, wordset

_SP = r"[ \t\u00a0\u202f]"
_PROPORTION_AFTER = re.compile(rf"{_SP}+(?:in|out{_SP}+of){_SP}+(\d+|[A-Za-z]+)\b")
_PROPORTION_BEFORE = re.compile(rf"(?<![\w.,])(\d+|[A-Za-z]+){_SP}+(?:in|out{_SP}+of){_SP}+\Z")


def small_value(word: str) -> int | None:
    """ "3" or "three" (and "a") as a number; None for any other word."""
    return int(word) if word.isdigit() else SMALL.get(word.lower(), 1 if word in "aA" else None)


def is_proportion(body: str, start: int, end: int, value: Decimal) -> bool:
    """ "one in three", "9 in 10", "nine out of ten": the smaller number first. A figure
    with decimals before "out of" is a score, not a share: "averaged 5.8 out of 10"."""
    m = _PROPORTION_AFTER.match(body, end)
    if m and (other := small_value(m.group(1))) is not None and value < other:
        return value == value.to_integral_value()
    m = _PROPORTION_BEFORE.search(body, max(0, start - 20), start)
    return bool(m and (other := small_value(m.group(1))) is not None and other < value)


# "0-60mph", "0-100 km/h", "0-60 in 3.9 seconds": a sprint from a standstill, whose top
# speed is the figure (a zero before it is no range's start, nor a name's hyphen).
_FROM_ZERO = re.compile(r"(?<![\w.,])0-\Z")
_SPRINT_AFTER = re.compile(rf"\d+(?:\.\d+)?{_SP}?(?:mph|km/h|kph|kmh)\b|\d+{_SP}+in{_SP}+\d")


def from_zero(body: str, s: int) -> bool:
    """The figure at `s` is the end of a sprint from zero ("0-60mph")."""
    return bool(_FROM_ZERO.search(body, max(0, s - 3), s) and _SPRINT_AFTER.match(body, s))


# A length of time joined to the deal, term or penalty it measures: "a five-year
# contract", "a 10-year ban", "a 25-year lease" (but "a 10-day search" is no claim).
_TERM_AFTER = re.compile(
    rf"{_SP}+(?:[a-z]+{_SP}+)?(?:contracts?|deals?|leases?|loans?|bans?|sentences?|terms?"
    r"|agreements?|extensions?|suspensions?|freezes?|moratoriums?|warrant(?:y|ies)|mortgages?"
    r"|guarantees?|concessions?|licen[cs]es?|franchises?)\b"
)


def deal_term(body: str, end: int) -> bool:
    """After "five-year" (or "18-month"): a contract, ban, lease or sentence it measures."""
    return _TERM_AFTER.match(body, end) is not None


# A house number before a one-word street name in the languages that write the street
# into one word: "31 Hamngatan", "22 Havnegade", "8 Lindenstraße", "3 Kerkstraat".
_ONE_WORD_STREET = re.compile(
    rf"{_SP}+[A-ZÅÄÖØÆ][a-zåäöøæüéß]+(?:gatan|gata|gade|vej|veien|vegen|straße|strasse|straat"
    r"|gracht|weg|laan|gasse|platz|plein|torget|torg|katu|kuja|vägen|vagen)\b"
)


# A player's shirt: "will wear 10 at Orvik", "wore 23 for the Gulls" (but "wore 3
# layers" counts the layers).
_WEARS = wordset("wear wears wore wearing worn")


def house_or_shirt(body: str, end: int, prev_low: str) -> bool:
    """The plain number ending at `end` is a house number (a one-word street name
    follows) or a shirt number (after "wear" with no counted noun)."""
    if prev_low in _WEARS and _noun(body, end) is None:
        return True
    return _ONE_WORD_STREET.match(body, end) is not None
