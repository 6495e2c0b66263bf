"""A nickname quoted inside a name: 'Frederica "Freddie" Oakenshaw', "Earvin 'Magic'
Johnson". The marks quote a word of the name, not speech, so the quote mask leaves the
gap as spaces; blanked to NUL it cut the name in two and a later "she says" went to
whatever person-like words came next (issue 16, round 16)."""

from __future__ import annotations

import re

# One or two capitalised words, nothing else, between the marks.
_NICK = re.compile(r"[A-Z][a-z'’.-]{1,15}(?: [A-Z][a-z'’.-]{1,15})?")
_MARKS = "\"'“”‘’"


def is_nickname(body: str, open_mark: int, close_mark: int | None) -> bool:
    """Whether the quotation at open_mark..close_mark sits between a given name and a
    family name (a capitalised word just before and just after, one space each side)."""
    if close_mark is None or close_mark - open_mark > 34 or open_mark < 2:
        return False
    if body[open_mark] not in _MARKS or body[close_mark] not in _MARKS:
        return False
    if not _NICK.fullmatch(body, open_mark + 1, close_mark):
        return False
    before = body[max(0, open_mark - 20) : open_mark]
    after = body[close_mark + 1 : close_mark + 21]
    return bool(_BEFORE.search(before)) and bool(_AFTER.match(after))


_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][a-z]+\.? $")  # "Frederica ", "Robert J. "
_AFTER = re.compile(r" (?:Mc|Mac|O['’]|De|Le|Van )?[A-Z][a-z]+")
