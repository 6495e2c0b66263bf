"""The body a later "the museum" / "the ministry" means when its name goes on past the
head word (thirteenth pass, issue 16): "the Halvern Museum of Textiles ... The museum
said in a statement", "the Ministry of Finance ... the ministry said". Political and
wire copy names a public body this way; `Registry.described` only read names that end
in the head word ("the Regional Water Authority"), so the statement was no one's.

Kept apart from sources.py (near its size limit). Precision: only organisation heads
(never a person's title: "Minister of Transport ... the minister said" is a person);
the name is the head with "of"/"for" and one to four capitalised words after it, and up
to four capitalised words before it; the last such name before the description wins."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import ORG_NOUNS, word_set

_INSTITUTIONS = ORG_NOUNS | word_set("college academy")
_NOT_BODY = word_set("minister secretary governor director chief head president")
_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]*[ \u00a0]+){1,4}$")
_LEADING = frozenset(("The", "A", "An", "In", "At", "By", "From", "For", "Of", "On"))


def body_with_of(body: str, head: str, pos: int) -> tuple[int, list[str]] | None:
    """(start, words) of the last "Name Head of Name" written before `pos`, or None."""
    if head not in _INSTITUTIONS or head in _NOT_BODY:
        return None
    pat = re.compile(
        head.capitalize() + r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?"
        r"[A-Z][\w'’&-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w'’&-]*){0,3}"
    )
    last = None
    for m in pat.finditer(body, 0, pos):
        if m.start() == 0 or not body[m.start() - 1].isalnum():
            last = m
    if last is None:
        return None
    start = last.start()
    lead = _BEFORE.search(body, max(0, start - 80), start)
    if lead is not None:
        start = lead.start()
    words = body[start : last.end()].split()
    while words and words[0] in _LEADING:
        words.pop(0)
        start = body.index(words[0], start) if words else start
    if words:
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")  # "... of Textiles's"
    return (start, words) if len(words) >= 3 else None
