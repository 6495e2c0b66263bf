"""Vocabulary for figures: number words, scales, units and qualifiers.

Kept apart from extract/numbers.py so the tables are easy to read and extend; every
pattern here is compiled once at import.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimdesk.extract.case_twin import case_twin
from claimdesk.extract.textscan import by_first_letter


def wordlist(text: str) -> list[str]:
    """A word list written as one string, to keep long vocabularies readable."""
    return text.split()


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_W = "|".join(sorted([*SMALL, "hundred", "dozen", *SCALES], key=len, reverse=True))
_SCALE_W = "dozen|hundred|thousand|million|billion|trillion"

# "two dozen", "three hundred and fifty", "twenty-five", "a dozen", "half a million".
# A leading "a"/"an"/"half a" only counts before a scale word.
_HALF_UNITS = (
    "percentage point|point|mile|kilomet(?:re|er)|met(?:re|er)|tonne|ton|kilo(?:gram)?|pound"
    "|litre|liter|gallon|degree|hour|day|week|month|year"
)
WORDS_PATTERN = (
    rf"half\s+an?(?=\s+(?:{_HALF_UNITS})\b)|"
    rf"(?:(?:half\s+)?an?\s+(?=(?:{_SCALE_W})\b))?"
    rf"(?:{_W})\b"
    rf"(?:(?:[ \t]+|-)(?:{_W})\b|(?:(?<=hundred)|(?<=thousand))[ \t]+and[ \t]+(?:{_W})\b)*"
)
# Where a WORDS_PATTERN match can start ("half", "a"/"an" before a scale word, a number
# word): extract.numbers makes it a lookahead grouped by first letter, so a scan turns
# most words away on their first or second letter instead of trying the whole pattern.
WORDS_STARTS = ["half", rf"an?\s+(?:{_SCALE_W})", *_W.split("|")]


def parse_number_words(text: str) -> int | float | None:
    """Value of a run of number words; None when the run is not a well-formed number."""
    tokens = re.split(r"[\s-]+", text.lower().strip())
    half = False
    if tokens and tokens[0] == "half":
        half = True
        tokens = tokens[1:]
    if tokens and tokens[0] in ("a", "an"):
        tokens = ["one", *tokens[1:]]
    total = 0
    current = 0
    last = None  # kind of the previous token: small, tens, hundred, scale, dozen
    for tok in tokens:
        if tok == "and":
            continue
        if tok in SMALL:
            n = SMALL[tok]
            if last == "small" or (last == "tens" and n >= 10):
                return None  # "two three", "twenty thirty"
            if last == "tens" and current % 10:
                return None
            current += n
            last = "tens" if n >= 20 and n % 10 == 0 else "small"
        elif tok == "hundred":
            if last == "hundred":
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif tok == "dozen":
            current = (current or 1) * 12
            last = "dozen"
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
            last = "scale"
        else:
            return None
    value = total + current
    if half:
        return value // 2 if value % 2 == 0 else value / 2
    return value


SCALE_SUFFIX = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "trn": 10**12,
    "mil": 10**6,
    "bil": 10**9,
    "hundred": 10**2,
}
# Single letters are scales only when glued to a money figure ("£40m", "$3b", "$5k").
LETTER_SCALES = {"k", "m", "b"}

CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₴": "UAH",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
}
CURRENCY_CODES = wordlist(
    "USD EUR GBP JPY CNY RMB INR RUB UAH CHF CAD AUD NZD HKD SGD KRW BRL MXN ZAR TRY ILS"
)

# Unit words after a figure, lower-cased with single spaces -> normalised unit.
UNIT_WORDS: dict[str, str] = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pc": "%",
    "pct": "%",
    "percentage point": "pp",
    "points": "pt",
    "point": "pt",
    "percentage points": "pp",
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "swiss francs": "CHF",
    "francs": "CHF",
    "won": "KRW",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "mi": "mi",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "ft": "ft",
    "feet": "ft",
    "foot": "ft",
    "inches": "in",
    "inch": "in",
    "yards": "yd",
    "kg": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "grams": "g",
    "g": "g",
    "mah": "mAh",
    "cents": "USc",
    "cent": "USc",
    "grammes": "g",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "metric tons": "t",
    "lb": "lb",
    "lbs": "lb",
    "pounds": "lb",
    "pound": "lb",
    "ounces": "oz",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "ml": "ml",
    "millilitres": "ml",
    "milliliters": "ml",
    "cups": "cup",
    "cup": "cup",
    "teaspoons": "tsp",
    "teaspoon": "tsp",
    "tablespoons": "tbsp",
    "tablespoon": "tbsp",
    "gb": "GB",
    "tb": "TB",
    "mb": "MB",
    "gbps": "Gbps",
    "mbps": "Mbps",
    "kbps": "kbps",
    "ghz": "GHz",
    "mhz": "MHz",
    "megapixels": "MP",
    "megapixel": "MP",
    "watts": "W",
    "watt": "W",
    "hp": "hp",
    "bhp": "hp",
    "horsepower": "hp",
    "gallons": "gal",
    "barrels": "bbl",
    "acres": "acre",
    "hectares": "ha",
    "ha": "ha",
    "sq km": "km2",
    "km2": "km2",
    "km²": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square miles": "mi2",
    "sq mi": "mi2",
    "mph": "mph",
    "mpg": "mpg",
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "degrees": "°",
    "°c": "°C",
    "°f": "°F",
    "degrees celsius": "°C",
    "degrees fahrenheit": "°F",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "kwh": "kWh",
    "wh": "Wh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "seconds": "s",
    "minutes": "min",
    "minute": "min",
    "hours": "h",
    "hour": "h",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
}
TIME_UNITS = {"s", "min", "h", "day", "week", "month", "year"}
# Units whose abbreviations are case-sensitive in text ("MW" vs "mw" is rare; "m" vs "M").
_UNIT_ALTS = sorted(UNIT_WORDS, key=len, reverse=True)
# Units read only glued to their digits and in the case written ("48V", "420Nm", "7.8in",
# "67W", "1,998cc", a "5x" zoom): spaced or in lower case they are words ("5 in 10", "W").
GLUED_UNITS = {
    "V": "V",
    "kV": "kV",
    "Nm": "Nm",
    "in": "in",
    "W": "W",
    "cc": "cc",
    "Ah": "Ah",
    "x": "x",
}
# Grouped by first letter (textscan.by_first_letter): the same alternatives in the same
# order wherever two can match at one place (only those sharing a first letter can), so
# the same matches; sre tries ~20 groups where it tried ~150 alternatives, each a push
# and a failed case-folded compare (_UNIT.match: 6.5 -> 1.5 us a call; RESULTS.md,
# "tenth round").
UNIT_PATTERN = (
    by_first_letter(re.escape(u).replace(r"\ ", r"\s+") for u in _UNIT_ALTS)
    + "|(?<=\\d)(?-i:"
    + "|".join(sorted(GLUED_UNITS, key=len, reverse=True))
    + ")"
)
UNIT_WORDS |= {u.lower(): name for u, name in GLUED_UNITS.items()}

# Qualifier phrases before a figure -> normalised qualifier (None: drop the word).
QUALIFIERS: dict[str, str | None] = {
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "c.": "about",
    "ca.": "about",
    "~": "about",
    "more than": "more than",
    "over": "more than",
    "just over": "more than",
    "well over": "more than",
    "a little over": "more than",
    "a little more than": "more than",
    "slightly over": "more than",
    "slightly more than": "more than",
    "a bit over": "more than",
    "a bit more than": "more than",
    "just above": "more than",
    "a little under": "nearly",
    "slightly under": "nearly",
    "a little less than": "less than",
    "slightly less than": "less than",
    "slightly fewer than": "fewer than",
    "upwards of": "more than",
    "upward of": "more than",
    "in excess of": "more than",
    "above": "more than",
    "greater than": "more than",
    "higher than": "more than",
    "north of": "more than",
    "exceeding": "more than",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "as high as": "up to",
    "as far as": "up to",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "just below": "nearly",
    "approaching": "nearly",
    "less than": "less than",
    "fewer than": "fewer than",
    "under": "less than",
    "below": "less than",
    "lower than": "less than",
    "at most": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "a maximum of": "at most",
    "exactly": None,
    "precisely": None,
}
_Q_ALTS = sorted(QUALIFIERS, key=len, reverse=True)
# The last word of each qualifier (with "only"/"just" that may follow it): a cheap gate
# before the backwards qualifier search.
QUALIFIER_LAST_WORDS = frozenset(
    [q.split()[-1].rstrip(".") for q in QUALIFIERS]
    + ["only", "just", "another", "further", "additional", "c", "ca", "approx"]
)
QUALIFIER_BEFORE = re.compile(
    r"(?<![\w.])(?P<q>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in _Q_ALTS)
    + r")(?:[ \t\u00a0]+|(?<=~))(?:(?:only|just|another|a[ \t]+further|an[ \t]+additional)"
    + r"[ \t]+)?\Z",
    re.IGNORECASE,
)
_QUALIFIER_TWIN = case_twin(QUALIFIER_BEFORE)
QUALIFIER_REACH = 28  # characters before a figure that its qualifier may start in


def qualifier_before(body: str, start: int) -> re.Match[str] | None:
    """`QUALIFIER_BEFORE.search(body, start - QUALIFIER_REACH, start)`, its place found
    first by the case-sensitive twin over the window lower-cased when it is ASCII (as
    extract.case_twin explains: the same places): IGNORECASE tries each of the ~60
    qualifiers at every word start of the window, the twin turns most away on their
    first letter. The match itself is QUALIFIER_BEFORE's, at the place the twin found."""
    lo = max(0, start - QUALIFIER_REACH)
    b = max(0, lo - 1)  # with the character the lookbehind reads
    window = body[b:start]
    if not window.isascii():
        return QUALIFIER_BEFORE.search(body, lo, start)
    m = _QUALIFIER_TWIN.search(window.lower(), lo - b)
    return None if m is None else QUALIFIER_BEFORE.match(body, b + m.start(), start)


