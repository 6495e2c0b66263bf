"""Two small readings the pronoun step of speech.py uses (moved here to keep that module
under its size limit): which names of the sentence before may be who "he"/"she" is, and
the person a sentence opening with "The <title>" means."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import fwd_subject
from claimdesk.extract.attribution.tokens import is_possessive, tokenize
from claimdesk.extract.sources import Entry, Registry


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
    pass.") means: the one the article named with that title, else None."""
    toks = tokenize(masked, s, min(e, s + 120))
    np = fwd_subject(toks, 0, masked, appositive=False) if toks else None
    if np is None or np.kind != "desc" or np.det != "the" or len(np.words) != 1 or not np.head:
        return None
    ent = reg.described(np.head, s)
    return ent if ent is not None and ent.kind == "person" else None
