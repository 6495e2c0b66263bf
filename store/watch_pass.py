"""One pass of `claimdesk watch` over its feeds and pages, into the store.

Each source (a feed URL or a page URL) is fetched with the validators remembered for it
(a 304 costs nothing more). A feed's items are read one by one; an item already on the
desk is not fetched again: its GUID was read before (and the feed gives it the same
stamp), its link is an article's URL, or its body has the fingerprint of one read under
another link. A page is read exactly as `ingest URL` reads one (store/ingest.py's
`read_page`) and stored with its URL as origin, so a page the outlet changed is an
update of the same article and keeps its verdicts. Publication date from the page, else
the item's; outlet from the page, else the feed's title.

A broken source (HTTP errors, malformed XML, a redirect loop, a timeout, a page that is
not HTML, an oversize body) is counted and logged, and the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from claimdesk.store.claimstore import ClaimStore
from claimdesk.store.errors import StoreError
from claimdesk.store.feeds import FeedError, FeedItem, body_kind, parse_feed
from claimdesk.store.fetch import Fetcher, FetchError, Page
from claimdesk.store.watch_state import UrlState, WatchState


@dataclass(slots=True)
class SourceStatus:
    """One followed feed or page, as the live status shows it (totals since the start)."""

    name: str
    url: str
    kind: str = "?"  # "feed" or "page" once fetched
    last_fetch: str | None = None  # UTC time of the last pass's fetch
    new: int = 0
    updated: int = 0
    errors: int = 0
    last_error: str | None = None
    failed: bool = False  # the last pass could not read the source itself
    pass_errors: int = 0  # the errors of the last pass alone


@dataclass(slots=True)
class PassResult:
    new: int = 0
    updated: int = 0
    errors: int = 0
    sources: int = 0
    failed_sources: int = 0


class _Skip(Exception):
    """An item's page that is not read (not an error): the reason."""


