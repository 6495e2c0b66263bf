"""An attribution nested before the "that" of the one it reports (fifteenth pass, branch
x16s3, issue 16): 'The union said the survey showed that "..."', 'Mr Kemp said the report
found that ...'. The outer verb's clause was read as starting after that "that", so the
inner subject ("the survey") looked like a second speaker, and being nearer the quote it
took it: a document named as the speaker. Everything between the outer verb and the
"that" belongs to what the outer speaker said."""

from __future__ import annotations


def before_its_that(sstart: int, v: int, after: int, clause: int | None) -> bool:
    """Whether the attribution (subject at sstart, verb at v) sits between the outer
    verb's words (after) and the clause it reports (clause: the token after "that")."""
    return clause is not None and after <= sstart and v < clause
