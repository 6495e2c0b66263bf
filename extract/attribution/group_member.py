"""One of a group that was just cited speaks (thirteenth pass, issue 16): "Two former
trustees said the row had been building. One of them said the show was now 'quietly
dead'. The other added: '...'" Both quotations are the trustees' (an unnamed group is
credited as the group: the desk cannot tell its members apart). Political copy splits a
group of unnamed sources this way; the subject "One of them" / "The other" named no one,
so the sentence was no attribution and the quotations no one's.

Precision guards: the sentence opens with "One of them", "One of the two", "Another of
them", "The other" or "The other one", then a speech verb; the group is the latest
unnamed source with a plural head ("two former trustees", "several officials") cited in
the two sentences before, and no other source is cited between."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdesk.extract.attribution.unnamed_who import plural_head
from claimdesk.extract.sources import Entry

_MEMBER = re.compile(
    r"[ \t\u00a0\n]*(?:One[ \u00a0]+of[ \u00a0]+(?:them|the[ \u00a0]+two|the[ \u00a0]+three)|"
    r"Another[ \u00a0]+of[ \u00a0]+them|The[ \u00a0]+other(?:[ \u00a0]+one)?)[ \u00a0]+"
    r"(?:also[ \u00a0]+)?(?:said|says|added|adds|told|recalled|noted|insisted|agreed|"
    r"countered|replied|claimed|argued|disagreed|warned|wrote)\b"
)
_BACK = 2  # sentences looked back over


def group_member(
    masked: str,
    sent_start: int,
    si: int,
    per_sentence: Sequence[Sequence[tuple[object, Entry | None]]],
) -> Entry | None:
    """The plural unnamed source that sentence `si` (opening at `sent_start`) names one
    member of, or None (see module)."""
    if _MEMBER.match(masked, sent_start) is None:
        return None
    for k in range(si - 1, max(-1, si - 1 - _BACK), -1):
        for _a, ent in reversed(per_sentence[k]):
            if ent is None:
                continue
            if ent.kind == "anonymous" and plural_head(ent.name):
                return ent
            return None  # someone else cited since: not sure whose member
    return None
