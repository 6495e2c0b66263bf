"""Many files extracted stage by stage over small batches (`claimdesk extract` of many
files), each record what `extract_path` gives for its file.

Why: each stage (reading and cleaning, the sentences and the speech, the figures, dates
and hedges) is a large body of code with tables of its own. Taking one article through
all of them before the next leaves little of a stage's code in the CPU's caches, so the
same instructions cost more than when a stage runs over several articles in a row. Here a
batch is read and cleaned, then its sentences and speech are worked out, then the figures
of every article, then the dates, then the hedges (the three share each body's folded
copy: textscan.fold keeps FOLDS bodies, a batch's), then the records: the same functions
in another order, about 9% less CPU time (benchmarks/RESULTS.md, "Extraction 1.5x,
seventh round"; the later stages batched add 0-3%, "eighth round"). A batch holds at
most BATCH documents and BATCH_CHARS characters of bodies (a longer article goes
alone), so its memory is that of 250,000 characters of articles and their folded
copies, or of the one longer article.
`claimdesk ingest` runs its short files through here too (store/ingest_ahead.py).
Records come a batch at a time: a program error (not an ExtractError) in one article
stops the run before the batch's earlier records are given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimdesk.extract.dates import find_dates
from claimdesk.extract.document import Document, ExtractError
from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.hedges import find_hedges
from claimdesk.extract.pipeline import _figures, _front, _parse_day, _record
from claimdesk.extract.reading import load
from claimdesk.extract.record import Extraction
from claimdesk.extract.scan_starts import word_starts
from claimdesk.extract.textscan import FOLDS, fold

BATCH = FOLDS  # each body folded once for its three scans (textscan.FOLDS)
BATCH_CHARS = 250_000

Item = tuple[str, "str | None", "Document | ExtractError"]


def extract_paths(
    paths: Iterable[str],
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[tuple[str, Extraction | ExtractError]]:
    """Each path with its Extraction, or the ExtractError that refused it, in the order
    given: what `extract_path` returns or raises for each."""
    dated = ((path, published) for path in paths)
    return extract_dated(dated, publisher=publisher, max_bytes=max_bytes)


def extract_dated(
    items: Iterable[tuple[str, str | None]],
    *,
    publisher: str | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[tuple[str, Extraction | ExtractError]]:
    """extract_paths with a publication date of its own for each path (the benchmarks'
    corpus, whose articles each have theirs)."""
    pending: list[Item] = []
    size = 0
    for path, published in items:
        with gc_paused():  # as extract_path reads: see pipeline._extract
            try:
                item: Document | ExtractError = load(path, max_bytes=max_bytes)
            except ExtractError as exc:
                item = exc
        chars = len(item.body) if isinstance(item, Document) else 0
        if pending and (len(pending) >= BATCH or size + chars > BATCH_CHARS):
            yield from _batch(pending, publisher)
            pending, size = [], 0
        pending.append((path, published, item))
        size += chars
    if pending:
        yield from _batch(pending, publisher)


def _batch(
    pending: list[Item], publisher: str | None
) -> list[tuple[str, Extraction | ExtractError]]:
    """Each stage over every document of the batch before the next stage (the sentences
    and speech, the figures, the dates, the hedges), then the records, with the collector
    paused for the whole batch (re-enabled between its articles, it walked the whole
    batch's young objects again after each). The three scans of the folded body find it
    in fold's cache (FOLDS, at least BATCH bodies), cleared with the batch."""
    out: list[tuple[str, Extraction | ExtractError]] = []
    with gc_paused():
        docs = [(i, doc) for i, (_, _, doc) in enumerate(pending) if isinstance(doc, Document)]
        fronts = {i: _front(doc, None) for i, doc in docs}
        days = {i: _parse_day(pending[i][1] or doc.published) for i, doc in docs}
        numbers = {i: _figures(doc, *fronts[i]) for i, doc in docs}
        dates = {i: find_dates(doc.body, fronts[i][0], days[i]) for i, doc in docs}
        hedges = {i: find_hedges(doc.body) for i, doc in docs}
        fold.cache_clear()  # the batch's folded copies: let them go now
        word_starts.cache_clear()
        for i, (path, _, doc) in enumerate(pending):
            if isinstance(doc, ExtractError):
                out.append((path, doc))
                continue
            speech = fronts.pop(i)[1]  # let each speech go once its record is built
            rec = _record(
                doc, speech, numbers.pop(i), dates.pop(i), hedges.pop(i), days[i], publisher
            )
            out.append((path, rec))
    return out
