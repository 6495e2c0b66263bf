"""A body's whole name before a spokesman (fifteenth pass, issue 16): "A Department for
Transport spokesman said", "a Ministry of Defence spokeswoman", "A Department of Health
and Social Care spokesperson", "an Office for Budget Responsibility official". The walk
back from the head word stopped at "for"/"of"/"and" and kept "Transport spokesman", a
name cut in two; UK copy writes the department's whole name so, with no "the"."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap
from claimdesk.extract.lexicon import NOT_NAME, word_set

_LINKS = word_set("of for and &")
# who speaks for a body; "Inspector X of Daresfield police" is a person and the force
_VOICES = word_set(
    """spokesman spokeswoman spokesperson spokespeople official officials source sources
    representative insider aide"""
)


def link_in_body(toks: list[Tok], j: int, head: str) -> bool:
    """Whether toks[j - 1] joins two capitalised words of one body's name, walking left
    from toks[j] ("Department [for] Transport", "Health [and] Social Care") to a `head`
    that speaks for the body."""
    return (
        head in _VOICES
        and j >= 2
        and toks[j - 1].low in _LINKS
        and is_cap(toks[j].text)
        and is_cap(toks[j - 2].text)
        and toks[j - 2].text not in NOT_NAME
        and toks[j].text not in NOT_NAME
    )
