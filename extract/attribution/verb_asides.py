"""A short aside between a subject and its speech verb, without commas (ninth pass,
issue 16): "Ms. Haddadi-Corvo for her part noted that ...", "The mayor in turn said
...", "The club in response said ...". Translated and wire copy writes these often;
the aside is skipped so the subject before it is the speaker."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok

_OWNERS = frozenset(("his", "her", "their", "its", "our", "my"))
_IN = frozenset(("turn", "response", "reply", "return"))


def aside_start(toks: list[Tok], i: int) -> int:
    """Where an aside ending at token i starts ("for her part", "in turn"), else i + 1;
    the caller reads on from the token before that."""
    if i >= 2 and toks[i].low == "part" and toks[i - 1].low in _OWNERS and toks[i - 2].low == "for":
        return i - 2
    if i >= 1 and toks[i].low in _IN and toks[i - 1].low == "in":
        return i - 1
    return i + 1
