"""Where and when a colon lead's stance was shown (fifteenth pass, branch x16z, issue 16):
"The prime minister, Tevita Folau, was defiant in parliament on Thursday: '...'", "Ames
was blunt at the rally:", "X was upbeat in an interview on Sunday:". Only after a stance
word (blunt, defiant, ...: colon_frames._STANCE), never any adjective ("was alone in the
room:" is no way of speaking), and only a short tail of plain words."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import SPEECH_VERBS, word_set

_SETTING = word_set("in at on during before after outside inside")
_MAX_SETTING = 8  # tokens of "in parliament on Thursday", "at a rally in Leeds"


def stance_setting(rest: list[Tok], stance: frozenset[str]) -> list[Tok]:
    """ "was [more] STANCE in/at/on ..." cut before its setting; else `rest` as is."""
    for i in (2, 3):
        if i >= len(rest) or rest[i].low not in _SETTING or rest[i - 1].low not in stance:
            continue
        tail = rest[i:]
        if len(tail) <= _MAX_SETTING and all(
            t.text.replace("'", "").replace("’", "").isalnum() and t.low not in SPEECH_VERBS
            for t in tail  # "at Thursday's meeting"
        ):
            return rest[:i]
        return rest
    return rest
