"""Figures that are claims: counts, amounts, percentages and measures.

Candidates come from two fast scans: digits (with a currency sign) over the body, and
runs of number words over the folded text (extract.textscan). Each candidate is then
read outward — scale and unit after it, qualifier before it, the counted noun after it —
and dropped when it is a year, a calendar day, a time, an ordinal, a code or name
("F-16", "Section 230"), a phone number, a proportion, or a number word that is not a
count ("one expert", "the two sides").
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from itertools import chain, islice, pairwise
from operator import itemgetter

from claimdesk.extract.attribution import find_attributions
from claimdesk.extract.counted_nouns import _OF_PRONOUNS, FUNCTION_WORDS, _is_plural, _noun
from claimdesk.extract.currency_before import currency_before
from claimdesk.extract.date_cues import singular_next, thousand_year
from claimdesk.extract.dates import LAZY_FROM
from claimdesk.extract.document import Span
from claimdesk.extract.figure_cues import (
    deal_term,
    from_zero,
    house_or_shirt,
    is_proportion,
    small_value,
)
from claimdesk.extract.hypotheticals import _is_hypothetical
from claimdesk.extract.number_words import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    HYPHEN_COUNT,
    LETTER_SCALES,
    MOVED,
    PRICED_FROM,
    QUALIFIER_AFTER,
    QUALIFIER_AFTER_MAP,
    QUALIFIER_LAST_WORDS,
    QUALIFIERS,
    SCALE_SUFFIX,
    TIME_UNITS,
    UNIT_PATTERN,
    UNIT_WORDS,
    WORDS_PATTERN,
    counted_one,
    parse_number_words,
    qualifier_before,
    to_value,
    wordset,
)
from claimdesk.extract.record import Number
from claimdesk.extract.scan_starts import WORDS_AT, scan_words
from claimdesk.extract.shares import PEOPLE_GROUPS, is_person, with_shares
from claimdesk.extract.tallies import partitive_tally
from claimdesk.extract.textscan import fold

_SP = r"[ \t\u00a0\u202f]"
_CUR = "|".join(re.escape(c) for c in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CODES = "|".join(CURRENCY_CODES)

_SYMBOL_CHARS = "".join(sorted({c[-1] for c in CURRENCY_SYMBOLS}))
# Digits, with a currency sign just before them. Letter prefixes ("US$", "HK$") and codes
# ("USD 5m") are read backwards from the sign or the digits: a pattern that starts with a
# digit or a sign lets the regex engine skip the rest of the text quickly.
DIGITS = re.compile(
    rf"(?:(?P<sym>[{re.escape(_SYMBOL_CHARS)}]){_SP}?)?"
    r"(?P<num>\d{1,3}(?:[,\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
)
# Where DIGITS can start; see extract.dates._CAPS_START for why this two-step scan.
_DIGITS_START = re.compile(rf"[0-9{re.escape(_SYMBOL_CHARS)}][0-9,.]*")
# Number words, matched in the folded text (see extract.textscan): " two dozen".
WORD_RUN = re.compile(rf" {WORDS_AT}({WORDS_PATTERN})")
_SCALE = re.compile(
    rf"(?P<sp>{_SP}*)(?P<scale>million|billion|trillion|thousand|hundred|lakhs?|crores?|mln|mil|bil|mn|bn|trn|tn|m|b|k)(?![\w])",
    re.IGNORECASE,
)
_UNIT = re.compile(
    rf"(?P<sep>{_SP}*-?{_SP}*)(?P<unit>{UNIT_PATTERN})(?:(?<=%)|(?![\w]))(?:{_SP}+(?P<code>{_CODES})\b)?",
    re.IGNORECASE,
)
_TRAIL_CODE = re.compile(rf"{_SP}+(?P<code>{_CODES})\b")
_TIME_AFTER = re.compile(
    r"[ \t\u00a0]*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|BST\b|CET\b|CEST\b|EST\b|EDT\b|PST\b|PDT\b"
    r"|ET\b|PT\b|CT\b|hrs\b|h\b|o['’]clock)",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_MONTH_AFTER = re.compile(rf"{_SP}+(?:of{_SP}+)?{_MONTHS}\b")
_MONTH_WORD = re.compile(rf"{_MONTHS}\.?")
# The word before a place (_prev_word): after the last space, a run of non-letters, then
# the word to the end; `.*` backs off from the end in C (one match, not four `rfind`s).
_PREV_WORD = re.compile(r"(?:.*[ \n\t\u00a0])?[^A-Za-z]*([A-Za-z][\w'’.&-]*)\Z", re.DOTALL)
_TIME_REL_AFTER = re.compile(
    rf"{_SP}+(?:ago|earlier|later|old|from{_SP}+now)\b",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(r"[ \t\u00a0]*(?:to|and|or|–|-)[ \t\u00a0]*")
_RANGE_SCALES = wordset("thousand million billion trillion mn bn tn m b k")
_OR_WORDS = re.compile(rf"{_SP}+(?:or|to){_SP}+(?:(?i:{WORDS_PATTERN})|(?P<d>\d+(?:[.,]\d+)*))")
_AGE_APPOSITION = re.compile(  # "Whitfield, 58,", "the man, 34,": an age
    r"(?:[A-Z][a-z]+|\b(?:man|woman|boy|girl|men|women|driver|suspect|victim|mother|father"
    r"|son|daughter|wife|husband|teenager|student|officer|resident|worker|pilot|nurse|doctor"
    r"|teacher|soldier|farmer|owner|friend|brother|sister|gunman|passenger|patient|child"
    r"|grandmother|grandfather|widow|veteran|defendant|mayor|councillor|councilor)),"
    r"[ \t\u00a0]\Z"
)
_STERLING = re.compile(rf"{_SP}+sterling\b")
# "10-15 people", "20-30%": a hyphenated range before a plural or a percent sign (a score
# "3-1 win" or a vote "52-48" is followed by a singular, a season "2023-24" has 4 digits).
_RNUM = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
_HYPHEN_RANGE_RE = re.compile(
    rf"{_RNUM}-{_RNUM}(?:%|{_SP}*(?:percent|per{_SP}+cent)\b|{_SP}+([A-Za-z]+))"
)
_HYPHEN_RANGE_FIRST = re.compile(rf"(?<![\w,.]){_RNUM}-\Z")
_STRONG = re.compile(r"-strong\b")
_ADDRESS = re.compile(
    r"(?:[ \t\u00a0]+[A-Z][a-z]+){1,3}[ \t\u00a0]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard"
    r"|Blvd|Lane|Drive|Square|Place|Way|Court|Terrace|Crescent|Close|Row|Parkway)\b"
)
_OF_AFTER = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]")

_POSSESSIVES = wordset("his her its their our my your")
_DETERMINERS = wordset(
    "the these those their its his her our my your whose all both each every first last "
    "next other top final previous past"
)
CODE_WORDS = wordset(
    """top aged age ages page pages p pp chapter section article paragraph clause line verse room
    flight route highway interstate no nos number bus platform gate level grade version
    episode season part phase stage step round week day game match item rule resolution
    act tier category class type model unit ward district zone sector lot apartment suite
    box vol volume issue edition channel track lane block building floor hall terminal pier
    table appendix annex amendment title schedule division regiment brigade battalion
    exit figure squadron fleet corps army precinct block mark mk zip code postcode zipcode"""
)
_YEAR_CUES = wordset(
    """in since by until till of before after during from through to between and early
    late mid end year years fiscal fy around circa"""
)
_WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
# A number word standing for its noun: "two were killed", "six that had voted".
_COUNT_VERB_AFTER = re.compile(
    rf"{_SP}+(?:were|was|are|had|have|has|died|remain|remained|remains|wanted|voted|said|say"
    r"|says|did|will|would|could|escaped|survived|that|who|which|more|others)\b"
)
_BARE_SCALES = wordset("hundred thousand million billion trillion dozen")


# A guard for pathological input: no article holds this many figures; past it, the rest
# of a document is not read (keeps a megabyte of "1 1 1 ..." near a second).
MAX_CANDIDATES = 10_000


def find_numbers(body: str, sentences: list[Span]) -> list[Number]:
    """Every claim figure in `body`, in text order; speaker is left for the pipeline."""
    out: list[Number] = []
    starts = [s for s, _ in sentences]
    folded = fold(body)
    # Two scans, each in text order; on a long article merged as they come (a stable
    # merge, as the sort: digits before a number word at the same place), since a list
    # of every candidate held six times the article's size.
    scans = (_digit_candidates(body), _word_candidates(body, folded))
    if len(body) < LAZY_FROM:  # a sort in C is quicker for a news article's few dozen
        cands: Iterable[tuple] = sorted(chain.from_iterable(scans), key=itemgetter(0))
    else:
        cands = heapq.merge(*scans, key=itemgetter(0))
    last_end = 0
    for start, e, digits, words, sym in islice(cands, MAX_CANDIDATES):
        if start < last_end:
            continue  # the scale word of the figure just read ("2 billion")
        num = _read(body, start, e, digits, words, sym)
        if num is not None:
            last_end = num.end
            if _counts_speakers(body, num, sentences, starts):
                continue
            num.hypothetical = _is_hypothetical(body, folded, num.start, num.end, sentences, starts)
            out.append(num)
    out = with_shares(body, folded, out)  # if FRACTION_GATE holds: "a third of voters"
    _join_ranges(body, out)
    _carry_to_conversions(body, out)
    return out


def _digit_candidates(body: str) -> Iterator[tuple]:
    """Where a figure in digits may be: (start, end, digits, None, currency symbol)."""
    pos = 0
    for c in _DIGITS_START.finditer(body):
        if c.start() >= pos and (m := DIGITS.match(body, c.start())) is not None:
            pos = m.end()
            yield (m.start(), m.end(), m.group("num"), None, m.group("sym"))


def _word_candidates(body: str, folded: str) -> Iterator[tuple]:
    """Where a figure in words may be: (start, end, None, the words, None)."""
    for m in scan_words(WORD_RUN, folded):
        yield (m.start(1) - 1, m.end(1) - 1, None, body[m.start(1) - 1 : m.end(1) - 1], None)


_CONVERSION_GAP = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")


def _carry_to_conversions(body: str, nums: list[Number]) -> None:
    """ "more than 100 km (60 mi)": the converted value in brackets keeps the qualifier
    (and the noun) of the figure it converts."""
    for a, b in pairwise(nums):
        if (
            a.unit is not None
            and b.unit is not None
            and b.qualifier is None
            and _CONVERSION_GAP.fullmatch(body, a.end, b.start)
        ):
            b.qualifier = a.qualifier
            b.noun = b.noun or a.noun


def _read(
    body: str, start: int, e: int, digits: str | None, words: str | None, sym: str | None
) -> Number | None:
    """One candidate figure read outward, or None when it is not a claim figure: its
    currency, value, scale and unit, what follows it, its qualifier and its noun, each
    step able to say it is no claim ("G7", "August 6", "Boeing 737", "one or two")."""
    if (
        digits
        and not sym
        and body[start - 1 : start] == "."
        and _LEADING_DOT.match(body, start - 1)
    ):
        start -= 1  # ".534": a decimal written without its zero
        digits = "." + digits
    s = e - len(digits or "") if sym else start  # where the figure's digits start
    start, cur = currency_before(body, start, digits, sym)
    value = _digits_value(body, s, e, digits, cur) if digits else _words_value(words)
    if value is None:
        return None
    if digits and body[e : e + 1] in " x×·" and _SCIENTIFIC.match(body, e):
        return None  # the mantissa of "6.02 x 10^23"
    sign = _sign_before(body, start, bool(cur))
    if sign is None:
        return None  # "COVID -19": a name's number
    if sign:
        start = sign
        value = -value
    value, end, scale_word = _scaled(body, e, value, cur, digits)
    found = _unit_after(body, s, end, value, cur, digits, scale_word)
    if found is None:
        return None
    unit, end = found
    if unit is None and digits and (pm := _PENCE.match(body, end)) and value not in _VIDEO_LINES:
        value, unit, end = value / 100, "GBP", pm.end()  # "164p" is 164 pence (not "1080p")
    if unit == "USc":
        value, unit = value / 100, "USD"  # "42 cents"
    hyphen_count = None
    if body[end : end + 1] == "-" and not cur and unit is None:
        hyphen_count = HYPHEN_COUNT.match(body, end)  # "a four-cylinder engine"
    after = (None, None, end) if hyphen_count else _what_follows(body, end, cur, unit)
    if after is None:
        return None
    qa, qual_after, noun_at = after
    if _TIME_AFTER.match(body, end) and digits and not unit:
        return None
    prev_word = _prev_word(body, start)
    prev_low = prev_word.lower().rstrip(".") if prev_word else ""
    plain = digits is not None and not cur and not scale_word and unit in (None, "V", "W")
    is_int = digits is not None and "." not in digits
    if (
        is_int
        and plain
        and "," not in digits
        and _date_or_label(body, s, start, end, int(value), prev_word, prev_low)
    ):
        return None
    qual, qm, start = _qualifier_before(body, start, end, prev_low, unit)
    if qual_after and qual is None:
        qual = qual_after
    if (
        qual is None
        and prev_low == "from"
        and cur
        and PRICED_FROM.search(body, max(0, start - 30), start)
        and not _RANGE_NEXT.match(body, end)
    ):
        qual = "at least"  # "priced from €24,900", "fares start from $9"
    if qa:
        end = noun_at = qa.end()
    noun = _noun(body, noun_at, measure=unit is not None and unit not in TIME_UNITS)
    if hyphen_count:
        noun, end = hyphen_count.group(1), hyphen_count.end()
    one = None
    if (
        words
        and value == 1
        and unit is None
        and not scale_word
        and prev_low not in _DETERMINERS
        and (one := counted_one(body, end, qual)) is not None
    ):
        noun = one.group(1)  # "one person died", "killed one soldier": a count
    if plain and is_int and _is_age(body, start, qm, int(value), noun):
        return None  # "under the age of 18", "voters under 35": an age, not a claim
    if (
        (thousand_year(words) or (is_int and plain and len(digits) == 4))
        and 1000 <= int(value) <= 2999
        and not qm
        and not qa
        and (
            prev_low in _YEAR_CUES
            or noun is None
            or not _is_plural(noun)
            or (prev_low in _POSSESSIVES and 1900 <= int(value) <= 2100)
            or (1900 <= int(value) <= 2100 and singular_next(body, end))
        )
    ):
        return None  # a year ("its 2031 notes" too)
    if _not_counted(body, start, end, value, unit, qual, prev_low):
        return None
    if (
        words
        and not hyphen_count
        and not one
        and _vague_words(body, s, end, words, value, prev_low, qm, unit, scale_word, noun, qual)
    ):
        return None
    return Number(
        value=to_value(value),
        unit=unit,
        qualifier=qual,
        noun=noun,
        speaker=None,
        hypothetical=False,
        text=body[start:end],
        start=start,
        end=end,
    )


_PENCE = re.compile(r"p(?![\w'’-])(?![ \t]+(?:video|resolution|HD|display|screen|stream))")
_VIDEO_LINES = frozenset(Decimal(v) for v in (144, 240, 360, 480, 576, 720, 1080, 1440, 2160))
_RANGE_NEXT = re.compile(r"[ \t\u00a0]*(?:to|-|–)[ \t\u00a0]*[^\s\w]?\d")
_LEADING_DOT = re.compile(r"(?:\A|(?<=[ \t\n(\"“]))\.")
_SCIENTIFIC = re.compile(r"[ \t]*[x×·][ \t]*10(?:\^|\*\*)")
_MINUS_WORD = re.compile(r"(?<![\w-])(?<!plus or )minus[ \t\u00a0]+\Z", re.IGNORECASE)


def _sign_before(body: str, start: int, money: bool) -> int | None:
    """Where a negative figure starts ("-1.3%", "−12C", "minus 40 degrees"), 0 when the
    figure has no sign, None when the hyphen ties it to a name ("COVID -19")."""
    i = start - 1
    ch = body[i] if i >= 0 else ""
    if ch == "\u2212" or (ch == "-" and (i == 0 or body[i - 1] in " \t\n([")):
        if i > 0 and body[i - 1] == " ":
            if body[i - 2 : i - 1].isdigit():
                return 0  # "10 -15": a range written loosely, not a sign
            word = _prev_word(body, i)
            if (
                word
                and word[0].isupper()
                and word.lower() not in FUNCTION_WORDS
                and not _sentence_initial(body, i - len(word) - 1)
                and not money
            ):
                return None  # "COVID -19", "Model -3"
        return i
    if ch not in " \t\u00a0" or not body[max(0, start - 7) : start].rstrip().lower().endswith(
        "minus"
    ):
        return 0
    m = _MINUS_WORD.search(body, max(0, start - 10), start)
    return m.start() if m else 0


def _digits_value(body: str, s: int, e: int, digits: str, cur: str | None) -> Decimal | None:
    """The value of digits body[s:e]; None when they are part of a name, a code, a time
    or a score glued to them (G7, F-16, 9/11, 10:30, 2023-24)."""
    prev_c = body[s - 1] if s else " "
    prev2 = body[s - 2] if s > 1 else ""
    if not cur and (
        prev_c.isalnum()
        or prev_c in "#/:_@^"
        or (prev_c in "-." and prev2.isalnum() and not _ends_hyphen_range(body, s))
        or (prev_c == "'" and prev2.isalpha())
    ):
        return None  # G7, F-16, Covid-19, 9/11, 10:30, v2.1
    next2 = body[e : e + 2]
    if (
        len(next2) == 2
        and next2[0] in "-–:/.^"
        and next2[1].isdigit()
        and not (next2[0] == "–" and not cur)
        and not (next2[0] == "-" and _starts_hyphen_range(body, s))
    ):
        return None  # 2023-24, 3-1, 10:30, 24/7, 1.2.3 (but "10-15 people" is a range)
    try:
        return Decimal(digits.replace(",", "").replace("\u202f", "").replace("\u2009", ""))
    except InvalidOperation:
        return None


def _words_value(words: str | None) -> Decimal | None:
    """The value of a figure in words ("three hundred"); None for none or zero."""
    parsed = parse_number_words(words)
    if parsed is None or parsed == 0:
        return None
    return Decimal(str(parsed))


def _scaled(
    body: str, e: int, value: Decimal, cur: str | None, digits: str | None
) -> tuple[Decimal, int, str | None]:
    """The value times a scale word after it ("2 billion", "$1.2bn", "1.2m people"), the
    end, and the scale word; "40m" alone is a length, not a million."""
    end = e
    scale_word = None
    sm = _SCALE.match(body, e)
    if sm:
        sc = sm.group("scale").lower()
        glued = not sm.group("sp")
        if sc in LETTER_SCALES and not (cur and glued and digits):
            # "1.2m people", "25k runners", "8 B people" count people; "40m" alone is a
            # length, "5k race" a distance.
            letter = sm.group("scale")
            counted = (
                digits and (glued or letter.isupper()) and _is_plural(_noun(body, sm.end()) or "x")
            )
            if not counted:
                sm = None
        if sm:
            scale_word = sc
            value *= SCALE_SUFFIX[sc]
            end = sm.end()
    return value, end, scale_word


def _unit_after(
    body: str,
    s: int,
    end: int,
    value: Decimal,
    cur: str | None,
    digits: str | None,
    scale_word: str | None,
) -> tuple[str | None, int] | None:
    """The unit after the figure ("km", "%", "pounds", "45C") and the new end; None for a
    compound adjective that is no claim ("a 10-day search", "a 45-year-old")."""
    unit = cur
    um = _UNIT.match(body, end)
    if um and not (um.group("sep").strip() == "-" and UNIT_WORDS[_norm(um.group("unit"))] == "%"):
        u = UNIT_WORDS.get(_norm(um.group("unit")))
        if u in TIME_UNITS and "-" in um.group("sep") and not deal_term(body, um.end()):
            return None  # a 10-day search, a 45-year-old (but "a five-year contract")
        if u is not None and not (cur and len(u) == 3 and u.isupper()):
            unit = u
        elif u is not None and cur:
            unit = cur
        if um.group("code"):
            unit = um.group("code")
        end = um.end()
        if u == "lb" and (
            _STERLING.match(body, end) or (scale_word and not _OF_AFTER.match(body, end))
        ):
            unit = "GBP"  # "2 million pounds" is money; "300 pounds of beef" a weight
    elif not cur:
        tc = _TRAIL_CODE.match(body, end)
        if tc and digits:
            unit = tc.group("code")
            end = tc.end()
        elif (
            digits
            and (tm := _GLUED_TEMP.match(body, end))
            and value <= 200
            and (
                _TEMP_PAIR.match(body, tm.end())
                or (s > 0 and body[s - 1] in "(-\u2212")
                or _TEMP_CONTEXT.search(body, max(0, s - 80), tm.end() + 12)  # "2C warmer"
            )
        ):
            unit = "°" + tm.group(1)  # "temperatures of 45C (113F)" (not "Grade 5C")
            end = tm.end()
    return unit, end


def _what_follows(
    body: str, end: int, cur: str | None, unit: str | None
) -> tuple[re.Match[str] | None, str | None, int] | None:
    """A qualifier after the figure ("10,000 or more"), its meaning, and where its noun
    starts; None when a letter or digit is glued to it (21st, 1990s, 5G, 45-year-old)."""
    nxt = body[end : end + 1] or " "
    qual_after = None
    qa = QUALIFIER_AFTER.match(body, end)
    noun_at = end
    if qa:
        qual_after = (
            "more than" if qa.group("plus") else QUALIFIER_AFTER_MAP[qa.group("more").lower()]
        )
    elif nxt.isalpha() or nxt.isdigit():
        return None  # 21st, 1990s, 5G, 10am
    elif nxt in "-'’" and body[end + 1 : end + 2].isalpha():
        strong = _STRONG.match(body, end)
        if strong:
            noun_at = strong.end()  # a 5,000-strong force
        elif not (cur or unit == "%") or nxt != "-":
            return None  # 45-year-old, 10-day, 1990's (but "a $2bn-a-year scheme" counts)
    return qa, qual_after, noun_at


def _date_or_label(
    body: str, s: int, start: int, end: int, n: int, prev_word: str | None, prev_low: str
) -> bool:
    """A plain integer that is a day of a date, a name's number, a code, an address, an
    age or part of a phone number, not a count."""
    if 1 <= n <= 31 and (
        (prev_word and _MONTH_WORD.fullmatch(prev_word)) or _MONTH_AFTER.match(body, end)
    ):
        return True  # August 6, 6 August
    if (
        1 <= n <= 31
        and body[max(0, start - 5) : start].rstrip().endswith((",", "and", "or", "to"))
        and _DAY_LIST_BEFORE.search(body, max(0, start - 40), start)
    ):
        return True  # the 13 and 14 of "December 12, 13 and 14"
    if (
        prev_word
        and not prev_word.islower()
        and prev_low not in FUNCTION_WORDS
        and not prev_low.endswith("ly")
        and prev_low not in _WEEKDAYS
        and not prev_low.endswith(("'s", "’s"))
        and not _MONTH_WORD.fullmatch(prev_word)
    ):
        return True  # Section 230, Boeing 737, Windows 11
    if prev_low in CODE_WORDS:
        return True  # page 3, flight 17
    if _ADDRESS.match(body, end) or house_or_shirt(body, end, prev_low):
        return True  # 10 Downing Street, 31 Hamngatan, "will wear 10 at Orvik"
    if (
        n <= 120
        and body[end : end + 1] == ","
        and _AGE_APPOSITION.search(body, max(0, start - 30), start)
    ):
        return True  # "Whitfield, 58, a former senator": an age
    return bool(_is_phone_part(body, s, end) and not _ends_hyphen_range(body, s))


def _qualifier_before(
    body: str, start: int, end: int, prev_low: str, unit: str | None
) -> tuple[str | None, re.Match[str] | None, int]:
    """The qualifier before the figure ("at least", "nearly", "~"), its match and the
    figure's new start; "over 48 hours" is a period and "over two other bases" a place."""
    qm = None
    if prev_low in QUALIFIER_LAST_WORDS or body[start - 1 : start] == "~":
        qm = qualifier_before(body, start)
    if qm is None:
        return None, None, start
    q = _norm(qm.group("q"))
    if q == "over" and unit in TIME_UNITS:
        before_over = _prev_word(body, qm.start())
        if (before_over or "").lower() not in _OVER_MORE_THAN:
            return None, None, start  # "snow fell over 48 hours": a period ("for over 48")
    if q == "over" and _OTHER_AFTER.match(body, end):
        return None, None, start  # "sightings over two other bases": a place, not "more than"
    return QUALIFIERS[q], qm, qm.start()


