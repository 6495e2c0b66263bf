"""Fetching a page or a feed over http(s): the one HTTP client of ingest and watch.

`get_page` is one request: only http and https (a redirect to file:, ftp: or anything
else is refused), a few redirects at most, a size cap, and a timeout that bounds the
whole fetch (a server that trickles a few bytes a second must not stall a batch).
`Fetcher` adds what following feeds needs: conditional requests (ETag and
Last-Modified: a 304 is "unchanged", not an error), a pause between two requests to one
host, and retries with backoff on a 5xx answer or a timeout. No Textual, no store.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit


def is_url(path: str) -> bool:
    """An http(s) address, as the CLI's inputs tell a page to fetch from a file to read."""
    low = path[:8].lower()
    return low.startswith("http://") or low.startswith("https://")


USER_AGENT = "claimdesk/0.1 (+https://example.invalid/claimdesk)"
SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0


class FetchError(Exception):
    """A fetch that failed: one line naming the URL. `retry`: worth trying again."""

    def __init__(self, message: str, *, retry: bool = False) -> None:
        super().__init__(message)
        self.retry = retry


@dataclass(slots=True)
class Page:
    """One answer: status 200 (body read) or 304 (not modified since the validators)."""

    url: str  # where the body came from, after redirects
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def check_scheme(url: str) -> None:
    """FetchError unless `url` is an http(s) URL with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise FetchError(f"{url}: only http(s) URLs are fetched ({shown} refused)")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS, and only to http(s)."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[override]
        check_scheme(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def get_page(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Page:
    """One GET of an http(s) URL; FetchError (one line) on anything but 200 or 304."""
    check_scheme(url)
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    req = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(_Redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url}: larger than {max_bytes} bytes")
            body = _read_capped(resp, url, max_bytes, deadline)
            return Page(
                url=resp.geturl() or url,
                status=200,
                body=body,
                content_type=resp.headers.get("Content-Type"),
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Page(
                url=url,
                status=304,
                etag=exc.headers.get("ETag") or etag,
                last_modified=exc.headers.get("Last-Modified") or last_modified,
            )
        if exc.code in (301, 302, 303, 307, 308):
            target = urljoin(exc.geturl() or url, exc.headers.get("Location") or "")
            check_scheme(target)  # (urllib refuses file: itself, as a bare HTTP error)
            raise FetchError(f"{url}: too many redirects (a redirect loop?)") from None
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}", retry=exc.code >= 500) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"{url}: timed out after {timeout:g} s", retry=True) from None
        raise FetchError(f"{url}: cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {timeout:g} s", retry=True) from None
    except OSError as exc:
        raise FetchError(f"{url}: cannot fetch ({exc})") from None


def _read_capped(resp, url: str, max_bytes: int, deadline: float) -> bytes:  # type: ignore[no-untyped-def]
    """The body, refusing more than max_bytes; no single read may outlast the deadline."""
    sock = getattr(getattr(resp.fp, "raw", None), "_sock", None)
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        if sock is not None:
            sock.settimeout(remaining)
        chunk = resp.read1(min(65536, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise FetchError(f"{url}: larger than {max_bytes} bytes")
    return b"".join(chunks)


@dataclass
class Fetcher:
    """Polite fetching for `watch`: per-host spacing, retries with backoff, validators.

    `host_interval` seconds at least between two requests to one host; `retries` more
    tries after a 5xx or a timeout, waiting `backoff`, then twice that, and so on.
    `sleep` and `clock` are replaceable so the spacing can be checked without waiting."""

    max_bytes: int
    timeout: float = DEFAULT_TIMEOUT
    retries: int = 2
    backoff: float = 1.0
    host_interval: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Page:
        check_scheme(url)
        host = urlsplit(url).netloc.lower()
        for attempt in range(self.retries + 1):
            self._space(host)
            try:
                return get_page(
                    url,
                    max_bytes=self.max_bytes,
                    timeout=self.timeout,
                    etag=etag,
                    last_modified=last_modified,
                )
            except FetchError as exc:
                if not exc.retry or attempt == self.retries:
                    raise
                self.sleep(self.backoff * (2**attempt))
        raise AssertionError("unreachable")  # (the loop returns or raises)

    def _space(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None and self.host_interval > 0:
            wait = last + self.host_interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()
