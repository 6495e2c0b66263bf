"""The reported question of an unnamed asker, widened (issue 16, round 16): "A reporter
asked the Premier whether she still had confidence in Mr. Fitchett." then, as its own
paragraph, '"I do," she said.' Press-conference copy names the one asked ("asked the
Premier", "asked Ms Arsenault", "asked the minister") and puts the answer in the next
paragraph; reported_asker.py read only "asked whether" in the quote's own paragraph, so
"she" went to the reporter.

`asked_after` matches "asked [whom] whether/if/why ..." right after the asker's name,
where whom is a pronoun, "the" and up to three words, or a capitalised name of up to
three words; `lead_before` is the quote's paragraph before it and, when the quote opens
its paragraph, the paragraph before that too."""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
_WHOM = (
    r"(?:him|her|them|the(?:" + _S + r"[\w.'’-]+){1,3}?|(?:[A-Z][\w.'’-]*" + _S + r"){0,2}"
    r"[A-Z][\w'’-]*)"
)
_ASKED = re.compile(
    _S
    + r"(?:asked|asks|wanted"
    + _S
    + r"to"
    + _S
    + r"know|pressed|questioned)(?:"
    + _S
    + _WHOM
    + r")?"
    + _S
    + r"(?:whether|if|why|what|when|where|how|who|about)\b"
)


def asked_after(lead: str, at: int) -> bool:
    """Whether "asked [whom] whether ..." follows the asker's name ending at `at`."""
    return _ASKED.match(lead, at) is not None


def lead_before(body: str, at: int, reach: int) -> str:
    """The text before the quote opening at `at`: its paragraph, and the paragraph
    before when the quote opens its own (at most `reach` characters)."""
    lo = max(0, at - reach)
    start = body.rfind("\n", lo, at) + 1
    if start and not body[start:at].strip():  # the quote opens its paragraph
        prev_end = start - 1
        while prev_end > lo and body[prev_end - 1] == "\n":
            prev_end -= 1
        start = body.rfind("\n", lo, prev_end) + 1
    return body[max(start, lo) : at]
