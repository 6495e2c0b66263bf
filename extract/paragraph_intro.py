"""A quotation paragraph after a paragraph that introduces one person (ninth pass,
issue 16): "The memorial was unveiled by Eirlys Penhaligon, 88, whose father was among
the dead." then '"I was four. ...' over three paragraphs; or a profile's 'She is not
retiring, she says. She is moving to her back bedroom.' then '"The clocks are coming
with me."'. A reader gives the quotation to that person; the sixth-pass rule only took a
previous paragraph whose last sentence cited someone.

Guards: the quotation fills its paragraph (nothing outside the marks, so nothing frames
it);
the paragraph before holds no quotation, and its last sentence credits no one and either
introduces exactly one person as its subject or as the agent of a passive ("was unveiled
by X"; intro_subject.py's guards apply), or opens with "He"/"She" after a sentence of the
same paragraph that cited a person of that pronoun (pronoun_run.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol

from claimdesk.extract.attribution.intro_subject import intro_subject, role_word
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.office_lead import office_before
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
_BARE = " \t\u00a0\x00\"“”'‘’.,!?…—–-"  # what a paragraph that is only a quotation holds


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
    masked = text.masked
    if masked[ps:pe].strip(_BARE):
        return None  # '"We will be back," the pensioners chanted.': framed, not bare
    starts = text.starts
    pps, ppe = text.paragraphs[pi - 1]
    if masked.find("\x00", pps, ppe) >= 0:
        return None  # a quotation before: the quote rules decide
    si = bisect_right(starts, ppe - 1) - 1
    if si < 0 or si >= lo or starts[si] < pps or per_sentence[si]:
        return None
    s, e = text.sentences[si]
    np = intro_subject(masked, s, e, reg) or _passive_agent(masked, s, e)
    if np is not None:
        if not _person_signal(masked, s, e, np, reg):
            return None  # "The bakery on Quay Street opened": no sign it is a person
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
    if not people and not per_sentence[k]:
        # "Archie Nisbet, 79, did most of the talking. He had been a deputy." (thirteenth
        # pass): the run opens on a sentence that introduces one person, as above
        s, e = text.sentences[k]
        np = intro_subject(masked, s, e, reg)
        if np is not None and _person_signal(masked, s, e, np, reg):
            who = _resolve(np, "", reg, s)
            people = [who] if who is not None and who.kind == "person" else []
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


_AFTER = re.compile(
    r",[ \u00a0]*(?:\d{1,3}[ \u00a0]*,|who\b|whose\b|a[ \u00a0]|an[ \u00a0]|the[ \u00a0])"
)
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof", "Sir", "Dame", "Lady", "Lord"))


def _person_signal(masked: str, s: int, e: int, np: NP, reg: Registry) -> bool:
    """Whether the sentence marks the name as a person's: cited before, a title or a role
    word right before it ("Retired signalman X"), or an age or a who-clause or an
    appositive after it ("X, 88, whose father ...", "X, a baker, ...")."""
    known = reg.by_alias(" ".join(np.words))
    if known is not None and known.kind == "person" and known.cited:
        return True
    first = masked.find(np.words[0], s, e)
    last = masked.find(np.words[-1], max(first, s), e)
    if first < 0 or last < 0:
        return False
    before = masked[max(s, first - 40) : first].split()
    if before and (before[-1].rstrip(".") in _TITLES or role_word(before[-1].lower())):
        return True
    if office_before(masked, s, first):
        return True  # "The member for Kibera West, X, rose" (office_lead.py)
    return _AFTER.match(masked, last + len(np.words[-1])) is not None
