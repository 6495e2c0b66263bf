"""A quotation paragraph after a paragraph that introduces one person (ninth pass,
issue 16): "The memorial was unveiled by Eirlys Penhaligon, 88, whose father was among
the dead." then '"I was four. ...' over three paragraphs; or a profile's 'She is not
retiring, she says. She is moving to her back bedroom.' then '"The clocks are coming
with me."'. A reader gives the quotation to that person; the sixth-pass rule only took a
previous paragraph whose last sentence cited someone.

Guards: the quotation opens its paragraph and nothing in that paragraph credits anyone;
the paragraph before holds no quotation, and its last sentence credits no one and either
introduces exactly one person as its subject or as the agent of a passive ("was unveiled
by X"; intro_subject.py's guards apply), or opens with "He"/"She" after a sentence of the
same paragraph that cited a person of that pronoun (pronoun_run.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol

from claimdesk.extract.attribution.intro_subject import intro_subject
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.pronoun_run import pronoun_run
from claimdesk.extract.attribution.subjects import fwd_subject, sentence_names
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.document import Span
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry, classify_name
from claimdesk.extract.speakers import _resolve


class _Text(Protocol):
    masked: str
    sentences: list[Span]
    paragraphs: list[Span]
    starts: list[int]


# "was unveiled by", "were opened by", "has been led by": the agent of a passive
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?"
    r"[a-z]+(?:ed|en|wn|ne|ght|lt)[ \u00a0]+by[ \u00a0]+"
)
_PRONOUNS = {"He ": "he", "She ": "she"}


def paragraph_intro(
    text: _Text,
    q: RawQuote,
    lo: int,
    per_sentence: Sequence[Sequence[tuple[object, Entry | None]]],
    reg: Registry,
) -> Entry | None:
    """The person the paragraph before introduces, for quotation `q` (sentence `lo`)
    opening a paragraph that credits no one; else None (see module)."""
    pi = q.paragraph
    if pi < 1 or q.continues or lo < 1:
        return None
    ps, pe = text.paragraphs[pi]
    if q.open_mark > ps + 1:
        return None
    starts = text.starts
    own = range(lo, bisect_right(starts, pe - 1))
    if any(per_sentence[k] for k in own if k < len(per_sentence)):
        return None
    pps, ppe = text.paragraphs[pi - 1]
    masked = text.masked
    if masked.find("\x00", pps, ppe) >= 0:
        return None  # a quotation before: the quote rules decide
    si = bisect_right(starts, ppe - 1) - 1
    if si < 0 or si >= lo or starts[si] < pps or per_sentence[si]:
        return None
    s, e = text.sentences[si]
    np = intro_subject(masked, s, e, reg) or _passive_agent(masked, s, e)
    if np is not None:
        who = _resolve(np, "", reg, s)
        return who if who is not None and who.kind == "person" else None
    opening = masked[s : s + 4].lstrip()
    pronoun = next((p for o, p in _PRONOUNS.items() if opening.startswith(o)), None)
    if pronoun is None:
        return None
    k = pronoun_run(masked, text.sentences, si + 1, pronoun, per_sentence) - 1
    if k < 0 or starts[k] < pps:
        return None
    people = [ent for _a, ent in per_sentence[k] if ent is not None and ent.kind == "person"]
    if len(people) != 1 or people[0].gender not in (None, pronoun):
        return None
    return people[0]


def _passive_agent(masked: str, s: int, e: int) -> NP | None:
    """'The memorial was unveiled by Eirlys Penhaligon, 88, ...': the one person named,
    as the agent right after "was ...ed by"."""
    m = _PASSIVE_BY.search(masked, s, min(e, s + 300))
    if m is None or len(sentence_names(masked, s, e)) != 1:
        return None
    toks = tokenize(masked, m.end(), e)
    np = fwd_subject(toks, 0, masked, appositive=False) if toks else None
    if np is None or np.kind != "name" or len(np.words) < 2:
        return None
    return np if classify_name(list(np.words)) == "person" else None
