"""A lead that opens or closes with the quotation itself, no colon (thirteenth pass,
issue 16): "Host Priti Chandran Opened With 'You All Look ...'" (an excerpt list's
Title-Case line) and "The senator opened with 'We are here to work.'" The subject is the
speaker, read as a colon lead is (speech._colon_lead): a name, never a clause.

Only "opened", "closed", "began", "ended", "started" or "finished" then "with", right
before the opening mark, any case.

A debate's or a hearing's turn told by what the speaker did first or last (fourteenth
pass, x16o): 'Republican Nate Ostrander, a former oil executive, opened by blaming
"Washington spending" for higher prices', 'Kwan closed by thanking her volunteers and
promising to be "a senator for every county."'; and a turn told by how the speaker
answered: 'Kwan responded by calling the claim "recycled nonsense"' (responded, replied,
reacted, retaliated, hit/fired/shot back: "by" after them hid the speech verb). The same
verbs, lower case, then "by" (or "her testimony by", "his remarks by": a possessive or
"the" and up to two words) and an -ing word, with no stop, colon, quotation or line
between it and the opening mark (at most _BY_REACH characters); the subject is read as
above (a name, never a clause: "The session closed by ..." names no one)."""

from __future__ import annotations

import re

_WITH = re.compile(
    r"[ \u00a0]((?i:opened|closed|began|ended|started|finished)[ \u00a0]+(?i:with))[ \u00a0]*$"
)


_BY = re.compile(
    r"\b(?:opened|closed|began|ended|started|finished|responded|replied|reacted|retaliated"
    r"|(?:hit|fired|shot)[ \u00a0]+back)[ \u00a0]+"
    r"(?:(?:his|her|their|the)[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?[ \u00a0]+)?"  # her remarks
    r"by[ \u00a0]+[a-z]+ing\b"
)
_BY_REACH = 160  # characters from "opened by" to the quotation
_BY_STOPS = ("\x00", ".", ";", ":", "!", "?", "\n")


def _by_doing(masked: str, s: int, open_mark: int) -> int | None:
    """Where "opened by blaming ..." starts before the quotation at open_mark, or None."""
    lo = max(s, open_mark - _BY_REACH)
    last = None
    for m in _BY.finditer(masked, lo, open_mark):
        last = m
    if last is None:
        return None
    between = masked[last.end() : open_mark]
    return None if any(c in between for c in _BY_STOPS) else last.start()


def lead_end(masked: str, s: int, open_mark: int) -> int | None:
    """Where a lead before the quotation at `open_mark` ends: the quotation itself after
    a colon, the start of "opened with" (or closed, began, ...) without one; None when
    masked[s:open_mark] ends in neither."""
    if masked[s:open_mark].rstrip().endswith(":"):
        return open_mark
    m = _WITH.search(masked, max(s, open_mark - 40), open_mark)
    return m.start(1) if m is not None else _by_doing(masked, s, open_mark)
