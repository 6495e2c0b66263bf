"""Inputs to Extractions: files, directories (recursively), "-" for stdin, http(s) URLs.

URLs are fetched with a timeout and the same size cap as files; the URL is kept as the
article's url and its identity (origin).
"""

from __future__ import annotations

import os
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

DEFAULT_MAX_BYTES = 5_000_000
URL_TIMEOUT = 20.0
EXTENSIONS = (".txt", ".md", ".html", ".htm")
USER_AGENT = "claimdesk/0.1 (+https://example.invalid/claimdesk)"


class IngestError(Exception):
    """Bad input: one line naming the input."""


def is_url(path: str) -> bool:
    low = path[:8].lower()
    return low.startswith("http://") or low.startswith("https://")


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
    bytes a second must not stall a batch (or the dashboard's ingest worker) forever."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"{url}: larger than {max_bytes} bytes")
            ctype = resp.headers.get("Content-Type")
            sock = getattr(getattr(resp.fp, "raw", None), "_sock", None)
            chunks: list[bytes] = []
            size = 0
            while size <= max_bytes:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                if sock is not None:
                    sock.settimeout(remaining)  # (a single read may not outlast the deadline)
                chunk = resp.read1(min(65536, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise IngestError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise IngestError(f"{url}: cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise IngestError(f"{url}: timed out after {timeout:g} s") from None
    except OSError as exc:
        raise IngestError(f"{url}: cannot fetch ({exc})") from None
    if len(data) > max_bytes:
        raise IngestError(f"{url}: larger than {max_bytes} bytes")
    return data, ctype


def _document_from_bytes(
    data: bytes, path: str, *, max_bytes: int, content_type: str | None
) -> Any:
    from claimdesk.extract import reading

    load_bytes = getattr(reading, "load_bytes", None)
    if load_bytes is not None:
        return load_bytes(data, path, max_bytes=max_bytes, content_type=content_type)
    # Until extract.reading.load_bytes lands: go through a temporary file of the right kind.
    suffix = ".html" if content_type and "html" in content_type.lower() else ".txt"
    if suffix == ".txt" and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        suffix = ".html"
    fd, tmp = tempfile.mkstemp(suffix=suffix, prefix="claimdesk-url-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        doc = reading.load(tmp, max_bytes=max_bytes)
    finally:
        os.unlink(tmp)
    doc.path = path
    return doc


def load_extraction(
    path: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    max_bytes: int | None = None,
) -> tuple[Any, str | None]:
    """(Extraction, origin) for one input; raises IngestError/ExtractError on bad input."""
    from claimdesk.extract import extract_document, extract_path

    cap = max_bytes or DEFAULT_MAX_BYTES
    if is_url(path):
        data, ctype = fetch_url(path, max_bytes=cap)
        doc = _document_from_bytes(data, path, max_bytes=cap, content_type=ctype)
        if not getattr(doc, "url", None):
            doc.url = path
        ext = extract_document(doc, published=published, publisher=publisher)
        ext.path = path
        return ext, path
    if path != "-":
        p = Path(path)
        if not p.exists():
            raise IngestError(f"{path}: no such file")
        if p.is_dir():
            raise IngestError(f"{path}: is a directory")
    ext = extract_path(path, published=published, publisher=publisher, max_bytes=cap)
    origin = None if path == "-" else os.path.abspath(path)
    return ext, origin
