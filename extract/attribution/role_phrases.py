"""Role phrases that are no names (issue 16): a team before a role word ("Lynx
goaltender Pekka Maki made 41 saves") and a party and seat after a name ("Senator Hollis
Strand, Independent of Corrin Bay, said") are the named person's role, never the
speaker."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.particles import particles_fwd
from claimdesk.extract.attribution.role_words import role_noun
from claimdesk.extract.attribution.tokens import Tok, is_cap, is_possessive
from claimdesk.extract.lexicon import NOT_NAME
from claimdesk.extract.sources import classify_name


def named_after_role(toks: list[Tok], np: NP) -> NP | None:
    """ "Lynx goaltender Pekka Maki made 41 saves": the sentence is about Pekka Maki, a
    person, and "Lynx" (a team) with "goaltender" is his role; None unless a role word and
    a name of two or more capitalised words follow the opening name."""
    n = len(toks)
    j = np.end
    k = j
    while k < n and k - j < 2 and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1
    if k == j or not role_noun(toks[k - 1].low):
        return None
    m = k
    while m < n and is_cap(toks[m].text) and toks[m].text not in NOT_NAME:
        m += 1
        if is_possessive(toks[m - 1].text):
            return None
        m = particles_fwd(toks, m)  # "coach Hilary Van der Berg": the name stays whole
    if m - k < 2:
        return None
    named = NP("name", k, m, [t.text for t in toks[k:m]], sentence_initial=False)
    named.premod = [t.text for t in toks[np.start : k]]
    return named


def seat_after_person(toks: list[Tok], np: NP) -> NP | None:
    """ "Senator Hollis Strand, Independent of Corrin Bay, said", "Deputy Ysolde Pryce,
    Green Union of Lowfirth, told": a capitalised "X of Place" right after a person's
    name and a comma is that person's party and seat (or office), never the speaker.
    Returns the person, with the seat as role; else None."""
    if np.kind != "name" or "of" not in np.words or np.start < 3:
        return None
    if toks[np.start - 1].text != ",":
        return None
    before = np_back(toks, np.start - 2)
    if (
        before is None
        or before.kind != "name"
        or len(before.words) < 2
        or "of" in before.words
        or classify_name(before.words) != "person"
    ):
        return None
    before.role = " ".join(np.words)
    return before
