"""A pronoun after a reported question by an unnamed asker (fourteenth pass, branch x16t;
issue 16): "Another reporter asked whether the government would seek more funds. 'We
have written twice,' he said." is the one asked, never "another reporter".

Press-conference and doorstep copy reports the question ("A reporter asked whether she
would raise taxes", "One journalist asked if she would resign") and quotes the answer
with a pronoun. The question is the asker's only turn: a reporter, a host or a caller
written "a/another/one ..." is not who answers. asker_pronoun.py handles an asker whose
question is quoted; this handles a question told in the writer's words.

Guards (a wrong name is worse than none): the asker is an unnamed one (kind
"anonymous", singular), written in the quote's paragraph before it with "asked
whether/if/why/..." right after; the quote itself is no question; the answer goes to the
latest other person quoted before, if the pronoun fits them, else to no one.
"""

from __future__ import annotations

from claimdesk.extract.attribution.asked_object import asked_after, lead_before
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry

_LEAD = 600  # characters of the paragraph read before the quote
_LOOK_BACK = 8  # quotes searched for the one asked


def reported_asker_turn(
    body: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    pronoun: str | None,
    ent: Entry | None,
) -> Entry | None:
    """The speaker of raw[qi], credited by "he/she said" to `ent`: `ent` unless it is an
    unnamed asker whose question the paragraph reports just before (see module)."""
    pronoun = (pronoun or "").lower()
    if ent is None or ent.kind != "anonymous" or pronoun not in ("he", "she"):
        return ent
    q = raw[qi]
    if body[q.start : q.end].rstrip().endswith("?"):
        return ent
    at = q.open_mark
    lead = lead_before(body, at, _LEAD)  # and the paragraph before (asked_object.py)
    where = lead.lower().rfind(ent.name.lower())
    if where < 0 or not asked_after(lead, where + len(ent.name)):
        return ent  # "A reporter asked the Premier whether ..." (asked_object.py)
    for j in range(qi - 1, max(-1, qi - 1 - _LOOK_BACK), -1):
        e = speakers[j]
        if e is None or e is ent:
            continue
        if e.kind == "person" and e.gender in (None, pronoun):
            return e
        return None  # the latest other voice does not fit: nobody rather than a guess
    return None
