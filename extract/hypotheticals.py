"""Whether the clause around a figure imagines it ("if the dam fails, 40,000 would leave")
rather than reports it: a hypothetical figure is kept, and marked."""

from __future__ import annotations

import re
from bisect import bisect_right

from claimdesk.extract.document import Span

# These three run on the folded text (extract.textscan): lower-case, leading spaces.
_STRONG_WORDS = (
    r"if|unless|maybe|perhaps|suppose|supposing|imagine|hypothetical(?:ly)?|let['’]s +say"
    r"|let +us +say|assuming|in +theory|theoretically|potentially"
)
_MODALS = "would|could|might|may"
_HYP_STRONG = re.compile(rf" (?:{_STRONG_WORDS})\b")
_HYP_MODAL = re.compile(rf" ({_MODALS})(?:\b(?! +not\b)|n['’]t +have\b)")
# Where either can match (their words, without what must follow): none in the sentence
# around a figure, and the figure is no hypothetical (its segment and clause lie inside).
_ANY_HYP = re.compile(rf" (?:{_STRONG_WORDS}|{_MODALS})")
_SPEECH_BEFORE = re.compile(
    r" (?:said|says|told|announced|stated|added|confirmed|promised|pledged|vowed|agreed"
    r"|decided|estimated|predicted|projected|forecast|expects?|expected|planned|plans)\b"
)
_BOUNDARY_CHARS = '"“”;:()[]—–\n'
_BOUNDARY = re.compile("[" + re.escape(_BOUNDARY_CHARS) + "]")
_LAST_BOUNDARY = re.compile("(?s:.*)" + _BOUNDARY.pattern)  # `.*` backs off from the end in C
_COMMA = re.compile(r",(?!\d{3})")
_COMMA_BEFORE = re.compile(r".*,(?!\d{3})", re.DOTALL)  # greedy: the last such comma


def _is_hypothetical(
    body: str, folded: str, s: int, e: int, sentences: list[Span], starts: list[int]
) -> bool:
    """True when the clause around the figure imagines it (if, maybe, would, could...)."""
    i = bisect_right(starts, s) - 1
    if 0 <= i < len(sentences) and sentences[i][1] >= e:
        ss, se = sentences[i]
    else:
        ss = body.rfind("\n", 0, s) + 1
        se = body.find("\n", e)
        se = len(body) if se < 0 else se
    # Bounded, so that a figure in an endless sentence costs no more than in a long one.
    ss, se = max(ss, s - 300), min(se, e + 300)
    if _ANY_HYP.search(folded, ss, se + 1) is None:
        return False  # no word of _HYP_STRONG or _HYP_MODAL in the sentence
    # The segment: the sentence cut at quote marks, brackets, dashes, semicolons, colons.
    seg_s, seg_e = _segment(body, ss, se, s, e)
    # The comma clause inside it (commas inside "11,000" do not count).
    cl_s = seg_s
    c = _COMMA_BEFORE.search(body, seg_s, s)
    if c:
        cl_s = c.end()
    c = _COMMA.search(body, e, seg_e)
    cl_e = c.start() if c else seg_e
    # "If the dam fails, 40,000 would leave"; "500 will die if nothing is done";
    # but not "We had ten minutes, if that". Folded offsets are body offsets + 1, and a
    # word starting at body offset p has its leading space at folded[p].
    if _HYP_STRONG.search(folded, seg_s, s + 1) or _HYP_STRONG.search(folded, e, cl_e + 1):
        return True
    for mm in _HYP_MODAL.finditer(folded, cl_s, cl_e + 1):
        if body[mm.start()] == "M":
            continue  # the month May
        if mm.group(1) == "would" and (
            not _inside_quote(body, s) or _SPEECH_BEFORE.search(folded, cl_s, mm.start() + 1)
        ):
            # In narration "would" reports a plan or a consequence ("the government would
            # release $4.2 million, she said"); inside a quote it imagines ("200,000 would
            # make even a bigger difference").
            continue
        return True
    return False


def _segment(body: str, ss: int, se: int, s: int, e: int) -> tuple[int, int]:
    """The stretch of body[ss:se] around the figure body[s:e] that no mark of
    _BOUNDARY_CHARS cuts: after the last mark before it, up to the first one after it.
    One scan each way (a search for each of the 12 marks cost twice as much)."""
    b = _LAST_BOUNDARY.match(body, ss, s)
    seg_s = b.end() if b else ss
    b = _BOUNDARY.search(body, e, se)
    return seg_s, b.start() if b else se


def _inside_quote(body: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph."""
    lo = max(0, pos - 3000)  # bounded on endless paragraphs
    ps = body.rfind("\n", lo, pos) + 1 or lo
    if body.count('"', ps, pos) % 2:
        return True
    return body.rfind("“", ps, pos) > body.rfind("”", ps, pos)
