"""The last rules for a quotation nothing else credits (speech._unattributed_speaker's
fallback), in order: the person the paragraph before introduces (paragraph_intro.py),
then the office holder of a gesture sentence right before the quotation ("Asked about
the protest, the president smiled. '...'", attribution/role_gesture.py).

Each runs only when every older rule left the quotation without a speaker, so none of
them can take a speaker away: they turn abstentions into names, under their own guards.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdesk.extract.attribution.role_gesture import role_gesture
from claimdesk.extract.paragraph_intro import _Text, paragraph_intro
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry


def prose_speaker(
    text: _Text,
    q: RawQuote,
    lo: int,
    per_sentence: Sequence[Sequence[tuple[object, Entry | None]]],
    reg: Registry,
) -> Entry | None:
    """The speaker of quotation `q` (sentence `lo`) by the fallback rules, or None."""
    ent = paragraph_intro(text, q, lo, per_sentence, reg)
    if ent is not None or lo < 1 or q.partial or q.continues:
        return ent
    ps = text.paragraphs[q.paragraph][0]
    s, e = text.sentences[lo - 1]
    if s < ps or per_sentence[lo - 1] or q.open_mark > text.sentences[lo][0] + 1:
        return None  # the sentence before is another paragraph's, or credits someone
    ent = role_gesture(text.masked, s, e, reg)  # "..., the president smiled. '...'"
    if ent is not None:
        reg.note_speaker(ent, s)
    return ent
