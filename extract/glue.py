"""Glued sentences: the space lost between them in copy-paste, put back.

"according to a U.S.official.Air Force Maj." -> "... a U.S. official. Air Force Maj.";
"wounded.”On Monday" -> "wounded.” On Monday"; "Vladimir V.Putin" -> "Vladimir V. Putin";
while "U.S.", "1.5", URLs, e-mail addresses and initials stay as they are.
"""

from __future__ import annotations

import re

# "U.S.official" -> "U.S. official"; "U.S.Army" -> "U.S. Army"
# (Bounded repeats everywhere here: "A.A.A.A..." must stay linear, not quadratic.)
_ACRONYM_GLUE = re.compile(r"\.(?:[A-Za-z]\.){1,8}(?=[a-z]{2}|[A-Z][a-z])")
# "official.Air" / "wounded.”On" / "August.“We" / "V.Putin" / "said?The"
_SENTENCE_GLUE = re.compile(
    r"(?P<punct>[.!?…][.!?…]{0,3})(?P<close>[”\"’')\]]{0,3})"
    r"(?=(?P<next>[“\"‘(]?[A-Z][a-z]|[“‘]|[AI]\s))"
)
# Where _SENTENCE_GLUE can match, by terminal mark: each pattern opens on one literal,
# which sre skips to in C (~0.6 ns a character); _SENTENCE_GLUE opens on a class, tested
# character by character (~6-10 ns), and matches almost nowhere. The same lookahead with
# the first mark taken: a match of _SENTENCE_GLUE at i is a match of the one for body[i].
_GLUE_AT = tuple(
    (
        c,
        re.compile(
            re.escape(c) + r"(?=[.!?…]{0,3}[”\"’')\]]{0,3}(?:[“\"‘(]?[A-Z][a-z]|[“‘]|[AI]\s))"
        ),
    )
    for c in ".!?…"
)
_QUOTE_GLUE_AFTER = re.compile(r"”(?=[A-Z][a-z])")
_COMMA_GLUE = re.compile(r",(?=[A-Z][a-z])")  # "Kyiv,Ukraine" (never "1,000")
# (The character before each match is checked in Python: a leading lookbehind would
# stop the regex engine from skipping ahead, and these run on every paragraph; for the
# same reason each opens on a character class, never on a repeat such as [.!?…]{1,4}.)


def repair_glue(text: str) -> str:
    """Put back the space lost between sentences, keeping U.S., 1.5, URLs and initials."""
    if "." in text or "!" in text or "?" in text or "…" in text:
        text = _ACRONYM_GLUE.sub(lambda m: _acronym_fix(text, m), text)
        if any(c in text and at.search(text) for c, at in _GLUE_AT):
            text = _SENTENCE_GLUE.sub(lambda m: _glue_fix(text, m), text)
    if "," in text:
        text = _COMMA_GLUE.sub(lambda m: ", " if _prev(text, m).islower() else ",", text)
    if "”" in text:
        text = _QUOTE_GLUE_AFTER.sub(lambda m: _after_quote_fix(text, m), text)
    if "“" in text:
        text = re.sub("“", lambda m: _before_quote_fix(text, m), text)
    return text


def _prev(text: str, m: re.Match[str]) -> str:
    return text[m.start() - 1] if m.start() else " "


def _acronym_fix(text: str, m: re.Match[str]) -> str:
    # The match starts at the first dot: one letter must stand before it, alone.
    i = m.start()
    letter = text[i - 1] if i else ""
    before = text[i - 2] if i > 1 else " "
    if not letter.isalpha() or before.isalnum() or before in "._" or _in_url(text, m):
        return m[0]
    return m[0] + " "


def _after_quote_fix(text: str, m: re.Match[str]) -> str:
    prev = _prev(text, m)
    return "” " if prev.islower() or prev.isdigit() else "”"


def _before_quote_fix(text: str, m: re.Match[str]) -> str:
    prev = _prev(text, m)
    return " “" if prev.isalnum() or prev in "_,.!?;:" else "“"


_TOKEN_REACH = 300  # no URL or address in running text is longer; keeps the scan linear


def _in_url(text: str, m: re.Match[str]) -> bool:
    lo = max(0, m.start() - _TOKEN_REACH)
    hi = min(len(text), m.end() + _TOKEN_REACH)
    start = max(text.rfind(" ", lo, m.start()), text.rfind("\n", lo, m.start()), lo - 1) + 1
    ends = [i for i in (text.find(" ", m.end(), hi), text.find("\n", m.end(), hi)) if i >= 0]
    token = text[start : min(ends) if ends else hi]
    low = token.lower()
    return "://" in low or low.startswith("www.") or "@" in token or "/" in token


def _glue_fix(text: str, m: re.Match[str]) -> str:
    whole = m.group(0)
    prev = _prev(text, m)
    if prev.isspace() or prev == "." or _in_url(text, m):
        return whole
    punct, close, nxt = m.group("punct"), m.group("close"), m.group("next")
    before = text[max(0, m.start() - 2) : m.start()]
    # Interior of an acronym or an initial ("U.S.A said"): only a following name splits.
    initial = len(before) == 2 and before[1].isupper() and (before[0] in ". " or m.start() == 1)
    if initial and not re.match(r"[A-Z][a-z]", nxt):
        return whole
    if '"' in close:
        # A straight quote after the stop: closing if it pairs an earlier one.
        i = close.index('"')
        window = max(0, m.start() - 4 * _TOKEN_REACH)
        line_start = max(text.rfind("\n", window, m.start()) + 1, window)
        opens = text.count('"', line_start, m.start() + len(punct) + i)
        if opens % 2 == 0:  # it opens the next sentence
            return f"{punct}{close[:i]} {close[i:]}"
    return f"{punct}{close} "
