"""A body named before "in <Place>" speaks (branch x16p): "The county Republican Party in
Tulsa said ..." was nobody's, as a place after a preposition is no speaker ("bakeries
across Marden say"). Only a capitalised name ending in a body's head word; the place
stays in the speaker's name ("county Republican Party in Tulsa"), as the article wrote
it: the branch in that place, not the national party."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import ORG_HEADS
from claimdesk.extract.sources import classify_name


def body_in_place(toks: list[Tok], np: NP) -> NP | None:
    """ "The county Republican Party in Tulsa said": the body before "in <Place>" speaks
    (a place after a preposition is otherwise no speaker: "bakeries across Marden say");
    None unless the name before "in" is an organisation's."""
    p = np.start - 1
    if p < 1 or toks[p].low != "in":
        return None
    body = np_back(toks, p - 1)
    if body is None or body.kind != "name" or toks[body.end - 1].text not in ORG_HEADS:
        return None
    if classify_name(body.words) != "organization":
        return None
    body.words = [*body.words, "in", *np.words]  # the article's whole phrase
    body.end = np.end
    return body
