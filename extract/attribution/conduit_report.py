"""A news outlet passing on someone's words is not their speaker (fifteenth pass, branch
x16z, issue 16). International wire copy relays what a leader told another outlet:

    The Kazakh president, Nurlan Abenov, said on Wednesday his country would "not choose
    sides" in the dispute, the state news agency reported.

The nearest attribution to the partial quotation is "the state news agency reported",
but the words are the president's: his "said" frames the clause that holds them. So
when the nearest attribution after a partial quotation is an outlet that "reported" or
"quoted" (a description whose head is an agency, a broadcaster, a newspaper ...), and a
person's attribution stands before the quotation in the sentence, that person speaks."""

from __future__ import annotations

from typing import Protocol

from claimdesk.extract.lexicon import PUBLICATION_NOUNS, word_set
from claimdesk.extract.sources import Entry

_HEADS = PUBLICATION_NOUNS | word_set("agency media broadcasters newspapers outlets")
_VERBS = word_set("reported reports quoted quotes")
_DETS = word_set("the a an its their state local national")  # "state television reported"


class _Span(Protocol):
    @property
    def span(self) -> tuple[int, int]: ...  # body offsets of the subject and its verb


def relays(att: _Span, masked: str, before: tuple[object, Entry | None]) -> bool:
    """Whether `att` (after the quotation) is an outlet relaying the words of the person
    whose attribution `before` stands before it: "the (state) news agency reported"."""
    person = before[1]
    if person is None or person.kind != "person":
        return False
    words = masked[att.span[0] : att.span[1]].lower().split()
    return 2 < len(words) <= 6 and words[0] in _DETS and words[-1] in _VERBS and words[-2] in _HEADS
