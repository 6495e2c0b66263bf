"""Direct quotations: pairing quote marks paragraph by paragraph.

Pairing restarts at every paragraph, so one stray or missing straight quote can only
confuse its own paragraph. The newspaper convention for a quote running over several
paragraphs (each paragraph opens a mark, only the last one closes) falls out of that:
a paragraph whose quote is still open at its end yields a quote up to the paragraph
end, flagged `open_end`, and the next paragraph's leading quote is its continuation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimdesk.extract.document import Span
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.nicknames import is_nickname

# Double quote marks only: single curly quotes are mostly apostrophes in news text.
_MARK = re.compile(r"[\"“”«»„]")
# _MARK's characters, each as a pattern opened on it alone: sre skips to a literal in C
# (~0.6 ns a character) where it tests a class character by character (~6-10 ns).
_MARK_AT = tuple((c, re.compile(re.escape(c))) for c in '"“”«»„')
_SINGLE = re.compile(r"[‘’]")
_OPEN_CTX = " \t\n([{—–-/\u00a0"


@dataclass(slots=True)
class RawQuote:
    start: int  # offset of the quoted text (after the opening mark and spaces)
    end: int  # offset after the quoted text
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when it runs on
    paragraph: int  # index into the paragraph list given to find_quotes
    partial: bool
    open_end: bool  # no closing mark in this paragraph: continues in the next one
    continues: bool = False  # this paragraph's leading quote continues the previous one


def _classify(body: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the mark at i, from its neighbours."""
    ch = body[i]
    if ch in "“«„":
        return "open"
    if ch in "»":
        return "close"
    prev = body[i - 1] if i > lo else " "
    nxt = body[i + 1] if i + 1 < hi else " "
    before_ok = prev in _OPEN_CTX or prev in '"“”:;,'
    after_ok = not nxt.isspace()
    if ch == "”":
        # A right mark after a space and before a word was typed as an opening mark.
        return "open" if before_ok and after_ok and nxt.isalnum() else "close"
    # Straight mark: decide by the characters around it.
    can_open = before_ok and after_ok
    can_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        if prev.isdigit() and nxt.isspace():
            return "inch"  # 5'11" or a 6" pipe: a measure, not a quote
        return "close"
    return "either"


def _is_partial(body: str, open_mark: int, text_start: int, lo: int) -> bool:
    """A quote inside a sentence ('had been "killed and wounded"'), not a full one."""
    j = open_mark - 1
    while j >= lo and body[j] in " \t\u00a0":
        j -= 1
    if j < lo:
        return False
    prev = body[j]
    if prev in ":,.!?;" or prev in '”"':
        return False
    first = body[text_start] if text_start < len(body) else ""
    if prev.isalnum() and first.isupper() and not body.startswith("I ", text_start):
        # 'she said "We will win"' (no comma) is a full quote.
        word_start = j
        while word_start > lo and body[word_start - 1].isalpha():
            word_start -= 1
        if body[word_start : j + 1].lower() in _SPEECH_INTRO:
            return False
    return True


_SPEECH_INTRO = word_set(
    "said says told tells added adds wrote writes asked asks replied declared stated"
)


def _emit(body: str, out: list[RawQuote], o: int, c: int | None, pe: int, pi: int, ps: int) -> None:
    s = o + 1
    e = c if c is not None else pe
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    if e <= s:
        return
    out.append(
        RawQuote(
            start=s,
            end=e,
            open_mark=o,
            close_mark=c,
            paragraph=pi,
            partial=_is_partial(body, o, s, ps),
            open_end=c is None,
        )
    )


def _classify_single(body: str, i: int, lo: int, hi: int) -> str | None:
    """Curly single marks in a text that quotes with them (British style): ‘ opens
    before a letter; ’ closes unless it is an apostrophe ("Putin’s", "boys’ club")."""
    prev = body[i - 1] if i > lo else " "
    nxt = body[i + 1] if i + 1 < hi else " "
    if body[i] == "‘":
        return "open" if (prev in _OPEN_CTX or prev in '"“') and nxt.isalpha() else None
    if nxt.isalnum():
        return None  # Putin’s, rock’n’roll
    if prev == "s" and nxt == " " and body[i + 2 : i + 3].islower():
        return None  # the boys’ club
    return "close"


