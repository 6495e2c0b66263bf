"""The writer's aside between commas: ", and I wrote this down," is not who speaks the
quotation beside it when someone else is cited there."""

from __future__ import annotations

import re

FIRST_PERSON = frozenset(("i", "we"))
_ASIDE = re.compile(
    r",[ \u00a0]+(?:and[ \u00a0]+)?(?:I|we)[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+){0,3},"
)


def writer_aside(masked: str, pronoun: str | None, at: int) -> bool:
    """Whether a first-person attribution at `at` is an aside between commas."""
    if pronoun not in FIRST_PERSON:
        return False
    m = _ASIDE.search(masked, max(0, at - 8), at + 60)
    return m is not None and m.start() < at
