"""Dates in the text, resolved against the publication date.

Two precompiled scans (see CAPS and REL) find explicit dates ("August 6", "Dec. 17,
2024", "June 2023", "mid-October", "in 2025", ISO) and relative ones ("on Monday", "last
week", "a month ago", "over the weekend"). A date without a year takes the year that
fits the tense around it (`_tense`, `_pick_day`, `_pick_month_year`). Without a
publication date, anything that needs one stays unresolved (`resolved` None): we never
resolve against today.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, islice
from typing import Literal

from dateutil.relativedelta import relativedelta

from claimdesk.extract.counted_nouns import _is_plural, _noun
from claimdesk.extract.date_cues import (
    FIXED_HOLIDAYS,
    MORE_HOLIDAYS,
    MOVING_HOLIDAYS,
    SEASONS,
    SPELLED_YEAR,
    YEAR_MODIFIER_BEFORE,
    adjectival_participle,
    called_off_day,
    edition_day,
    forward_to,
    generic_today,
    holiday_time,
    last_weekday_back,
    second_day,
    singular_next,
    spelled_year,
    weekday_dated,
    words_after,
    year_modifier,
    year_phrase,
    year_word_day,
)
from claimdesk.extract.date_cues import NUM_WORDS as _NUM_WORDS
from claimdesk.extract.document import Span
from claimdesk.extract.number_words import wordlist, wordset
from claimdesk.extract.record import DateRef
from claimdesk.extract.scan_starts import REL_STARTS, scan_words
from claimdesk.extract.textscan import by_first_char, by_first_letter, fold, opens_run

Precision = Literal["day", "week", "month", "year", "season", "decade"]
Tense = Literal["past", "future"] | None

MONTHS = {
    name: i + 1
    for i, name in enumerate(
        wordlist(
            "January February March April May June July August September October November December"
        )
    )
}
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9}
_ABBR |= {"Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = {
    name: i
    for i, name in enumerate(wordlist("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))
}

_FULL = "|".join(MONTHS)
_AB = "|".join(sorted(_ABBR, key=len, reverse=True))
_MON = rf"(?:{_FULL}|(?:{_AB})\.|(?:{_AB})(?=[ \t\u00a0]+\d))"
_WD = "|".join(WEEKDAYS)
_YR = r"(?:1[89]|20)\d\d"
_S = r"[ \t\u00a0]"
_AGO_N = "|".join(sorted(map(re.escape, _NUM_WORDS), key=len, reverse=True))

# Two scans, each fast because every match must begin with a character the regex engine
# can jump to. CAPS (case-sensitive, on the body) starts at a capitalised month or
# weekday or at a digit; modifiers before it ("early", "mid-", "last", "the end of") are
# read backwards by `_modifier`. REL runs on the folded text (extract.textscan), where
# every alternative starts with a space: relative dates and seasons.
CAPS = re.compile(
    rf"""
    (?P<iso>{_YR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w-]))
  | (?P<numeric>(?P<na>[0-3]?\d)(?P<nsep>[/.])(?P<nb>[0-3]?\d)(?P=nsep)(?P<ny>{_YR})
        (?![\w/-]|\.\d))
  | (?P<yrange>(?P<ya>{_YR})[-–](?P<yb>{_YR}|\d\d)(?![\w%/:-]|[.,]\d))
  | (?P<mdy>(?:(?:{_WD}),?{_S}+)?(?P<m1>{_MON}){_S}+(?P<d1>[1-3]?\d)(?:st|nd|rd|th)?
        (?![\w]|,\d|\.\d)(?:,?{_S}+(?P<y1>{_YR})(?![\w-]))?)
  | (?P<dmy>(?:(?:{_WD}),?{_S}+)?(?P<d2>[1-3]?\d)(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?
        (?P<m2>{_MON})(?:,?{_S}+(?P<y2>{_YR})(?![\w-]))?)
  | (?P<my>(?P<m5>{_MON}),?{_S}+(?:of{_S}+)?(?P<y5>{_YR})(?![\w-]))
  | (?P<wdrel>(?P<wd>{_WD}))\b
  | (?P<holiday>Christmas(?:{_S}+(?:Day|Eve))?|New{_S}+Year['’]s{_S}+(?:Day|Eve)|Halloween
        |Valentine['’]s{_S}+Day|Thanksgiving(?:{_S}+Day)?|Easter(?:{_S}+(?:Sunday|Day|Monday))?
        |Memorial{_S}+Day|Veterans['’]?{_S}+Day)\b
  | (?P<decade>(?P<dy>(?:1[89]|20)\d)0s)\b
  | (?P<month>(?P<m7>{_FULL}))(?![\w-])
  | (?P<year>{_YR})(?![\w%/:-]|,\d|\.\d)
    """,
    re.VERBOSE,
)
# Where a CAPS match can start: a digit or a month's, weekday's or holiday's first three
# letters (a regex that opens on them; every [_CAPS_CHARS]\w* word was found before),
# where that opens its run of word characters (textscan.opens_run).
_CAPS_CHARS = "JFMASONDTWCHVE0123456789"
_CAPS_PREFIXES = [w[:3] for w in [*MONTHS, *WEEKDAYS, *wordlist("Chr New Hal Val Tha Eas Mem Vet")]]
_CAPS_START = re.compile(by_first_char(_CAPS_PREFIXES, "0-9") + r"\w*")
# Holidays whose first letter CAPS does not start at (more letters there would cost every
# capitalised word a look): found by one plain scan when their names are in the text.
_MORE_HOLIDAYS = re.compile(rf"(?:{MORE_HOLIDAYS.replace(' ', _S + '+')})\b")
_MORE_HOLIDAY_WORDS = ("Boxing", "Good Friday", "Labor Day", "Remembrance", "Independence")
# Every _MORE_HOLIDAYS match holds one of these: two finds that most articles fail first.
MORE_HOLIDAY_NEEDS = ("Day", "Good")
_YF = r"(?:1[89]|20)\d\d"
_REL_AT = "(?=" + by_first_letter(REL_STARTS) + ")"
REL = re.compile(
    rf"""\ {_REL_AT}(?:
    (?P<day>yesterday|today|tonight|tomorrow|last\ +night|this\ +(?:morning|afternoon|evening))\b
  | (?P<weekend>(?:over|during|at|on)\ +the\ +weekend|(?:last|this|next|this\ +past)\ +weekend)\b
  | (?P<rel>(?P<rmod>last|this|next)\ +(?P<runit>week|month|year))\b
  | (?P<ago>(?P<an>\d+|{_AGO_N}|a\ +few|several|a\ +couple\ +of|few)
        \ +(?P<au>days?|weeks?|months?|years?|decades?)\ +ago)\b
  | (?P<yphrase>the\ +(?:current\ +)?fiscal\ +year|the\ +past\ +year
        |(?:earlier|later)\ +(?:in\ +the|this)\ +year|a\ +year\ +earlier|the\ +year\ +before
        |year[-\ ]end)\b
  | (?P<wyear>{SPELLED_YEAR})\b(?!-)
  | (?P<season>(?:(?P<smod>last|this|next|early|late|mid)[\ -]+)?
        (?P<sname>spring|summer|autumn|fall|winter)(?:\ +(?:of\ +)?(?P<sy>{_YF})(?![\w-]))?)\b
    )""",
    re.VERBOSE,
)
# Characters that may not stand just before a CAPS match of each kind (besides letters
# and digits): "$2024", "3.2024", "F-1990" are not dates.
_LEFT_GUARD = {
    "iso": ".-",
    "numeric": ".-/$£€",
    "yrange": "$£€.,/:-_",
    "dmy": ".,$£€",
    "decade": "$£€.,-",
    "year": "$£€.,/:-_",
}
_SPAN_MODS = frozenset(["early", "mid", "late", "end of", "beginning of", "start of", "middle of"])
_ALLOWED_MODS = {
    "my": _SPAN_MODS,
    "year": _SPAN_MODS,
    "month": _SPAN_MODS | {"last", "this", "next", "past", "this past"},
    "wdrel": frozenset(["last", "this", "next", "this past", "this coming"]),
}
_MODIFIERS = wordset("early mid late last this next past coming")
_OF_MODIFIERS = wordset("end beginning start middle")

_MONTH_CUES = wordset(
    """in since until till by from through throughout during early mid late last next this for
    of before after between and to on around starting beginning ending end or"""
)
_YEAR_CUES = wordset(
    """in since until till by from through throughout during of before after between
    around early late mid end year fiscal fy spring summer autumn fall winter circa
    starting beginning"""
)
_YEAR_NEAR = re.compile(r"(?<![\w,.])(?:1[89]|20)\d\d\b")
_WEEKDAY_NAMES_BEFORE = wordset(
    "black cyber good easter ash super blue bloody holy maundy shrove whit palm giving each every"
)
_WEEKDAY_NAMES_AFTER = wordset(
    "Times Telegraph Express Mirror Herald Post Night Morning Club Mail Review Independent "
    "Star People Sport World Service Show"
)
_FUTURE = wordset(
    """will would 'll shall ahead upcoming next scheduled due expected slated plans planned plan
    planning going coming forthcoming should soon await awaits awaiting expects intends intend
    forecast forecasts predicted pencilled penciled
    wo won't
    proposed tomorrow takes begins starts opens reopens closes ends expires arrives meets
    resumes returns visits travels heads hosts faces launches payable effective expire
    expiring matures mature maturing redeemable meet convene convenes reconvene reconvenes
    gather gathers go goes run runs play plays kick kicks open close begin start end resume
    return arrive visit travel launch vote votes sit sits hears debates decides take"""
)
_PAST = wordset(
    """said told was were had did ago earlier announced reported began begun started
    happened took came went saw held met won lost killed since previously already left sent
    made gave died fell rose signed launched brought bought sought fought caught taught thought
    found stood spent built kept felt paid struck became grew knew threw flew drew wrote spoke
    broke chose froze stole drove rode ran sank swam shook forgot hid bit fled led sold told
    wore tore swore won hung dug slept swept wept lent bent sent meant dealt"""
)
_ADJ_BEFORE = wordset("on of the a an for with from to in at its their his her our these those")
_ATTRIBUTION = wordset("said says told tells announced reported added stated wrote")
_NOT_PAST_ED = wordset(
    "need based armed named called alleged united red bed speed seed feed indeed hundred"
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# The word before a place (_prev_word): as extract.numbers._PREV_WORD, without "&" and
# with no break at a no-break space.
_PREV_WORD = re.compile(r"(?:.*[ \n\t])?[^A-Za-z]*([A-Za-z][\w'’.-]*)\Z", re.DOTALL)
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][\w'’-]*)")


# A guard for pathological input: no article holds this many dates; past it, the rest of
# a document is not read (keeps a megabyte of "on Monday on Monday ..." under a second).
MAX_CANDIDATES = 10_000
LAZY_FROM = 200_000
"""Characters from which the candidates are merged as they come rather than sorted in
one list (the same order: both are stable), which held six times a long article."""


def find_dates(body: str, sentences: list[Span], published: dt.date | None) -> list[DateRef]:
    """Every date reference in `body`, resolved against `published` where possible."""
    # Three scans, each in text order; on a long article merged as they come (stable,
    # as the sort), since a list of every candidate's match held six times its size.
    scans = [_caps_hits(body), _rel_hits(body)]
    if any(w in body for w in MORE_HOLIDAY_NEEDS) and any(w in body for w in _MORE_HOLIDAY_WORDS):
        holidays = ((m.start(), m.end(), "holiday", m) for m in _MORE_HOLIDAYS.finditer(body))
        scans.insert(1, holidays)
    if len(body) < LAZY_FROM:  # a sort in C is quicker for a news article's few dozen
        hits: Iterable[_Hit] = sorted(chain.from_iterable(scans), key=_hit_order)
    else:
        hits = heapq.merge(*scans, key=_hit_order)
    out: list[DateRef] = []
    starts = [s for s, _ in sentences]
    last_end = 0
    for s, e, kind, m in islice(hits, MAX_CANDIDATES):
        if s < last_end:
            continue
        try:
            ref = _read(body, kind, m, s, e, published, sentences, starts)
        except (OverflowError, ValueError):  # "99999 days ago", a publication in year 1
            ref = _read(body, kind, m, s, e, None, sentences, starts)
        if ref is not None:
            out.append(ref)
            last_end = ref.end
            if kind == "mdy" and (more := second_day(body, ref)) is not None:
                out.append(more)  # "April 24 and 25": the 25th as well
                last_end = more.end
    return out


_Hit = tuple[int, int, str, re.Match[str]]


def _hit_order(hit: _Hit) -> tuple[int, int]:
    return hit[0], -hit[1]


def _caps_hits(body: str) -> Iterator[_Hit]:
    """Months, weekdays, holidays, years and numeric dates (CAPS), in text order."""
    pos = 0
    for c in _CAPS_START.finditer(body):
        s = c.start()
        if (
            s < pos
            or (body[s].isdigit() and c.end() - s > 5)
            or not opens_run(body, s, _CAPS_CHARS)
        ):
            continue
        m = CAPS.match(body, s)
        if m is None:
            continue
        pos = m.end()
        kind = m.lastgroup if m.lastgroup in _KINDS else _kind(m)
        if s and kind in _LEFT_GUARD:
            c = body[s - 1]
            if (c.isalnum() or c in _LEFT_GUARD[kind]) and not (
                c == "-" and kind == "year" and _modifier(body, s)
            ):
                continue
        elif s and body[s - 1].isalnum():
            continue  # "CyberMonday"
        yield (s, m.end(), kind, m)


def _rel_hits(body: str) -> Iterator[_Hit]:
    """Relative dates and seasons (REL, on the folded text), in text order."""
    for m in scan_words(REL, fold(body)):
        kind = m.lastgroup if m.lastgroup in _KINDS else _kind(m)
        yield (m.start(kind) - 1, m.end(kind) - 1, kind, m)


def _modifier(body: str, s: int) -> tuple[int, str] | None:
    """A modifier just before a month, weekday or year: ("early", start) etc."""
    if body[s - 1 : s] == "-":
        w = _prev_word(body, s - 1)
        if w and w.lower() in ("mid", "early", "late"):
            return s - 1 - len(w), w.lower()
        return None
    w = _prev_word(body, s)
    if not w:
        return None
    low = w.lower()
    ws = body.rfind(w, max(0, s - 60), s)
    if low in _MODIFIERS:
        if low in ("past", "coming"):
            w2 = _prev_word(body, ws)
            if w2 and w2.lower() == "this":
                return body.rfind(w2, max(0, ws - 60), ws), "this " + low
            return (ws, low) if low == "past" else None
        return ws, low
    if low == "of":
        w2 = _prev_word(body, ws)
        if w2 and w2.lower() in _OF_MODIFIERS:
            ws2 = body.rfind(w2, max(0, ws - 60), ws)
            w3 = _prev_word(body, ws2)
            if w3 and w3.lower() == "the":
                ws2 = body.rfind(w3, max(0, ws2 - 60), ws2)
            return ws2, w2.lower() + " of"
    return None


def _read(
    body: str,
    kind: str,
    m: re.Match[str],
    s: int,
    e: int,
    pub: dt.date | None,
    sentences: list[Span],
    starts: list[int],
) -> DateRef | None:
    """One scanned candidate as a DateRef, or None when it is not a date here: each kind
    of date is resolved against the publication date by its own reader."""
    mod: str | None = None
    if kind in ("my", "month", "year", "wdrel"):
        found = _modifier(body, s)
        if found is not None:
            ms, mod = found
            if mod not in _ALLOWED_MODS[kind]:
                mod = None
            else:
                s = ms

    def ref(resolved: str | None, precision: Precision | None) -> DateRef:
        return DateRef(text=body[s:e], resolved=resolved, precision=precision, start=s, end=e)

    def tense() -> Tense:
        return _tense(body, s, e, sentences, starts)

    if kind == "iso":
        try:
            return ref(dt.date.fromisoformat(body[s:e]).isoformat(), "day")
        except ValueError:
            return None
    if kind == "numeric":
        return _numeric(m, ref, pub)
    if kind == "yrange":
        return _year_range(body, m, s, e, ref)
    if kind in ("mdy", "dmy"):
        return _month_day(body, m, s, e, pub, ref, tense)
    if kind == "my":
        return ref(f"{m.group('y5')}-{_month(m.group('m5')):02d}", "month")
    if kind == "month":
        return _month_alone(body, m, s, pub, mod, ref, tense)
    if kind == "year":
        if mod is None and not _year_cue(body, s, e):
            return None
        return ref(m.group("year"), "year")
    if kind == "season":
        return _season(m, pub, ref, tense)
    if kind == "wdrel":
        return _weekday(body, m, s, e, pub, mod, ref, tense)
    if kind == "day":
        if generic_today(body, s, e):
            return None  # "today's youth", "the Today programme"
        if pub is None:
            return ref(None, "day")
        word = " ".join(body[s:e].lower().split())
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return ref((pub + dt.timedelta(days=offset)).isoformat(), "day")
    if kind == "holiday":
        return _holiday(body, s, e, pub, ref, tense)
    if kind == "weekend":
        return _weekend(body, s, e, pub, ref, tense)
    if kind == "rel":
        return _relative(m, pub, ref)
    if kind == "wyear":
        year = spelled_year(body[s:e])
        return ref(str(year), "year") if year and _year_cue(body, s, e) else None
    if kind == "yphrase":
        return ref(year_phrase(body[s:e], pub), "year")
    if kind == "ago":
        return _ago(m, pub, ref)
    if kind == "decade":
        if not _year_cue(body, s, e, decade=True):
            return None
        return ref(m.group("dy") + "0s", "decade")
    return None


def _month_day(
    body: str, m: re.Match[str], s: int, e: int, pub: dt.date | None, ref, tense
) -> DateRef | None:
    """ "December 16" / "16 December (2024)": without a year, the one the tense and the
    publication date point to (a deadline, "by March 1", is in the future)."""
    month = _month(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("y1") or m.group("y2")
    if not 1 <= day <= 31:
        return None
    if year:
        try:
            return ref(dt.date(int(year), month, day).isoformat(), "day")
        except ValueError:
            return None
    if pub is None:
        return ref(None, "day")
    if (named := weekday_dated(body, s, e, pub, month, day, ref)) is not None:
        return named  # "Monday, Oct. 26", "Jan. 23, a Saturday": the year it is that day
    if (named := year_word_day(body, s, e, pub, month, day)) is not None:
        return named  # "3 October last year": one date, that year's
    t = "future" if _deadline(body, s, e, _prev_word(body, s)) else tense()
    cand = edition_day(body, s, pub, month, day) or _pick_day(pub, month, day, t)
    return ref(cand.isoformat() if cand else None, "day")


def _month_alone(
    body: str, m: re.Match[str], s: int, pub: dt.date | None, mod: str | None, ref, tense
) -> DateRef | None:
    """ "last March", "in June": a month of the year its modifier or tense points to; a
    bare month name needs a cue ("in May") to be a date, not a name."""
    month = MONTHS[m.group("m7")]
    if mod == "this" and pub is not None and (t_this := tense()) != "future":
        return ref(f"{pub.year}-{month:02d}", "month")  # "this September": this year's
    if mod == "this" and pub is not None:
        return ref(f"{_pick_month_year(pub, month, t_this)}-{month:02d}", "month")
    if mod in ("last", "this", "next", "past", "this past"):
        t: Tense = (
            "past"
            if mod in ("last", "past", "this past")
            else "future"
            if mod == "next"
            else tense()
        )
        if pub is None:
            return ref(None, "month")
        strict = mod in ("last", "past", "next", "this past")
        return ref(f"{_pick_month_year(pub, month, t, strict=strict)}-{month:02d}", "month")
    if mod is None and not _month_cue(body, s, may=month == 5):
        return None
    return ref(_month_iso(pub, month, tense()), "month")


def _weekday(
    body: str,
    m: re.Match[str],
    s: int,
    e: int,
    pub: dt.date | None,
    mod: str | None,
    ref,
    tense,
) -> DateRef | None:
    """ "on Monday", "last Friday", "this coming Sunday": the day of the week before or
    after publication its modifier or tense says; not in a name ("Black Friday")."""
    wd = WEEKDAYS[m.group("wd")]
    prev = _prev_word(body, s)
    if prev and prev.lower() in _WEEKDAY_NAMES_BEFORE and not mod:
        return None  # Black Friday, Bloody Sunday, each Thursday
    nxt = _NEXT_WORD.match(body, e)
    if nxt and nxt.group(1) in _WEEKDAY_NAMES_AFTER:
        return None  # Sunday Times, Monday Night Football
    if prev and prev.lower() == "on" and body[max(0, s - 8) : s].lower().startswith("mail"):
        return None
    if pub is None:
        return ref(None, "day")
    if mod == "last":
        delta = last_weekday_back(pub.weekday(), wd)
        return ref((pub - dt.timedelta(days=delta)).isoformat(), "day")
    if mod == "next":
        delta = (wd - pub.weekday()) % 7 or 7
        return ref((pub + dt.timedelta(days=delta)).isoformat(), "day")
    if mod is None and (off := called_off_day(body, s, e, pub, wd)) is not None:
        return ref(off.isoformat(), "day")  # "a hearing listed for Friday was vacated"
    if mod == "this past":
        t = "past"
    elif mod == "this coming":
        t = "future"
    elif _deadline(body, s, e, prev):
        t = "future"  # "a briefing by Friday": a deadline ("By Friday it had spread")
    else:
        t = tense()
    if t == "future":
        day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    else:
        day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    return ref(day.isoformat(), "day")


def _holiday(body: str, s: int, e: int, pub: dt.date | None, ref, tense) -> DateRef | None:
    """ "Christmas Day", "on Easter": a fixed or moving holiday of the year the tense points
    to; "Christmas shopping" is not a date."""
    name = " ".join(body[s:e].replace("’", "'").split())
    if not (
        name.endswith(("Day", "Eve", "Sunday", "Monday", "Friday"))
        or _prev_word_in(body, s, _HOLIDAY_CUES)
        or holiday_time(body, s, e)  # "before the Thanksgiving break"
    ):
        return None  # "Christmas shopping" is not a date
    if pub is None:
        return ref(None, "day")
    name = name.replace("Veterans'", "Veterans")
    moving = _MOVING.get(name) or _MOVING.get(name.split()[0])
    if moving is not None:
        cand = _pick_moving(pub, moving, tense())
    else:
        month, day = FIXED_HOLIDAYS[name]
        cand = _pick_day(pub, month, day, tense())
    return ref(cand.isoformat() if cand else None, "day")


def _weekend(body: str, s: int, e: int, pub: dt.date | None, ref, tense) -> DateRef | None:
    """ "last weekend", "this weekend", "over the weekend": the Saturday it starts on."""
    if pub is None:
        return ref(None, "day")
    words = body[s:e].lower().split()
    wd = pub.weekday()
    if words[0] == "next":
        day = pub + dt.timedelta(days=(5 - wd) % 7 or 7)
        if wd >= 5:
            day += dt.timedelta(days=7)
    elif (words[0] == "this" and words[1] != "past" and tense() != "past") or (
        words[0] in ("over", "during", "at", "on") and tense() == "future"
    ):
        day = pub + dt.timedelta(days=(5 - wd) % 7) if wd != 6 else pub - dt.timedelta(1)
    else:
        day = pub - dt.timedelta(days=(wd - 5) % 7)
        if words[0] == "last" and wd >= 5:
            day -= dt.timedelta(days=7)
    return ref(day.isoformat(), "day")


def _relative(m: re.Match[str], pub: dt.date | None, ref) -> DateRef | None:
    """ "last week", "next month", "this year": the week (its Monday), month or year."""
    unit = m.group("runit")
    step = {"last": -1, "this": 0, "next": 1}[m.group("rmod")]
    precision: Precision = "week" if unit == "week" else unit  # type: ignore[assignment]
    if pub is None:
        return ref(None, precision)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return ref(monday.isoformat(), "week")
    if unit == "month":
        d = pub + relativedelta(months=step)
        return ref(f"{d.year}-{d.month:02d}", "month")
    return ref(str(pub.year + step), "year")


def _numeric(m: re.Match[str], ref, pub: dt.date | None) -> DateRef | None:
    """12/17/2024 (month first, the US order) unless the first number is over 12
    (17/12/2024); 17.12.2024 is always day first. When both orders make a date
    (03/11/2024), the one nearer the publication date wins (US order without one)."""
    a, b, year = int(m.group("na")), int(m.group("nb")), int(m.group("ny"))
    readings = [(b, a)] if m.group("nsep") == "." else [(a, b), (b, a)]
    days = []
    for month, day in readings:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    best = days[0]
    if pub is not None and len(days) == 2:
        best = min(days, key=lambda d: abs((d - pub).days))
    return ref(best.isoformat(), "day")


def _year_range(body: str, m: re.Match[str], s: int, e: int, ref) -> DateRef | None:
    """ "2019-2021" (an ISO interval "2019/2021", precision year); "2023-24" needs a
    time word before it, as a bare year does (a score or code is not a date)."""
    first, tail = int(m.group("ya")), m.group("yb")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 30:
        return None
    if len(tail) == 2 and not _year_cue(body, s, e):
        return None
    return ref(f"{first}/{last}", "year")


_KINDS = wordset(
    "iso numeric yrange mdy dmy my season wdrel holiday day weekend rel ago decade month year"
    " yphrase wyear"
)


def _thanksgiving(year: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _easter_sunday(year: int) -> dt.date:
    from dateutil.easter import easter

    return easter(year)


_MOVING = {"Thanksgiving": _thanksgiving, "Easter": _easter_sunday} | MOVING_HOLIDAYS


def _pick_moving(pub: dt.date, day_of, tense: Tense) -> dt.date | None:
    """A moving holiday: this year's, or the nearest one the tense points to."""
    cands = [day_of(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "future":
        return min(c for c in cands if c >= pub)
    past = [c for c in cands if c <= pub]
    if tense is None:
        soon = [c for c in cands if pub < c <= pub + dt.timedelta(days=31)]
        if soon:
            return soon[0]
    return max(past) if past else None


_HOLIDAY_CUES = wordset("before after at by until till over since on for of around during")


def _prev_word_in(body: str, s: int, words: frozenset[str]) -> bool:
    w = _prev_word(body, s)
    return bool(w) and w.lower() in words


def _kind(m: re.Match[str]) -> str | None:
    for k in _KINDS:
        if m.group(k) is not None:
            return k
    return None


def _month(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.get(word) or _ABBR[word]


def _prev_word(body: str, pos: int) -> str | None:
    """The word before `pos` (spaces and a comma between allowed), without a final dot."""
    i = pos
    while i > 0 and body[i - 1] in " \t\u00a0,":
        i -= 1
    m = _PREV_WORD.match(body, max(0, i - 39), i)  # bounded: long lines stay linear
    return m.group(1).rstrip(".") if m else None


def _month_cue(body: str, s: int, *, may: bool = False) -> bool:
    """A bare month name is a date only after a time word ("in June", "since March")."""
    prev = _prev_word(body, s)
    if prev is None:
        return False
    low = prev.lower()
    if may and low in ("and", "or", "to", "theresa"):
        return False
    return low in _MONTH_CUES


def _year_cue(body: str, s: int, e: int, *, decade: bool = False) -> bool:
    """A bare four-digit number is a year after a time word and not before a plural noun."""
    noun = _noun(body, e)
    if noun is not None and _is_plural(noun) and not decade and not singular_next(body, e):
        before = _prev_word(body, s)
        # "in 2000 cases" is a count, "its 2031 notes" a year
        return bool(before and before.lower() in YEAR_MODIFIER_BEFORE - {"due", "whose"})
    if body[s - 1 : s] == "(" and body[e : e + 1] == ")":
        return True
    prev = _prev_word(body, s)
    if prev is None:
        return False
    low = prev.lower()
    if low in _YEAR_CUES or prev in MONTHS:
        return True
    if (modifies := year_modifier(prev, body, e)) is not None:
        return modifies  # "his 1996 campaign", "bonds due 2031", "the council's 2019 plan"
    if low in ("and", "to", "or", "through") and _YEAR_NEAR.search(body, max(0, s - 16), s):
        return True  # "from 2019 to 2021", "in 2019 and 2020" (not "rose to 1950")
    if low == "the":
        nxt = _NEXT_WORD.match(body, e)
        return decade or bool(nxt and nxt.group(1)[0].islower())
    return False


def _sentence(body: str, s: int, sentences: list[Span], starts: list[int]) -> Span:
    i = bisect_right(starts, s) - 1
    if 0 <= i < len(sentences) and sentences[i][1] >= s:
        return sentences[i]
    lo, hi = max(0, s - 1000), min(len(body), s + 1000)  # bounded on endless lines
    ss = body.rfind("\n", lo, s) + 1 or lo
    se = body.find("\n", s, hi)
    return ss, hi if se < 0 else se


def _tense(body: str, s: int, e: int, sentences: list[Span], starts: list[int]) -> Tense:
    """Past or future from the nearest cue word before the date, else just after it."""
    ss, se = _sentence(body, s, sentences, starts)
    before_all = _WORD.findall(body, max(ss, s - 250), s)
    before = before_all[-8:]
    for i in range(len(before) - 1, -1, -1):
        if before[i].lower() == "set" and i + 1 < len(before) and before[i + 1] in ("for", "to"):
            return "future"  # "set for November 4" (but "set up in February" is past)
        if before[i].lower() == "time" and i + 1 < len(before) and before[i + 1] == "for":
            return "future"  # "in time for the May 6 primary"
        if forward_to(before, i):
            return "future"  # "is to strike on", "was extended to Oct. 20"
        if i and adjectival_participle(before[i], before[i - 1]):
            continue  # "a service planned for Saturday was cancelled": the verb decides
        t = _cue(before[i])
        if t == "past" and i and before[i - 1].lower() in ("be", "being"):
            continue  # "will be held": the participle does not set the tense
        if t == "past" and i and before[i - 1].lower() in _ADJ_BEFORE and before[i] not in _PAST:
            continue  # "tariffs on imported steel": an adjective, not a past verb
        if t:
            return t
    after = words_after(body, e, se)  # up to the next clause (", and extended ...")
    for w in after:
        if w.lower() in _ATTRIBUTION or w.lower() == "since":
            continue  # "on March 1, the ministry said"; "on Dec. 9, its first since 2012"
        t = _cue(w)
        if t:
            return t
    # Nothing near: the nearest cue earlier in the sentence ("We will start ... on Monday")
    early = before_all[-41:-8]
    for i in range(len(early) - 1, 0, -1):
        t = _cue(early[i])
        if t == "past" and early[i - 1].lower() in _ADJ_BEFORE and early[i] not in _PAST:
            continue
        if t:
            return t
    # No tense word near: "until"/"by" before the date lean to the future ("repairs last
    # until June"), but only as a last resort ("searched until June" is past).
    if any(w.lower() in ("until", "till", "by") for w in before[-3:]):
        return "future"
    return None


@lru_cache(maxsize=8192)
def _cue(word: str) -> Tense:
    low = word.lower().replace("’", "'")
    if low in _FUTURE or low.endswith("'ll"):
        return "future"
    if low in _PAST:
        return "past"
    if low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST_ED and word[0].islower():
        return "past"
    return None


_DEADLINE_WORDS = wordset("by until till")
_PAST_AUX = wordset("had was were been did")
_BEFORE_FORWARD = wordset(
    "can cannot can't must mustn't need needs want wants hope hopes aim aims try tries intend"
)
_CLAUSE_START = re.compile(r"[.!?;:\"“\n]")


def _deadline(body: str, s: int, e: int, prev: str | None) -> bool:
    """ "by Friday", "until Jan. 15", "gave them until May 6": a deadline lies ahead,
    unless the clause is plainly past ("had spread by Friday", "was shut until June 3").
    "before Friday" is one only in a clause that looks ahead ("we cannot clear it before
    Friday", "crews must leave before Friday"; "it sank before Friday" is not)."""
    if not prev:
        return False
    low = prev.lower()
    if low != "before" and low not in _DEADLINE_WORDS:
        return False
    lo = max(0, s - 120)
    cut = max((m.end() for m in _CLAUSE_START.finditer(body, lo, s)), default=lo)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(body, cut, s)]
    ahead = any(w in _BEFORE_FORWARD or _cue(w) == "future" for w in words)
    if low == "before" and not ahead:
        return False
    if any(w.lower() in _PAST_AUX for w in _WORD.findall(body, max(0, s - 60), s)[-4:-1]):
        return False
    # "must be done by Friday, Sorvik said": in a clause that looks ahead, the speech
    # verb after the date dates the saying, not the deadline.
    return not _past_after(body, e, skip_speech=ahead)


def _past_after(body: str, e: int, *, skip_speech: bool = False) -> bool:
    """A past verb in the few words after `e`, within its sentence."""
    clause = re.split(r"[.!?\n]", body[e : e + 40], maxsplit=1)[0]
    words = _WORD.findall(clause)[:4]
    if skip_speech:
        words = [w for w in words if w.lower() not in _ATTRIBUTION]
    return any(_cue(w) == "past" for w in words)


def _pick_day(pub: dt.date, month: int, day: int, tense: Tense) -> dt.date | None:
    """The year for a month and day: future cues look ahead, past cues back, else the
    nearest past date unless the day lies within the coming month."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if tense == "future":
        ahead = [c for c in cands if c >= pub]
        return min(ahead) if ahead else None
    past = [c for c in cands if c <= pub]
    if tense is None:
        # No tense word: a date within the coming month is upcoming, and so is one within
        # three months when the past one would be more than half a year back.
        last = max(past) if past else None
        soon = [c for c in cands if pub < c <= pub + dt.timedelta(days=92)]
        if soon and (
            soon[0] <= pub + dt.timedelta(days=31) or last is None or (pub - last).days > 183
        ):
            return soon[0]
    return max(past) if past else None


def _pick_month_year(pub: dt.date, month: int, tense: Tense, *, strict: bool = False) -> int:
    """The year for a month with no year: same rules as `_pick_day`, by whole months."""
    here = pub.year * 12 + pub.month - 1
    cands = [(y, y * 12 + month - 1) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "future":
        return min(y for y, k in cands if (k > here if strict else k >= here))
    if tense is None:
        soon = [(y, k) for y, k in cands if here < k <= here + 3]
        if soon and (soon[0][1] <= here + 1 or here - (soon[0][1] - 12) > 6):
            return soon[0][0]
    return max(y for y, k in cands if (k < here if strict else k <= here))


def _month_iso(pub: dt.date | None, month: int, tense: Tense) -> str | None:
    if pub is None:
        return None
    return f"{_pick_month_year(pub, month, tense)}-{month:02d}"


def _season(m: re.Match[str], pub: dt.date | None, ref, tense) -> DateRef | None:
    mod = (m.group("smod") or "").lower()
    season = m.group("sname").lower().replace("fall", "autumn")
    start_month = SEASONS[season]
    if m.group("sy"):
        return ref(f"{m.group('sy')}-{season}", "season")
    if mod not in ("last", "this", "next"):
        return None  # "summer" alone is too often not a date
    if pub is None:
        return ref(None, "season")
    # Seasons as (start, end) month indices; winter runs December to February.
    here = pub.year * 12 + pub.month - 1
    spans = [
        (y, y * 12 + start_month - 1) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)
    ]
    if mod == "last":
        done = [(y, k) for y, k in spans if k + 2 < here]
        y = max(done, key=lambda t: t[1])[0]
    elif mod == "next":
        y = min((t for t in spans if t[1] > here), key=lambda t: t[1])[0]
    else:
        cur = [(y, k) for y, k in spans if k <= here <= k + 2]
        if cur:
            y = cur[0][0]
        else:
            t = tense()
            pool = [p for p in spans if (p[1] > here if t != "past" else p[1] + 2 < here)]
            y = (min if t != "past" else max)(pool, key=lambda p: p[1])[0]
    return ref(f"{y}-{season}", "season")


def _ago(m: re.Match[str], pub: dt.date | None, ref) -> DateRef | None:
    unit = m.group("au").lower().rstrip("s")
    raw = " ".join(m.group("an").lower().split())
    n = int(raw) if raw.isdigit() else _NUM_WORDS.get(raw)
    precision: Precision = {"day": "day", "week": "week", "month": "month"}.get(unit, "year")  # type: ignore[assignment]
    if unit == "decade":
        precision = "decade"
    years = {
        "day": (n or 0) / 365,
        "week": (n or 0) / 52,
        "month": (n or 0) / 12,
        "decade": (n or 0) * 10,
    }.get(unit, n or 0)
    if n is None:
        return None  # "a few days ago": no date to give, so not listed
    if pub is None or years >= pub.year:
        return ref(None, precision)
    if unit == "day":
        return ref((pub - dt.timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        d = pub - dt.timedelta(weeks=n)
        return ref((d - dt.timedelta(days=d.weekday())).isoformat(), "week")
    if unit == "month":
        d = pub - relativedelta(months=n)
        return ref(f"{d.year}-{d.month:02d}", "month")
    if unit == "decade":
        return ref(f"{pub.year - 10 * n:04d}"[:3] + "0s", "decade")
    return ref(f"{pub.year - n:04d}", "year")
