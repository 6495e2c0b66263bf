"""A later "which X described as '...'" owns only its own quotation (fifteenth pass,
branch x19a, issue 16): in 'The leaders' final communiqué said the islands faced "an
existential threat," and urged donors to act, which Fakahua described as "a maze."' the
first quotation is the communiqué's; the chair's label for another thing in a later
clause took it, as the nearest attribution left once the communiqué was no source.
A labelling verb ("described", "called", "dubbed" ... lexicon.QUOTE_VERBS) followed by
"as" labels the quotation after it; a quotation before it, across a new clause
(", which", ", and", "; "), is not its words: it goes to the attribution before it
('Ms Ode said the plan was "a giveaway," which X described as ...'), else to no one."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from claimdesk.extract.lexicon import QUOTE_VERBS

T = TypeVar("T")


class _Att(Protocol):
    a: int
    b: int


_AS_NEXT = re.compile(r"[ \u00a0]+(?:(?:it|them|this|that)[ \u00a0]+)?as\b")
_NEW_CLAUSE = re.compile(
    r"[,;][ \u00a0]*(?:and|but|which|while|whereas|a[ \u00a0]+move)\b|;"
    r"|^[ \u00a0]*(?:and|but|which|while)\b"  # the comma inside the quotation: '"...," and'
)
_REACH = 400  # characters between the quotation and the label looked at


def label_after(masked: str, qb: int, a: int, b: int) -> bool:
    """Whether the attribution masked[a:b] (after the quotation ending at qb) is a label
    "X described as" across a new clause, so it cites nobody for that quotation."""
    if a < qb or a - qb > _REACH:
        return False
    verb = masked[a:b].rsplit(None, 1)[-1].lower() if masked[a:b].strip() else ""
    if verb not in QUOTE_VERBS or _AS_NEXT.match(masked, b) is None:
        return False
    gap = masked[qb + 1 : a]
    return _NEW_CLAUSE.search(gap) is not None


def past_label(
    masked: str, qa: int, qb: int, att: _Att, ent: T, cands: list[tuple[_Att, T]]
) -> T | None:
    """`ent`, unless the chosen attribution `att` is a later label (label_after): then the
    speaker of the nearest attribution ending before the quotation (qa), else None."""
    if not label_after(masked, qb, att.a, att.b):
        return ent
    before = [c for c in cands if c[0].b <= qa]
    return before[-1][1] if before else None
