"""A capitalised run that crosses a sentence end: "scrapped from January. In a statement,
the company said" read "January. In" as the company (issue 16, round 16). The runs of
capitalised words that a later "the company" or "the group" is looked up in allow a dot
inside a word ("Co.", "U.S."), so a full stop after an ordinary word ("January.",
"Tuesday.", "Buses.") has to end the run: only the words after it can be a name."""

from __future__ import annotations

from claimdesk.extract.lexicon import AMBIGUOUS_FINAL, BEFORE_NUMBER, NEVER_FINAL

_NOT_AN_END = NEVER_FINAL | AMBIGUOUS_FINAL | BEFORE_NUMBER


def after_full_stop(words: list[str]) -> list[str]:
    """The run's words after its last sentence end (all of them when there is none)."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        if not w.endswith(".") or len(w) < 3:
            continue  # no stop, or an initial ("J.")
        stem = w[:-1]
        if "." in stem or stem.isupper() or stem.lower() in _NOT_AN_END:
            continue  # "U.S.", "Co.", "Gen.": an abbreviation inside a name
        cut = i + 1
    return words[cut:]
