"""What a figure's own sentence says about it (FigureFeatures): what it counts, the event,
the phrases that may name its subject, the words around it, its year, whether it is a
target or forecast, what a percentage measures, and whether it is part of a whole. None of
it depends on other articles, so the store reads it once, at ingest."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claimdesk.extract import names as nm
from claimdesk.extract.compare.records import CompareClaim, FigureFeatures
from claimdesk.extract.compare.tokens import content_tokens

_NOUN_CLASS = {
    "troop": "troops",
    "soldier": "troops",
    "serviceman": "troops",
    "servicemen": "troops",
    "servicemember": "troops",
    "casualty": "casualties",
    "person": "people",
    "people": "people",
}
_PRONOUNS = nm.word_set("them they those these it us we you him her one ones")
_EVENTS = {
    "killed": nm.word_list("kill dead die death toll fatalit lost loss"),
    "wounded": nm.word_list("wound injur hurt treated hospitalis hospitaliz"),
    "deployed": nm.word_list(
        "sent send deploy travel arriv station gather massed enter dispatch transferr transfer"
    ),
    "displaced": nm.word_list("displac flee fled evacuat refuge homeless"),
    "captured": nm.word_list("captur prisoner detain arrest surrender"),
    "spent": nm.word_list("spent spend cost paid pay pledg fund budget"),
    "destroyed": nm.word_list("destroy flatten razed collaps"),
    "damaged": nm.word_list("damag"),
    "rescued": nm.word_list("rescu saved"),
}
_EVENT_OF: dict[str, str] = {w: k for k, ws in _EVENTS.items() for w in ws}


def _word_starts(words: Iterable[str]) -> tuple[str, str]:
    r"""`\b(?:w1|w2|...)` in two parts, so that a pattern can open with one character
    class and re skip straight to candidates (one opening with \b or an alternation is
    tried at every position): the words' first letters, for that class, and what must
    follow one of them — a boundary check before it, (?<!\w[...]), then the rest of a
    word starting with it. Longest words first, as in the plain form; lower case, for
    lower-cased text."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for w in sorted(words, key=len, reverse=True):
        by_first[w[0]].append(re.escape(w[1:]))
    firsts = "".join(sorted(by_first))
    rests = "|".join(f"(?<={re.escape(f)})(?:{'|'.join(r)})" for f, r in sorted(by_first.items()))
    return firsts, rf"(?<!\w[{firsts}])(?:{rests})"


# Patterns of lower-case words run on lower-cased text: IGNORECASE makes re test both
# cases at every position (2-3x slower on the 25,000 figures of a 100k-claim desk).
_EVENT_FIRSTS, _EVENT_REST = _word_starts(_EVENT_OF)
_EVENT_RE = re.compile(f"[{_EVENT_FIRSTS}]{_EVENT_REST}")  # the match is the word's start
_CLAUSE_WORDS = r"[,;:—–()]|\b(?:that|said|says|told|and|but|while|which|who|after|before|as)\b"
_CUT_FIRSTS, _CUT_REST = _word_starts(
    nm.word_list("that said says told and but while which who after before as")
)
_CLAUSE_CUT = re.compile(rf"[,;:—–(){_CUT_FIRSTS}](?:(?<=[,;:—–()])|{_CUT_REST}\b)")
_CLAUSE_CUT_ANY_CASE = re.compile(_CLAUSE_WORDS, re.IGNORECASE)


def _clause_cut(text: str) -> tuple[str, re.Pattern[str]]:
    """`text` lower-cased and the clause-cut pattern for it; offsets stay the same (the
    rare text whose lower case changes length keeps its case and the slower pattern)."""
    low = text.lower()
    return (low, _CLAUSE_CUT) if len(low) == len(text) else (text, _CLAUSE_CUT_ANY_CASE)


