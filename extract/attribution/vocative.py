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

from claimdesk.extract.attribution.role_link import sole_holder
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


# "Senator, with respect, ..." / "Minister, ..." / "Mr Speaker, ..." / "Madam Chair, ..."
# opening the quotation: an office in the vocative
_TITLE_OPENING = re.compile(
    r"^[\"“‘' \u00a0]*(?:(?:Mr|Madam|Madame)\.?[ \u00a0]+)?"
    r"(Senator|Congressman|Congresswoman|Governor|Mayor|Minister|Chancellor|Secretary|"
    r"Speaker|Chair|Chairman|Chairwoman|Councillor|Commissioner|Taoiseach|Premier|President)"
    r",[ \u00a0]"
)
_ABBR = {"senator": "sen.", "congressman": "rep.", "congresswoman": "rep.", "governor": "gov."}


def title_called(said: str, reg: Registry, pos: int | None = None) -> Entry | None:
    """The one cited person who holds the office a quotation opens by addressing
    ("Senator, with respect, ...", "Mr Speaker, ..."): the office in their name, title or
    role, else the one person written beside it before `pos`; two holders or none: None."""
    m = _TITLE_OPENING.match(said[:40])
    if m is None:
        return None
    office = m.group(1).lower()
    abbr = _ABBR.get(office)
    holders = []
    for e in reg.entries:
        if e.kind != "person" or not e.cited:
            continue
        hay = " ".join([e.name, e.role or "", *e.aliases]).lower()
        if re.search(r"\b" + office + r"\b", hay) or (
            abbr and re.search(r"(?<!\w)" + re.escape(abbr) + r"(?!\w)", hay)
        ):
            holders.append(e)
    if len(holders) == 1:
        return holders[0]
    if holders or pos is None:
        return None
    # "The Speaker, Sir Ewart Pinnock," / "the committee chair, Rep. Ida Voss": the one
    # person the article wrote beside the office (role_link.py, a bounded look back)
    held = sole_holder(reg.body, [m.group(1)], pos, reg)
    return held if held is not None and held.cited else None
