"""Sentence segmentation. PLACEHOLDER: naive split."""

from __future__ import annotations

import re

from extract.document import Span


def split_sentences(body: str, paragraphs: list[Span], headings: list[Span]) -> list[Span]:
    spans = []
    for ps, pe in paragraphs:
        if (ps, pe) in headings:
            continue
        for m in re.finditer(r"[^.!?]+[.!?]*", body[ps:pe]):
            if m.group().strip():
                spans.append((ps + m.start(), ps + m.end()))
    return spans
