"""A promise quoted after "to" (fifteenth pass, branch x16s3, issue 16): 'The winning
candidate, Ffion Trevithick, promised to "fight for Cornwall every single day"', 'Pike
vowed to "take this fight to every county"'. A speech verb before "to" reports no speech
("said to be", "is reported to have fled"), so these fragments had no speaker; when the
quotation opens right after the "to", the words are the promiser's own."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok
from claimdesk.extract.lexicon import word_set

_PROMISE = word_set(
    """promise promised promises promising vow vowed vows vowing pledge pledged pledges
    pledging swore swear swears swearing threatened threatens threatening undertook"""
)


def promises_quote(toks: list[Tok], v: int) -> bool:
    """Whether the verb at v is a promise whose "to" opens a quotation: 'vowed to "..."'."""
    return (
        toks[v].low in _PROMISE
        and v + 2 < len(toks)
        and toks[v + 1].low == "to"
        and toks[v + 2].text == Q
    )
