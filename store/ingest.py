"""Ingest: inputs read and extracted, stored by the ClaimStore, then their comparison
features kept. Inputs are files, directories (recursively), "-" for stdin, http(s) URLs.

URLs are fetched with a timeout and the same size cap as files; the URL is kept as the
article's url and its identity (origin). The ClaimStore only persists what it is given
(`ClaimStore.ingest_extraction`); reading, extraction and the features the comparison
joins (store/features.py) happen here, around it.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from claimdesk.extract import Extraction, extract_document, extract_path, reading
from claimdesk.extract.document import ExtractError
from claimdesk.extract.pipeline import Progress
from claimdesk.store.claimstore import ClaimStore
from claimdesk.store.comparison import refresh_features
from claimdesk.store.errors import StoreError
from claimdesk.store.fetch import FetchError, get_page, is_url
from claimdesk.store.ingest_ahead import extracted_ahead
from claimdesk.store.records import IngestResult

DEFAULT_MAX_BYTES = 5_000_000
URL_TIMEOUT = 20.0
EXTENSIONS = (".txt", ".md", ".html", ".htm")


class IngestError(Exception):
    """Bad input: one line naming the input."""


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; directories walked recursively for .txt/.md/.html/.htm, sorted."""
    for p in paths:
        if p == "-" or is_url(p) or not os.path.isdir(p):
            yield p
            continue
        found = []
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if name.lower().endswith(EXTENSIONS) and not name.startswith("."):
                    found.append(os.path.join(root, name))
        yield from sorted(found)


def fetch_url(
    url: str, *, max_bytes: int, timeout: float = URL_TIMEOUT
) -> tuple[bytes, str | None]:
    """The body and Content-Type of an http(s) URL, refusing more than max_bytes.

    `timeout` bounds the whole fetch, not each socket read: a server that trickles a few
    bytes a second must not stall a batch (or the dashboard's ingest worker) forever.
    The request itself is store/fetch.py's (the one HTTP client, shared with watch)."""
    try:
        page = get_page(url, max_bytes=max_bytes, timeout=timeout)
    except FetchError as exc:
        raise IngestError(str(exc)) from None
    return page.body, page.content_type


