"""A description that names a role the article gave someone: "the vice-chair said", "The
coxswain added:", "the deputy chair said" after "The panel's deputy chair, Dominic
Hartley, ..." is Hartley.

The article wrote the role beside the name before ("the panel's vice-chair, Dominic
Hartley", "head groundsman Tomas Reyes", "Dominic Hartley, the panel's vice-chair"); the
last such place before the quotation names the person, when that person is already
cited. Role words the lexicon does not list ("coxswain", "groundsman") count too: the
article's own wording is the evidence, and a
quotation with no other speaker is only credited when the description stands right
beside it ('"...!" the vice-chair said', 'The coxswain added: "..."').
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.role_link import sole_holder
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry

_NAME = r"((?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)"
_LOOKBACK = 4000
_LEAD = 120  # characters before a quotation a "The coxswain added:" lead may take
_VERBS = (
    r"said|says|added|adds|asked|asks|replied|insisted|continued|recalled|explained|"
    r"told|snapped|shouted|warned|conceded|admitted|noted|went on|"
    r"laughed|grinned|sighed|quipped|joked"
)
# '"...," the vice-chair said' / 'said the vice-chair'
_ROLE = r"[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*)?"
_AFTER = re.compile(
    rf"[ \u00a0]*(?:(?:the|The)[ \u00a0]+(?P<a>{_ROLE})[ \u00a0]+(?:{_VERBS})"
    rf"|(?:{_VERBS})[ \u00a0]+the[ \u00a0]+(?P<b>{_ROLE}))\b[ \u00a0]*[.,]"
)
# 'The coxswain added: "..."'
_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?\n]))[ \u00a0]*The[ \u00a0]+(?P<a>[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*)?)"
    rf"[ \u00a0]+(?:{_VERBS})[ \u00a0]*:[ \u00a0]*$"
)


def named_with_role(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The cited person the article last named beside these role words before `pos`."""
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in words)
    before = re.compile(rf"(?i:\b{phrase}),?[ \u00a0]+{_NAME}")
    # "Dominic Fairweather, the panel's vice-chair"
    after = re.compile(rf"{_NAME},[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){{0,4}}?(?i:{phrase})\b")
    last = None
    lo = max(0, pos - _LOOKBACK)
    for pattern in (before, after):
        for m in pattern.finditer(body, lo, pos):
            if last is None or m.start() > last.start():
                last = m
    if last is None:
        return sole_holder(body, words, pos, reg)  # "Anatole Roussel-Bex, 52, the elder brother"
    name = last.group(1).split()
    for size in range(len(name), 0, -1):
        hit = reg.by_alias(" ".join(name[:size]))
        if hit is None and size == 1:
            full = reg.full_name_for(name[0])
            hit = reg.by_alias(full) if full else None
        if hit is not None:
            if hit.kind == "person" and hit.cited:
                return hit
            break
    return sole_holder(body, words, pos, reg)  # "Her coach, Beatrijs Oosterhuis, was ..."


def role_beside(masked: str, q: RawQuote) -> list[str] | None:
    """The role words of a description right beside a quotation ('"...," the vice-chair
    said', 'The coxswain added: "..."'), or None."""
    close = q.close_mark + 1 if q.close_mark is not None else q.end
    m = _AFTER.match(masked, close)
    if m is None:
        lo = max(0, q.open_mark - _LEAD)  # bounded: a long text of quotes stays linear
        line_start = max(masked.rfind("\n", lo, q.open_mark), masked.rfind(". ", lo, q.open_mark))
        m = _BEFORE.search(masked, max(lo, line_start), q.open_mark)
    if m is None:
        return None
    role = m.group("a") or m.groupdict().get("b")
    return role.split() if role else None
