"""A short aside between a subject and its speech verb, without commas (ninth pass,
issue 16): "Ms. Haddadi-Corvo for her part noted that ...", "The mayor in turn said
...", "The club in response said ...". Translated and wire copy writes these often;
the aside is skipped so the subject before it is the speaker. So is a habit before "to
say" after "as" ("as she liked to say, '...'", "as he used to say")."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok

_OWNERS = frozenset(("his", "her", "their", "its", "our", "my"))
_IN = frozenset(("turn", "response", "reply", "return"))
HABIT = frozenset(("liked", "likes", "loved", "loves", "used"))  # "as she liked to say"


ASIDE_ENDS = _IN | {"part", "to"}  # the words aside_start can end on


def aside_start(toks: list[Tok], i: int) -> int:
    """Where an aside ending at token i starts ("for her part", "in turn"), else i + 1;
    the caller reads on from the token before that."""
    if i >= 2 and toks[i].low == "part" and toks[i - 1].low in _OWNERS and toks[i - 2].low == "for":
        return i - 2
    if i >= 1 and toks[i].low in _IN and toks[i - 1].low == "in":
        return i - 1
    if i >= 3 and toks[i].low == "to" and toks[i - 1].low in HABIT and toks[i - 3].low == "as":
        return i - 1  # "as she liked to say, '...'": the habit, not an infinitive
    return i + 1
