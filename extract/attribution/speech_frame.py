"""A quotation inside a sentence framed as a speech (fifteenth pass, issue 16): "In her
victory speech, Ms Mirbahar thanked the people of the constituency "for taking a chance
on someone new".", "During his address, the President promised "a government for all".",
"In her maiden speech, X paid tribute to her predecessor's "quiet decency"." The verb
(thanked, promised, paid tribute) is no speech verb, but the fronted phrase says the
subject was speaking: the quotation is the subject's words.

Guards: the sentence opens "In"/"During", then his/her/their/a/the, up to two
adjectives and a noun of speech (speech, address, remarks, statement, sermon, eulogy,
interview, tribute, toast), up to six more words ("to the conference"), a comma, then
the subject -- a name of two words or more, or "Ms/Mr X" -- then a lower-case verb, and
the quotation comes after it in the same sentence, with no other quotation before it;
a verb that gives another's words ("quoted", "cited", "read", "echoed") gives no one.
The quotation paragraphs after it then go on with the speaker as any others do."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import fwd_subject
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.lexicon import word_set

_FRAME = re.compile(
    r"(?:In|During)[ \u00a0]+(?:her|his|their|a|the)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}"
    r"(?:speech|address|remarks|statement|sermon|eulogy|interview|tribute|toast)"
    r"(?:[ \u00a0]+[\w'’-]+){0,6}?[ \u00a0]*,[ \u00a0]*"
)
_MAX_LEAD = 300  # characters from the sentence start to the quotation
# verbs that give someone else's words: "In his speech, X quoted Churchill's "...""
_OTHERS = word_set(
    """quoted quotes cited cites read reads recited recites echoed echoes invoked invokes
    borrowed borrows repeated repeats"""
)


def speech_frame(masked: str, s: int, open_mark: int) -> NP | None:
    """The subject of a sentence opening with a speech frame, for a quotation opening at
    `open_mark` later in it (see the module), else None."""
    if open_mark - s > _MAX_LEAD or masked.find("\x00", s, open_mark) >= 0:
        return None
    m = _FRAME.match(masked, s, open_mark)
    if m is None:
        return None
    toks = tokenize(masked, m.end(), open_mark)
    np = fwd_subject(toks, 0, masked, appositive=True) if toks else None
    if np is None or np.kind != "name" or len(np.words) < 2 or np.end >= len(toks):
        return None
    verb = toks[np.end]
    if verb.text == ",":
        return None  # an apposition left unread: not sure whose subject it is
    if verb.low in _OTHERS:
        return None  # "X quoted Churchill's "..."": another's words
    return np if verb.text.isalpha() and verb.text.islower() else None
