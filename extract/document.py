"""A cleaned article: the body every offset points into, plus its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


class ExtractError(Exception):
    """Bad input: the message is one line, naming the file, fit to show a user."""


@dataclass(slots=True)
class Document:
    path: str
    body: str
    title: str | None = None
    publisher: str | None = None
    aggregator: str | None = None
    published: str | None = None  # ISO date from the document's own metadata
    url: str | None = None
    author: str | None = None
    paragraphs: list[Span] = field(default_factory=list)  # spans of body paragraphs
    headings: list[Span] = field(default_factory=list)  # section headings, not sentences
    format: str = "text"  # what it was read as: "text", "markdown" or "html"
    encoding: str | None = None  # the encoding the bytes were decoded with
