"""A bare quotation answering a question (tenth pass, issue 16): in an exchange of
paragraphs, '"No. Not one," Okwu said.' / '"Can you put that in writing?" Ruddle
pressed.' / '"We already have."' -- the bare reply is the other side's, Okwu's, not the
asker's that the previous-quote rule would hand on.

Precision guards: the quotation before must end in a question mark, open its own
paragraph right after the one before it, and the quotation before that (the paragraph
before again) must be a different person's: an alternating exchange. A speaker who asks
a question and goes on ('"Why now?" he asked. / "Nobody knows."') is not in one.
"""

from __future__ import annotations

from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry


def answer_side(
    body: str, raw: list[RawQuote], speakers: list[Entry | None], qi: int
) -> Entry | None:
    """The person a bare reply at raw[qi] answers for, or None (see module)."""
    if qi < 2:
        return None
    prev, before = raw[qi - 1], raw[qi - 2]
    asker, other = speakers[qi - 1], speakers[qi - 2]
    if asker is None or other is None or other is asker or other.kind != "person":
        return None
    if not body[prev.start : prev.end].rstrip().endswith("?"):
        return None
    if prev.paragraph != raw[qi].paragraph - 1 or before.paragraph != prev.paragraph - 1:
        return None
    return other
