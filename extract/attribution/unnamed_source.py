"""An unnamed source brought in by the anonymity clause, then a bare quotation
(thirteenth pass, issue 16): "A board member, speaking on condition of anonymity because
the talks were confidential, disputed that account. 'Nobody was forced out.'" The
quotation is the board member's: political and wire copy grants anonymity to a source
only to quote it, and the sentence that grants it is about that source speaking.

Precision guards: the sentence opens with the description ("A board member", "Two
former trustees", "One senior official"), a comma and one of the anonymity clauses
("speaking on condition of anonymity", "who asked not to be named", "who declined to
be named", "who spoke on condition of anonymity", "who requested anonymity"), then a
comma and a lowercase verb; the quotation opens the next sentence of the paragraph (the
caller checks that, and that the sentence credits no one)."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.lexicon import word_set

_OPENERS = word_set("a an one two three four several some another")
_MAX_DESC = 7  # tokens of the description before its comma
_MAX_CLAUSE = 30  # tokens of the anonymity clause
# the anonymity clauses, as lowercase token runs after the comma
_CLAUSES = (
    ("speaking", "on", "condition", "of", "anonymity"),
    ("speaking", "anonymously"),
    ("who", "spoke", "on", "condition", "of", "anonymity"),
    ("who", "asked", "not", "to", "be", "named"),
    ("who", "asked", "not", "to", "be", "identified"),
    ("who", "declined", "to", "be", "named"),
    ("who", "declined", "to", "be", "identified"),
    ("who", "requested", "anonymity"),
    ("who", "did", "not", "want", "to", "be", "named"),
)


def anonymous_subject(masked: str, s: int, e: int) -> NP | None:
    """The unnamed source a sentence opens with and grants anonymity, or None."""
    toks = tokenize(masked, s, min(e, s + 600))
    if len(toks) < 6 or toks[0].low not in _OPENERS:
        return None
    comma = next((i for i, t in enumerate(toks[: _MAX_DESC + 1]) if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    words = tuple(t.low for t in toks[comma + 1 : comma + 8])
    if not any(words[: len(c)] == c for c in _CLAUSES):
        return None
    close = next(
        (i for i in range(comma + 2, min(len(toks), comma + _MAX_CLAUSE)) if toks[i].text == ","),
        None,
    )
    if close is None or close + 1 >= len(toks):
        return None
    verb = toks[close + 1].text
    if not (verb.isalpha() and verb.islower()):
        return None  # "..., the board member said": the attribution rules read it
    np = np_back(toks, comma - 1)
    if np is None or np.kind != "desc" or np.start != 0:
        return None
    return np