def read_page(
    data: bytes,
    url: str,
    *,
    content_type: str | None,
    max_bytes: int,
    published: str | None = None,
    publisher: str | None = None,
    fallback_published: str | None = None,
    fallback_publisher: str | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """A fetched page read as an article: how `ingest URL` and `watch` both read one.

    `published`/`publisher` override the page's own; the fallbacks (a feed item's date,
    the feed's title) count only where the page says nothing (a site name that is only
    the page's host name is the reader's guess, not the page's word)."""
    doc = reading.load_bytes(data, url, max_bytes=max_bytes, content_type=content_type)
    if not doc.url:
        doc.url = url
    says_outlet = bool(doc.publisher) and not _is_host_name(doc.publisher or "", url)
    ext = extract_document(
        doc,
        published=published or (None if doc.published else fallback_published),
        publisher=publisher or (None if says_outlet else fallback_publisher),
        progress=progress,
    )
    ext.path = url
    return ext


def _is_host_name(name: str, url: str) -> bool:
    """Whether a site name is only the URL's host ("www.example.org", "127.0.0.1:8080")."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    hosts = {parts.netloc.lower(), (parts.hostname or "").lower()}
    hosts |= {h.removeprefix("www.") for h in hosts}
    return name.strip().lower().removeprefix("www.") in hosts


def load_extraction(
    path: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
    url: str | None = None,
    progress: Progress | None = None,
) -> tuple[Extraction, str | None]:
    """(Extraction, origin) for one input; raises IngestError/ExtractError on bad input.

    `url` is where a file or stdin text was published (`ingest --url`): the article's url,
    so that reports can point at it. It changes no id: those hash the text. `progress` is
    told each stage as it starts (extract.pipeline.STAGES)."""
    cap = max_bytes or DEFAULT_MAX_BYTES
    if is_url(path):
        data, ctype = fetch_url(path, max_bytes=cap)
        ext = read_page(
            data,
            path,
            content_type=ctype,
            max_bytes=cap,
            published=published,
            publisher=publisher,
            progress=progress,
        )
        return ext, path
    if path != "-":
        p = Path(path)
        if not p.exists():
            raise IngestError(f"{path}: no such file")
        if p.is_dir():
            raise IngestError(f"{path}: is a directory")
    ext = extract_path(
        path, published=published, publisher=publisher, max_bytes=cap, progress=progress
    )
    if url:
        ext.url = url
    origin = None if path == "-" else os.path.abspath(path)
    return ext, origin


# ---------------------------------------------------------------- into the store


def ingest_extraction(
    store: ClaimStore, ext: Extraction, *, origin: str | None = None
) -> IngestResult:
    """Store one Extraction, then keep its comparison features (at the batch's end when
    inside `ingest_batch`)."""
    with ingest_batch(store):
        return store.ingest_extraction(ext, origin=origin)


def ingest_path(
    store: ClaimStore,
    path: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
    url: str | None = None,
) -> IngestResult:
    """Read, extract and store one file, "-" or URL; bad input gives a "failed" result."""
    with ingest_batch(store):
        return _read_and_store(
            store, path, published=published, publisher=publisher, max_bytes=max_bytes, url=url
        )


def ingest_paths(
    store: ClaimStore,
    paths: Iterable[str],
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
    checkpoint_seconds: float = 10.0,
    url: str | None = None,
    progress: Callable[[str, str], None] | None = None,
    before_release: Callable[[ClaimStore], None] | None = None,
    features_apart: bool = False,
) -> Iterator[IngestResult]:
    """Ingest many inputs with one store write per checkpoint (not per article); the
    features of what was stored are kept at each checkpoint and at the end.
    `progress(path, stage)` is told each stage of each input as it starts;
    `before_release(store)` is shown what a checkpoint wrote before a lite desk lets it
    go (the dashboard's first page is taken so: tui/first_page.py). `features_apart`: a
    desk that can (a server desk, store/pg_apart.py) works out a checkpoint's features in
    a child process while the ingest goes on (the `claimdesk ingest` verb; never a
    dashboard's worker, which must not fork its App)."""
    with ingest_batch(store):
        last = time.monotonic()
        seen = store.articles_revision
        cap = max_bytes or DEFAULT_MAX_BYTES
        ahead = extracted_ahead(paths, published=published, publisher=publisher, max_bytes=cap)
        for p, got in ahead:
            told = partial(progress, p) if progress is not None else None
            if got is None:  # (not a short file, or its batch failed: alone, as always)
                result = _read_and_store(
                    store,
                    p,
                    published=published,
                    publisher=publisher,
                    max_bytes=max_bytes,
                    url=url,
                    progress=told,
                )
            else:
                result = _store_extracted(store, p, got, url=url, progress=told)
            yield result
            if store.pending and time.monotonic() - last > checkpoint_seconds:
                store.flush()
                seen = keep_features(store, seen, apart=features_apart)
                if before_release is not None:
                    before_release(store)
                store.release_written()  # (a lite desk: hold one checkpoint, not all)
                last = time.monotonic()


@contextlib.contextmanager
def ingest_batch(store: ClaimStore) -> Iterator[ClaimStore]:
    """`store.batch()` (one store write at the end), then the comparison features of the
    articles it added or changed, once, when the outermost batch has been written."""
    seen = store.articles_revision
    try:
        with store.batch():
            yield store
    finally:
        if not store.in_batch and not store.pending:  # (the write succeeded)
            keep_features(store, seen)


def keep_features(store: ClaimStore, seen: int, *, apart: bool = False) -> int:
    """Read the articles stored since `seen` (an `articles_revision`) for the comparison
    once, now, so that comparing the desk later only joins. Derived data: a failure here
    costs the next comparison time, never anything stored. Returns the revision now.
    `apart`: in a child process when the desk can (`refresh_apart`, store/pg_apart.py)."""
    if store.articles_revision != seen:
        child = getattr(store, "refresh_apart", None) if apart else None
        if child is not None and child(refresh_features):
            return store.articles_revision
        with contextlib.suppress(OSError, StoreError):
            refresh_features(store)
    return store.articles_revision


def _read_and_store(
    store: ClaimStore,
    path: str,
    *,
    published: str | None,
    publisher: str | None,
    max_bytes: int | None,
    url: str | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    try:
        ext, origin = load_extraction(
            path,
            published=published,
            publisher=publisher,
            max_bytes=max_bytes,
            url=url,
            progress=progress,
        )
    except StoreError:
        raise
    except Exception as exc:  # one bad file never stops a batch
        return IngestResult(path, None, "failed", error=_one_line(exc))
    if progress is not None:
        progress("storing")
    return _store(store, path, ext, origin)


def _store(store: ClaimStore, path: str, ext: Extraction, origin: str) -> IngestResult:
    """One extraction stored; a failure of this one file is its result, never the run's."""
    try:
        if isinstance(store, ClaimStore):  # (ext is dropped after: its records may go as
            return store.ingest_extraction(ext, origin=origin, consume=True)  # claims come)
        return store.ingest_extraction(ext, origin=origin)
    except StoreError:
        raise
    except Exception as exc:
        return IngestResult(path, None, "failed", error=_one_line(exc))


def _store_extracted(
    store: ClaimStore,
    path: str,
    got: Extraction | ExtractError,
    *,
    url: str | None,
    progress: Progress | None,
) -> IngestResult:
    """What `_read_and_store` gives for a short file that extract.batch has read
    (store/ingest_ahead.py)."""
    if isinstance(got, ExtractError):
        return IngestResult(path, None, "failed", error=_one_line(got))
    if url:
        got.url = url
    if progress is not None:
        progress("reading")
        progress("storing")
    return _store(store, path, got, os.path.abspath(path))


def unresolved_dates(store: ClaimStore, article_ids: Iterable[str]) -> tuple[int, int]:
    """(dates, articles): the dates of these articles that could not be placed in time
    because the article has no publication date ("on Monday", "last week"). What an
    ingest summary reports, with the fix (--published)."""
    dates = articles = 0
    for aid in dict.fromkeys(article_ids):
        n = store.undated(aid)  # (also of an article a lite desk has let go of)
        if n:
            dates += n
            articles += 1
    return dates, articles


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__
