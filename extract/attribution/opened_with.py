"""A lead that opens or closes with the quotation itself, no colon (thirteenth pass,
issue 16): "Host Priti Chandran Opened With 'You All Look ...'" (an excerpt list's
Title-Case line) and "The senator opened with 'We are here to work.'" The subject is the
speaker, read as a colon lead is (speech._colon_lead): a name, never a clause.

Only "opened", "closed", "began", "ended", "started" or "finished" then "with", right
before the opening mark, any case.

A debate's or a hearing's turn told by what the speaker did first or last (fourteenth
pass, x16o): 'Republican Nate Ostrander, a former oil executive, opened by blaming
"Washington spending" for higher prices', 'Kwan closed by thanking her volunteers and
promising to be "a senator for every county."'; and a turn told by how the speaker
answered: 'Kwan responded by calling the claim "recycled nonsense"' (responded, replied,
reacted, retaliated, hit/fired/shot back: "by" after them hid the speech verb). The same
verbs, lower case, then "by" (or "her testimony by", "his remarks by": a possessive or
"the" and up to two words) and an -ing word, with no stop, colon, quotation or line
between it and the opening mark (at most _BY_REACH characters); the subject is read as
above (a name, never a clause: "The session closed by ..." names no one)."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_WITH = re.compile(
    r"[ \u00a0]((?i:opened|closed|began|ended|started|finished)[ \u00a0]+(?i:with))[ \u00a0]*$"
)


_BY = re.compile(
    r"\b(?:opened|closed|began|ended|started|finished|responded|replied|reacted|retaliated"
    r"|(?:hit|fired|shot)[ \u00a0]+back)[ \u00a0]+"
    r"(?:(?:his|her|their|the)[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?[ \u00a0]+)?"  # her remarks
    r"by[ \u00a0]+[a-z]+ing\b"
)
_BY_REACH = 160  # characters from "opened by" to the quotation
_BY_STOPS = ("\x00", ".", ";", ":", "!", "?", "\n")


def _by_doing(masked: str, s: int, open_mark: int) -> int | None:
    """Where "opened by blaming ..." starts before the quotation at open_mark, or None."""
    lo = max(s, open_mark - _BY_REACH)
    last = None
    for m in _BY.finditer(masked, lo, open_mark):
        last = m
    if last is None:
        return None
    between = masked[last.end() : open_mark]
    return None if any(c in between for c in _BY_STOPS) else last.start()


def lead_end(masked: str, s: int, open_mark: int) -> int | None:
    """Where a lead before the quotation at `open_mark` ends: the quotation itself after
    a colon, the start of "opened with" (or closed, began, ...) without one; None when
    masked[s:open_mark] ends in neither."""
    if masked[s:open_mark].rstrip().endswith(":"):
        return open_mark
    m = _WITH.search(masked, max(s, open_mark - 40), open_mark)
    return m.start(1) if m is not None else _by_doing(masked, s, open_mark)


# x16x: "He opened with a simple question:", "She ended with a warning:" -- the turn a
# pronoun opened or closed with, told by a noun of speech before the colon
_TURN_VERBS = word_set("opened began started closed ended finished")
_TURN_DETS = word_set("a an one his her this that another")
_TURN_NOUNS = word_set(
    """question questions warning challenge plea demand appeal message promise retort
    reminder request jibe barb quip rebuke accusation charge"""
)
_TURN_ADJ = 2  # "a simple question", "a blunt final warning"


def turn_opener(toks: list[Tok], end: int) -> bool:
    """Whether the tokens from `end` (after a pronoun) read "opened with a [simple]
    question" and nothing else before the colon: the pronoun then speaks the quotation
    (resolved as any "he said" is)."""
    words = [t.low for t in toks[end:] if t.text not in (",", ":")]
    if len(words) < 4 or words[0] not in _TURN_VERBS or words[1] != "with":
        return False
    if words[2] not in _TURN_DETS:
        return False
    tail = words[3:]
    if not all(w.isalpha() for w in tail):
        return False
    noun = next((i for i, w in enumerate(tail[: _TURN_ADJ + 1]) if w in _TURN_NOUNS), None)
    if noun is None:
        return False
    after = tail[noun + 1 :]  # "a pointed question for the witness", "a jibe at the benches"
    return not after or (after[0] in _TURN_PREPS and 2 <= len(after) <= _TURN_OBJECT + 1)


_TURN_PREPS = frozenset(["for", "to", "at", "about", "on"])
_TURN_OBJECT = 4


def pronoun_turn(toks: list[Tok], first: int) -> NP | None:
    """ "He"/"She"/"They" opening "He opened with a simple question:", as a pronoun
    subject (fwd_subject reads a pronoun only after the verb: 'said he.'), else None."""
    if first >= len(toks) or toks[first].low not in ("he", "she", "they"):
        return None
    if not turn_opener(toks, first + 1):
        return None
    return NP("pronoun", first, first + 1, [toks[first].text], sentence_initial=first == 0)
