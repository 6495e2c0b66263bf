"""A share that answers a survey with no group named after it: "Two-thirds said rents
had risen", "a third backed the plan". The group is the people asked, named earlier
(a survey, a poll, respondents); extract/shares.py reads the share itself.

Not a share: an ordinal in a list of speakers ("a second said ...; a third said ..."),
nor a fraction far from any survey ("a third said" in a story about three witnesses).
"""

from __future__ import annotations

import re

# Verbs of answering or holding a view, right after the fraction.
SHARE_VERBS = (
    r"said|say|says|told|reported|agreed|agree|disagreed|backed|back|supported|support"
    r"|opposed|oppose|wanted|want|thought|think|believed|believe|favoured|favour|favored"
    r"|favor|preferred|prefer"
)
# The people asked, named before the share within its paragraph or the one before.
_SURVEY_BEFORE = re.compile(
    r"\b(?:surveys?|surveyed|polls?|polled|questioned|interviewed|respondents|asked"
    r"|questionnaire)\b",
    re.IGNORECASE,
)
# Ordinals of a list of speakers: "a second said", "another said", "the first".
_ORDINAL_BEFORE = re.compile(r"\b(?:a|the)[ \t\u00a0]+(?:first|second)\b|\banother\b", re.I)
_SURVEY_WINDOW = 600
_ORDINAL_WINDOW = 200


def answers_a_survey(body: str, start: int) -> bool:
    """The share at `start` is of the people a survey asked, not an ordinal."""
    if _ORDINAL_BEFORE.search(body, max(0, start - _ORDINAL_WINDOW), start):
        return False
    return _SURVEY_BEFORE.search(body, max(0, start - _SURVEY_WINDOW), start) is not None
