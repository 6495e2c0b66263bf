"""A question "put to" someone as a verb of asking (issue 16, x19b): 'DW's Jana Weisskopf
then put to him the criticism most often made abroad: "..."', 'Hale put the question to
the minister directly: "..."', 'She put the charge to him: "..."'. Interview copy frames
the interviewer's question this way; the quotation belongs to the subject of "put", the
one asking. "put" otherwise speaks only as "put it" (put_it.py) or an estimate, so this
frame is read only when a colon and then a quotation mark end it: "put to him the idea
of a recount" (no colon) or "put the question to a vote." frame nothing."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok, is_word
from claimdesk.extract.lexicon import word_set

_LISTENER = word_set("me us him her them reporters journalists lawmakers colleagues voters")
_ASKED = word_set(
    """question questions criticism criticisms charge charges accusation accusations
    point claim claims allegation allegations"""
)
_DETS = frozenset(("the", "a", "this", "that", "her", "his", "their", "our", "my"))
_MAX_OBJECT = 16  # words between the listener (or the question) and the colon


def _colon_then_quote(toks: list[Tok], k: int) -> int:
    """The colon that ends a run of plain words from k (a quotation mark right after
    it), or 0."""
    n = len(toks)
    for j in range(k, min(n - 1, k + _MAX_OBJECT)):
        t = toks[j].text
        if t == ":":
            return j if toks[j + 1].text == Q else 0
        if t != "," and not is_word(t):
            return 0
    return 0


def question_put_after(toks: list[Tok], v: int) -> int:
    """The colon that ends 'put to him the criticism ...:' or 'put the question to
    him:' at v, where the quotation starts, or 0 (see the module's docstring)."""
    n = len(toks)
    k = v + 1
    if k + 2 < n and toks[k].low == "to" and toks[k + 1].low in _LISTENER:
        # "put to him the criticism most often made ...:"
        if toks[k + 2].low not in _DETS:
            return 0
        return _colon_then_quote(toks, k + 2)
    if k + 2 < n and toks[k].low in _DETS and toks[k + 1].low in _ASKED:
        # "put the question to the minister directly:", "put the charge to him:"
        j = k + 2
        if j < n and toks[j].low == "to":
            return _colon_then_quote(toks, j + 1)
    return 0


def question_put_words(words: list[str], i: int) -> bool:
    """The cheap trigger check on folded words: "put" then "to" and a listener, or a
    question word."""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    after = words[i + 2].lower() if i + 2 < len(words) else ""
    return (nxt == "to" and after in _LISTENER) or (nxt in _DETS and after in _ASKED)
