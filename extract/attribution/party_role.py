"""A party label in apposition is the person's role, not a source: "Rep. Lorna Ash,
Republican of Westmoor, whose district ..., welcomed the pause" is Lorna Ash (role
"Republican of Westmoor"), never a source "Republican of Westmoor"."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import word_set

_PARTIES = word_set("democrat republican independent democrats republicans")
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’-]+[ \u00a0]+[A-Z][\w'’-]+),[ \u00a0]*$"
)


def is_party_label(words: list[str]) -> bool:
    """ "Republican of Westmoor", "Democrat of Harlow County"."""
    return len(words) >= 3 and words[0].lower() in _PARTIES and words[1] == "of"


def name_before(masked: str, lo: int, at: int) -> list[str] | None:
    """The name (with any title) written right before the label and its comma."""
    m = _NAME_BEFORE.search(masked, max(lo, at - 80), at)
    return m.group(1).split() if m else None
