"""Who "the statement" is when its issuer was named but never cited (fifteenth pass,
branch x16w, issue 16): wire copy names the issuer first and quotes the document after:

    Foreign Minister Ngozi Achebe issued a statement late on Friday. "Nigeria will not
    accept interference," the statement said.

`statement_owner` looks for a cited source beside the mention, else an organisation
named just before; a person who "issued a statement" is neither, so the quotation had
no speaker. Here the subject of "issued / released / put out / sent out a [two words]
statement" in the 400 characters before is read: a capitalised name of up to six
words, a title may open it. Two different issuers, or none: None, as before."""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry, classify_name, split_person

_NAME = r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){1,5}"
_VERB = r"(?:issued|released|put[ \u00a0]+out|sent[ \u00a0]+out|published)"
_ISSUED = re.compile(
    rf"(?:^|(?<=[.!?][ \u00a0])|(?<=\n))({_NAME})(?:,[^,\n]{{1,80}},)?[ \u00a0]+{_VERB}"
    r"[ \u00a0]+(?:a|an)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:statement|press[ \u00a0]+release)\b"
)
_BACK = 400


def statement_issuer(pos: int, reg: Registry) -> Entry | None:
    """The person named as issuing a statement in the 400 characters before `pos`."""
    found = {m.group(1) for m in _ISSUED.finditer(reg.body, max(0, pos - _BACK), pos)}
    if len(found) != 1:
        return None
    text = found.pop().replace("\u00a0", " ")
    words = text.split()
    if classify_name(words) != "person":
        return None
    title, name = split_person(words)
    if len(name) < 2:
        return None
    ent = reg.person(name, text, pos)
    if title:
        ent.add_role(" ".join(title))
    return ent