# "30 or more", "30-plus", "30+" after the figure.
QUALIFIER_AFTER = re.compile(
    r"(?:[ \t]+or[ \t]+(?P<more>more|so|fewer|less)\b|(?P<plus>\+|-plus\b))", re.IGNORECASE
)
QUALIFIER_AFTER_MAP = {"more": "at least", "so": "about", "fewer": "at most", "less": "at most"}


def to_value(number: Decimal) -> int | float:
    """An int when the figure is whole, else a float."""
    if number == number.to_integral_value():
        return int(number)
    return float(number)


# "one" before a counted noun is a figure ("one person died"), not before a speech verb
# ("one soldier said": a source) nor a pronoun ("one of the men").
ONE_COUNTED = re.compile(
    r"[ \t\u00a0]+(person|death|fatality|casualty|soldier|civilian|child|patient|passenger"
    r"|victim|worker|resident|student|firefighter|miner|pilot|migrant|case|injury|home|house"
    r"|building|vehicle|aircraft|ship|boat|school|hospital)\b"
    r"(?![ \t\u00a0,]+(?:said|says|told|tells|added|who|familiar|with[ \t\u00a0]+knowledge))"
)

# "at least one cut", "at least one bank": a floor of one is a count of whatever follows.
_AT_LEAST_ONE = re.compile(
    r"[ \t\u00a0]+(?!(?:of|more|other|or|and|to|in|on|at|for|that|which|who|is|was|will|would"
    r"|has|had|can|could|day|week|month|year|time)\b)([a-z]+)\b(?<!ly)"
    r"(?![ \t\u00a0,]+(?:said|says|told|tells|added|who|familiar|with[ \t\u00a0]+knowledge))"
)


