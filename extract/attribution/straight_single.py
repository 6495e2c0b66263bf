"""Straight single quote marks ('...') as quotation marks.

A local paper typed on a plain keyboard quotes with ASCII apostrophes: 'We will
reopen,' she said. The pairing of extract/quotes.py reads double marks, or curly single
ones (‘...’); an article with neither had every quote missed. When a text has no double
mark and no curly single mark, but its straight marks open quotes ("'" after a space and
before a capital) and close them (after , . ! ? and before a space or the line end),
each straight mark is turned into the curly one it stands for, in a copy of the same
length, and the curly single pairing runs on that copy (offsets are the body's).
"""

from __future__ import annotations

import re

_DOUBLE = re.compile(r"[\"“”«»„‘]")
_DOUBLES = '"“”«»„‘'  # _DOUBLE's marks: `in` skips in C where a class scan tests each character
_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[A-Z0-9])", re.MULTILINE)
_CLOSES = re.compile(r"(?<=[,.!?])'(?=\s|$|[)\]—–;:])", re.MULTILINE)
# 'em, 'tis, 'n', '90s: elisions that stand where an opening mark would
_ELISION = re.compile(r"'(?:em|tis|twas|n'|\d0s)\b", re.IGNORECASE)
_OPEN_BEFORE = " \t\n([{—–-/\u00a0"


def quotes_with_straight_singles(body: str) -> bool:
    """True when the straight single marks are the text's quotation marks: no double
    or curly single mark at all, and at least two quotes opened and closed by them."""
    if "'" not in body or any(c in body for c in _DOUBLES):  # _DOUBLE finds one
        return False
    return len(_OPENS.findall(body)) >= 2 and len(_CLOSES.findall(body)) >= 2


def curly_copy(body: str) -> str:
    """The body with each straight single mark made curly: ‘ where it opens (after a
    space, before a letter or digit), else ’ (a closing mark or an apostrophe, which the
    curly pairing tells apart)."""
    chars = list(body)
    elided = {m.start() for m in _ELISION.finditer(body)}
    for i, ch in enumerate(chars):
        if ch != "'":
            continue
        prev = body[i - 1] if i > 0 else " "
        nxt = body[i + 1] if i + 1 < len(body) else " "
        opens = prev in _OPEN_BEFORE and nxt.isalnum() and i not in elided
        chars[i] = "‘" if opens else "’"
    return "".join(chars)
