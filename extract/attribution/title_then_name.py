"""An office, then its holder's name in commas, opening a sentence (branch x16r, issue
16): "The Prime Minister, Clive Cawthorne, did not give a number." "The Foreign
Secretary, Ada Crane, rose next." The capitalised office read as a name ("Prime
Minister"), so a following "he said" went to a source "Minister". UK broadsheets and
parliamentary sketches write nearly every office this way. The name between the commas
is the sentence's subject, with the office as its role; so it is for a second verb
("Standing beside him, the prime minister, Elspeth Cawley, said ... and insisted"), where
the lowercase office had gone to the other prime minister named before.

Precision: the office must open with "The" and end in a role word ("minister",
"secretary", "chancellor", "leader"), and the name between the commas must be a
person's of two or more words with a comma after it."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import is_role_word
from claimdesk.extract.sources import classify_name

_MAX_NAME = 5  # tokens of the name between the commas


def name_after_title(toks: list[Tok], np: NP) -> NP | None:
    """The person named in commas right after a capitalised office, or None."""
    if np.kind not in ("name", "desc") or np.det != "the" or not np.words:
        return None
    if not is_role_word(np.words[-1].lower()) or np.end >= len(toks) - 2:
        return None
    if toks[np.end].text != ",":
        return None
    close = next(
        (
            k
            for k in range(np.end + 2, min(len(toks), np.end + 2 + _MAX_NAME))
            if toks[k].text == ","
        ),
        None,
    )
    if close is None:
        return None
    named = np_back(toks, close - 1)
    if named is None or named.kind != "name" or named.start != np.end + 1:
        return None
    if len(named.words) < 2 or classify_name(named.words) != "person":
        return None
    named.role = " ".join(np.words)
    return named
