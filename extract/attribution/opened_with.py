"""A lead that opens or closes with the quotation itself, no colon (thirteenth pass,
issue 16): "Host Priti Chandran Opened With 'You All Look ...'" (an excerpt list's
Title-Case line) and "The senator opened with 'We are here to work.'" The subject is the
speaker, read as a colon lead is (speech._colon_lead): a name, never a clause.

Only "opened", "closed", "began", "ended", "started" or "finished" then "with", right
before the opening mark, any case."""

from __future__ import annotations

import re

_WITH = re.compile(
    r"[ \u00a0]((?i:opened|closed|began|ended|started|finished)[ \u00a0]+(?i:with))[ \u00a0]*$"
)


def lead_end(masked: str, s: int, open_mark: int) -> int | None:
    """Where a lead before the quotation at `open_mark` ends: the quotation itself after
    a colon, the start of "opened with" (or closed, began, ...) without one; None when
    masked[s:open_mark] ends in neither."""
    if masked[s:open_mark].rstrip().endswith(":"):
        return open_mark
    m = _WITH.search(masked, max(s, open_mark - 40), open_mark)
    return m.start(1) if m is not None else None
