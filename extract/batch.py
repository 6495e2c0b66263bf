"""Many files extracted stage by stage over small batches (`claimdesk extract` of many
files), each record what `extract_path` gives for its file.

Why: each stage (reading and cleaning, the sentences and the speech, the figures, dates
and hedges) is a large body of code with tables of its own. Taking one article through
all of them before the next leaves little of a stage's code in the CPU's caches, so the
same instructions cost more than when a stage runs over several articles in a row. Here a
batch is read and cleaned, then its sentences and speech are worked out, then each
article's figures, dates and hedges (which share its folded copy, cached for two bodies)
and its record: the same functions in another order, about 9% less CPU time
(benchmarks/RESULTS.md, "Extraction 1.5x, seventh round"). A batch holds at most BATCH
documents and BATCH_CHARS characters of bodies (a longer article goes alone), so its
memory is that of 250,000 characters of articles, or of the one longer article.
Records come a batch at a time: a program error (not an ExtractError) in one article
stops the run before the batch's earlier records are given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimdesk.extract.document import Document, ExtractError
from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.pipeline import _back, _front
from claimdesk.extract.reading import load
from claimdesk.extract.record import Extraction

BATCH = 32
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
    """The sentences and speech of every document of the batch, then the rest of each,
    with the collector paused for the whole batch (re-enabled between its articles, it
    walked the whole batch's young objects again after each)."""
    out: list[tuple[str, Extraction | ExtractError]] = []
    with gc_paused():
        fronts = {
            i: _front(doc, None)
            for i, (_, _, doc) in enumerate(pending)
            if isinstance(doc, Document)
        }
        for i, (path, published, doc) in enumerate(pending):
            if isinstance(doc, ExtractError):
                out.append((path, doc))
                continue
            sentences, speech = fronts.pop(i)  # let each speech go once its record is built
            out.append((path, _back(doc, sentences, speech, published, publisher, None)))
    return out
