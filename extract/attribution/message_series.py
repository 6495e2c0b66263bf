"""A message quoted as one of a series whose next one is credited (fifteenth pass, issue
16): '"Leave it with me," one message read. / In another, Pettifer wrote: "Delete this."'
Court reports and leak stories quote a run of messages so: the first only "read", the
next "In another, X wrote". "Another" is another of X's messages, so the first is X's
too. Without that credit right after, a message stays nobody's: who wrote it is not in
the sentence ("exchanged messages with" names both sides).

Guards: the quotation's sentence ends '..." one message read.' (one/the first/an
earlier message, email, text, note, letter, memo, post), the very next sentence opens
"In another" or "In a second/later/further one", and its attribution names one person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdesk.extract.document import Span
from claimdesk.extract.sources import Entry

_SP = r"[ \u00a0]+"
_ONE_READ = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:one|the"
    + _SP
    + r"first|an"
    + _SP
    + r"earlier)"
    + _SP
    + r"(?:text"
    + _SP
    + r"|whatsapp"
    + _SP
    + r")?"
    r"(?:message|email|e-mail|text|note|letter|memo|post)" + _SP + r"(?:read|reads)"
    r"[ \u00a0]*[.:]?[ \u00a0]*$",
    re.IGNORECASE,
)
_IN_ANOTHER = re.compile(
    r"[ \u00a0\n]*In"
    + _SP
    + r"(?:another|a"
    + _SP
    + r"(?:second|later|further)(?:"
    + _SP
    + r"one)?)[ \u00a0]*,"
)


def series_writer(
    masked: str,
    sentences: Sequence[Span],
    lo: int,
    close: int,
    per_sentence: Sequence[Sequence[tuple[object, Entry | None]]],
) -> Entry | None:
    """The person credited with the next message of the series, for the quotation that
    opens in sentence `lo` and closes at `close` (see the module), else None."""
    while lo + 1 < len(sentences) and sentences[lo + 1][0] <= close:
        lo += 1  # the sentence the quotation closes in
    s, e = sentences[lo]
    if not s <= close < e or lo + 1 >= len(sentences):
        return None
    if _ONE_READ.match(masked, close + 1, e) is None:
        return None
    ns, ne = sentences[lo + 1]
    if _IN_ANOTHER.match(masked, ns, ne) is None:
        return None
    people = [ent for _a, ent in per_sentence[lo + 1] if ent is not None]
    if len(people) != 1 or people[0].kind != "person":
        return None
    return people[0]
