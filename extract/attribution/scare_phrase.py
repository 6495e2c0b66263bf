"""Scare quotes of several words (fourteenth pass, issue 16): analysis and opinion copy
puts marks round a stock phrase it talks about, with its own article outside them:
'Washington rediscovers the "grand bargain"', 'threatens the "nuclear option"', 'The
self-described "adults in the room" will point out ...'. Nobody is quoted; the phrase is
the writer's subject.

The one-word rule (speech._quotes) knew only single words. Guards, so that a quoted claim
stays a quotation: the sentence has no attribution of its own (the caller checks), the
phrase is two to four words, starts in lowercase, holds no sentence punctuation or comma
('"a truce, not a treaty."'), and right before the mark stands "the"/"a"/"an" or
"self-described"/"so-described" -- not after a verb of saying or promising ('promised a
"smooth transition"' stays a quotation: the promise is someone's words).
"""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import SPEECH_VERBS, word_set

_MAX_WORDS = 4  # "adults in the room"; five words read as a quoted phrase
# the determiner outside the marks, then the word before it
_LEAD = re.compile(
    r"(?:(?:^|[^\w'’-])([\w'’-]+)[ \u00a0]+)?(the|a|an|self-described|so-described)[ \u00a0]*$",
    re.IGNORECASE,
)
_WINDOW = 40  # characters before the mark that are read
# verbs whose object is someone's words: 'promised a "...", 'called for an "..."'
_WORDS_OF = word_set(
    """promised promises promise pledged pledges vowed vows offered offers urged urges
    demanded demands predicted predicts for of"""
)


def scare_phrase(body: str, open_mark: int, said: str) -> bool:
    """'the "grand bargain"': a stock phrase in marks, no quotation (see module); a
    partial quotation of one word is one too."""
    words = said.split()
    if len(words) < 2:
        return True  # one word: 'The last "reinvestment" I remember' (the older rule)
    if len(words) > _MAX_WORDS or not said[:1].islower():
        return False
    if any(c in said for c in ".!?;:,"):
        return False
    m = _LEAD.search(body, max(0, open_mark - _WINDOW), open_mark)
    if m is None:
        return False
    before = (m.group(1) or "").lower()
    return before not in SPEECH_VERBS and before not in _WORDS_OF
