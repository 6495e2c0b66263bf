"""A colon lead that says how the person put the words (fifteenth pass, issue 16): "Its
leader, Finola Ogilvie-Tait, found a tidy way of saying it:", "The shadow chancellor had
a simpler way of putting it:", "X has a habit of putting it this way:". The quotation is
the subject's own words; the speech verb inside "way of saying it" had made the lead a
clause of its own, and the quotation went to nobody.

Only this frame: a verb of having or finding, a determiner, up to three adjectives,
"way"/"habit"/"knack" of saying/putting/describing/summing up "it"/"this"/"that"
(optionally "this way", "up"); anything else between the name and the colon keeps the
lead a clause."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import STOP_WORDS, word_set

_HAVE = word_set("had has have found finds chose chooses picked picks")
_DET = word_set("a an the one another her his their its")
_WAY = word_set("way habit knack")
_SAY = word_set("saying putting describing summing framing expressing")
_IT = word_set("it this that things")
_TAIL = word_set("up way so")
_MAX_ADJ = 3


def head_after_adjectives(words: list[Tok], i: int, heads: frozenset[str]) -> int | None:
    """The index of the first of `heads` at or after `i`, past at most three plain
    lower-case adjectives ("a tidy way", "one last demand"); None when another word comes
    first. Shared with spoken_noun.py's "had a simple demand:"."""
    adj = 0
    while i < len(words) and words[i].low not in heads:
        t = words[i]
        if adj >= _MAX_ADJ or not t.text.isalpha() or not t.text.islower() or t.low in STOP_WORDS:
            return None
        adj += 1
        i += 1
    return i if i < len(words) else None


def way_of_saying(words: list[Tok]) -> bool:
    """Whether `words` (between a colon lead's name and its colon, no commas) are
    "found a tidy way of saying it" (see the module)."""
    if not words or words[0].low not in _HAVE:
        return False
    i = 2 if len(words) > 1 and words[1].low in _DET else 1
    if (i := head_after_adjectives(words, i, _WAY)) is None:
        return False
    rest = [t.low for t in words[i + 1 :]]
    if len(rest) < 3 or rest[0] != "of" or rest[1] not in _SAY or rest[2] not in _IT:
        return False
    return all(w in _TAIL or w in _IT for w in rest[3:]) and len(rest) <= 5
