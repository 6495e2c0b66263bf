"""Which capitalised run a later "the company" / "the firm" can mean (Twelfth-pass).

Kept apart from sources.py (near its size limit). A company is named "Crumb & Co." or
"Dravik Logistics"; a college, council or museum named in the sentences between is an
organisation but no company, so "the company said" never falls to it ("... said Dr Ann
Lee, Principal of Wakefield College. The company said ..."), nor to people named by
where they live ("Residents of Upper Thornwick")."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import ORG_HEADS, word_set

# A capitalised run, its words joined by "of", "for", "and", "the" or "&": "Crumb & Co.".
# Each step needs a space and a capital: linear, no nested repetition over the text.
COMPANY_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:[ \u00a0]+(?:of |for |and |the |& )*[A-Z][\w&'’.-]*)+")

# Head words of organisations that are not companies: public bodies, schools, clubs.
_NOT_COMPANY = word_set(
    """college university school academy council committee commission ministry
    department court police hospital museum gallery library parliament government
    assembly senate embassy agency authority union federation club trust foundation
    society association charity church cathedral party army navy force forces office
    board bureau institute police"""
)


def company_words(words: list[str]) -> list[str]:
    """The run's words as a company name, or [] when its head is no company ("Wakefield
    College."): the possessive goes ("Crumb & Co.'s founder" -> "Crumb & Co.")."""
    if not words:
        return words
    last = words[-1]
    for tail in ("'s", "’s"):
        if last.endswith(tail):
            last = last[: -len(tail)]
    head = last.rstrip(".").lower()
    if head in _NOT_COMPANY:
        return []
    if len(words) > 2 and words[1] == "of" and words[0] not in ORG_HEADS:
        return []  # "Residents of Upper Thornwick", "Principal of ...": people, no firm
    return [*words[:-1], last]
