"""Lowercase particles inside a person's name ("Johanna van den Broek", "Ingeborg ter
Horst", "Pedro Álvarez de la Fuente"): a run of them between two capitalised words keeps
the name whole, so the speaker is never cut to the given name or the last word."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap
from claimdesk.extract.lexicon import NAME_PARTICLES, NOT_NAME

_MAX_RUN = 3  # "van der", "de la", "de los", "van de"


def _cap_name_word(toks: list[Tok], k: int) -> bool:
    return 0 <= k < len(toks) and is_cap(toks[k].text) and toks[k].text not in NOT_NAME


def particles_back(toks: list[Tok], j: int) -> int:
    """Where a particle run that ends right before token j starts, when a capitalised
    name word stands before the run and token j is capitalised; else j."""
    if not _cap_name_word(toks, j):
        return j
    k = j
    while k > 0 and j - k < _MAX_RUN and toks[k - 1].low in NAME_PARTICLES:
        if toks[k - 1].text != toks[k - 1].low:
            break  # "Van" is a capitalised word, read as part of the name anyway
        k -= 1
    if k < j and (k == 0 or toks[k - 1].text in _BOUNDARY) and k <= j - 2:
        return k  # '"...," van der Berg said' (x16z): two particles open the name
    return k if k < j and _cap_name_word(toks, k - 1) else j


_BOUNDARY = frozenset((",", "\x00", ";", ":"))  # a clause or the quotation before the name


def particle_opens(toks: list[Tok], j: int, i: int) -> bool:
    """Whether token j is a capitalised particle opening a name that runs to token i
    ("Van der Berg", "De la Fuente", x16z): the name keeps it, it is no link word."""
    if toks[j].text == toks[j].low or toks[j].low not in NAME_PARTICLES or j >= i:
        return False
    k = j + 1
    while k < i and toks[k].low in NAME_PARTICLES and toks[k].text == toks[k].low:
        k += 1
    return all(_cap_name_word(toks, m) for m in range(k, i + 1))


def particle_tail_of(words: list[str], full_name: str) -> bool:
    """ "Álvarez de la Fuente" after "Pedro Álvarez de la Fuente": a later mention that
    holds a lowercase particle and is the end of a longer known name is that person,
    though its first word is no given name ("Van der Berg" too, its particle capitalised
    at the start of a sentence)."""
    if len(words) < 2 or not any(w.lower() in NAME_PARTICLES for w in words[:-1]):
        return False
    full = full_name.split()
    tail = full[-len(words) :]
    return len(full) > len(words) and [tail[0].lower(), *tail[1:]] == [words[0].lower(), *words[1:]]


def particles_fwd(toks: list[Tok], j: int) -> int:
    """Where a particle run that starts at token j ends (exclusive), when a capitalised
    name word stands before it and after it; else j."""
    if not _cap_name_word(toks, j - 1):
        return j
    k = j
    while k < len(toks) and k - j < _MAX_RUN and toks[k].low in NAME_PARTICLES:
        if toks[k].text != toks[k].low:
            break
        k += 1
    return k if k > j and _cap_name_word(toks, k) else j


def name_run_end(toks: list[Tok], k: int) -> int:
    """Where a run of capitalised name words starting at token k ends (exclusive),
    lowercase particles between them kept: "coach Hilary Van der Berg", "Councillor
    Pieter de Wolff" stay whole after a role word."""
    n = len(toks)
    while k < n and is_cap(toks[k].text) and toks[k].text not in NOT_NAME:
        k = particles_fwd(toks, k + 1)
    return k
