"""'"...," it read.' / '"...," it said.' right after someone "issued a statement"
(fifteenth pass, branch x16z, issue 16):

    Sen. Warren Pettibone issued a statement late Friday after the vote.
    "Today the Senate chose politics over the people of this state," it read.

"it" is the statement, so its issuer is the speaker, exactly as for "the statement
read" (statement_owner.py). Only when the sentence just before says a statement or a
press release was issued, released, put out or sent out: "it read" after a sign or a
letter stays nobody's."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.statement_owner import statement_owner
from claimdesk.extract.sources import Entry, Registry

_ISSUED = re.compile(
    r"\b(?:issued|released|put[ \u00a0]+out|sent[ \u00a0]+out)[ \u00a0]+(?:a|an)[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+){0,2}(?:statement|press[ \u00a0]+release)\b"
)
_VERBS = frozenset(("read", "reads", "said", "says", "stated", "added", "continued"))


def statement_it(np: NP, before: tuple[int, int] | None, pos: int, reg: Registry) -> Entry | None:
    """The issuer of the statement the sentence `before` says was issued, when "it"
    (with a verb a document speaks with) is that statement; else None."""
    if np.verb not in _VERBS or before is None or _ISSUED.search(reg.body, *before) is None:
        return None
    statement = NP("desc", 0, 2, ["statement"], det="the", head="statement")
    return statement_owner(statement, pos, reg)
