"""A body opening its paragraph by its initials, then cited by its kind (fifteenth
pass, branch x16w, issue 16): party copy names a party once in full and then by its
initials, often with an aside before the verb, and quotes it as "the party":

    The PPC, in a statement signed by its state publicity secretary, urged calm.
    "We will pursue our mandate in court," the party said.

"the party" had gone to the last party named in full (the winner's), a wrong name.
The paragraph's opening acronym is the one meant; it is spelled out from the name
written before whose initials it is ("Progressive People's Congress"), else kept as
written. Only for a body word ("party", "union", "group", ...) with nothing but the
acronym opening the paragraph; anything else: None (the rules before decide)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# "The PPC," / "The ANC said" / "NFU officials": two to six capitals opening the paragraph
_OPENER = re.compile(r"(?:The[ \u00a0]+)?([A-Z]{2,6})(?=[,;]|[ \u00a0]+[a-z])")
# a capitalised run a party's full name can be: "Progressive People's Congress",
# "Democratic Reform Alliance", "National Union of Mineworkers" (a bounded run of words)
_RUN = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0]+(?:(?:of|for|and|the)[ \u00a0]+)?[A-Z][\w'’-]*){1,6}"
)
_SMALL = frozenset(("of", "for", "and", "the"))
# the kinds a body is cited by once it is named
BODY_KINDS = frozenset(
    (
        "party",
        "union",
        "group",
        "movement",
        "alliance",
        "coalition",
        "campaign",
        "organisation",
        "organization",
        "association",
        "federation",
        "congress",
        "front",
    )
)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SMALL)


@lru_cache(maxsize=8)
def _names_by_initials(body: str) -> dict[str, list[tuple[int, str]]]:
    """Every capitalised run of the body under the initials of each of its tails
    ("Opposition Democratic Reform Alliance" also as DRA), in text order: read once per
    article, so many openers stay linear."""
    found: dict[str, list[tuple[int, str]]] = {}
    for m in _RUN.finditer(body):
        words = m.group(0).split()
        while words and words[0] in ("The", "A", "An"):
            words = words[1:]
        for i in range(len(words) - 1):
            part = words[i:]
            if part[0].lower() not in _SMALL:
                found.setdefault(_initials(part), []).append((m.start(), " ".join(part)))
    return found


def spelled_out(body: str, acronym: str, pos: int) -> str | None:
    """The latest full name written before `pos` whose initials are `acronym`; None when
    none is."""
    runs = _names_by_initials(body).get(acronym, ())
    i = bisect_left(runs, (pos, ""))
    return runs[i - 1][1] if i else None


def acronym_opener(body: str, pos: int, head: str) -> str | None:
    """The body "the <head>" at `pos` means when its paragraph opens with initials."""
    if head not in BODY_KINDS:
        return None
    lo = max(0, pos - 2000)  # bounded: linear over a long paragraph
    start = body.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    m = _OPENER.match(body, start, pos)
    if m is None:
        return None
    acronym = m.group(1)
    return spelled_out(body, acronym, start) or acronym
