"""A plural possessive inside a body's name (branch x16r, issue 16): "the Rail Users'
Federation", "the Teachers' Union", "the Parents' Alliance for Safer Streets". Reading a
name forward, a possessive closes it ("Russia's defence ministry"), so the subject of
"and called on MPs" after 'the Rail Users' Federation said "..."' was cut to "Rail
Users". A capitalised plural in "s'" followed by a capitalised body noun is one name:
the users' federation is a body, not the users. "Russia's" and "Sen. Ash's" (an "'s")
still close the name."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap
from claimdesk.extract.lexicon import ORG_NOUNS, word_set

# fifteenth pass (x16y): campaign bodies named "X' Watch", "Patients' Voice", "Tenants'
# Action": heads that name a body only after such a possessive, so not in ORG_NOUNS
_AFTER_PLURAL = word_set("watch voice action collective lobby movement concern")


def possessive_in_name(toks: list[Tok], j: int) -> bool:
    """Whether the possessive at token j - 1 ("Users'") runs on into the body noun at j."""
    if j < 1 or j >= len(toks):
        return False
    w = toks[j - 1].text
    return (
        len(w) > 2
        and w[-1] in "'’"
        and w[-2] == "s"
        and is_cap(toks[j].text)
        and (toks[j].low in ORG_NOUNS or toks[j].low in _AFTER_PLURAL)
    )