def _not_counted(
    body: str,
    start: int,
    end: int,
    value: Decimal,
    unit: str | None,
    qual: str | None,
    prev_low: str,
) -> bool:
    """Figures that count no claim: who is cited, a proportion, a time ago or of age."""
    if unit is None and not qual and _SOURCE_COUNT.match(body, end):
        return True  # "three people familiar with the talks": who is cited, not a claim
    if unit is None and is_proportion(body, start, end, value):
        return True  # "one in three adults", "1 in 5": a proportion, not a count
    # two weeks ago, 45 years old, the past 24 hours
    return unit in TIME_UNITS and bool(_TIME_REL_AFTER.match(body, end) or prev_low in _DETERMINERS)


def _vague_words(
    body: str,
    s: int,
    end: int,
    words: str,
    value: Decimal,
    prev_low: str,
    qm: re.Match[str] | None,
    unit: str | None,
    scale_word: str | None,
    noun: str | None,
    qual: str | None,
) -> bool:
    """A figure in words that is a name, a choice or vague, not a count: "Big Three",
    "the two sides", "one or two", "several hundred", a bare "three"."""
    if words[0].isupper() and not _sentence_initial(body, s):
        return True  # Big Three, Group of Seven
    counted = unit is not None or (noun is not None and _noun_next(body, end, noun))
    if (prev_low in _DETERMINERS and not partitive_tally(body, s, end)) or (
        prev_low == "one" and not qm
    ):
        return True  # the two sides (but "Of our seven testers, five ...")
    or_range = prev_low == "of" and (om := _OR_WORDS.match(body, end)) and not om.group("d")
    if (
        prev_low in ("or", "of")
        and not qm
        and not (counted and _or_of_counts(body, s, prev_low))
        and not (or_range and _or_range_counts(body, om, value))
    ):
        return True  # one or two, one of three (but "a survey of seven nations", "a price
        # of eight or nine euros")
    if prev_low == "to" and not qm and _NUMBER_BEFORE_TO.search(body, max(0, s - 30), s):
        return True  # one to two (but "one nurse to seven patients" is a ratio's term)
    if (om := _OR_WORDS.match(body, end)) is not None and not (unit and om.group("d")):
        # two or three, nine to 11 (but "eight or nine euros" is a range: its ends join later)
        return not _or_range_counts(body, om, value)
    low = words.lower()
    if low.split()[0] in _BARE_SCALES:
        return True  # "several hundred", "hundred" alone: vague ("a hundred" is fine)
    if value == 1 and not scale_word and (unit is None or unit in TIME_UNITS):
        return True  # one expert, one of the men, one day (but "one per cent", "one mile")
    has_scale = any(w in low for w in ("dozen", "hundred", "thousand", "million", "billion"))
    if (
        unit is None
        and not scale_word
        and not has_scale
        and noun is None
        and not qual
        and not (_COUNT_VERB_AFTER.match(body, end) or partitive_tally(body, s, end))
    ):
        return True  # a bare "three" is not a claim; "three were killed" is
    return (
        unit is None
        and not scale_word
        and noun is not None
        and not (_is_plural(noun) or noun.lower() in _OF_PRONOUNS)
        and not _OF_AFTER.match(body, end)
    )


