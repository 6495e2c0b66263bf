"""A sentence that opens with a participle phrase (branch x16r, issue 16): "Standing
beside him, the prime minister, Elspeth Cawley, said ... and insisted ...". The subject
of the second verb ("and insisted") is read from the sentence's start, and "Standing"
(capitalised as the first word) became a source of its own. A participle opener
("Standing", "Speaking after the vote", "Asked about the vote") is never the subject:
the subject follows its comma.

Precision: the first word must end in "ing" or be "Asked"/"Pressed", and a comma must
close the phrase within a few words; otherwise the sentence is read as before."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok

_PAST = frozenset(("asked", "pressed", "questioned", "challenged", "interviewed"))
_REACH = 10  # tokens of the participle phrase
_NOT_PARTICIPLE = frozenset(("during", "morning", "evening", "spring", "king", "thing", "nothing"))


def after_participle(toks: list[Tok], a: int) -> int | None:
    """The index after the comma that closes a participle phrase opening at a, or None."""
    if a >= len(toks):
        return None
    first = toks[a]
    low = first.low
    if not first.text[:1].isupper() or not first.text.isalpha() or low in _NOT_PARTICIPLE:
        return None
    if not ((low.endswith("ing") and len(low) > 5) or low in _PAST):
        return None
    for k in range(a + 1, min(len(toks), a + 1 + _REACH)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in (Q, ";", ":", "."):
            return None
    return None
