"""A quotation, then a cited person's name and a verb the lexicon does not list (tenth
pass, issue 16): '"Can you put that in writing?" Ruddle pressed.' is Ruddle's, not the
previous speaker's that the bare quotation would otherwise inherit.

Hearing and court reports vary the verb after a question ("pressed", "persisted",
"ventured", "offered"); the shape "quote, Name, -ed verb, stop" says who spoke whatever
the verb. Precision guards: the name must be a person already cited in the article (a
surname or the full name, never a new name: "Police Scotland confirmed" stays with the
older rules), the verb a lowercase past form, and a stop, a comma or "as"/"again"/"from"
must follow it.
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry, classify_name

_AFTER = re.compile(
    r"[ \u00a0]*((?:[A-Z][\w'’-]+[ \u00a0]+){0,2}[A-Z][\w'’-]+)[ \u00a0]+([a-z]{3,20}ed)"
    r"(?=[ \u00a0]*[.,;:!?]|[ \u00a0]+(?:as|again|from|on|at)\b)"
)


# '"No," came the reply from the minister, Halvard Brekke.' (fourteenth pass, x16o): the
# person after "from" (a lower-case role and a comma may come first), two or three words
_CAME = re.compile(
    r",?[ \u00a0]+came[ \u00a0]+the[ \u00a0]+(?:reply|answer|response|retort)[ \u00a0]+from"
    r"[ \u00a0]+(?:the[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}[a-z]+,[ \u00a0]+)?"
    r"((?:[A-Z][\w'’-]+[ \u00a0]+){1,2}[A-Z][\w'’-]+)(?=[ \u00a0]*[.,;])"
)


def name_then_verb(body: str, close: int, reg: Registry) -> Entry | None:
    """The cited person named right after the closing mark at `close`, or None; the one
    named in '"...," came the reply from X.'."""
    if (came := _CAME.match(body, close + 1, close + 140)) is not None:
        words = came.group(1).split()
        hit = reg.by_alias(came.group(1))
        if hit is None and classify_name(words) == "person":
            hit = reg.person(words, came.group(1), came.start(1))
        return hit if hit is not None and hit.kind == "person" else None
    m = _AFTER.match(body, close + 1, close + 90)
    if m is None:
        return None
    hit = reg.by_alias(m.group(1))
    if hit is None or hit.kind != "person" or not hit.cited:
        return None
    return hit
