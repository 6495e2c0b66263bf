"""What "the source" / "the group" points back to when the paragraph opens with it
(thirteenth pass, branch x16n, issue 16).

Political copy introduces a voice in a paragraph's opening clause and cites it by a bare
head word in the quote that follows:

    A senior party source was less gracious. "...," the source said.
    The Keep It Simple Ballot Committee, funded by ..., says ... "...," the group said.

The head alone ("source", "group") was made a source of its own. Here the paragraph's
opening noun phrase is the one cited: an unnamed person whose phrase ends in the same
head ("a senior party source"), or, for a generic body word ("the group"), the
capitalised name of a body the paragraph opens with. Anything else: None (as before).
"""

from __future__ import annotations

import re

# "A senior party source was", "One senior Senate aide was" (x16p): the article or
# "One", up to four words, the head
_UNNAMED = re.compile(
    r"(An?|One)[ \u00a0]+((?:[A-Za-z][\w-]*[ \u00a0]+){1,4}?)"
    r"(source|official|aide|diplomat|insider|adviser)(?=,|[ \u00a0](?!(?:in|at|for|of|from|"
    r"with|to|on|near|close|familiar|inside|based)[ \u00a0]))"
)
# "The Keep It Simple Ballot Committee, funded": a capitalised name opening the paragraph
_BODY = re.compile(
    r"(?:The[ \u00a0]+)?([A-Z][\w&'’-]*(?:[ \u00a0]+(?:(?:of|for|and|the|on)[ \u00a0]+)*"
    r"[A-Z][\w&'’-]*){1,7})(?=,|[ \u00a0]+[a-z])"
)
# the bare words a body is cited by once it is named
_BODY_WORDS = frozenset(("group", "organisation", "organization", "body", "campaign"))
_PERSON_HEADS = frozenset(("source", "official", "aide", "diplomat", "insider", "adviser"))


def paragraph_opener(body: str, pos: int, head: str) -> tuple[str, str] | None:
    """(name, kind) of the voice the paragraph holding `pos` opens with, when "the
    <head>" at `pos` can only mean it (see module); None otherwise."""
    lo = max(0, pos - 2000)  # a bounded look back: linear over a long paragraph
    start = body.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    if head in _PERSON_HEADS:
        m = _UNNAMED.match(body, start, pos)
        if m is None or m.group(3) != head:
            return None  # "A source said" alone adds nothing to "the source"
        return f"{m.group(1).lower()} {m.group(2).replace(chr(0xA0), ' ')}{head}", "anonymous"
    if head in _BODY_WORDS:
        m = _BODY.match(body, start, pos)
        if m is None or len(m.group(1).split()) < 2:
            return None
        return m.group(1).replace("\u00a0", " "), "organization"
    return None
