"""The person a report "quoted ... as saying" (thirteenth pass, issue 16): "Reuters
quoted Finance Minister Ada Vorn as saying the deficit was 'under control'", "Your
report quoted the council's transport chief, Councillor Neil Hathersage, as saying that
the scheme was 'about fairness above all'". Wire and political copy cite a source this
way; the speaker is the object of "quoted", never the outlet that quoted them (main
credited no one: "quoted" is no speech verb, and "saying" had no subject).

Precision guards: "quoted", then at most 120 characters holding no quotation, then "as
saying", "as telling", "as stating" or "as describing", all before the quotation and in
its sentence; what lies between must read as one noun phrase to its end (a name, or a
description such as "a senior official"), else no one."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.subjects import fwd_subject
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.sources import Entry, Registry
from claimdesk.extract.speakers import _resolve

_QUOTED_AS = re.compile(
    r"quoted[ \u00a0]+([^\x00\n]{2,120}?),?[ \u00a0]+as[ \u00a0]+"
    r"(?:saying|telling|stating|describing)\b"
)


def quoted_as(masked: str, s: int, open_mark: int, reg: Registry) -> Entry | None:
    """The source a sentence opening at `s` "quoted ... as saying" before the quotation
    at `open_mark`, or None."""
    m = None
    for found in _QUOTED_AS.finditer(masked, s, open_mark):
        m = found  # the last one before the quotation
    if m is None:
        return None
    a, b = m.span(1)
    toks = tokenize(masked, a, b)
    if toks and toks[-1].text == ",":
        toks = toks[:-1]
    np = fwd_subject(toks, 0, masked, appositive=True) if toks else None
    if np is None or np.kind == "pronoun" or np.end != len(toks):
        return None
    ent = _resolve(np, masked[a:b], reg, a)
    if ent is not None:
        reg.note_speaker(ent, a)
    return ent