_AGE_OF = re.compile(r"\bages?[ \t\u00a0]+of[ \t\u00a0]+\Z", re.IGNORECASE)
_AGE_LIMITS = ("under", "over", "above", "below")


def _is_age(body: str, start: int, qm: re.Match[str] | None, n: int, noun: str | None) -> bool:
    """An age limit, not a figure: "under the age of 18", "voters under 35", "those
    over 65"."""
    if n > 120:
        return False
    if body[max(0, start - 4) : start].rstrip().endswith("of") and _AGE_OF.search(
        body, max(0, start - 12), start
    ):
        return True
    if noun is not None or qm is None or _norm(qm.group("q")) not in _AGE_LIMITS:
        return False
    group = _prev_word(body, qm.start())
    return bool(group and group.lower() in PEOPLE_GROUPS)


def _noun_next(body: str, end: int, noun: str) -> bool:
    """The counted noun follows the figure within its phrase, not after an "of"."""
    return (
        _is_plural(noun) and not _OF_AFTER.match(body, end) and body.find(noun, end, end + 30) >= 0
    )


def _or_of_counts(body: str, s: int, prev_low: str) -> bool:
    """After "of" a counted figure stands ("a survey of seven nations"); after "or" it
    closes a range when the figure before "or" is over one ("eight or nine euros")."""
    if prev_low == "of":
        return True
    i = s
    while i > 0 and body[i - 1] in " \t\u00a0":
        i -= 1
    first = _prev_word(body, i - 2) or ""
    if not first and body[i - 3 : i - 2].isdigit():
        return True  # "5 or six people"
    return (small_value(first) or 0) > 1


