"""Words read out from someone's letter or statement: "He read from a letter Ackah had
written to the court: '...'" quotes Ackah, not the reader. Court reports (counsel reading
a defendant's or a victim's letter), council and parliamentary copy (a clerk reading a
minister's statement) and obituaries frame quotations this way; the reader was credited
with the writer's words (issue 16, round 16).

Precision: a document noun ("letter", "statement", "note", "message", "email") with its
author named by a capitalised name right after it ("a letter Ackah had written", "a
statement Smith issued", "a letter from Ackah", "a note signed by Jo Harte"), then a
colon and the quotation, in one clause. An author who is not a name ("his client", "the
family") or a possessive name ("from Ackah's family") gives nothing."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.sources import Entry, Registry
from claimdesk.extract.speakers import _resolve

_S = r"[ \u00a0]+"
_NAME = r"((?:[A-Z][\w.'’-]*" + _S + r"){0,2}[A-Z][\w-]*)(?![\w'’])"
_DOC = r"(?<![\w-])(?:letter|statement|note|message|email|e-mail|text|card|memo|submission)"
_WRITTEN = r"(?:had" + _S + r")?(?:written|wrote|sent|penned|issued|signed|prepared)"
_WRITTEN_BY = re.compile(
    _DOC
    + _S
    + r"(?:(?:that|which)"
    + _S
    + r")?(?:"
    + _NAME
    + _S
    + _WRITTEN
    + r"|(?:from|by|written"
    + _S
    + r"by|signed"
    + _S
    + r"by)"
    + _S
    + _NAME
    + r")[^.;!?\x00:]{0,80}:[ \u00a0]*$"
)
_LOOK = 200  # characters before the quotation read


def written_by(masked: str, s: int, open_mark: int) -> NP | None:
    """The named author of the letter or statement whose words open at open_mark."""
    lo = max(s, open_mark - _LOOK)
    m = None
    for m in _WRITTEN_BY.finditer(masked, lo, open_mark):  # noqa: B007 (the last one)
        continue
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    words = name.split()
    if words[0] in ("The", "A", "An", "His", "Her", "Their"):
        return None
    return NP("name", 0, 0, words)


def read_out_author(masked: str, a: int, open_mark: int, reg: Registry) -> Entry | None:
    """The author whose words a reader's colon lead (starting at a) reads out, resolved
    (the reader's own attribution keeps the quote when there is none)."""
    if not a < open_mark:
        return None
    author = written_by(masked, a, open_mark)
    if author is None:
        return None
    ent = _resolve(author, "", reg, a)
    return ent if ent is not None and ent.kind == "person" else None
