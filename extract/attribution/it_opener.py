"""What "it" stands for in '"...," it said' when the paragraph opens with a body (branch
x16p, issue 16). Wire copy and statements pieces cite a body, describe its stance in a
short opening sentence, and give its words with "it said":

    The union was unmoved. "Settle it by enforcing the law," it said.
    The Treasury declined to comment on the leak. "We do not discuss papers," it said.

"it" went to nobody (no body had been quoted within the last 300 characters). Here it is
the body the paragraph opens with, as its subject: "The" and a body's head noun ("the
union", "the ministry", "the state party", "the chancellor's office") or a capitalised
name whose last word is a body's ("The Coastal Workers' Union", "The Treasury"), then a
lowercase verb. The opener is returned as written, and the caller resolves it as if the
article had written "the union said" (so it is the body named in full before). Only
within the paragraph's first 400 characters: a long paragraph may change subject."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import ORG_HEADS, ORG_NOUNS

_REACH = 400  # characters from the paragraph's start to "it said"

# "The union was", "The state party has", "The Ministry of Fisheries declined"
_OPENER = re.compile(
    r"The[ \u00a0]+((?:[a-z][\w'’-]*[ \u00a0]+){1,4}|"
    r"[A-Z][\w&'’-]*(?:[ \u00a0]+(?:(?:of|for|and|the)[ \u00a0]+)*[A-Z][\w&'’-]*){0,6}"
    r"[ \u00a0]+)(?=[a-z])"
)
_NOT_A_VERB = frozenset(("of", "for", "and", "in", "at", "on", "to", "with", "from", "which"))


def it_opener(body: str, pos: int, before: int | None = None) -> tuple[str, bool, int] | None:
    """(the opener's words, whether it is a capitalised name, where its sentence starts)
    when the sentence `before` (the one before "it said", in its paragraph) or else the
    paragraph holding `pos` opens with a body as its subject (see module); None
    otherwise. A body cited since that start is the caller's "it" instead."""
    lo = max(0, pos - _REACH)
    start = body.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    if before is not None and before > start:
        # 'The DNC said ... . The RNC was less charitable. "...," it said': the sentence
        # right before, when it opens with a body, before the paragraph's opener
        found = _opened_at(body, before, pos)
        if found is not None:
            return found
    return _opened_at(body, start, pos)


def _opened_at(body: str, start: int, pos: int) -> tuple[str, bool, int] | None:
    """The body a sentence starting at `start` opens with as its subject, or None."""
    m = _OPENER.match(body, start, pos)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0][:1].isupper():
        nxt = body[m.end() : m.end() + 12].split(" ", 1)[0]
        if nxt in _NOT_A_VERB or words[-1] not in ORG_HEADS:
            return None  # "The Union of ..." read on: not where the subject ends
        return " ".join(words), True, start
    # "The state party has": the last body noun before the verb ("The union was")
    for i, w in enumerate(words):
        if w in ORG_NOUNS and (i + 1 == len(words) or words[i + 1] not in ORG_NOUNS):
            after = words[i + 1] if i + 1 < len(words) else body[m.end() : m.end() + 12]
            if after.split(" ", 1)[0] in _NOT_A_VERB:
                return None
            return " ".join(words[: i + 1]), False, start
    return None