def _or_range_counts(body: str, om: re.Match[str], value: Decimal) -> bool:
    """ "eight or nine euros", "two or three days": a range, when a unit or a plural
    noun follows the second figure ("one or two" and a bare "two or three" stay vague)."""
    if value <= 1:
        return False
    um = _UNIT.match(body, om.end())
    if um and not um.group("sep").strip() and um.group("sep"):
        return True
    noun = _noun(body, om.end())
    return noun is not None and _noun_next(body, om.end(), noun)


_MONTH_NAMES_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_LIST_BEFORE = re.compile(
    rf"\b{_MONTH_NAMES_RE}[ \t]+[0-3]?\d(?:,[ \t]*[0-3]?\d)*,?[ \t]+(?:and|or|to)[ \t]+\Z"
    rf"|\b{_MONTH_NAMES_RE}[ \t]+[0-3]?\d(?:,[ \t]*[0-3]?\d)*,[ \t]*\Z"
)
_MOVE_WORDS = wordset(
    """by rose risen rise rises fell fall falls fallen cut cuts raised raise raises
    increased increase increases decreased decrease lowered lower dropped drop drops climbed
    jumped slid slipped grew grown shrank widened narrowed moved up down from"""
)
_GLUED_TEMP = re.compile(r"([CF])(?![\w°])")
_TEMP_PAIR = re.compile(r"[ \t]*\([ \t]*-?\d{1,3}(?:\.\d)?[CF]\)")
_TEMP_CONTEXT = re.compile(
    r"temperat|heat|degrees|\bhighs?\b|\blows?\b|warm|cold|freez|thermomet|celsius"
    r"|fahrenheit|hotter|cooler",
    re.IGNORECASE,
)
_OVER_MORE_THAN = wordset(
    "for than after of took take takes taking lasted last lasts lasting spent spend waited wait"
)
_OTHER_AFTER = re.compile(r"[ \t]+other\b")
_SOURCE_COUNT = re.compile(
    r"[ \t]+(?:[A-Za-z.]+[ \t]+){0,2}?(?:people|persons|officials|sources|diplomats|aides"
    r"|insiders)[ \t,]+(?:who (?:spoke|asked|requested|declined|were not|are not)|familiar with"
    r"|close to|briefed on|with (?:direct )?knowledge of|speaking on condition|not authori[sz]ed)",
    re.IGNORECASE,
)
# Who can be counted as the speakers of a sentence: people, not organisations or outlets.
# More speakers than this is no longer a count of the reporter's sources but a figure of
# its own: "Forty-two lawmakers said they would vote against the bill".
_MAX_SPEAKER_COUNT = 12
_AHEAD_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def _counts_speakers(body: str, num: Number, sentences: list[Span], starts: list[int]) -> bool:
    """True when the figure counts the people who speak in its sentence: "Two officials
    said", "Three diplomats, who spoke on condition of anonymity, said", "according to
    two people familiar with the matter", "..., said two officials". The attribution is
    read by extract.attribution, as for sources; "Two officials were killed", "Officials
    said two people died" and "More than 200 doctors said" stay figures."""
    if num.unit is not None or num.qualifier is not None or num.value > _MAX_SPEAKER_COUNT:
        return False
    # Cheap gate: a person noun among the next few words ("two senior U.S. officials").
    words = _AHEAD_WORD.findall(body, num.end, num.end + 60)[:4]
    if not any(is_person(w.lower().rstrip(".")) for w in words):
        return False
    i = bisect_right(starts, num.start) - 1
    if i < 0 or sentences[i][1] < num.end:
        return False
    s, e = sentences[i]
    first = num.text.lower()
    for att in find_attributions(body, body, i, s, e):
        np = att.np
        if (
            np is not None
            and att.span[0] <= num.start < att.span[1]
            and np.head is not None
            and is_person(np.head)
            and (np.det == first or (np.words and np.words[0].lower() == first))
        ):
            return True
    return False


