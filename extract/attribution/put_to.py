"""A question put in reported speech, then the answer (fifteenth pass, branch x16x,
issue 16).

Broadsheet write-ups of interviews and hearings often report the question and quote the
answer: 'Roe put it to her that the freeze had been called a permanent promise. / "It
was described as a commitment," she said.' "she" fell on the asker, the latest person
cited, when both are women. The sentence before names the one it is put to ("put it to
her", "asked him whether", "pressed her on", "suggested to him that", "challenged her
over"): when that object is the pronoun now speaking, the answer is the other party's,
as after a quoted question (turn_taking.reply_turn does the rest).
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry

# the verb, the one it is put to, then what is put: "put it to her that", "asked him
# whether", "pressed her on", "reminded him that", "challenged her over"
_PUT_TO = re.compile(
    r"\b(?:put[ \u00a0]+it[ \u00a0]+to|put[ \u00a0]+to|suggested[ \u00a0]+to|asked|pressed"
    r"|challenged|quizzed|questioned|reminded|pushed|grilled)[ \u00a0]+(him|her)"
    r"[ \u00a0]+(?:that|whether|if|why|how|what|when|on|about|over|again)\b"
)
_OBJECT = {"he": "him", "she": "her"}


def put_to(masked: str, ps: int, pe: int, pronoun: str) -> int:
    """Where the verb is when sentence masked[ps:pe], holding no quotation, puts a
    question to the object form of `pronoun` ("Roe put it to her that ..." before
    '"...," she said'), else -1."""
    if "\x00" in masked[ps:pe]:
        return -1
    for m in _PUT_TO.finditer(masked, ps, pe):
        if m.group(1) == _OBJECT[pronoun]:
            return m.start()
    return -1


def asker_named(masked: str, ps: int, verb: int, reg: Registry) -> Entry | None:
    """The one person whose surname (or first name after Sir/Dame) stands before the
    verb of asking (the subject of "Roe put it to her ...", "Dame Alison pressed her
    on ..."), else None."""
    subject = masked[ps:verb]
    if len(subject) > 120:
        return None
    words = set(_WORD.findall(subject))
    titled = {m.group(1).lower() for m in _KNIGHTED.finditer(subject)}  # "Dame Alison"
    found = [
        e
        for e in reg.entries
        if e.kind == "person"
        and ((e.surname and e.surname.title() in words) or (e.first and e.first in titled))
    ]
    return found[0] if len(found) == 1 else None


_KNIGHTED = re.compile(r"\b(?:Sir|Dame|Lord|Lady)[ \u00a0]+([A-Z][\w'’-]+)")


_WORD = re.compile(r"[A-Z][\w'’-]+")
