"""Who a quotation speaks to (issue 16): "That is not what I asked you, Mr Crane." ends
by naming its listener. In a courtroom or debate exchange a bare quote paragraph goes to
the previous quote's speaker; when that speaker is the one addressed, the words are the
other side's, and the bare quote paragraph after it is the addressee's answer."""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry

# ", Mr Crane." / ", Dr Ames?" / ", Professor Lind!" at the end of the quoted text
_VOCATIVE = re.compile(
    r",[ \u00a0]+(?:Mr|Mrs|Ms|Miss|Dr|Professor|Judge|Councillor|Senator|Minister)\.?"
    r"[ \u00a0]+([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)?)[ \u00a0]*[.?!]?[ \u00a0]*$"
)


def addressed(said: str, reg: Registry) -> Entry | None:
    """The known person a quotation names as its listener at its end, else None."""
    m = _VOCATIVE.search(said[-120:])
    if m is None:
        return None
    ent = reg.by_alias(m.group(1)) or reg.by_alias(m.group(1).split()[-1])
    return ent if ent is not None and ent.kind == "person" else None


def other_side(speakers: list[Entry | None], ent: Entry, upto: int) -> Entry | None:
    """The latest speaker before quote `upto` (up to four quotes back) who is not `ent`."""
    for k in range(upto - 1, max(-1, upto - 5), -1):
        who = speakers[k]
        if who is not None and who is not ent and who.kind == "person":
            return who
    return None
