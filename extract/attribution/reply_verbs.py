"""Verbs of a turn in an exchange (fourteenth pass, branch x16o, issue 16).

Hearings, debates and broadcast interviews credit a reply with a phrasal verb the lexicon
cannot list as one word: '"Then hire some," Rep. Iggy Marchetti shot back.', '"...,"
Strand fired back.', 'Kwan shot back that he had "never bought his own groceries."'. And
a question is asked aloud with "demanded" after the questioner's name and role: '"Why
were parents told by text?" Councillor Hetty Marchbank, the opposition leader,
demanded.' ("demanded an inquiry" stays a position), and with "wanted to know" or "demanded to know"
after a quotation ('"Which law?" Rep. Ida Voss wanted to know.').

Precision: "shot", "fired" and "hit" speak only with "back" right after them and a
quotation beside the turn (just before the subject, or opening after the verb), or "that"
and a reported clause; "Officers shot back." reports gunfire.

'"Will you resign?" he was asked.' names the one asked, not the asker (`asked_of`)."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok

# a verb that replies with "back" after it
BACK_VERBS = frozenset({"shot", "fired", "hit"})
# a verb that asks with "to know" after it: '"...?" Voss wanted to know.'
TO_KNOW = frozenset({"wanted", "demanded", "wished"})
TURN_TRIGGERS = BACK_VERBS | TO_KNOW  # for triggers.py
_REACH = 24  # tokens from the quotation to the verb: a name and its role
_END = frozenset({".", "?", "!", ",", ";"})


def back_reply(toks: list[Tok], v: int) -> bool | None:
    """For "shot/fired/hit back" at toks[v]: True when a quotation or a "that" clause
    follows the particle, None when only a quotation before its subject could make it a
    reply (the caller checks), False when it is no reply ("back" missing)."""
    n = len(toks)
    if v + 1 >= n or toks[v + 1].low != "back":
        return False
    nxt = toks[v + 2] if v + 2 < n else None
    if nxt is not None and (
        nxt.text in (":", Q)
        or nxt.low == "that"
        or (nxt.text == "," and v + 3 < n and toks[v + 3].text == Q)
    ):
        return True
    return None


def opens_on_quote(toks: list[Tok], v: int) -> bool:
    """Whether the sentence opens with a quotation and only its speaker's name and role
    stand between it and the verb at v ('"...," Rep. Iggy Marchetti, R-Ga., shot back':
    the abbreviations' stops make find.quote_before give up)."""
    if not toks or toks[0].text != Q or v < 2 or v > _REACH:
        return False
    return all(t.text != Q for t in toks[1:v])


def ends_turn(toks: list[Tok], v: int) -> bool:
    """Whether the verb at v closes its clause ('..., demanded.', '... demanded, "..."',
    '... demanded as ...'): asking aloud, not demanding a thing."""
    n = len(toks)
    return v + 1 >= n or toks[v + 1].text in _END or toks[v + 1].low in ("as", "again")


_PASSIVE = frozenset({"was", "were", "is", "are", "being", "been"})
ASKED = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged"})


def asked_of(toks: list[Tok], v: int) -> bool:
    """'"Will you resign?" he was asked.': the subject is the one asked, never who
    speaks the question (an unnamed reporter): the quotation is nobody's, and "he" in the
    answer after it still finds the one asked."""
    return (
        toks[v].low in ASKED
        and v >= 2
        and toks[v - 1].low in _PASSIVE
        and ends_turn(toks, v)
        and any(t.text == Q for t in toks[max(0, v - 8) : v - 1])
    )


def to_know(toks: list[Tok], v: int) -> bool:
    """'"Which law?" Voss wanted to know.' / 'demanded to know': asking aloud (the caller
    checks the quotation beside it)."""
    return (
        toks[v].low in TO_KNOW
        and v + 2 < len(toks)
        and toks[v + 1].low == "to"
        and toks[v + 2].low == "know"
    )


def particles(toks: list[Tok], v: int) -> int:
    """How many words after the verb at v belong to it ("back", "to know"): the reported
    clause starts after them, never a statement "back" or "to know"."""
    low = toks[v].low
    if low in TO_KNOW:
        return 2 if to_know(toks, v) else 0
    return int(low in BACK_VERBS and v + 1 < len(toks) and toks[v + 1].low == "back")
