"""An interrupted turn resumes after the interjection (fifteenth pass, branch x16x,
issue 16).

Broadcast interviews, hearings and sketches print a cut-off answer as a bare quote
paragraph ending on a dash, then the interruption, then the first speaker again:

    "Briony, I'm not going to—"
    "It's a simple question."
    "And I'm giving you a simple answer ..."

The third paragraph went to the interrupter (the previous paragraph's speaker). When the
turn two paragraphs back was cut off (its quotation ends on a dash; an ellipsis may only
elide), the one right after it was someone else's, and this bare paragraph follows at
once, the floor goes back to the one who was cut off. Three quote paragraphs in a row,
two people: any other shape (a third person, a paragraph of prose between) is left to
the other rules.
"""

from __future__ import annotations

from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry

_CUT = ("—", "–", "--", "-")  # a dash cuts a turn off; an ellipsis may only elide


def resumed_turn(
    body: str, raw: list[RawQuote], speakers: list[Entry | None], qi: int
) -> Entry | None:
    """The speaker cut off two paragraphs before raw[qi], resuming, or None."""
    if qi < 2:
        return None
    q, mid, cut = raw[qi], raw[qi - 1], raw[qi - 2]
    if mid.paragraph != q.paragraph - 1 or cut.paragraph != mid.paragraph - 1:
        return None
    first, other = speakers[qi - 2], speakers[qi - 1]
    if first is None or other is None or first is other:
        return None
    if first.kind != "person" or other.kind != "person":
        return None
    if not body[cut.start : cut.end].rstrip().endswith(_CUT):
        return None
    return first
