"""'The Municipal Workers' Alliance blamed staff shortages. "...," the union said.': a body
named as the subject of the sentence just before, then referred to by its KIND ("the
union", "the party", "the group"), not by a word of its name. Wire copy and statements
pieces do this all the time ("The Sierra Club sued on Monday. ... the group said"); the
description had resolved to nothing, so "union" itself was the speaker.

Precision: only when no body the description fits was named before (the caller tries
that first), only the sentence right before in the same paragraph or the paragraph's
opening sentence (`it_opener`), only a capitalised name ending in a body's head, and the
kind must fit that head (a "union" is an Alliance, a Federation, a Congress of workers;
a "party" a Congress, a Front, a Movement; "the group" and "the organisation" any body).
"""

from __future__ import annotations

from claimdesk.extract.attribution.it_opener import it_opener
from claimdesk.extract.lexicon import word_set

# Kind -> the heads of the names it can stand for (besides the kind's own word).
_GENERIC = word_set(
    """Alliance Association Coalition Federation Confederation Congress Council Movement
    Network Front League Union Group Society Foundation Trust Institute Campaign Club
    Guild Collective Forum Caucus Initiative Project Watch Centre Center"""
)
_KINDS: dict[str, frozenset[str]] = {
    "union": word_set(
        "Alliance Association Federation Confederation Congress Guild Syndicate Union"
    ),
    "party": word_set("Alliance Congress Front Movement League Coalition Union Party"),
    "group": _GENERIC,
    "organisation": _GENERIC,
    "organization": _GENERIC,
    "body": _GENERIC | frozenset(("Authority", "Commission", "Board")),
    "coalition": word_set("Alliance Coalition Front Movement Bloc"),
    "alliance": word_set("Alliance Coalition Front Bloc"),
    "federation": word_set("Federation Confederation Congress Association"),
    "council": frozenset(("Council",)),
    "municipality": word_set("Metro Municipality Council"),
    "metro": word_set("Metro Municipality"),
}


def kind_opener(head: str, body: str, pos: int, before: int | None) -> tuple[str, bool] | None:
    """The body (as written, without "The", and whether it is a capitalised name) that
    "the `head`" at `pos` stands for, when the sentence before (starting at `before`) or
    the paragraph opens with it as its subject and `head` is a kind that fits its last
    word ("The metro said ... the municipality said": "metro", resolved as the caller
    resolves "the metro"); else None."""
    heads = _KINDS.get(head)
    if heads is None:
        return None
    opened = it_opener(body, pos, before)
    if opened is None:
        return None
    words = opened[0].split()
    last = words[-1] if opened[1] else words[-1].capitalize()
    if last not in heads or (not opened[1] and len(words) > 1):
        return None
    return opened[0], opened[1]
