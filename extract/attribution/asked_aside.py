"""A question put between a subject and its gesture (issue 16): "El-Moudden, asked as she
left whether she would return, smiled." and "The senator, pressed on the timing, shook his
head." Wire copy wedges the question into the gesture sentence as an aside; skipping it
lets the gesture rule (gesture_lead.py) read "El-Moudden ... smiled" as it reads "El-Moudden
smiled". Only an aside that opens with a word that puts a question ("asked", "pressed",
"questioned", "when asked") and closes with a comma within a few dozen tokens is skipped,
so a "who"-clause or an appositive ("Ek, the mayor, smiled") is left to the other rules."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_OPENERS = word_set("asked pressed questioned challenged quizzed")
_MAX_ASIDE = 40  # tokens from the opening comma to the closing one


def past_asked_aside(toks: list[Tok], v: int) -> int:
    """Index after ', asked ... ,' at toks[v], or v when no such aside opens there."""
    if v + 1 >= len(toks) or toks[v].text != ",":
        return v
    a = v + 1
    if toks[a].low == "when" and a + 1 < len(toks):
        a += 1
    if toks[a].low not in _OPENERS:
        return v
    for i in range(a + 1, min(len(toks), v + _MAX_ASIDE)):
        if toks[i].text == ",":
            return i + 1
    return v