def uses_single_quotes(body: str) -> bool:
    """True for text that quotes with ‘...’ only (no double marks at all)."""
    return "‘" in body and not any(c in body for c, _ in _MARK_AT)  # _MARK finds none


def _mark_places(body: str) -> list[int]:
    """Where _MARK matches in the body, ascending: one literal scan per mark it holds."""
    places: list[int] = []
    for c, at in _MARK_AT:
        if c in body:
            places += [m.start() for m in at.finditer(body)]
    places.sort()
    return places


def find_quotes(body: str, paragraphs: list[Span], single: bool = False) -> list[RawQuote]:
    """Every quotation in the paragraphs, in order (headings should be left out).
    `single`: pair curly single marks instead (see uses_single_quotes)."""
    out: list[RawQuote] = []
    places = [m.start() for m in _SINGLE.finditer(body)] if single else _mark_places(body)
    n = len(places)
    for pi, (ps, pe) in enumerate(paragraphs):
        lo = bisect_left(places, ps)
        if lo == n or places[lo] >= pe:
            continue  # no mark in the paragraph (most): nothing opens, nothing continues
        open_at: int | None = None
        first_in_para = len(out)
        for i in places[lo : bisect_left(places, pe, lo)]:
            kind = _classify_single(body, i, ps, pe) if single else _classify(body, i, ps, pe)
            if kind is None:
                continue
            if kind == "inch":
                if open_at is None:
                    continue
                kind = "close"
            if open_at is None:
                if kind != "close":
                    open_at = i
            elif kind == "open":
                # An opening mark while one is open: the earlier mark was stray.
                open_at = i
            else:
                _emit(body, out, open_at, i, pe, pi, ps)
                open_at = None
        if open_at is not None:
            _emit(body, out, open_at, None, pe, pi, ps)
        if len(out) > first_in_para and out[first_in_para].open_mark <= ps + 1:
            prev = out[first_in_para - 1] if first_in_para > 0 else None
            if prev is not None and prev.open_end and prev.paragraph < pi:
                out[first_in_para].continues = True
    _repair_unclosed(body, out, paragraphs)
    return out


_MISSING_CLOSE = re.compile(
    r",\s+(?:(?:said|says|told|added|asked|wrote)\b|(?:he|she|they)\s+(?:said|says|added|told)\b"
    r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|added)\b)"
)


def _repair_unclosed(body: str, quotes: list[RawQuote], paragraphs: list[Span]) -> None:
    """A quote left open at its paragraph end, not continued by the next paragraph and
    holding '..., said X' was missing its closing mark: end it at that comma."""
    for i, q in enumerate(quotes):
        if not q.open_end:
            continue
        nxt = quotes[i + 1] if i + 1 < len(quotes) else None
        if nxt is not None and nxt.continues:
            continue
        m = _MISSING_CLOSE.search(body, q.start, q.end)
        if m is None:
            continue
        q.end = m.start() + 1  # keep the comma, as a closed quote would
        q.close_mark = q.end - 1  # mask up to the comma; the attribution stays readable
        q.open_end = False


def mask_quotes(body: str, quotes: list[RawQuote]) -> str:
    """The body with every quotation (marks included) blanked to NUL characters.

    Offsets are kept, so attribution rules can scan the narrative text only.
    """
    if not quotes:
        return body
    parts: list[str] = []
    pos = 0
    for q in quotes:
        a = q.open_mark
        b = q.close_mark + 1 if q.close_mark is not None else q.end
        if a < pos:
            continue
        parts.append(body[pos:a])
        # a nickname inside a name stays part of the name (nicknames.py)
        blank = " " if is_nickname(body, a, q.close_mark) else "\x00"
        parts.append(blank * (b - a))
        pos = b
    parts.append(body[pos:])
    return "".join(parts)


def quote_spans(quotes: list[RawQuote]) -> list[Span]:
    return [(q.start, q.end) for q in quotes]
