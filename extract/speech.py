"""Quotes, reported statements and sources. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.document import Document, Span
from extract.record import Quote, Source, Statement


@dataclass(slots=True)
class Speech:
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    sentence_speakers: list[str | None] = field(default_factory=list)  # one per sentence


def analyse(doc: Document, sentences: list[Span]) -> Speech:
    return Speech(sentence_speakers=[None] * len(sentences))
