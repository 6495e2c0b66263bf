"""A role with an "of ..." tail, then the name (tenth pass, issue 16): "The Minister of
Foreign Affairs of the Republic of Velmaria, Mr. Radovan Sterlet-Mihailovic, held talks
..." lets a later '"...," the minister stressed' be that minister.

Agency copy names office-holders by their full office, so the plain "the minister, Name"
pattern (role_back.py) never sees the role beside the name. Precision guard: the article
may name several holders of the role ("... with the Minister of Foreign Affairs of
Ostrany, Mrs. Dragana Holmqvist-Seck"); the description is credited only when exactly one
of them has been cited before it, and never to someone not yet cited.
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry

_NAME = r"((?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?[ \u00a0]+)?"
_LOOKBACK = 4000
_TAIL = 80  # characters of "of Foreign Affairs of the Republic of Velmaria"


def holder_of_office(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The one cited person the article named after "<role> of ...," before `pos`."""
    if not words or len(words) > 2:
        return None
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in words)
    pattern = re.compile(
        rf"(?i:\b{phrase})[ \u00a0]+of[ \u00a0]+[^,.;:!?\n\"“”]{{1,{_TAIL}}},"
        rf"[ \u00a0]+{_TITLE}{_NAME}"
    )
    cited: dict[int, Entry] = {}
    for m in pattern.finditer(body, max(0, pos - _LOOKBACK), pos):
        name = m.group(1).split()
        hit = reg.by_alias(" ".join(name)) or reg.by_alias(name[-1])
        if hit is not None and hit.kind == "person" and hit.cited:
            cited[id(hit)] = hit
    return next(iter(cited.values())) if len(cited) == 1 else None
