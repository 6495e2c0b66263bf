"""Orchestration: a Document through sentences, speech, figures, dates and hedges."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable

from claimdesk.extract.cleanup import clean_text
from claimdesk.extract.dates import find_dates
from claimdesk.extract.document import Document, Span
from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.hedges import find_hedges
from claimdesk.extract.numbers import find_numbers
from claimdesk.extract.reading import load
from claimdesk.extract.record import DateRef, Extraction, Hedge, Number, Quote, Statement
from claimdesk.extract.scan_starts import word_starts
from claimdesk.extract.sentences import split_sentences
from claimdesk.extract.speech import Speech, analyse
from claimdesk.extract.textscan import fold

_WORD = re.compile(r"\w+(?:['’]\w+)*")

Progress = Callable[[str], None]
"""Told the name of each stage as it starts (one of STAGES), so that a long file shows
movement (`claimdesk ingest`'s progress bar)."""
STAGES: tuple[tuple[str, float], ...] = (
    ("reading", 0.05),
    ("sentences", 0.05),
    ("quotes and statements", 0.50),
    ("figures", 0.15),
    ("dates", 0.15),
    ("hedges", 0.05),
    ("storing", 0.05),
)
"""Each stage of one file and its rough share of the time (a 5 MB article; the last one
is the store's): what a progress bar moves by."""


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many times `pattern` matches. `subn` counts in C (finditer made a Python
    match object per word), piece by piece at white space so that a 50 MB article never
    has a copy of itself (`pattern` never matches a space, so no match straddles a cut
    and the count is the whole text's)."""
    total, at, size = 0, 0, len(text)
    while at < size:
        cut = _SPACE.search(text, min(at + _PIECE, size))
        stop = cut.start() if cut else size
        piece = text[at:stop]  # the whole text is no copy
        if pattern is _WORD:
            total += _words(piece)
        else:
            total += pattern.subn("", piece)[1]
        at = stop
    return total


# Text as bytes where every \\w character (a letter, digit or "_" in any script) is "a",
# an apostrophe "'", anything else a space: ASCII as it is, the rest through the error
# handler below, one call per run of non-ASCII characters (curly quotes). Then each byte
# is one bit of a big integer, 1 for a word character (_WORD_BITS) or for an apostrophe
# (_APOSTROPHE_BITS), and the word starts and the joins are counted by shifts, ANDs and
# bit counts in C (three bytes.count of two-byte needles over the text cost as much
# again as all the rest).
_WORD_BITS = bytes(1 if chr(b).isalnum() or b == ord("_") else 0 for b in range(256))
_APOSTROPHE_BITS = bytes(1 if b == ord("'") else 0 for b in range(256))


def _word_shape(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeEncodeError):
        raise err
    run = err.object[err.start : err.end]
    return "".join("a" if c.isalnum() else "'" if c == "’" else " " for c in run), err.end


codecs.register_error("claimdesk-word-shape", _word_shape)


def _words(piece: str) -> int:
    """How many times _WORD matches, by bit counts in C instead of the regex engine's
    walk over every word. A word starts at each word character after none (or at the
    start), unless a lone apostrophe joins it to the word before ("don't" is one word,
    "rock 'n' roll" three): starts minus joins. Byte i of the text is bit 8i."""
    t = piece.encode("ascii", "claimdesk-word-shape")
    w = int.from_bytes(t.translate(_WORD_BITS), "little")
    starts = (w & ~(w << 8)).bit_count()  # a word byte whose byte before is none
    if b"'" not in t:
        return starts
    a = int.from_bytes(t.translate(_APOSTROPHE_BITS), "little")
    return starts - (a & (w << 8) & (w >> 8)).bit_count()  # "'" between two word bytes


_SPACE = re.compile(r"\s")
_PIECE = 1 << 16
"""Characters counted at once: `subn` builds its result from a string per gap between
words, several times the piece's size for a moment (a megabyte at once: 4.5x)."""


def _tell(progress: Progress | None, stage: str) -> None:
    if progress is not None:
        progress(stage)


def _parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_document(
    doc: Document,
    *,
    published: str | None = None,
    publisher: str | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Run every extractor over one cleaned document.

    `published` (ISO) overrides the document's own date; relative dates resolve against
    it and stay unresolved without it. `publisher` overrides the detected outlet.
    `progress` is told each stage as it starts.
    """
    with gc_paused():  # see _extract
        return _extract(doc, published, publisher, progress)


def _extract(
    doc: Document, published: str | None, publisher: str | None, progress: Progress | None
) -> Extraction:
    """The stages, with the cyclic collector paused: an article's scans allocate tens of
    thousands of short-lived acyclic objects (matches, slices, tokens) that reference
    counting frees, and the collections they set off walked every young object again
    (about 6% of an article's CPU time)."""
    sentences, speech = _front(doc, progress)
    return _back(doc, sentences, speech, published, publisher, progress)


def _front(doc: Document, progress: Progress | None) -> tuple[list[Span], Speech]:
    """The sentences and the speech: the first half of the stages (extract.batch runs
    it over a batch of documents before the second half)."""
    _tell(progress, "sentences")
    sentences = split_sentences(doc.body, doc.paragraphs, doc.headings)
    _tell(progress, "quotes and statements")
    return sentences, analyse(doc, sentences)


def _back(
    doc: Document,
    sentences: list[Span],
    speech: Speech,
    published: str | None,
    publisher: str | None,
    progress: Progress | None,
) -> Extraction:
    """Figures, dates and hedges (which share the article's folded copy) and the record."""
    pub_day = _parse_day(published or doc.published)
    body = doc.body
    _tell(progress, "figures")
    numbers = _figures(doc, sentences, speech)
    _tell(progress, "dates")
    dates = find_dates(body, sentences, pub_day)
    _tell(progress, "hedges")
    hedges = find_hedges(body)
    fold.cache_clear()  # the folded copies served this article's scans: let them go now
    word_starts.cache_clear()
    return _record(doc, speech, numbers, dates, hedges, pub_day, publisher)


def _figures(doc: Document, sentences: list[Span], speech: Speech) -> list[Number]:
    """The article's figures, each with its speaker (extract.batch runs it over a batch)."""
    numbers = find_numbers(doc.body, sentences)
    _assign_number_speakers(doc.body, numbers, speech.quotes, speech.statements, sentences, speech)
    return numbers


def _record(
    doc: Document,
    speech: Speech,
    numbers: list[Number],
    dates: list[DateRef],
    hedges: list[Hedge],
    pub_day: dt.date | None,
    publisher: str | None,
) -> Extraction:
    """The Extraction of one article from its stages' results."""
    body = doc.body
    return Extraction(
        path=doc.path,
        words=_count(_WORD, body),
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
        dates=dates,
        hedges=hedges,
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
    in_quote = _Spans(quotes)
    in_statement = _Spans(statements)
    for num in numbers:
        if num.speaker:
            continue
        # A quote or statement with no known speaker falls through to the sentence's.
        q = in_quote.first_holding(num.start, num.end)
        if q is not None and q.speaker:
            num.speaker = q.speaker
            continue
        st = in_statement.first_holding(num.start, num.end)
        if st is not None and st.speaker:
            num.speaker = st.speaker
            continue
        i = bisect_right(starts, num.start) - 1
        if 0 <= i < len(speech.sentence_speakers) and not _own_clause(body, sentences[i], num):
            num.speaker = speech.sentence_speakers[i]


class _Spans:
    """Quotes or statements, asked which is the first (in their own order) holding a
    span: a bisection and a short walk back instead of a scan of all of them per figure,
    which made a long article quadratic (a 5 MB file: 2 s of its 4; 50 MB: minutes)."""

    def __init__(self, items: list) -> None:
        order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.items = items
        self.order = order
        self.starts = [items[i].start for i in order]
        reach, most = [], -1
        for i in order:  # the furthest end of any span starting at or before this one
            most = max(most, items[i].end)
            reach.append(most)
        self.reach = reach

    def first_holding(self, start: int, end: int):
        best = None
        k = bisect_right(self.starts, start) - 1
        while k >= 0 and self.reach[k] >= end:
            i = self.order[k]
            if self.items[i].end >= end and (best is None or i < best):
                best = i
            k -= 1
        return self.items[best] if best is not None else None


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
    with gc_paused():
        return extract_document(clean_text(text, path), published=published, publisher=publisher)


def extract_path(
    path: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int = 5_000_000,
    progress: Progress | None = None,
) -> Extraction:
    """Read, decode and clean a file (or "-" for stdin), then extract. Raises ExtractError."""
    _tell(progress, "reading")
    with gc_paused():  # reading and cleaning too (see _extract)
        return extract_document(
            load(path, max_bytes=max_bytes),
            published=published,
            publisher=publisher,
            progress=progress,
        )
