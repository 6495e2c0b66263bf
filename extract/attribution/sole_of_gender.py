"""The one person of the pronoun's gender named before, when the latest person cited
cannot be the pronoun (fifteenth pass, branch x16w, issue 16):

    Sen. Marcus Hale and Sen. Jolene Ferris clashed over the farm bill on Tuesday.
    Hale said the subsidies were "a giveaway to agribusiness."
    "Tell that to the family farmers in my state," she said.

Hale is "he" by his given name (extract/given_gender.py), Ferris was named but never
cited, so "she" had no one. Here the article's "Given Surname" pairs before the
pronoun (`GivenNames`, read once per article) are looked through: when exactly one
person's given name is of the pronoun's gender, that person; two, or none: nobody."""

from __future__ import annotations

from claimdesk.extract.attribution.given_names import PAIR
from claimdesk.extract.given_gender import given_gender
from claimdesk.extract.lexicon import NOT_NAME, TITLES
from claimdesk.extract.sources import Entry, Registry


def _she(given: str) -> bool:
    return given not in TITLES and given_gender(given) == "she"


def _he(given: str) -> bool:
    return given not in TITLES and given_gender(given) == "he"


_SHE, _HE = _she, _he  # one object each: GivenNames keeps each filter's list


def sole_of_gender(pronoun: str, pos: int, reg: Registry) -> Entry | None:
    """The one person named before `pos` whose given name says `pronoun`, or None."""
    if pronoun not in ("he", "she"):
        return None
    names: dict[str, int] = {}
    for given in reg.given_names.givens(_SHE if pronoun == "she" else _HE):
        first, full = reg.given_names.whole(given)  # one surname in the whole article
        if 0 <= first < pos and full is not None:
            names[full] = first
            if len(names) > 1:
                return None
    if len(names) != 1 or not _others_ruled_out(reg, names, pronoun):
        return None
    (name,) = names
    ent = reg.person(name.split(), name, pos)
    return ent if ent.kind == "person" and ent.gender in (None, pronoun) else None


_SPAN = 300  # characters each side of the name read for the sentence it opens in


def _others_ruled_out(reg: Registry, names: dict[str, int], pronoun: str) -> bool:
    """Whether every other person named in the sentence the one name was first written
    in is of the other gender by given name ("Sen. Marcus Hale and Sen. Jolene
    Ferris"); a name whose gender is not known ("Agnes Pell and Birgit Shaw") might be
    the pronoun too: then nobody."""
    ((_name, at),) = names.items()
    body = reg.body
    back = max(0, at - _SPAN)
    lo = max(back, body.rfind(". ", back, at) + 1, body.rfind("\n", back, at) + 1)
    hi_stop = body.find(". ", at, at + _SPAN)
    hi_line = body.find("\n", at, at + _SPAN)
    hi = min(x for x in (hi_stop, hi_line, min(len(body), at + _SPAN)) if x >= 0)
    other = "he" if pronoun == "she" else "she"
    for m in PAIR.finditer(body, lo, hi):
        given = m.group(1)
        if m.start() == at or given in TITLES or given in NOT_NAME or given.endswith(("'s", "’s")):
            continue
        if given_gender(given) != other:
            return False
    return True
