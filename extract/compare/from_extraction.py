"""A CompareArticle from an Extraction: each claim and date with its context and speaker."""

from __future__ import annotations

from bisect import bisect_right

from claimdesk.extract.compare.context import (
    SpeakerSpans,
    context_of,
    sentence_starts,
    speaker_at,
)
from claimdesk.extract.compare.records import CompareArticle, CompareClaim, CompareDate
from claimdesk.extract.record import Extraction


def from_extraction(ext: Extraction, article_id: str | None = None) -> CompareArticle:
    """A CompareArticle from an Extraction (claim ids are '<article>:<kind>:<n>')."""
    aid = article_id or ext.path
    body = ext.body
    claims: list[CompareClaim] = []
    for i, q in enumerate(ext.quotes):
        claims.append(
            CompareClaim(
                f"{aid}:quote:{i}", "quote", q.text, q.speaker,
                context=context_of(body, q.start, q.end), start=q.start, end=q.end,
            )
        )  # fmt: skip
    for i, s in enumerate(ext.statements):
        claims.append(
            CompareClaim(
                f"{aid}:statement:{i}", "statement", s.text, s.speaker,
                context=context_of(body, s.start, s.end), start=s.start, end=s.end,
            )
        )  # fmt: skip
    for i, n in enumerate(ext.numbers):
        claims.append(
            CompareClaim(
                f"{aid}:number:{i}", "number", n.text, n.speaker, value=n.value, unit=n.unit,
                qualifier=n.qualifier, noun=n.noun, context=context_of(body, n.start, n.end),
                hypothetical=n.hypothetical, start=n.start, end=n.end,
            )
        )  # fmt: skip
    spans = [(q.start, q.end, q.speaker) for q in ext.quotes]
    spans += [(s.start, s.end, s.speaker) for s in ext.statements]
    holders = SpeakerSpans(spans)
    starts = sentence_starts(body)
    said_in: dict[int, str] = {}  # sentence start -> a speaker cited in it
    for c in claims:
        if c.speaker and c.start >= 0:
            said_in.setdefault(starts[bisect_right(starts, c.start) - 1], c.speaker)
    dates = [
        CompareDate(
            d.text, d.resolved, d.precision, context=context_of(body, d.start, d.end),
            speaker=speaker_at(holders, d.start, d.end)
            or said_in.get(starts[bisect_right(starts, d.start) - 1]),
            start=d.start, id=f"{aid}:date:{i}",
        )
        for i, d in enumerate(ext.dates)
    ]  # fmt: skip
    return CompareArticle(
        article_id=aid,
        publisher=ext.publisher,
        published=ext.published,
        sources=list(ext.sources),
        claims=claims,
        dates=dates,
        title=ext.title,
        body=body,
    )
