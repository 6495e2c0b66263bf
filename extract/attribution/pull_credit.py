"""The line that credits a pull quote, when the reader took it for a heading.

'"Art you cannot touch is afraid of you."' then 'Henrike Vossberg, gallery director' on
the next line: a short line with no full stop reads as a section heading
(extract/cleanup.py), and headings are not paragraphs, so the credit line was skipped
and the quotation had no speaker. The line after a pull quote is the first paragraph or
heading that follows it.

A sentence may credit the quotation before it: "That was how X put it.", "That was the
verdict of X." (the whole line), and (ninth pass, issue 16) "That was how retired
driver X described his first week with the app, which ..." and "The words were those of
X, who runs the market, and they drew ..." (a sentence that runs on past the name: only
its opening is read, so a long line credits too). Fourteenth pass (x16q): the
present tense of features ("That is how X, 79, explains why he ...", "... puts it",
"... sees it"); an age between commas is no role.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claimdesk.extract.document import Span

_PUT_IT = re.compile(
    r"(?:That|This|So) (?:was|is) how (?:[a-z][\w-]*[ \u00a0]+){0,3}?"
    r"([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3})"
    r"(?:,([^,.!?\n\"“”]{1,60}),)? (?:puts? it|describe[sd]? it|sum(?:s|med) it up"
    r"|(?:sum(?:s|med) up|describe[sd]?|remember(?:s|ed)?|recall(?:s|ed)?) "
    r"(?:the|his|her|their|it|events)\b"
    r"|explain(?:s|ed)? (?:it|why|how|what|the|his|her|their)\b|sees? it|saw it)\b"
)
# '"It is over." That was the verdict of club chairman Rob Fenn.' (the whole sentence)
_VERDICT_OF = re.compile(
    r"(?:(?:That|This) (?:was|is)|Those were|Such (?:was|is)) the "
    r"(?:verdict|view|message|warning|assessment|words?|reaction|response|take) of "
    r"(?:[a-z][\w-]*[ \u00a0]+){0,3}?([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3})"
    r"(?:,([^.!?\n\"“”]{1,60}))?[ \u00a0]*[.!]?[ \u00a0]*$"
)


# "The words were those of Fatima Ames, who runs ...": the opening of the sentence
_WORDS_OF = re.compile(
    r"(?:The|Those|These) (?:words|remarks|comments|lines) (?:were|are) those of "
    r"(?:[a-z][\w-]*[ \u00a0]+){0,3}?([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3})"
    r"(?:,(?! who)([^,.!?\n\"“”]{1,60}))?(?=[,.;!]|[ \u00a0]|$)"
)


def next_line(next_paragraph: Span, headings: list[Span], after: int) -> Span:
    """The first of the next paragraph and a heading starting after `after`."""
    i = bisect_left(headings, (after, after))
    if i < len(headings) and headings[i][0] < next_paragraph[0]:
        return headings[i]
    return next_paragraph


def credit_sentence(body: str, s: int, e: int) -> re.Match[str] | None:
    """A sentence at s naming who said the quotation before it (group 1 the name,
    group 2 a role): "That was how X put it.", "That was the verdict of X.", "The words
    were those of X, ..."."""
    return _PUT_IT.match(body, s, e) or _VERDICT_OF.match(body, s, e) or _WORDS_OF.match(body, s, e)
