""" "X put it" as a verb of saying (branch x16p): 'As one veteran Senate aide put it to
me: "..."', 'As the mayor put it, "..."', '"...," as one official put it.', 'Ames put it
bluntly: "..."'. Political copy frames a quotation this way as often as with "said";
"put" otherwise reports an estimate ("put the toll at 12") or nothing ("put pressure
on"), so "put it" speaks only when the quotation is framed: a colon, a comma or a quote
mark after "it" (an adverb or "to" and a listener between), or a quotation just before
('"...," as one aide put it.')."""

from __future__ import annotations

from claimdesk.extract.attribution.put_question import question_put_after, question_put_words
from claimdesk.extract.attribution.tokens import Q, Tok
from claimdesk.extract.lexicon import word_set

_IT = word_set("it this")
_LISTENER = word_set(
    "me us reporters him her them journalists lawmakers colleagues supporters voters"
)
_SETTING = word_set("in on at during after before")
_FRAME = (":", ",", Q, "—", "–")


def puts_it(toks: list[Tok], v: int) -> bool:
    """Whether "put(s) it" at v frames a quotation (see the module's docstring)."""
    return put_it_after(toks, v) > 0


def put_it_after(toks: list[Tok], v: int) -> int:
    """The token that ends "put it ..." at v (the colon, comma or quote mark where the
    reported words start, or the closing stop), or 0 when "put" frames no quotation."""
    n = len(toks)
    if v + 1 >= n or toks[v + 1].low not in _IT:
        return question_put_after(toks, v)  # 'put to him the question: "..."' (put_question.py)
    k = v + 2
    if k < n and toks[k].low == "to" and k + 1 < n:
        # "put it to me", "put it to reporters", "put it to the committee"
        k += 2 if toks[k + 1].low in _LISTENER else _listener_end(toks, k + 1)
    if k + 1 < n and toks[k].low in ("this", "that") and toks[k + 1].low == "way":
        k += 2  # "put it to me this way:" (x16u)
    # up to two adverbs: "put it bluntly", "put it more simply", "put it this way"
    for _ in range(2):
        if (k < n and toks[k].low.endswith("ly") and toks[k].low.isalpha()) or (
            k < n and toks[k].low in ("more", "less", "most")
        ):
            k += 1
    if k < n and toks[k].low in _SETTING:
        # "put it in a radio interview on Sunday, "..."": where it was said, then a frame
        j = next((j for j in range(k, min(n, k + 10)) if toks[j].text in _FRAME), n)
        if j + 1 < n and toks[j + 1].text == Q and toks[j].text in (",", ":"):
            return j
        return 0
    if k < n and toks[k].text in _FRAME:
        return k
    if k >= n or toks[k].text in (".", "!", "?"):
        # '"...," as one aide put it.' / 'That is how she put it.' after the quotation
        return k if any(t.text == Q for t in toks[max(0, v - 12) : v]) else 0
    return 0


def _listener_end(toks: list[Tok], k: int) -> int:
    """Tokens of "the committee" / "a room of donors" after "to", up to a frame mark (at
    most five words), as an offset from "to"."""
    j = k
    while j < len(toks) and j - k < 5 and toks[j].text not in _FRAME and toks[j].text != ".":
        j += 1
    return j - k + 1


def put_it_words(words: list[str], i: int) -> bool:
    """has_trigger's cheap check on the folded words: "put"/"puts" then "it"/"this"."""
    return (i + 1 < len(words) and words[i + 1].lower() in _IT) or question_put_words(words, i)
