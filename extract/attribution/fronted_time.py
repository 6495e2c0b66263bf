"""A time phrase fronted without a comma: "Shortly before midnight Sepulveda climbed onto
a chair", "Later that evening Halbrook conceded", "On Tuesday night Okafor told". Wire
and broadsheet copy often drop the comma after a short time adverbial; the sentence's
subject then starts where the time phrase ends (issue 16, round 16: a victory speech's
four quotes went to nobody because the winner was never the subject).

Only a phrase of time words: it opens with a time opener and the word just before the
name is a time noun ("midnight", "night", "Tuesday", "10pm") or, after a measured
time ("Minutes after"), an event ("the result"), so a subordinate clause
("After Smith spoke the crowd cheered") never yields its own subject."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap
from claimdesk.extract.lexicon import MONTHS, TIME_WORDS, word_set

_OPENERS = word_set(
    """shortly minutes hours moments seconds soon just later earlier late early on at by
    before after last this that yesterday today tonight in within"""
)
# The last word of the time phrase, just before the name.
_TIME_NOUNS = (
    TIME_WORDS
    | MONTHS
    | word_set(
        """midnight midday noon dawn dusk night evening morning afternoon hour hours minutes
    moments am pm a.m. p.m. o'clock"""
    )
)
_MAX = 7  # tokens of the time phrase
_DETERMINERS = word_set("the a an its his her their")
_EVENT_OPENERS = word_set("shortly minutes hours moments seconds days weeks soon just")


def _event_noun(toks: list[Tok], k: int, a: int) -> bool:
    """ "Minutes after the result Ek walked in": a measured time before an event ("the
    result", "the count", "the vote") also closes a time phrase."""
    return (
        toks[a].low in _EVENT_OPENERS
        and k - a >= 3
        and toks[k - 2].low in _DETERMINERS
        and toks[k - 1].text.isalpha()
        and toks[k - 1].text.islower()
    )


def after_fronted_time(toks: list[Tok], a: int) -> int | None:
    """Index of the first token after a comma-less fronted time phrase at toks[a], or
    None when the sentence does not open with one."""
    if a >= len(toks) or toks[a].low not in _OPENERS:
        return None
    k = a + 1
    while k < len(toks) and k <= a + _MAX:
        t = toks[k]
        if t.text == "," or not t.text[:1].isalnum():
            return None  # a comma: the usual starts handle it
        if is_cap(t.text) and t.low not in TIME_WORDS and t.low not in MONTHS:
            prev = toks[k - 1].low
            ok = prev in _TIME_NOUNS or prev[:1].isdigit() or _event_noun(toks, k, a)
            return k if ok and k > a + 1 else None
        k += 1
    return None
