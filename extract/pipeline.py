"""Orchestration: a Document through sentences, speech, figures, dates and hedges."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from claimdesk.extract.cleanup import clean_text
from claimdesk.extract.dates import find_dates
from claimdesk.extract.document import Document
from claimdesk.extract.hedges import find_hedges
from claimdesk.extract.numbers import find_numbers
from claimdesk.extract.reading import load
from claimdesk.extract.record import Extraction, Number, Quote, Statement
from claimdesk.extract.sentences import split_sentences
from claimdesk.extract.speech import analyse

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_document(
    doc: Document, *, published: str | None = None, publisher: str | None = None
) -> Extraction:
    """Run every extractor over one cleaned document.

    `published` (ISO) overrides the document's own date; relative dates resolve against
    it and stay unresolved without it. `publisher` overrides the detected outlet.
    """
    pub_iso = published or doc.published
    pub_day = _parse_day(pub_iso)
    body = doc.body
    sentences = split_sentences(body, doc.paragraphs, doc.headings)
    speech = analyse(doc, sentences)
    numbers = find_numbers(body, sentences)
    _assign_number_speakers(body, numbers, speech.quotes, speech.statements, sentences, speech)
    return Extraction(
        path=doc.path,
        words=len(_WORD.findall(body)),
        title=doc.title,
        publisher=publisher or doc.publisher,
        aggregator=doc.aggregator,
        published=pub_day.isoformat() if pub_day else None,
        url=doc.url,
        author=doc.author,
        body=body,
        sources=speech.sources,
        quotes=speech.quotes,
        statements=speech.statements,
        numbers=numbers,
        dates=find_dates(body, sentences, pub_day),
        hedges=find_hedges(body),
    )


def _assign_number_speakers(
    body: str,
    numbers: list[Number],
    quotes: list[Quote],
    statements: list[Statement],
    sentences: list[tuple[int, int]],
    speech,
) -> None:
    """A figure's speaker: its quote's, else its reported statement's, else its sentence's."""
    starts = [s for s, _ in sentences]
    for num in numbers:
        if num.speaker:
            continue
        # A quote or statement with no known speaker falls through to the sentence's.
        q = next((q for q in quotes if q.start <= num.start and num.end <= q.end), None)
        if q is not None and q.speaker:
            num.speaker = q.speaker
            continue
        st = next((s for s in statements if s.start <= num.start and num.end <= s.end), None)
        if st is not None and st.speaker:
            num.speaker = st.speaker
            continue
        i = bisect_right(starts, num.start) - 1
        if 0 <= i < len(speech.sentence_speakers) and not _own_clause(body, sentences[i], num):
            num.speaker = speech.sentence_speakers[i]


_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according|stated|wrote|claimed|estimated"
    r"|estimates|argued|argues)\b"
)


def _own_clause(body: str, sentence: tuple[int, int], num: Number) -> bool:
    """The figure stands in a clause of its own after a semicolon, and the speech verb of
    the sentence is before it: "..., which she says would raise $40 million; Halloran's
    party holds 23 of the 45 seats" does not credit her with the seats."""
    s, e = sentence
    semi = body.rfind(";", max(s, num.start - 300), num.start)  # bounded: no quadratic scan
    if semi < 0:
        return False
    stop = min(e, num.end + 300)
    nxt = body.find(";", num.end, stop)
    clause = body[semi + 1 : nxt if nxt >= 0 else stop]
    said = _SPEECH_VERB.search(body, max(s, semi - 300), semi)
    return bool(said) and not _SPEECH_VERB.search(clause)


def extract_text(
    text: str,
    *,
    path: str = "<text>",
    published: str | None = None,
    publisher: str | None = None,
) -> Extraction:
    """Extract from already-decoded plain text (tests, benchmarks, hypothesis)."""
    return extract_document(clean_text(text, path), published=published, publisher=publisher)


def extract_path(
    path: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int = 5_000_000,
) -> Extraction:
    """Read, decode and clean a file (or "-" for stdin), then extract. Raises ExtractError."""
    return extract_document(
        load(path, max_bytes=max_bytes), published=published, publisher=publisher
    )
