"""A party member's description before the name between commas (fifteenth pass, branch
x16s3, issue 16): 'The winning Liberal Democrat, Ffion Trevithick, said', 'A leading
Republican, Sen. Ann Pike, said', 'One moderate Democrat, Rep. Carl Deaver, said'. The
description holds no role noun, so the name between the commas was not read as the
speaker: no speaker, or "Democrat" itself taken as a name ('The Democrat, Ruth
Ellington, said' gave "Democrat"). A description opening on an article and ending on a
party member's word describes the person named after it."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok

_MEMBERS = frozenset(
    ("Democrat", "Republican", "Conservative", "Tory", "Unionist", "Nationalist", "Socialist")
)
_OPENERS = frozenset(("the", "a", "an", "one", "another"))


def party_member(pre: list[Tok]) -> bool:
    """Whether the words before the name are "the/a/one [modifiers] Democrat"."""
    return len(pre) >= 2 and pre[0].low in _OPENERS and pre[-1].text in _MEMBERS
