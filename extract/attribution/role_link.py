"""A role the article gave exactly one named person: "the coach said" after "Her coach,
Beatrijs Oosterhuis, was close to tears", "the elder brother said" after "Anatole
Roussel-Bex, 52, the elder brother".

A careful reader takes "the coach" to be the one person the article itself called the
coach, whether or not that person has spoken yet. role_back.py asks for someone already
cited; this asks for the article's own link instead, and only when it is unambiguous:
every place before the quotation that writes these role words beside a full name names
the same person (two coaches named before the quote: no one), and no other one was
brought in since ("A second lawyer for the family said ...": no one).
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry, classify_name

_NAME = r"((?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)"
_LOOKBACK = 4000
_AGE = r"(?:\d{1,3},[ \u00a0]+)?"  # "Anatole Roussel-Bex, 52, the elder brother"


def sole_holder(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The one person written beside these role words before `pos`, or None."""
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in words)
    before = re.compile(rf"(?i:\b{phrase}),?[ \u00a0]+{_NAME}")
    after = re.compile(
        rf"{_NAME},[ \u00a0]+{_AGE}(?:the|his|her|their|its)[ \u00a0]+"
        rf"(?:[\w'’-]+[ \u00a0]+){{0,3}}?(?i:{phrase})\b"
    )
    lo = max(0, pos - _LOOKBACK)
    found: dict[str, tuple[list[str], int, str]] = {}
    for pattern in (before, after):
        for m in pattern.finditer(body, lo, pos):
            name = m.group(1).split()
            if len(name) < 2 or classify_name(name) != "person":
                return None  # a role beside something that is not a full name: unsure
            # first and last name: siblings share a surname ("Her son, Emrys Ferreira-Blythe")
            found.setdefault(" ".join(name[-2:]).lower(), (name, m.start(1), m.group(1)))
    if len(found) != 1:
        return None
    (name, start, surface) = next(iter(found.values()))
    fresh = re.compile(
        rf"(?i:\b(?:a|an|another|one|second|third)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}{phrase})\b"
    )
    if fresh.search(body, start, pos):
        return None  # "A second lawyer for the family said": another one since
    ent = reg.by_alias(" ".join(name))
    if ent is None:
        ent = reg.person(name, surface, start)
    return ent if ent.kind == "person" else None
