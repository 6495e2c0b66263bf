"""'Ministers agreed on Saturday to pool their data': an agreement to act, not speech.

"agreed that ..." and "agreed, saying ..." report what someone holds; "agreed to <verb>",
with only a time or a place between ("agreed on Saturday to pool", "agreed in Kalipo
last week to share"), is something they decided to do, so its subject is no source.
"agreed to the plan" (a noun after "to") stays speech-like, as before.
"""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import DETERMINERS, PRONOUNS, word_set

AGREE = word_set("agree agreed agrees agreeing")
_BETWEEN = 6  # tokens between the verb and "to"
_STOP = frozenset(("that", ",", ";", ":", ".", "and", "but"))


def agrees_to_act(toks: list[Tok], v: int) -> bool:
    """Whether the "agreed" at v is followed by "to" and a verb."""
    n = len(toks)
    for k in range(v + 1, min(n - 1, v + 1 + _BETWEEN)):
        low = toks[k].low
        if low in _STOP:
            return False
        if low == "to":
            nxt = toks[k + 1]
            return (
                nxt.text.isalpha()
                and nxt.text.islower()
                and nxt.low not in DETERMINERS
                and nxt.low not in PRONOUNS
            )
    return False


STATES = word_set("states state")
_NOUN_BEFORE = word_set(
    """from of in across among between for with member island coastal
    two three four five six seven eight nine ten several many some all both other
    neighbouring neighboring gulf nordic baltic arab african pacific"""
)


def states_is_noun(toks: list[Tok], v: int) -> bool:
    """ "six island states agreed", "from four coastal states": the noun, not the verb
    "states" ("the report states that ...")."""
    n = len(toks)
    for k in range(v - 1, max(-1, v - 4), -1):
        t = toks[k]
        if t.low in _NOUN_BEFORE or t.text.isdigit():
            return True
        if not t.text.isalpha():
            return False
    if v + 1 < n:
        nxt = toks[v + 1].low
        if nxt != "that" and nxt.isalpha() and nxt.endswith("ed"):
            return True  # "the states agreed", "Pacific states signed"
    return False
