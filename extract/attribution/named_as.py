"""An unnamed source who gives a name (ninth pass, issue 16): "Another caller, a nurse
who gave her name only as Jacinta, said ..." is the person Jacinta (a nurse, a caller),
not a source called "another caller"; so are "a driver identified only as Tomasz" and "a
resident who asked to be called Mira". Radio phone-ins and vox pops name people so.
Wire copy names a putschist or a gunman so (fifteenth pass, branch x19a): "an officer who
identified himself as Col. Ady Traoré said" is Traoré, whom a later "Traoré ... he said"
finds; a military or academic title before the name is kept as a role. Only inside the
subject of the attribution (before its verb), only a capitalised name right after the
phrase.
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry

_NAME = r"([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)"
_RANKS = "Col|Colonel|Capt|Captain|Maj|Major|Gen|General|Lt|Lieutenant|Sgt|Sergeant|Cpl|Cmdr|Dr"
_TITLED = rf"(?:((?:{_RANKS})\.?)[ \u00a0])?([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){{0,2}})"
_NAMED_AS = re.compile(
    r"(?:gave|gives|giving|give)[ \u00a0](?:her|his|their)[ \u00a0](?:first[ \u00a0])?"
    r"name[ \u00a0](?:only[ \u00a0])?as[ \u00a0]"
    rf"{_NAME}|(?:identified|known)[ \u00a0]only[ \u00a0]as[ \u00a0]{_NAME}"
    rf"|asked[ \u00a0]to[ \u00a0]be[ \u00a0](?:called|named|identified[ \u00a0]as)[ \u00a0]{_NAME}"
    r"|(?:identified|introduced|identifying|introducing)[ \u00a0](?:him|her)self"
    rf"[ \u00a0]as[ \u00a0]{_TITLED}"
)


def named_as(masked: str, a: int, b: int, role: str, reg: Registry) -> Entry | None:
    """The person an unnamed subject (masked[a:b], up to its verb) gives a name for."""
    m = _NAMED_AS.search(masked, a, b)
    if m is None:
        return None
    title, named = m.group(4), m.group(5)
    name = named if named is not None else next(g for g in m.groups() if g)
    ent = reg.person(name.split(), name, m.start())
    if role:
        ent.add_role(role)
    if title is not None and named is not None:
        ent.add_role(title)
    return ent
