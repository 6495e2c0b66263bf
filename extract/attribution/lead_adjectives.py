"""A capitalised adjective opening a sentence before a country's or a body's name is not
the name's (branch x16p): "Neighbouring Ostovia, which buys a third of the wheat, said
..." is Ostovia, and "Its foreign ministry said" in the next sentence is Ostovia's.
Political copy puts a state's relation first ("Neighbouring", "Rival", "Landlocked");
read into the name, the state became a person "Neighbouring Ostovia" and "its" fell on
the body cited before."""

from __future__ import annotations

from claimdesk.extract.lexicon import LEAD_ADJECTIVES


def without_lead_adjective(words: list[str]) -> list[str]:
    """The name without an opening relation adjective ("Neighbouring Ostovia" ->
    "Ostovia"); unchanged otherwise."""
    if len(words) > 1 and words[0] in LEAD_ADJECTIVES:
        return words[1:]
    return words