# capitalised words in a row; "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" that re finds by its letter
_CAPWORD = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_NOT_SUBJECT = nm.word_set(
    """the a an in on at it its this that these those there their they he she we i you
    but and or if when while as after before monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december even only some many most all both each one two three four five six
    seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion more less fewer about nearly almost asked according
    final preliminary results turnout"""
)


@lru_cache(maxsize=1 << 12)
def noun_class(noun: str | None) -> str | None:
    if not noun:
        return None
    words = nm.tokens(noun)
    if not words:
        return None
    head = words[-1]
    if head in _PRONOUNS:
        return None
    s = nm.stem(head)
    return _NOUN_CLASS.get(s, _NOUN_CLASS.get(head, s))


def _locate(claim: CompareClaim) -> tuple[int, int] | None:
    """Where the figure sits in its context: the value itself when it can be found."""
    ctx = claim.context
    if not ctx:
        return None
    lo, hi = 0, len(ctx)
    text_span = None
    if claim.text and (i := ctx.find(claim.text)) >= 0:
        lo, hi = i, i + len(claim.text)
        text_span = (lo, hi)
    if claim.value is None:
        return text_span
    v = float(claim.value)
    forms = [f"{v:,.0f}", f"{v:.0f}"] if v.is_integer() else [f"{v:,}", f"{v}"]
    for form in forms:
        # the form not followed by a digit or comma nor preceded by a digit (str.find:
        # a regex per figure value would overflow re's cache and compile every time)
        at, stop = ctx.find(form, lo, hi), hi - len(form)
        while 0 <= at <= stop:
            end = at + len(form)
            if end < hi and (ctx[end].isdigit() or ctx[end] == ","):
                at = ctx.find(form, at + 1, hi)
                continue
            if at == 0 or not ctx[at - 1].isdigit():
                return at, end
            at = ctx.find(form, end, hi)
    return text_span


