"""Short files of an ingest extracted a batch at a time, stage by stage (extract.batch),
the way `claimdesk extract` does: the same records, and about 10% less CPU time for the
whole ingest (benchmarks/RESULTS.md, "Extraction 1.5x, eighth round").

Why only short files: a file of BATCH_CHARS bytes or more goes alone through
`store.ingest._read_and_store` as before, so a long article still tells its progress
stage by stage and holds only itself in memory. A batch holds at most extract.batch's
BATCH files and BATCH_CHARS characters, read ahead of their storing; the ingest's
checkpoints still come between any two files. A program error (not an ExtractError) in
one article of a batch fails the whole batch: its files not yet given then go alone,
each with its own result, as before. A path given twice is read again only after its
first record is stored (a checkpoint between may have seen it, and the file changed).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from claimdesk.extract import batch
from claimdesk.extract.document import ExtractError
from claimdesk.extract.record import Extraction
from claimdesk.store.fetch import is_url

Ahead = tuple[str, "Extraction | ExtractError | None"]
"""A path and its record or refusal, or None: the caller reads and extracts it alone."""


def _short_file(path: str) -> bool:
    """A local file small enough to join a batch (neither "-", a URL nor a directory)."""
    if path == "-" or is_url(path):
        return False
    try:
        return os.path.isfile(path) and os.path.getsize(path) < batch.BATCH_CHARS
    except OSError:
        return False


def extracted_ahead(
    paths: Iterable[str],
    *,
    published: str | None,
    publisher: str | None,
    max_bytes: int,
) -> Iterator[Ahead]:
    """Each path in the order given, with what `extract_path` gives for it when it is a
    short file, a run of them extracted together; None for every other input."""
    run: list[str] = []
    for path in paths:
        short = _short_file(path)
        if short and path in run:  # read again after its first record is stored: it
            yield from _run(run, published, publisher, max_bytes)  # may have changed
            run = []
        if short:
            run.append(path)
            if len(run) < batch.BATCH:
                continue
        yield from _run(run, published, publisher, max_bytes)
        run = []
        if not short:
            yield path, None
    yield from _run(run, published, publisher, max_bytes)


def _run(
    run: list[str], published: str | None, publisher: str | None, max_bytes: int
) -> Iterator[Ahead]:
    done = 0
    try:
        records = batch.extract_paths(
            run, published=published, publisher=publisher, max_bytes=max_bytes
        )
        for path, got in records:
            done += 1
            yield path, got
    except Exception:  # a program error in the batch: the rest go alone, as before
        for path in run[done:]:
            yield path, None
