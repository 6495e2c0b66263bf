"""Two small readings the pronoun step of speech.py uses (moved here to keep that module
under its size limit): which names of the sentence before may be who "he"/"she" is, and
the person a sentence opening with "The <title>" means."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.gap_subject import named_subject_back
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import fwd_subject, sentence_names
from claimdesk.extract.attribution.tokens import is_cap, is_possessive, tokenize
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import Entry, Registry, classify_name, split_person

# Who keeps order in a chamber, a hearing or a debate: "The chairman stepped in."
_CHAIRS = word_set("speaker chairman chairwoman chair chairperson moderator judge referee host")
_PRONOUNS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|I|[Ww]e)\b")


def skip_possessors(cands: list[NP]) -> list[NP]:
    """ "Marchetti's agent, Coral Pennington, sighed": the possessor is not who "she" is
    when the sentence names another person after it."""
    names = [np for np in cands if np.kind == "name"]
    return [
        np
        for np in cands
        if not (
            np.kind == "name"
            and is_possessive(np.words[-1])
            and any(o.start > np.start and not is_possessive(o.words[-1]) for o in names)
        )
    ]


def titled_subject(masked: str, s: int, e: int, reg: Registry) -> Entry | None:
    """The person a sentence opening with "The <title>" ("The mayor did not let that
    pass.") means: the one the article named with that title, else None; one who keeps
    order ("The chairman stepped in.", "The Speaker rose.") never named: that role."""
    toks = tokenize(masked, s, min(e, s + 120))
    np = fwd_subject(toks, 0, masked, appositive=False) if toks else None
    if np is not None and np.kind == "name" and np.det == "the" and len(np.words) == 1:
        return _unnamed_chair(np.words[0], reg, s)  # "The Speaker rose."
    if np is None or np.kind != "desc" or np.det != "the" or len(np.words) != 1 or not np.head:
        return None
    ent = reg.described(np.head, s)
    if ent is not None and ent.kind == "person":
        return ent
    return _unnamed_chair(np.words[-1], reg, s) if ent is None and not np.premod else None


def _unnamed_chair(word: str, reg: Registry, s: int) -> Entry | None:
    """x16s: "The Speaker intervened as backbenchers jeered. '...,' he said." is the
    Speaker, whom the article never names, not the last man quoted; when anyone in the
    piece holds that role ("The committee's chairman, Sen. Oren Blake,"), no one."""
    low = word.lower()
    if low not in _CHAIRS or reg.described(low, s) is not None:
        return None
    if any(e.role and low in e.role.lower() for e in reg.entries if e.kind == "person"):
        return None
    if re.search(rf"\b{low}\b", reg.body[:s], re.IGNORECASE) and low != "speaker":
        return None  # "chaired by", "the committee's chairman" written before: unsure
    return reg.named(f"the {word}", "anonymous", s)


def subject_over_gap(masked: str, s: int, e: int, ps: int, pe: int, reg: Registry) -> Entry | None:
    """Tenth pass: "Okonedo-Fairley now plans a second study. The team has a nickname for
    the colonies. '...,' she said": when the sentence before (ps..pe) names no one, the
    cited person opening the sentence before that (s..e) is who "she" is. Only an entry
    already cited, written as its name or surname, and only over one such sentence."""
    if sentence_names(masked, ps, pe) or _PRONOUNS.search(masked, ps, pe):
        return None  # the gap sentence names or points at someone itself
    toks = tokenize(masked, s, min(e, s + 80))
    if not toks or not is_cap(toks[0].text):
        return named_subject_back(masked, s, e, ps, reg)  # "Shortly after ten Ek ..." (x16v)
    k = 1
    while k < len(toks) and k < 4 and is_cap(toks[k].text):
        k += 1
    words = [t.text for t in toks[:k]]
    hit = reg.by_alias(" ".join(words))
    if hit is not None and hit.kind == "person" and hit.cited:
        return hit
    if hit is None and k < len(toks) and toks[k].text.islower():
        opener = gendered_opener(words, s, reg)
        if opener is not None:
            return opener
    return named_subject_back(masked, s, e, ps, reg)  # named in the lede, not yet cited (x16v)


def gendered_opener(words: list[str], pos: int, reg: Registry) -> Entry | None:
    """Fifteenth pass (x16w): "Gov. Theresa Walcott signed the budget. The plan raises
    pay. '...,' she said": a person named in full opening the sentence before the gap,
    never cited yet, is "she" only when a title or the given name tells the gender (the
    caller checks it is the pronoun's); else nobody, as before."""
    if classify_name(words) != "person":
        return None
    title, name = split_person(words)
    if len(name) < 2:
        return None
    ent = reg.person(name, " ".join(words), pos)
    if ent.kind != "person" or ent.gender not in ("he", "she"):
        return None
    if title:
        ent.add_role(" ".join(title))
    return ent