_NUMBER_BEFORE_TO = re.compile(rf"(?:\d|\b(?:{WORDS_PATTERN}))[ \t]+to[ \t]+\Z", re.IGNORECASE)


def _starts_hyphen_range(body: str, s: int) -> bool:
    """ "10-15 people", "20-30%": a hyphenated range before a plural or a percent (a score
    "3-1 win" or a vote "52-48 in the Senate" is not followed by a plural)."""
    m = _HYPHEN_RANGE_RE.match(body, s)
    return bool(m and (m.group(1) is None or _is_plural(m.group(1))))


def _ends_hyphen_range(body: str, s: int) -> bool:
    """Whether the figure at `s` closes a range such as "10-15 people" or "20-30%"."""
    m = _HYPHEN_RANGE_FIRST.search(body, max(0, s - 16), s)
    return bool(m and _starts_hyphen_range(body, m.start())) or from_zero(body, s)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _prev_word(body: str, pos: int) -> str | None:
    """The word just before `pos` (spaces between allowed), or None after punctuation."""
    i = pos
    while i > 0 and body[i - 1] in " \t\u00a0":
        i -= 1
    m = _PREV_WORD.match(body, max(0, i - 39), i)  # bounded: long lines stay linear
    return m.group(1) if m else None


def _sentence_initial(body: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and body[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or body[i] in ".!?\n:;—”"


def _is_phone_part(body: str, s: int, e: int) -> bool:
    before = body[max(0, s - 2) : s]
    after = body[e : e + 2]
    return (len(before) == 2 and before[0].isdigit() and before[1] in " -.") or (
        len(after) == 2 and after[0] in " " and after[1].isdigit()
    )


def _moved_before(body: str, start: int) -> bool:
    """A verb of change before "from": "slowed from 4.8% to 4.7%", "rose from 3 to 5"."""
    i = start
    while i > 0 and body[i - 1] in " \t\u00a0":
        i -= 1
    frm = _prev_word(body, i)
    if not frm or frm.lower() != "from":
        return False
    j = i - len(frm)
    verb = _prev_word(body, j) or ""
    if verb.lower() in ("up", "down", "sharply", "slightly", "further"):
        verb = _prev_word(body, j - len(verb) - 1) or ""
    low = verb.lower()
    return low in MOVED or low in _MOVE_WORDS


def _join_ranges(body: str, nums: list[Number]) -> None:
    """ "10 to 20 people", "between 10 and 20%": the first end takes the noun and unit."""
    for a, b in pairwise(nums):
        gap = body[a.end : b.start]
        lead = _prev_word(body, a.start)
        lead = lead.lower() if lead else ""
        if not _RANGE_GAP.fullmatch(gap) or ("and" in gap and lead != "between"):
            continue
        if a.noun is None:
            a.noun = b.noun
        if a.unit is None and b.unit is not None:
            a.unit = b.unit
        sm = _SCALE.search(b.text)
        scale = sm.group("scale").lower() if sm else ""
        if (
            scale in _RANGE_SCALES
            and not _SCALE.search(a.text)
            and a.value < 1000
            and b.value >= 1000 * a.value
            and a.value * SCALE_SUFFIX[scale] <= b.value
            and a.unit in (None, b.unit)
        ):  # "$2 to $4 million" is two millions, "$200 to $4 million" is not
            a.value = to_value(Decimal(str(a.value)) * SCALE_SUFFIX[scale])
        if lead == "from" and _moved_before(body, a.start):
            continue  # "growth slowed from 4.8% to 4.7%": two figures, not a range
        if a.qualifier is None and b.qualifier is None and lead in ("between", "from"):
            a.qualifier, b.qualifier = "at least", "up to"
        elif (
            a.qualifier is None
            and b.qualifier is None
            and gap.strip() in ("to", "-", "–")
            and a.unit == b.unit
            and a.value < b.value
            and lead not in _MOVE_WORDS
        ):
            # "charges of $210 million to $240 million": a range (but "cut rates by
            # 0.25% to 5%" or "rose 2% to 3%" is a move, not a range).
            a.qualifier, b.qualifier = "at least", "up to"