_NUMBER = re.compile(r"\d[\d,.]*")
_FROM_OF = re.compile(r"\s+(?:from|of)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _subject_candidates(claim: CompareClaim, span: tuple[int, int] | None) -> tuple[list[str], int]:
    """The phrases that may say who or what a figure is about, in the order they are
    tried: capitalised words between the number and its noun ('North Korean' in 'at
    least 10,000 North Korean troops'), 'troops from North Korea', then the nearest
    capitalised words before the number inside its clause ('Pyongyang' in 'Pyongyang had
    sent 11,000 troops'). The subject is the first that is more than the speaker's own
    name (_subject_of): whose name that is is known only once names are resolved across
    articles. `span`: _locate's answer. Also how many of the phrases (the first ones)
    modify the noun itself ("three Kessarian soldiers", even from Kessarian television)."""
    if span is None:
        return [], 0
    ctx = claim.context
    num = _NUMBER.search(ctx, span[0], span[1])
    after_num = num.end() if num else span[0]
    tail = ctx[after_num : after_num + 80]
    low, clause_cut = _clause_cut(tail)
    cut = clause_cut.search(low)
    tail = tail[: cut.start()] if cut else tail
    noun = (claim.noun or "").strip()
    before_noun = bool(noun) and (j := tail.find(noun)) >= 0
    if before_noun:
        modifier = tail[:j]
        rest = tail[j + len(noun) :]
    else:
        modifier, rest = tail, ""
    out = [m.group() for m in _CAPWORD.finditer(modifier)]
    modifiers = len(out) if before_noun else 0
    if m := _FROM_OF.match(rest):
        out.append(m.group(1))
    head = ctx[max(0, span[0] - 120) : span[0]]
    low, clause_cut = _clause_cut(head)
    cuts = list(clause_cut.finditer(low))
    if cuts:
        head = head[cuts[-1].end() :]
    out.extend(m.group() for m in reversed(list(_CAPWORD.finditer(head))))
    return out, modifiers


def _subject_of(
    candidates: Sequence[str], speaker_words: set[str], modifiers: int = 0
) -> str | None:
    """The first candidate that is more than the speaker's own name; a modifier of the
    noun ("three Kessarian soldiers") names the subject whoever speaks."""
    for i, phrase in enumerate(candidates):
        if cleaned := _clean_subject(phrase, set() if i < modifiers else speaker_words):
            return cleaned
    return None


def _clean_subject(phrase: str, speaker_words: set[str]) -> str | None:
    words = phrase.split()
    while words and (nm.fold(words[0]) in _NOT_SUBJECT or nm.fold(words[0]) in speaker_words):
        words.pop(0)
    while words and nm.fold(words[-1]) in speaker_words:
        words.pop()
    if not words:
        return None
    return " ".join(words)


_NOT_YEAR = r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d"  # a figure, not a year
_YEAR = re.compile(r"[12](?<!\w[12])(?:(?<=1)9|(?<=2)0)\d\d\b")  # \b(?:19|20)\d\d\b, fast
_MODAL = re.compile(
    r"\b(forecast|expect|project|target|goal|aim|cap|limit|threshold|guideline|licen[cs]|"
    r"recommend|would|could|might|if|plan|propos)"
)  # on lower-cased text


# [;:—], a figure (not a year), or a clause word; written to open with one character class,
# so re skips to candidates fast (the plain alternation is tried at every position)
_AFTER_CUT = re.compile(
    r"[;:—\dabw](?:(?<=[;:—])"
    r"|(?<=\d)(?<![\d,.]\d)(?!(?<=1)9\d\d\b)(?!(?<=2)0\d\d\b)"
    r"|(?<!\w[abw])(?:(?<=a)nd warned|(?<=b)ut|(?<=w)hile|(?<=w)hich)\b)"
)
# [;:—], a figure (not a year) or "that/said/says/told": opening with one character class
_BEFORE_CUT = re.compile(
    r"[;:—\dst](?:(?<=[;:—])"
    r"|(?<=\d)(?<![\d,.]\d)(?!(?<=1)9\d\d\b)(?!(?<=2)0\d\d\b)"
    r"|(?<!\w[st])(?:(?<=t)(?:hat|old)|(?<=s)(?:aid|ays))\b)"
)


def _compute_windows(claim: CompareClaim, span: tuple[int, int] | None) -> tuple[str, str, str]:
    """(before, the figure, after): the clause around a figure, cut at the next figure."""
    ctx = claim.context
    if span is None:
        return "", claim.text, ""
    before = ctx[max(0, span[0] - 60) : span[0]]
    after = ctx[span[1] : span[1] + 70]
    cut = _AFTER_CUT.search(after)
    after = after[: cut.start()] if cut else after
    b_cuts = list(_BEFORE_CUT.finditer(before))
    before = before[b_cuts[-1].end() :] if b_cuts else before
    return before, ctx[span[0] : span[1]], after


def _event(windows: tuple[str, str, str]) -> str:
    """What a figure counts happening: 'killed', 'wounded', 'casualties' (both), ... or ''."""
    before, here, after = windows
    for text in (here + " " + after,):
        found = [_EVENT_OF[m.group()] for m in _EVENT_RE.finditer(text.lower())]
        if found:
            if "killed" in found and "wounded" in found:
                return "casualties"
            return found[0]
    found = [_EVENT_OF[m.group()] for m in _EVENT_RE.finditer(before.lower())]
    if found:  # the verb nearest before the figure
        if "killed" in found and "wounded" in found:
            return "casualties"
        return found[-1]
    return ""


_MEASURES = nm.word_set(
    "magnitude score rate index level temperature turnout inflation unemployment height "
    "depth speed growth"
)
_BARE_NOUN = {"injured": "wounded", "wounded": "wounded", "dead": "killed", "killed": "killed"}


def _implied_noun(claim: CompareClaim, windows: tuple[str, str, str]) -> tuple[str | None, str]:
    """A figure with no noun: '140 injured' -> people, wounded; 'the death toll ... 40'."""
    before, _, after = windows
    words = nm.tokens(after)
    if words and words[0] in _BARE_NOUN:
        military = re.search(r"\b(soldier|troop|servicem)", claim.context, re.IGNORECASE)
        return ("troops" if military else "people"), _BARE_NOUN[words[0]]
    prev = nm.tokens(before)[-1:]
    if prev and prev[0] in _MEASURES:  # 'magnitude 6.1', 'inflation of 7.2'
        return prev[0], ""
    if "death toll" in fold_lower(before) or "death toll" in fold_lower(claim.context[:200]):
        return "people", "killed"
    return None, ""


def fold_lower(text: str) -> str:
    return text.lower()


def figure_features(claim: CompareClaim) -> FigureFeatures | None:
    """What a figure's own sentence says about it; None for a claim that is not a figure to
    compare (no value, a what-if, or nothing it counts)."""
    if claim.kind != "number" or claim.value is None or claim.hypothetical:
        return None
    noun = noun_class(claim.noun)
    span = _locate(claim)
    windows = _compute_windows(claim, span)
    event = _event(windows)
    if claim.unit == "%":
        noun = "%"  # a share: what it is a share of is in the words around it
    elif noun is None and claim.noun is None:
        noun, implied = _implied_noun(claim, windows)
        event = implied or event
        if noun is None and claim.unit:
            noun = claim.unit  # '45 km': the unit says what is measured
    if not noun:
        return None
    before, _, after = windows
    clause = before + " " + after
    noun_words = {nm.stem(w) for w in nm.tokens(claim.noun or "")}
    words = sorted(t for t in content_tokens(clause) if t[0] != "#" and t not in noun_words)
    measure: set[str] = set()
    if noun == "%" or noun in _MEASURES:
        measure = {
            _MEASURE_CANON.get(w, w)
            for w in (nm.stem(t) for t in nm.tokens(clause))
            if _MEASURE_CANON.get(w, w) in _PCT_MEASURES
        }
    subjects, modifiers = _subject_candidates(claim, span)
    return FigureFeatures(
        noun=noun,
        event=event,
        subjects=tuple(subjects),
        modifiers=modifiers,
        clause=tuple(words),
        years=tuple(sorted(set(_YEAR.findall(clause)))),
        modal=tuple(sorted({m[:5] for m in _MODAL.findall(clause.lower())})),
        measure=tuple(sorted(measure)),
        part=_part_role(claim, span),
    )


# what a percentage (or a bare rate) measures; two figures compare only with the same set
_PCT_MEASURES = nm.word_set(
    """inflation unemployment jobless interest turnout growth gdp vote support approval
    poverty tax tariff fare price wage rent mortgage deficit debt share stake occupancy
    literacy vaccination birth death mortality recovery capacity youth"""
)
_MEASURE_CANON = {
    "jobless": "unemployment",
    "unemploy": "unemployment",
    "inflat": "inflation",
    "vot": "vote",
    "votes": "vote",
    "fares": "fare",
    "prices": "price",
    "wages": "wage",
    "rents": "rent",
    "taxes": "tax",
    "tariffs": "tariff",
}
_NUMWORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|dozen)"
)
_PART_OF = re.compile(
    r"\b(" + _NUMWORD + r")\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|"
    r"[A-Z][\w’'-]*(?:’s|'s)\s+)?(" + _NUMWORD + r")\b",
    re.IGNORECASE,
)


def _part_role(claim: CompareClaim, span: tuple[int, int] | None) -> str:
    """'part' or 'whole' when the figure is one side of "N of (the) M", else ''."""
    ctx = claim.context or ""
    if not ctx or " of " not in ctx or not _PART_OF.search(ctx):
        return ""
    for m in _PART_OF.finditer(ctx):
        if span is not None:
            if m.start(1) <= span[0] < m.end(1) or span[0] <= m.start(1) < span[1]:
                return "part"
            if m.start(2) <= span[0] < m.end(2) or span[0] <= m.start(2) < span[1]:
                return "whole"
        elif claim.text and claim.text in m.group(0):
            return "part"
    return ""