def counted_one(body: str, end: int, qual: str | None) -> re.Match[str] | None:
    """ "one person died" (a counted noun), or "one" after "at least" before any noun."""
    return ONE_COUNTED.match(body, end) or (
        _AT_LEAST_ONE.match(body, end) if qual == "at least" else None
    )


# Counts written as a hyphen compound: "a four-cylinder engine", "a 12-member panel",
# "a 9-speed hub".
HYPHEN_COUNT = re.compile(
    r"-(cylinder|storey|story|seat|seater|bed|bedroom|lane|member|wheel|door|speed|gear)"
    r"(?![\w-])",
    re.IGNORECASE,
)

# A price "from" is its floor: "priced from €19", "fares start from $9".
PRICED_FROM = re.compile(
    r"\b(?:priced|costing|costs?|starts?|starting|available|fares|tickets|rents?)[ \t\u00a0]+"
    r"(?:at[ \t\u00a0]+)?from[ \t\u00a0]+\Z",
    re.IGNORECASE,
)

# Verbs of change before "from": "slowed from 4.8% to 4.7%" is a move, two figures.
MOVED = wordset(
    """slowed slows slow eased eases ease accelerated accelerates quickened picked edged
    ticked soared plunged surged tumbled sank dipped dips recovered rebounded shifted
    changed went revised upgraded downgraded charges charged charging filled fills drained
    drains"""
)
