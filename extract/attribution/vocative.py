"""A first name in the vocative is the listener (fifteenth pass, branch x16x, issue 16).

Broadcast interviews and hearings run as bare quote paragraphs, and an interrupted answer
often opens on the interviewer's first name: "Briony, I'm not going to—" (UK radio),
"Chuck, look, I've said what I've said." (a US Sunday show), "With respect, Niamh, that is
not the question." A bare quote paragraph went to the previous paragraph's speaker: the
interviewer, the one the words are spoken to. addressee.py read only a title and a surname
at the end ("..., Mr Crane."); this reads a lone given name as a clause of its own at the
quotation's start or end, and matches it to exactly one person the article cited by that
first name. Nobody calls themself by their first name, so that person is never the
speaker; the exchange steps then give the turn to the other side, or to nobody.
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry

# "Briony, ..." / "Look, Chuck, ..." / "With respect, Niamh, ..." at the start
_OPENING = re.compile(
    r"^[\"“‘' \u00a0]*(?:[A-Z][a-z]+(?:[ \u00a0]+[a-z]+)?,[ \u00a0]+)?([A-Z][a-z'’-]+),"
)
# "..., Briony." / "..., Chuck?" / "..., Niamh —" at the end
_CLOSING = re.compile(r",[ \u00a0]+([A-Z][a-z'’-]+)[ \u00a0]*[.?!—–…-]*[\"”’' \u00a0]*$")


def first_name_called(said: str, reg: Registry) -> Entry | None:
    """The one cited person a quotation calls by their first name alone, at its start or
    end, else None (two people of that first name, or none: nobody)."""
    names = []
    if (m := _OPENING.match(said[:80])) is not None:
        names.append(m.group(1))
    if (m := _CLOSING.search(said[-80:])) is not None:
        names.append(m.group(1))
    for name in names:
        low = name.lower()
        people = [e for e in reg.entries if e.kind == "person" and e.cited and e.first == low]
        if len(people) == 1:
            return people[0]
    return None
