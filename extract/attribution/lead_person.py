""" "She"/"he" with no one before it to point at, in a piece about one person: an obituary
("Wendeline Achterhof, who has died aged 88, ... In a 1994 interview she recalled: '...'")
or a profile ("Marisol Okafor-Lindqvist's second feature ... 'My son had a fever,' she
said").

When no cited person fits the pronoun, a reader takes the person the piece opens with.
Only the first two sentences are read; they must name exactly one person (two or more
name words, a possessive allowed), that person must not be known as the other pronoun,
and the narrative (quotations blanked) between the name and the quotation must already
call someone by this pronoun ("Her nephew ...", "She arrived late"). Anything else: no
one.
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.place_names import names_beyond_places
from claimdesk.extract.sources import Entry, Registry, classify_name, split_person

_OPENING = 2  # sentences
_PRONOUN = {
    "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
}


def lead_person(
    masked: str, sentences: list[tuple[int, int]], pronoun: str, reg: Registry
) -> Entry | None:
    """The one person the piece's first sentences name, when the pronoun fits, or None."""
    people: dict[str, tuple[list[str], str, int]] = {}
    for ps, pe in sentences[:_OPENING]:
        for np in names_beyond_places(masked, ps, pe):  # not "Bins left on Farrant Lane"
            words = list(np.words)
            if any(w.lower() in ("and", "&") for w in words):
                return None  # "Agnes Pell and Birgit Shaw": two people, unsure who
            words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
            if all(w.isupper() for w in words if w.isalpha()):
                continue  # "HOLLIS CROSSING — ...": a dateline, never the lead (x16r)
            if classify_name(words) != "person":
                continue
            _title, name = split_person(words)
            if len(name) >= 2:
                people.setdefault(name[-1].lower(), (name, " ".join(words), ps))
    if len(people) != 1:
        return None
    ((name, surface, ps),) = people.values()
    last_s, last_e = sentences[-1]  # the quotation's own sentence ("..., she said"): not
    end = last_s if "\x00" in masked[last_s:last_e] else last_e
    # from the name on: "At six, Ada Baas walks ... with a windlass in her coat pocket"
    # calls her "her" inside the opening (a feature's lede, its title a heading)
    at = masked.find(surface, ps)
    start = at + len(surface) if at >= 0 else sentences[min(_OPENING, len(sentences)) - 1][1]
    before = masked[start:end] if start < end else ""
    if not _PRONOUN[pronoun].search(before):
        return None  # the piece never called its lead "she" before: a new person speaks
    ent = reg.by_alias(" ".join(name)) or reg.person(name, surface, ps)
    if ent.kind != "person" or ent.gender not in (None, pronoun):
        return None
    return ent
