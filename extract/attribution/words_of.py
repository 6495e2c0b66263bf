"""Whose words a quotation is, said by a phrase of the sentence before it (fourteenth
pass, issue 16): "The deal is, in the words of Sen. Ada Morrow, "a truce, not a
treaty."", "as Morrow put it, "...", "To quote the governor's own chief of staff, Rita
Ames, ..." and "In Morrow's words, ...". Political analysis writes its quotations so;
there is no speech verb for the attribution rules to find.

Guards: the phrase stands in the quotation's own sentence, before the opening mark, with
no other quotation between; the words after "of"/"quote" (or between "as" and "put it")
are a name the caller resolves -- a description ("in the words of the song") is no one."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import fwd_subject
from claimdesk.extract.attribution.tokens import tokenize

_NAME = r"((?:[A-Z][\w'’.-]*[ \u00a0]+){0,5}[A-Z][\w'’-]*)"  # with titles
_OF = re.compile(
    r"\b(?:[Ii]n[ \u00a0]+the[ \u00a0]+words[ \u00a0]+of|[Tt]o[ \u00a0]+quote)[ \u00a0]+"
)
_PUT_IT = re.compile(rf"\b[Aa]s[ \u00a0]+{_NAME}[ \u00a0]+(?:puts?|has[ \u00a0]+put)[ \u00a0]+it\b")
_OWN_WORDS = re.compile(rf"\b[Ii]n[ \u00a0]+{_NAME}['’]s?[ \u00a0]+(?:own[ \u00a0]+)?words\b")
_WINDOW = 300  # characters of the sentence before the mark that are read


def words_of(masked: str, s: int, open_mark: int) -> NP | None:
    """The name a "in the words of X" / "as X put it" phrase of the sentence starting at
    `s` gives the quotation opening at `open_mark`, else None."""
    lo = max(s, open_mark - _WINDOW)
    if masked.find("\x00", lo, open_mark) >= 0:
        lo = masked.rfind("\x00", lo, open_mark) + 1  # only after the last quotation
    best: NP | None = None
    for m in _OF.finditer(masked, lo, open_mark):
        toks = tokenize(masked, m.end(), min(open_mark, m.end() + 120))
        np = fwd_subject(toks, 0, masked, appositive=True) if toks else None
        best = np if np is not None and np.kind == "name" else None
    for pattern in (_PUT_IT, _OWN_WORDS):
        for m in pattern.finditer(masked, lo, open_mark):
            words = m.group(1).split()
            best = NP("name", 0, len(words), words)
    return best
