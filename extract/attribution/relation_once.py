"""A role relation built once (xfix, issue 16): "his lawyer said" names "lawyer of X"
after "his" is resolved to X. When "his" resolves to the lawyer himself -- "His lawyer,
Y, objected to what he called ... and asked ..." -- the relation was stacked again:
"lawyer of lawyer of X", or "lawyer of Y" for the named lawyer. Neither is anyone the
article names, so both are wrong names. The relation itself is returned as is; a person
who holds it ("son of X") gives the relation back ("her son" is X's son, and which son
is not known: two sons may be named); a person with only the bare role is that person
when named in the same sentence ("Her adviser, Jonas Erbe, rejected ... and told"), else
no one (the lawyer's own lawyer is a reading real copy almost never means)."""

from __future__ import annotations

from claimdesk.extract.sources import Entry, Registry


def relation_of(who: str, ent: Entry, reg: Registry, pos: int, since: int) -> Entry | None:
    """The `who` of `ent` ("lawyer of X"), never stacked (see module)."""
    low = who.lower()
    if ent.name.lower().startswith(f"{low} of "):
        return ent  # "lawyer of X" already
    for role in (ent.role or "").split("; "):
        if role.lower().startswith(f"{low} of "):
            return reg.named(role, "anonymous", pos)  # "son of X", not X's son's son
        if role.lower() == low:
            return ent if ent.last >= since else None  # "Her adviser, X, ... and told"
    rel = reg.named(f"{who} of {ent.name}", "anonymous", pos)
    rel.add_role(who)
    return rel
