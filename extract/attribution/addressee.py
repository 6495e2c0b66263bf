"""Who a quotation speaks to (issue 16): "That is not what I asked you, Mr Crane." ends
by naming its listener. In a courtroom or debate exchange a bare quote paragraph goes to
the previous quote's speaker; when that speaker is the one addressed, the words are the
other side's, and the bare quote paragraph after it is the addressee's answer."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.vocative import first_name_called, title_called
from claimdesk.extract.record import Quote
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
        return first_name_called(said, reg)  # "Briony, I'm not going to—" (vocative.py)
    ent = reg.by_alias(m.group(1)) or reg.by_alias(m.group(1).split()[-1])
    return ent if ent is not None and ent.kind == "person" else None


def other_side(speakers: list[Entry | None], ent: Entry, upto: int) -> Entry | None:
    """The latest speaker before quote `upto` (up to four quotes back) who is not `ent`."""
    for k in range(upto - 1, max(-1, upto - 5), -1):
        who = speakers[k]
        if who is not None and who is not ent and who.kind == "person":
            return who
    return None


# x16s: a person the quotation calls by title and name, anywhere in it ("Thank you, Ms
# Delacroix," / "Ms Delacroix, your time is up."): a clause edge before, one after.
_CALLED = re.compile(
    r"(?:^|,[ \u00a0]+)(?:Mr|Mrs|Ms|Miss|Dr|Professor|Judge|Councillor|Cllr|Senator|Sen|"
    r"Minister|Governor|Gov|Mayor|Congressman|Congresswoman|Representative|Rep|Secretary)"
    r"\.?[ \u00a0]+([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)?)(?=[,.?!]|[ \u00a0]*$)"
)


def unaddressed(quotes: list[Quote], reg: Registry) -> list[Quote]:
    """The quotes, none left to the person it calls by title and name: 'Delacroix was
    interrupted by the moderator, Jane Ruiz, ... "Thank you, Ms Delacroix," she said.'
    went to Delacroix, the sentence's subject. Nobody calls themself "Ms Delacroix": no
    one (precision first), as `speaker` still holds the registry's entries here."""
    for q in quotes:
        ent = q.speaker
        if not isinstance(ent, Entry) or ent.kind != "person":
            continue
        if first_name_called(q.text, reg) is ent or title_called(q.text, reg, q.start) is ent:
            q.speaker = None  # "Briony, I'm not going to—", "Mr Speaker, ..." (vocative.py)
            continue
        for m in _CALLED.finditer(q.text[:400]):
            called = reg.by_alias(m.group(1)) or reg.by_alias(m.group(1).split()[-1])
            if called is ent:
                q.speaker = None
                break
    return quotes
