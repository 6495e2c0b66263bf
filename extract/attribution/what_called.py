"""'A spokesperson for the Pentagon declined to comment on what it called "internal budget
discussions."' (branch x16r, issue 16): "what <pronoun> called" (or "termed",
"described as") names a phrase the sentence's own subject used. Wire copy writes it after
"declined to comment on", "dismissed", "rejected"; the pronoun is the subject of the
main clause, so the subject speaks. The pronoun alone found nobody when the subject was an
unnamed source ("a spokeswoman for the ministry ... what she called").

Precision: "what" must stand right before the pronoun, the verb must be one of these
naming verbs, and the subject (subjects._clause_subject) must open the sentence and end
before "what"; "it" takes only a description or a body, never a person's name."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok

_NAMING = frozenset(("called", "calls", "termed", "terms", "described", "describes", "dubbed"))
_PRONOUNS = frozenset(("he", "she", "it", "they"))


def what_called(toks: list[Tok], np: NP, v: int) -> bool:
    """Whether the pronoun `np` before the verb at v reads "what it called"."""
    return (
        np.kind == "pronoun"
        and np.words[0].lower() in _PRONOUNS
        and np.start >= 2
        and toks[np.start - 1].low == "what"
        and v == np.end
        and toks[v].low in _NAMING
    )


def fits_pronoun(subject: NP, pronoun: str) -> bool:
    """ "it": a description ("a spokesperson for the Pentagon") or a body; "he"/"she"/
    "they": anything but a pronoun."""
    if subject.kind == "pronoun":
        return False
    return pronoun != "it" or subject.kind == "desc" or subject.org_hint
