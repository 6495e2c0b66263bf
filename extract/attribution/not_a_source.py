"""Subjects of a speech verb that cite no one (branch x16p, issue 16): "by a wider margin
than either campaign had predicted", "the fund is smaller than the minister claimed"
(a comparison with what was said, not a report of it: the clause before is the
writer's, and the statement "Asante won by a wider margin than" was credited to "either
campaign"), and "what officials have called a 'reading recovery premium'" (a coined
name the writer uses; the namers are no source of the article). A group noun that
speaks nothing is not a source."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_NAMING = word_set("called calls dubbed dubs termed terms labelled labeled branded")


def cites_no_one(toks: list[Tok], start: int, v: int) -> bool:
    """Whether the subject starting at token `start` of the verb at `v` stands after
    "than" (a comparison) or after "what" before a naming verb ("what X have called")."""
    if start < 1:
        return False
    before = toks[start - 1].low
    return before == "than" or (before == "what" and toks[v].low in _NAMING)
