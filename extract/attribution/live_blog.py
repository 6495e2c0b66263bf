"""Live blogs: an entry's time stamp is no part of its first sentence.

"22:30 — Pike has now spoken to Dunmere FM. '...,' he said." The stamp before the dash
hid the sentence's subject from the attribution rules, so "he" found no one. The stamps
at paragraph starts ("22:30 —", "9.15am -", "14:02 BST –", "[14:05]", "Updated
14:20 —", "14.35 BST:") are blanked to spaces in the
quote-masked copy the rules read (offsets kept). A bare "19:10 Council leader ..." (a
24-hour clock, a space, a capital) is a stamp when at least three entries open so: one
such paragraph alone may be a score or a ratio.
"""

from __future__ import annotations

import re

from claimdesk.extract.document import Span

_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}[ \u00a0]?(?:am|pm))"
_STAMP = re.compile(
    r"[ \t]*(?:(?:Updated?|Posted(?:[ \u00a0]+at)?)[ \u00a0]+)?"
    rf"(?:\[{_TIME}(?:[ \u00a0]+[A-Z]{{2,4}})?\][ \u00a0]*[—–:-]?"
    rf"|{_TIME}(?:[ \u00a0]+[A-Z]{{2,4}})?[ \u00a0]*[—–:-])[ \u00a0]*",
    re.IGNORECASE,
)


# "19:10 Council leader ..." with no dash: a stamp only in a blog of such entries
_BARE = re.compile(r"[ \t]*\d{1,2}:\d{2}(?:[ \u00a0]+[A-Z]{2,4})?[ \u00a0]+(?=[A-Z\"“‘'])")
_MIN_BARE = 3


_OPENS = frozenset(" \t[uUpP")  # what a stamp opens on, besides a digit (issue 18)


def blank_stamps(masked: str, paragraphs: list[Span]) -> str:
    """The masked body with each paragraph's leading time stamp blanked."""
    paragraphs = [p for p in paragraphs if p[0] < p[1] and _may_open(masked[p[0]])]
    cuts = [m.span() for ps, pe in paragraphs if (m := _STAMP.match(masked, ps, pe)) is not None]
    bare = [m.span() for ps, pe in paragraphs if (m := _BARE.match(masked, ps, pe)) is not None]
    if len(bare) >= _MIN_BARE:
        cuts = sorted(set(cuts) | set(bare))
    if not cuts:
        return masked
    parts: list[str] = []
    pos = 0
    for a, b in cuts:
        parts += [masked[pos:a], " " * (b - a)]
        pos = b
    parts.append(masked[pos:])
    return "".join(parts)


def _may_open(c: str) -> bool:
    """Whether a paragraph opening on c can open on a stamp: a space or a tab, "[", a
    digit, or "Updated"/"Posted" in any case. Most paragraphs open on another capital
    or a quotation, and neither pattern is tried there."""
    return c in _OPENS or c.isdecimal()
