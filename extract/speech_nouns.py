"""Whose words a quotation is when a noun of speech, not a verb, frames it: "Councillor
Ruth Fenn's claim that the bypass is "the only option" is wrong" quotes Fenn; so do
"Brant's warning that the dam was "close to failing"" and "Ames's description of the
plan as "a bold step"". A letters page or an opinion piece quotes people this way; with
no speech verb in the sentence the quote had no speaker."""

from __future__ import annotations

import re

from claimdesk.extract.attribution import NP
from claimdesk.extract.attribution.written_by import written_by
from claimdesk.extract.lexicon import NOT_NAME, TITLES

# The noun of speech after a capitalised owner's possessive, with up to two words
# between ("Fenn's repeated claim", "Brant's stark public warning").
_OWNED_WORDS = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w.'’-]*[ \u00a0]+){0,3}[A-Z][\w-]*)['’]s?[ \u00a0]+"
    r"(?:[a-z][\w-]*[ \u00a0]+){0,2}?"
    r"(?:claims?|assertions?|insistence|warnings?|promises?|pledges?|vows?|boasts?|"
    r"remarks?|comments?|descriptions?|words|predictions?|suggestions?|arguments?|"
    r"contention|accusations?|complaints?|verdict|characteri[sz]ation|dismissal|"
    r"admission|denials?|reassurances?|jibe|quip|retort)"
    r"(?= (?:that|of|about|on|to)\b|[ \u00a0]*[,:]?[ \u00a0]*\x00)"
)
_GAP = 160  # characters between the noun and the quotation, at most


def owner_of_words(masked: str, sent: tuple[int, int], open_mark: int) -> NP | None:
    """The name owning the noun of speech that frames the quotation opening at
    `open_mark` in its sentence (the quote-masked body), or None."""
    s, _e = sent
    if (author := written_by(masked, s, open_mark)) is not None:
        return author  # "He read from a letter Ackah had written: '...'" (written_by.py)
    lo = max(s, open_mark - _GAP - 80)
    last = None
    for m in _OWNED_WORDS.finditer(masked, lo, open_mark):
        last = m
    if last is None or open_mark - last.end() > _GAP:
        return None
    between = masked[last.end() : open_mark]
    if "\x00" in between or any(c in between for c in ".;!?"):
        return None  # another quotation, or a new clause, comes first
    words = last.group(1).split()
    while words and (words[0] in NOT_NAME or words[0] == "The"):
        words.pop(0)
    if not words or all(w in TITLES for w in words):
        return None
    return NP("name", 0, 0, words)
