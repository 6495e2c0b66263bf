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
    r"\x00*[ \u00a0]*,?[ \u00a0]*came[ \u00a0]+(?:a|an|one|another)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:cry|cries|shout|shouts|heckle|heckles|yell|call|roar|jeer|jeers|voice|chant|"
    r"interjection|bellow|scream|howl)[ \u00a0]+from[ \u00a0]+"
    r"(?:somewhere|the|a|an|one|behind|among|across|within|in|several|some|further|elsewhere)\b"
)
_REACH = 120  # characters from the opening mark: the quotation (masked) and the clause


def heckled(masked: str, open_mark: int) -> bool:
    """Whether the quotation opened at `open_mark` (masked to NULs) is followed by
    "came a cry from <no one named>"."""
    end = open_mark + 1
    limit = min(len(masked), open_mark + 2000)
    while end < limit and masked[end] == "\x00":
        end += 1
    return _HECKLE_AFTER.match(masked, end, end + _REACH) is not None
