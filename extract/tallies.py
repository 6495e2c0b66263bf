"""A tally of a group: "Of our seven testers, five preferred it", "Of the nine judges,
six voted yes". Both numbers are claims a fact-checker can check (how many were asked,
how many said so), though "the seven testers" alone reads as a reference back and "five"
before an unlisted verb as a bare number; extract/numbers.py asks here before dropping
either.
"""

from __future__ import annotations

import re

from claimdesk.extract.counted_nouns import _is_plural
from claimdesk.extract.figure_cues import small_value

_SP = r"[ \t\u00a0]"
# "Of the|our|its N <plural noun>, M": the whole and the part, the part first after a comma.
_PARTITIVE = re.compile(
    rf"\b[Oo]f{_SP}+(?:the|our|its|their|these|those|his|her|my|your){_SP}+"
    rf"(?P<n>\d+|[a-z]+){_SP}+(?P<noun>[a-z]+)\b,?{_SP}+(?P<m>\d+|[a-z]+)\b(?![.,]?\d)"
)
_WINDOW = 60


def partitive_tally(body: str, start: int, end: int) -> bool:
    """The number at start..end is the whole or the part of "Of the N <group>, M ..."
    (the part smaller than the whole; "of the two sides, one" stays a bare "one")."""
    for m in _PARTITIVE.finditer(body, max(0, start - _WINDOW), min(len(body), end + _WINDOW)):
        if (start, end) not in (m.span("n"), m.span("m")):
            continue
        whole, part = small_value(m.group("n")), small_value(m.group("m"))
        if not _is_plural(m.group("noun")):
            return False  # "of the two sides, one": no group of several
        return whole is not None and part is not None and 1 < part < whole
    return False
