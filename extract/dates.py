"""Dates in the text, resolved against the publication date.

One precompiled alternation finds explicit dates ("August 6", "Dec. 17, 2024", "June
2023", "mid-October", "in 2025", ISO) and relative ones ("on Monday", "last week", "a
month ago", "over the weekend"). A date without a year takes the year that fits the
tense around it (see `_pick_year`). Without a publication date, anything that needs
one stays unresolved (`resolved` None): we never resolve against today.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Literal

from dateutil.relativedelta import relativedelta

from extract.document import Span
from extract.number_words import wordlist, wordset
from extract.numbers import _is_plural, _noun
from extract.record import DateRef

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
_NUM_WORDS = {
    "a": 1,
    "an": 1,
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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "a hundred": 100,
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_FULL = "|".join(MONTHS)
_AB = "|".join(sorted(_ABBR, key=len, reverse=True))
_MON = rf"(?:{_FULL}|(?:{_AB})\.|(?:{_AB})(?=[ \t\u00a0]+\d))"
_WD = "|".join(WEEKDAYS)
_YR = r"(?:1[89]|20)\d\d"
_S = r"[ \t\u00a0]"
_AGO_N = "|".join(sorted(map(re.escape, _NUM_WORDS), key=len, reverse=True))

# Every alternative starts a word: the leading guard lets `re` skip the other positions at
# once (6x faster than trying the whole alternation at each character) and keeps "fall"
# in "Rainfall" or "mid October" in "amid October" from being dates.
DATE = re.compile(
    rf"""
    (?<!\w)(?=\w)(?:
    (?P<iso>(?<![\w.-]){_YR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w-]))
  | (?P<mdy>(?:(?:{_WD}),?{_S}+)?(?P<m1>{_MON}){_S}+(?P<d1>[1-3]?\d)(?:st|nd|rd|th)?
        (?![\w]|,\d|\.\d)(?:,?{_S}+(?P<y1>{_YR})(?![\w-]))?)
  | (?P<dmy>(?<![\w.,$£€])(?:(?:{_WD}),?{_S}+)?(?P<d2>[1-3]?\d)(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?
        (?P<m2>{_MON})(?:,?{_S}+(?P<y2>{_YR})(?![\w-]))?)
  | (?P<mod>(?i:early|mid|late|the{_S}+(?:end|beginning|start|middle){_S}+of
        |(?:end|beginning|start|middle){_S}+of))(?:{_S}*-{_S}*|{_S}+)
        (?:(?P<m3>{_FULL})(?:,?{_S}+(?:of{_S}+)?(?P<y3>{_YR}))?|(?P<y4>{_YR}))(?![\w-])
  | (?P<my>(?P<m5>{_MON}),?{_S}+(?:of{_S}+)?(?P<y5>{_YR})(?![\w-]))
  | (?P<relmon>(?i:last|this|next|past){_S}+(?P<m6>{_FULL}))\b
  | (?P<season>(?:(?P<smod>(?i:last|this|next|early|late|mid))[ \t-]+)?
        (?P<sname>(?i:spring|summer|autumn|fall|winter))
        (?:{_S}+(?:of{_S}+)?(?P<sy>{_YR})(?![\w-]))?)\b
  | (?P<wdrel>(?:(?P<wdmod>(?i:last|this|next|this{_S}+past|this{_S}+coming)){_S}+)?
        (?P<wd>{_WD}))\b
  | (?P<day>(?i:yesterday|today|tonight|tomorrow|last{_S}+night))\b
  | (?P<weekend>(?i:(?:over|during|at|on){_S}+the{_S}+weekend|(?:last|this|next|this{_S}+past)
        {_S}+weekend))\b
  | (?P<rel>(?i:(?:(?:early|late|earlier|later){_S}+)?(?P<rmod>last|this|next)
        {_S}+(?P<runit>week|month|year)))\b
  | (?P<ago>(?<![\w-])(?P<an>(?i:\d+|{_AGO_N}|a{_S}+few|several|a{_S}+couple{_S}+of|few))
        {_S}+(?P<au>(?i:days?|weeks?|months?|years?|decades?)){_S}+(?i:ago))\b
  | (?P<decade>(?<![\w$£€.,-])(?P<dy>(?:1[89]|20)\d)0s)\b
  | (?P<month>(?P<m7>{_FULL}))(?![\w-])
  | (?P<year>(?<![\w$£€.,/:-]){_YR})(?![\w%/:-]|,\d|\.\d)
    )""",
    re.VERBOSE,
)

_MONTH_CUES = wordset(
    """in since until till by from through throughout during early mid late last next this for
    of before after between and to on around starting beginning ending end or"""
)
_YEAR_CUES = wordset(
    """in since until till by from through throughout during of before after between and
    to around early late mid end year fiscal fy spring summer autumn fall winter circa
    starting beginning"""
)
_WEEKDAY_NAMES_BEFORE = wordset(
    "black cyber good easter ash super blue bloody holy maundy shrove whit palm giving"
)
_WEEKDAY_NAMES_AFTER = wordset(
    "Times Telegraph Express Mirror Herald Post Night Morning Club Mail Review Independent "
    "Star People Sport World Service Show"
)
_FUTURE = wordset(
    """will would 'll shall ahead upcoming next scheduled due expected set slated plans planned plan
    planning going coming forthcoming await awaits awaiting expects intends intend wo won't
    proposed tomorrow"""
)
_PAST = wordset(
    """said told was were had did ago last earlier announced reported began begun started
    happened took came went saw held met won lost killed since previously already left sent
    made gave died fell rose signed launched"""
)
_NOT_PAST_ED = wordset(
    "need based armed named called alleged united red bed speed seed feed indeed hundred"
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’.-]*)[ \t\u00a0,]*\Z")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][\w'’-]*)")


def find_dates(body: str, sentences: list[Span], published: dt.date | None) -> list[DateRef]:
    """Every date reference in `body`, resolved against `published` where possible."""
    out: list[DateRef] = []
    starts = [s for s, _ in sentences]
    for m in DATE.finditer(body):
        ref = _read(body, m, published, sentences, starts)
        if ref is not None:
            out.append(ref)
    return out


def _read(
    body: str,
    m: re.Match[str],
    pub: dt.date | None,
    sentences: list[Span],
    starts: list[int],
) -> DateRef | None:
    kind = m.lastgroup if m.lastgroup in _KINDS else _kind(m)
    s, e = m.start(), m.end()
    text = m.group()

    def ref(resolved: str | None, precision: Precision | None) -> DateRef:
        return DateRef(text=text, resolved=resolved, precision=precision, start=s, end=e)

    def tense() -> Tense:
        return _tense(body, s, e, sentences, starts)

    if kind == "iso":
        try:
            return ref(dt.date.fromisoformat(text).isoformat(), "day")
        except ValueError:
            return None
    if kind in ("mdy", "dmy"):
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
        cand = _pick_day(pub, month, day, tense())
        return ref(cand.isoformat() if cand else None, "day")
    if kind == "mod":
        if m.group("y4"):
            return ref(m.group("y4"), "year")
        month = MONTHS[m.group("m3")]
        if m.group("y3"):
            return ref(f"{m.group('y3')}-{month:02d}", "month")
        return ref(_month_iso(pub, month, tense()), "month")
    if kind == "my":
        return ref(f"{m.group('y5')}-{_month(m.group('m5')):02d}", "month")
    if kind == "relmon":
        mod = text.split()[0].lower()
        month = MONTHS[m.group("m6")]
        t: Tense = "past" if mod in ("last", "past") else "future" if mod == "next" else tense()
        if pub is None:
            return ref(None, "month")
        year = _pick_month_year(pub, month, t, strict=mod in ("last", "past", "next"))
        return ref(f"{year}-{month:02d}", "month")
    if kind == "season":
        return _season(m, pub, ref, tense)
    if kind == "wdrel":
        wd = WEEKDAYS[m.group("wd")]
        prev = _prev_word(body, s)
        if prev and prev.lower() in _WEEKDAY_NAMES_BEFORE and not m.group("wdmod"):
            return None  # Black Friday, Bloody Sunday
        nxt = _NEXT_WORD.match(body, e)
        if nxt and nxt.group(1) in _WEEKDAY_NAMES_AFTER:
            return None  # Sunday Times, Monday Night Football
        if prev and prev.lower() == "on" and body[max(0, s - 8) : s].lower().startswith("mail"):
            return None
        if pub is None:
            return ref(None, "day")
        mod = (m.group("wdmod") or "").lower().split()
        if mod and mod[0] == "last":
            delta = (pub.weekday() - wd) % 7 or 7
            return ref((pub - dt.timedelta(days=delta)).isoformat(), "day")
        if mod and mod[0] == "next":
            delta = (wd - pub.weekday()) % 7 or 7
            return ref((pub + dt.timedelta(days=delta)).isoformat(), "day")
        if mod and mod[-1] == "past":
            t = "past"
        elif mod and mod[-1] == "coming":
            t = "future"
        else:
            t = tense()
        if t == "future":
            day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        else:
            day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
        return ref(day.isoformat(), "day")
    if kind == "day":
        if pub is None:
            return ref(None, "day")
        word = " ".join(text.lower().split())
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return ref((pub + dt.timedelta(days=offset)).isoformat(), "day")
    if kind == "weekend":
        if pub is None:
            return ref(None, "day")
        words = text.lower().split()
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
    if kind == "rel":
        unit = m.group("runit").lower()
        step = {"last": -1, "this": 0, "next": 1}[m.group("rmod").lower()]
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
    if kind == "ago":
        return _ago(m, pub, ref)
    if kind == "decade":
        if not _year_cue(body, s, e, decade=True):
            return None
        return ref(m.group("dy"), "decade")
    if kind == "month":
        month = MONTHS[m.group("m7")]
        if not _month_cue(body, s, may=month == 5):
            return None
        return ref(_month_iso(pub, month, tense()), "month")
    if kind == "year":
        if not _year_cue(body, s, e):
            return None
        return ref(text, "year")
    return None


_KINDS = wordset("iso mdy dmy mod my relmon season wdrel day weekend rel ago decade month year")


def _kind(m: re.Match[str]) -> str | None:
    for k in _KINDS:
        if m.group(k) is not None:
            return k
    return None


def _month(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.get(word) or _ABBR[word]


def _prev_word(body: str, pos: int) -> str | None:
    m = _PREV_WORD.search(body, max(0, pos - 32), pos)
    return m.group(1).rstrip(".") if m else None


def _sentence_initial(body: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and body[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or body[i] in ".!?\n:;—”"


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
    if noun is not None and _is_plural(noun) and not decade:
        return False  # "in 2000 cases"
    if body[s - 1 : s] == "(" and body[e : e + 1] == ")":
        return True
    prev = _prev_word(body, s)
    if prev is None:
        return False
    low = prev.lower()
    if low in _YEAR_CUES or prev in MONTHS:
        return True
    if low == "the":
        nxt = _NEXT_WORD.match(body, e)
        return decade or bool(nxt and nxt.group(1)[0].islower())
    return False


def _sentence(body: str, s: int, sentences: list[Span], starts: list[int]) -> Span:
    i = bisect_right(starts, s) - 1
    if 0 <= i < len(sentences) and sentences[i][1] >= s:
        return sentences[i]
    ss = body.rfind("\n", 0, s) + 1
    se = body.find("\n", s)
    return ss, len(body) if se < 0 else se


def _tense(body: str, s: int, e: int, sentences: list[Span], starts: list[int]) -> Tense:
    """Past or future from the nearest cue word before the date, else just after it."""
    ss, se = _sentence(body, s, sentences, starts)
    before = _WORD.findall(body, max(ss, s - 80), s)[-8:]
    for i in range(len(before) - 1, -1, -1):
        t = _cue(before[i])
        if t == "past" and i and before[i - 1].lower() in ("be", "being"):
            continue  # "will be held": the participle does not set the tense
        if t:
            return t
    after = _WORD.findall(body, e, min(se, e + 50))[:5]
    for w in after:
        t = _cue(w)
        if t:
            return t
    return None


def _cue(word: str) -> Tense:
    low = word.lower().replace("’", "'")
    if low in _FUTURE or low.endswith("'ll"):
        return "future"
    if low in _PAST:
        return "past"
    if low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST_ED and word[0].islower():
        return "past"
    return None


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
        soon = [c for c in cands if pub < c <= pub + dt.timedelta(days=31)]
        if soon:
            return soon[0]
    return max(past) if past else None


def _pick_month_year(pub: dt.date, month: int, tense: Tense, *, strict: bool = False) -> int:
    """The year for a month with no year: same rules as `_pick_day`, by whole months."""
    here = pub.year * 12 + pub.month - 1
    cands = [(y, y * 12 + month - 1) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "future":
        return min(y for y, k in cands if (k > here if strict else k >= here))
    if tense is None:
        soon = [y for y, k in cands if here < k <= here + 1]
        if soon:
            return soon[0]
    return max(y for y, k in cands if (k < here if strict else k <= here))


def _month_iso(pub: dt.date | None, month: int, tense: Tense) -> str | None:
    if pub is None:
        return None
    return f"{_pick_month_year(pub, month, tense)}-{month:02d}"


def _season(m: re.Match[str], pub: dt.date | None, ref, tense) -> DateRef | None:
    mod = (m.group("smod") or "").lower()
    start_month = SEASONS[m.group("sname").lower()]
    if m.group("sy"):
        return ref(f"{m.group('sy')}-{start_month:02d}", "season")
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
    return ref(f"{y}-{start_month:02d}", "season")


def _ago(m: re.Match[str], pub: dt.date | None, ref) -> DateRef:
    unit = m.group("au").lower().rstrip("s")
    raw = " ".join(m.group("an").lower().split())
    n = int(raw) if raw.isdigit() else _NUM_WORDS.get(raw)
    precision: Precision = {"day": "day", "week": "week", "month": "month"}.get(unit, "year")  # type: ignore[assignment]
    if unit == "decade":
        precision = "decade"
    if pub is None or n is None:
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
        return ref(str(pub.year - 10 * n)[:3], "decade")
    return ref(str(pub.year - n), "year")
