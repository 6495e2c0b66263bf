""" "The retired nurse said" right after a sentence about one named person who has not
spoken yet: "Across the lane, Morwenna Stillgoe-Park, 70, was less sure. The retired
nurse said ...".

"the former X" / "the retired X" describes what someone was, so it points back at a
person the reader already knows; when the sentence before (same paragraph) cites no one
and names exactly one person, with two or more name words, that is who. Any other
count: no one (the description stays as written).
"""

from __future__ import annotations

from claimdesk.extract.attribution.subjects import sentence_names, sentence_subjects
from claimdesk.extract.sources import Entry, Registry, classify_name, split_person

Span = tuple[int, int]


def former_speaker(
    masked: str, sentences: list[Span], si: int, prev: list[Entry], reg: Registry
) -> Entry | None:
    """ "The former teacher added" in sentence `si`: the one person the sentence before
    (same paragraph) cited (`prev`, its speakers), else the one it names (former_person)."""
    pe = sentences[si - 1][1]
    if "\n" in masked[pe : sentences[si][0]]:
        return None
    people = {id(e): e for e in prev}
    if len(people) == 1:
        (ent,) = people.values()
        return ent if ent.kind == "person" else None
    if not people:
        return former_person(masked, sentences[si - 1][0], pe, reg)
    return None


def former_person(masked: str, ps: int, pe: int, reg: Registry) -> Entry | None:
    """The one person the sentence masked[ps:pe] names, or None."""
    people: dict[str, tuple[list[str], str]] = {}
    for np in sentence_subjects(masked, ps, pe) + sentence_names(masked, ps, pe):
        if np.kind != "name" or classify_name(list(np.words)) != "person":
            continue
        _title, name = split_person(list(np.words))
        if len(name) < 2:
            continue
        people.setdefault(name[-1].lower(), (name, " ".join(np.words)))
    if len(people) != 1:
        return None
    ((name, surface),) = people.values()
    ent = reg.by_alias(" ".join(name)) or reg.person(name, surface, ps)
    return ent if ent.kind == "person" else None
