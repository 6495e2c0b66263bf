"""A lone given name in a tabloid ("Dorian shrugged") after the person was named in full
("Ex-partner Dorian Mapplethorpe-Kaye, 44, opened ..."): the full name, when the body
gives exactly one surname after that given name. A capitalised "Ex-partner" before the
name is a role, never part of it."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import NOT_NAME


def former_role(word: str) -> bool:
    """ "Ex-partner", "Ex-husband", "Ex-minister": a role, never a name word."""
    return word.lower().startswith("ex-") and len(word) > 4


def full_name_after_given(body: str, given: str, pos: int) -> str | None:
    """The one "Given Surname" written before `pos` ("Dorian" -> "Dorian Mapplethorpe-
    Kaye"), else None (none written, or two different surnames)."""
    if not given[:1].isupper() or given in NOT_NAME or len(given) < 3:
        return None
    pat = re.compile(
        r"(?<![\w'’-])"
        + re.escape(given)
        + r"[ \u00a0]+([A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)(?![\w'’-])"
    )
    found = {m.group(1) for m in pat.finditer(body, 0, pos)}
    found = {s for s in found if s not in NOT_NAME and not s.endswith(("'s", "’s"))}
    if len(found) != 1:
        return None
    return f"{given} {found.pop()}"
