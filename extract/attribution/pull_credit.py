"""The line that credits a pull quote, when the reader took it for a heading.

'"Art you cannot touch is afraid of you."' then 'Henrike Vossberg, gallery director' on
the next line: a short line with no full stop reads as a section heading
(extract/cleanup.py), and headings are not paragraphs, so the credit line was skipped
and the quotation had no speaker. The line after a pull quote is the first paragraph or
heading that follows it.
"""

from __future__ import annotations

from bisect import bisect_left

from claimdesk.extract.document import Span


def next_line(next_paragraph: Span, headings: list[Span], after: int) -> Span:
    """The first of the next paragraph and a heading starting after `after`."""
    i = bisect_left(headings, (after, after))
    if i < len(headings) and headings[i][0] < next_paragraph[0]:
        return headings[i]
    return next_paragraph