@dataclass
class WatchPass:
    """Follows `sources` ((name, url) pairs) into the store `open_store()` opens."""

    sources: list[tuple[str, str]]
    fetcher: Fetcher
    state: WatchState
    open_store: Callable[[], AbstractContextManager[ClaimStore]]
    log: Callable[[str], None] = lambda _line: None
    changed: Callable[[], None] = lambda: None  # told after each source (the live status)
    published: str | None = None
    publisher: str | None = None
    statuses: dict[str, SourceStatus] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, url in self.sources:
            self.statuses.setdefault(url, SourceStatus(name=name, url=url))

    def run(self) -> PassResult:
        """One pass over every source; the state file is saved after each source."""
        result = PassResult(sources=len(self.sources))
        if self.state.damaged:
            self.log(self.state.damaged)
            self.state.damaged = None
        with self.open_store() as store:
            known = self._known_urls(store)
            for _name, url in self.sources:
                status = self.statuses[url]
                new, updated = status.new, status.updated
                errors = status.errors
                try:
                    self._source(store, status, known)
                    status.failed = False
                except (FetchError, FeedError) as exc:
                    status.failed = True
                    self._error(status, str(exc))
                    result.failed_sources += 1
                finally:
                    self.state.save()
                status.pass_errors = status.errors - errors
                result.new += status.new - new
                result.updated += status.updated - updated
                result.errors += status.pass_errors
                self.changed()
        return result

    # ---------------------------------------------------------------- one source

    def _source(self, store: ClaimStore, status: SourceStatus, known: set[str]) -> None:
        st = self.state.get(status.url)
        page = self.fetcher.get(status.url, etag=st.etag, last_modified=st.last_modified)
        status.last_fetch = _now()
        st.checked = status.last_fetch
        if page.status == 304:
            self.log(f"{status.url}: not modified (304)")
            return
        kind = body_kind(page.body, page.content_type)
        if kind == "other":
            raise FeedError(f"{status.url}: neither a feed nor an HTML page ({_ctype(page)})")
        status.kind = kind
        if kind == "page":
            self._count(status, self._store_page(store, status.url, page, st, known))
            return
        feed = parse_feed(page.body, status.url)
        errors = status.errors
        for item in feed.items:
            try:
                outcome = self._item(store, item, feed.title, known)
            except _Skip as why:
                self.log(f"{item.link}: {why}")
                continue
            except (FetchError, FeedError) as exc:
                self._error(status, str(exc))
                continue
            self._count(status, outcome)
        # the feed's validators only when every item was read: else the next pass would get
        # a 304 and never try the items that failed (a page's 500) again
        ok = status.errors == errors
        st.etag, st.last_modified = (page.etag, page.last_modified) if ok else (None, None)
        self.log(
            f"{status.url}: {len(feed.items)} item(s), {status.new} new, {status.updated} "
            f"updated, {status.errors} error(s) so far"
        )

    def _item(self, store: ClaimStore, item: FeedItem, title: str | None, known: set[str]) -> str:
        seen_at = self.state.known_guid(item.guid)
        url = seen_at or item.link
        st = self.state.get(url)
        if st.article_id and st.guid == item.guid and st.stamp == item.stamp:
            raise _Skip("on the desk (its GUID was read before)")
        if not st.article_id and item.link in known:
            st.guid, st.stamp = item.guid, item.stamp
            raise _Skip("on the desk (its URL is an article's)")
        validators = (st.etag, st.last_modified) if st.article_id else (None, None)
        page = self.fetcher.get(url, etag=validators[0], last_modified=validators[1])
        st.checked = _now()
        st.guid, st.stamp = item.guid, item.stamp
        if page.status == 304:
            return "unchanged"
        return self._store_page(
            store, url, page, st, known, published=item.published, feed_title=title
        )

    def _store_page(
        self,
        store: ClaimStore,
        url: str,
        page: Page,
        st: UrlState,
        known: set[str],
        *,
        published: str | None = None,
        feed_title: str | None = None,
    ) -> str:
        """Read a fetched page and store it under its URL: "added", "updated", "unchanged"
        or "duplicate"."""
        from claimdesk.store.ingest import ingest_extraction, read_page

        if body_kind(page.body, page.content_type) != "page":
            raise FeedError(f"{url}: not an HTML page ({_ctype(page)})")
        fingerprint = hashlib.sha256(page.body).hexdigest()
        if st.article_id and st.fingerprint == fingerprint:
            st.etag, st.last_modified = page.etag, page.last_modified
            return "unchanged"
        other = self.state.known_fingerprint(fingerprint, url)
        if other and not st.article_id:
            st.fingerprint = fingerprint
            self.log(f"{url}: the same page as {other} (not stored twice)")
            return "duplicate"
        try:
            ext = read_page(
                page.body,
                url,
                content_type=page.content_type,
                max_bytes=self.fetcher.max_bytes,
                published=self.published,
                publisher=self.publisher,
                fallback_published=published,
                fallback_publisher=feed_title,
            )
        except StoreError:
            raise
        except Exception as exc:  # the reader's one-line errors (empty page, ...)
            raise FeedError(_one_line(exc)) from None
        canonical = ext.url or url
        if canonical != url and canonical in known and not st.article_id:
            st.fingerprint, st.canonical = fingerprint, canonical
            self.log(f"{url}: its canonical URL {canonical} is on the desk already")
            return "duplicate"
        result = ingest_extraction(store, ext, origin=url)
        if result.status == "failed":
            raise FeedError(f"{url}: {result.error}")
        st.fingerprint, st.canonical, st.article_id = fingerprint, canonical, result.article_id
        st.etag, st.last_modified = page.etag, page.last_modified
        known.update({url, canonical})
        self.log(f"{url}: {result.status} ({result.claims} claims)")
        return result.status

    # ---------------------------------------------------------------- bookkeeping

    @staticmethod
    def _known_urls(store: ClaimStore) -> set[str]:
        """Every URL an article on the desk was read from or names as its own (a server
        desk opened for ingest knows them from its articles' heads)."""
        if hasattr(store, "article_urls"):
            return store.article_urls()
        urls: set[str] = set()
        for art in store.articles():
            urls.update(u for u in (art.url, art.path) if u)
        return urls

    @staticmethod
    def _count(status: SourceStatus, outcome: str) -> None:
        if outcome == "added":
            status.new += 1
        elif outcome == "updated":
            status.updated += 1

    def _error(self, status: SourceStatus, message: str) -> None:
        status.errors += 1
        status.last_error = message
        self.log(f"error: {message}")


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ctype(page: Page) -> str:
    return (page.content_type or "no Content-Type").split(";")[0].strip()


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
