"""Two appositives after a name (branch x16r, issue 16): "Sen. Doreen Kagawa, D-Ohio, who
wrote the bill, said" and "Nadine Ekpo, a policy director at the Rural Lines Institute, a
nonpartisan research group, said". Walking back from the verb over the commas, the
phrase met first is the one just before the last appositive: a party-state tag ("D-Ohio",
"R-N.M.") or the person's own description. Neither is a speaker: wire copy writes the
tag and broadsheets stack a role and its body's gloss after nearly every name. The name
before them speaks, with the description as its role. Precision: the name must open its
clause and read as a person (two or more words), else the rule gives nothing."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import (
    NP,
    _clean_role,
    _extend_pp,
    _premod,
    _start_ok,
    np_back,
)
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import ORG_NOUNS, is_role_word
from claimdesk.extract.sources import classify_name

# "D-Ohio", "R-Texas", "D-N.M", "I-Vt": a party initial, a hyphen, a state
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
_DETS = frozenset(("a", "an", "the"))
_AGE = re.compile(r"\d{1,3}")


def is_party_tag(np: NP) -> bool:
    """ "D-Ohio" (one token; a trailing abbreviation stop may follow)."""
    words = [w for w in np.words if w != "."]
    return len(words) == 1 and PARTY_TAG.fullmatch(words[0]) is not None


def _person_before(toks: list[Tok], comma: int) -> NP | None:
    """The person's name that ends right before the comma at `comma` and opens its
    clause ("Sen. Doreen Kagawa,"), else None."""
    if comma < 1 or toks[comma].text != ",":
        return None
    if comma >= 3 and _AGE.fullmatch(toks[comma - 1].text) and toks[comma - 2].text == ",":
        comma -= 2  # "Josie Kwarteng, 42, a nurse from Leeds, a mother of three,"
    named = np_back(toks, comma - 1)
    if named is None or named.kind != "name" or named.end != comma or len(named.words) < 2:
        return None
    if classify_name(named.words) != "person":
        return None
    if not _start_ok(toks, named.start):
        _premod(toks, named)  # "Veteran campaigner Joan Pettit, a founder of ..., a ..."
        if not named.premod or not _start_ok(toks, named.start):
            return None
    return named


def name_before_appositive(toks: list[Tok], np: NP, body: str) -> NP | None:
    """The person named before `np` when `np` is itself an appositive of that name: a
    party-state tag, or a person's description with an article ("a policy director at
    the X Institute"). None when `np` is something else or no person's name precedes."""
    if np.start < 2 or toks[np.start - 1].text != ",":
        return None
    if np.kind == "name" and is_party_tag(np):
        return _person_before(toks, np.start - 1) or _described_by_name(toks, np.start - 1)
    if np.kind == "name" and np.det == "the" and any(is_role_word(w.lower()) for w in np.words):
        # "Ms Okoro, the Labour MP for Bristol West, a former nurse, said": a capitalised
        # office read as a name
        named = _person_before(toks, np.start - 1)
        if named is not None:
            named.role = _clean_role(body[toks[np.start].start : toks[np.end - 1].end])
        return named
    if np.kind != "desc" or np.det not in _DETS:
        return None
    if np.head in ORG_NOUNS:
        return _glossed(toks, np, body)
    named = _person_before(toks, np.start - 1)
    if named is not None:
        named.role = _clean_role(body[toks[np.start].start : toks[np.end - 1].end])
    return named


def _glossed(toks: list[Tok], np: NP, body: str) -> NP | None:
    """ "The Hollin Trust, a charity, which ..., said": a body's gloss ("a charity", "a
    think tank") after its name; the name speaks. After a person's description ("Maeve
    Ostrander, a researcher at the Hollin Trust, a charity, who ..., said") the gloss is
    of the body inside the description, and the person speaks."""
    if np.det not in ("a", "an"):
        return None
    comma = np.start - 1
    before = np_back(toks, comma - 1)
    if before is None or before.end != comma or before.kind == "pronoun":
        return None
    if not _start_ok(toks, before.start):
        before = _extend_pp(toks, before)  # "a researcher at the Hollin Trust"
    if not _start_ok(toks, before.start):
        return None
    if before.kind == "name" and len(before.words) >= 2:
        return before
    if before.kind == "desc" and before.head not in ORG_NOUNS and before.det in _DETS:
        return name_before_appositive(toks, before, body)
    return None


def _described_by_name(toks: list[Tok], comma: int) -> NP | None:
    """ "An aide to Rep. Ada Quill, D-Ohio, who ..., said": the tag is the lawmaker's,
    and the description around the lawmaker's name speaks."""
    named = np_back(toks, comma - 1)
    if named is None or named.kind != "name" or named.end != comma or _start_ok(toks, named.start):
        return None
    desc = _extend_pp(toks, named)
    if desc is named or desc.kind != "desc" or not _start_ok(toks, desc.start):
        return None
    return desc
