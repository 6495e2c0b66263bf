"""A naming verb with its object moved away, then "as" and a quotation (fourteenth pass,
issue 16): "The talks, which Sen. Ada Morrow described as "brutal but honest," ended at
dawn", "a deal Morrow characterised as "a truce, not a treaty."" The object of
"described" is the relative pronoun ("which", "that") or left out, so the verb stands
right before "as"; find.py took "described as" for the passive or a comparison ("as he
marched off") and read no speech there.

Guards: the verb is one of the verbs that attribute a quotation (QUOTE_VERBS), "as" is
followed by the opening mark at once, and no form of "be" stands right before the verb
("the plan was described as "reckless"": a passive, whose speaker is the "by" agent if
any, not the subject)."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok
from claimdesk.extract.lexicon import BE_FORMS, QUOTE_VERBS


def described_as(toks: list[Tok], v: int) -> bool:
    """Whether token v is "described" (or another quoting verb) + "as" + a quotation,
    in the active voice."""
    return (
        v > 0
        and v + 2 < len(toks)
        and toks[v].low in QUOTE_VERBS
        and toks[v + 1].low == "as"
        and toks[v + 2].text == Q
        and toks[v - 1].low not in BE_FORMS
        and toks[v - 1].low not in ("been", "being")
    )
