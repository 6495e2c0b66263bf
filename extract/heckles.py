"""A heckle from an unnamed voice: '"No they don't!" came a cry from somewhere behind
the opposition front bench.' (fifteenth pass, branch x16x, issue 16).

Parliamentary sketches, rallies and council reports print the interjection as a bare
quotation, then say where it came from. The bare quotation inherited the speaker of the
paragraph before: the minister being heckled, the worst kind of wrong name. A quotation
followed by "came a cry/shout/heckle/voice/jeer/yell/roar/call from" and a place or an
unnamed group ("somewhere", "the benches", "behind ...") is nobody's words (a quotation
with no speaker, as a placard's are, sign_words.py). "came a shout from Mr Ure" names
its speaker and is left alone; "came the reply from X" is name_then_verb.py's.
"""

from __future__ import annotations

import re

_HECKLE_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*came[ \u00a0]+(?:a|an|one|another)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:cry|cries|shout|shouts|heckle|heckles|yell|call|roar|jeer|jeers|voice|chant|"
    r"interjection|bellow|scream|howl)[ \u00a0]+from[ \u00a0]+"
    r"(?:somewhere|the|a|an|one|behind|among|across|within|in|several|some|further|elsewhere)\b"
)
_REACH = 120  # characters of the clause after the quotation
_QUOTE_MAX = 2000  # characters of a masked quotation passed over
_MASKED_RUN = re.compile(r"\x00*")


def heckled(masked: str, open_mark: int) -> bool:
    """Whether the quotation opened at `open_mark` (masked to NULs) is followed by
    "came a cry from <no one named>"."""
    end = _MASKED_RUN.match(masked, open_mark + 1, open_mark + _QUOTE_MAX).end()
    if masked.find("came", end, end + 8) < 0:
        return False  # the common case, one C-level find: no "came" right after the mark
    return _HECKLE_AFTER.match(masked, end, end + _REACH) is not None
