"""Who "she"/"he" is when the sentence before names its subject and one other person:
the other one, when only that one can be the pronoun.

'Cllr Tulloch was ruled out of order by the chairman, Cllr Bryony Lister, after ... .
"That's enough, councillor," she said.' The subject (Tulloch) is "he"; the chairman the
passive names is the only person of that sentence who can be "she". The old fallback,
the last woman quoted anywhere before, credited a cabinet member who had spoken three
paragraphs earlier. Only people named in full or with a title count, and two who
could both be the pronoun are no one (precision first).
"""

from __future__ import annotations

from claimdesk.extract.attribution.lead_person import lead_person
from claimdesk.extract.attribution.sole_of_gender import sole_of_gender
from claimdesk.extract.attribution.subjects import sentence_names
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    split_person,
    strip_possessive,
)


def _known(reg: Registry, name: list[str]) -> Entry | None:
    """The person entry already known by that name (full, else by surname alone)."""
    ent = reg.by_alias(" ".join(name))
    if ent is not None:
        return ent
    surname = name[-1].lower()
    first = name[0].lower() if len(name) > 1 else None
    for e in reg.entries:
        if e.kind == "person" and e.surname == surname and (first is None or e.first == first):
            return e
    return None


def named_beside(masked: str, ps: int, pe: int, pronoun: str, reg: Registry) -> Entry | None:
    """The one person named in the sentence ps..pe who can be `pronoun`, when every
    other person named there is known as the other pronoun."""
    if pronoun not in ("he", "she"):
        return None
    found: dict[str, tuple[list[str], list[str], str]] = {}
    for np in sentence_names(masked, ps, pe):
        words = list(np.words)
        words[-1] = strip_possessive(words[-1])
        if classify_name(words) != "person" or np.det == "the" or np.org_hint:
            continue  # "a reporter for the Harbor Ledger": a paper, never "she" (x16w)
        title, name = split_person(words)
        if not name or (len(name) < 2 and not title):
            continue
        known = _known(reg, name)
        if known is not None and known.gender not in (None, pronoun):
            continue  # the subject the pronoun cannot be
        key = (known.name if known is not None else " ".join(name)).lower()
        found[key] = (title, name, " ".join(words))
    if len(found) != 1:
        return None
    ((title, name, surface),) = found.values()
    ent = reg.person(name, surface, ps)
    if ent.gender not in (None, pronoun):
        return None
    if title:
        ent.add_role(" ".join(title))
    return ent


def when_last_is_other(
    masked: str, sentences: list[tuple[int, int]], si: int, pronoun: str, reg: Registry
) -> Entry | None:
    """The pronoun's person when the latest person cited cannot be it: one named
    beside the subject of the sentence before, else the latest cited of that pronoun,
    else the piece's lead person."""
    if si > 0 and (ent := named_beside(masked, *sentences[si - 1], pronoun, reg)) is not None:
        return ent
    return (
        reg.last_of_gender(pronoun)
        or lead_person(masked, sentences[: si + 1], pronoun, reg)
        or sole_of_gender(pronoun, sentences[si][0], reg)  # "she" after "Marcus Hale" (x16w)
    )
