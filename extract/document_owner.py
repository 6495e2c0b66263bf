"""Who issued a document named with a lowercase owner (branch x16p, issue 16): "A memo
from the governor's office, distributed to lawmakers, projected ... '...,' according to
the memo." Wire copy credits statements to an office this way ("a letter from the
mayor's office", "a report by the senator's staff"); `Registry.document` read only a
capitalised issuer ("a report by the Sarn Basin Authority"), so the quotation was
no one's. The office is kept with its "the" as written ("the governor's office"), as a
one- or two-word owner after "the" already is (thirteenth pass, x16l), so the later
"the governor's office said" is the same source.

Kept apart from sources.py (near its size limit). Precision: "by"/"from" right after
the document word, "the", one or two lowercase words ending in a possessive, then a
body word (office, department, staff, team, campaign, ministry); else None."""

from __future__ import annotations

import re

_OFFICE = re.compile(
    r",?[ \u00a0]+(?:by|from)[ \u00a0]+(the[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?[a-z][\w-]*"
    r"['’]s?[ \u00a0]+(?:office|department|staff|team|campaign|ministry|press office))\b"
)


def owned_issuer(body: str, e: int) -> tuple[str, int] | None:
    """(the office's name as written, its offset) when the document word ending at `e`
    is followed by "from/by the <owner>'s office"; None otherwise."""
    m = _OFFICE.match(body, e, min(len(body), e + 80))
    if m is None:
        return None
    return " ".join(m.group(1).split()), m.start(1)
