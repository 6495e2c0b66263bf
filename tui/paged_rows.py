"""A pane's rows on a server desk: pages read from the server as the cursor reaches them.

`PagedRows` is what a ClaimTable shows instead of a list: its length is the server's count
of the pane's claims (while a search is typed, a bounded one: "10,000+", `at_least`),
and a row is in memory only while its page is among the last CACHE_PAGES pages read. A
row not read yet is `loading` (drawn as "…"); asking for it asks for its page, which a
worker reads (tui/paged_desk.py) and posts back. A page is read by
its keyset (the key after the page before it, when known) or, for a jump far from any page
known (`G`, the scrollbar), by its offset.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from claimdesk.store.pg_pages import PageFilter
from claimdesk.store.records import Claim
from claimdesk.tui.desk_model import ClaimRow

PAGE_ROWS = 100  # rows per page read from the server
CACHE_PAGES = 5  # pages kept: the cursor's, those around it, the last few seen


def loading_row() -> ClaimRow:
    """The row shown where a page is still being read (its id is empty: no key acts on it)."""
    claim = Claim("", "statement", "", "…", None, None, None, None, None, None, None, 0, 0)
    return ClaimRow(claim, "…", "…", None, "")


@dataclass(slots=True, frozen=True)
class PaneQuery:
    """What one pane asks the server for: a status, a search and the rest (PageFilter)."""

    status: str | None
    search: str
    more: PageFilter


class PagedRows(Sequence[ClaimRow]):
    """A pane's rows as a sequence whose pages arrive from the server (see the module)."""

    def __init__(
        self,
        pane: str,
        query: PaneQuery,
        want: Callable[[PagedRows, int], None],
        *,
        want_count: Callable[[PagedRows], None] | None = None,
        page_rows: int = PAGE_ROWS,
        cache_pages: int = CACHE_PAGES,
    ) -> None:
        self.pane = pane
        self.query = query
        self.page_rows = page_rows
        self.cache_pages = cache_pages
        self._want = want
        self._want_count = want_count
        self.pages: OrderedDict[int, list[ClaimRow]] = OrderedDict()
        self.next_keys: dict[int, int | None] = {}  # page -> the key after it (ints only)
        self.pending: set[int] = set()
        self.total = 0
        self.counted = False  # the server's count is in (else `total` grows with the pages)
        self.at_least: int | None = None  # a bounded count: at least this many ("10,000+")
        self.count_asked = False  # the exact count is asked for (`count_now`)
        self.read_first = False  # the first page is in
        self.loading = loading_row()  # (one object: the cursor on it stays "the same row")

    def __len__(self) -> int:
        return self.total

    @overload
    def __getitem__(self, index: int) -> ClaimRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[ClaimRow]: ...
    def __getitem__(self, index: int | slice) -> ClaimRow | list[ClaimRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.total))]
        if index < 0:
            index += self.total
        if not 0 <= index < self.total:
            raise IndexError(index)
        page, at = divmod(index, self.page_rows)
        rows = self.pages.get(page)
        if rows is None:
            self.ask(page)
            return self.loading
        self.pages.move_to_end(page)
        if at >= self.page_rows // 2 and (page + 1) * self.page_rows < self.total:
            self.ask(page + 1)  # read ahead: the next page is in before the cursor is
        return rows[at] if at < len(rows) else self.loading

    def __iter__(self) -> Iterator[ClaimRow]:
        """The rows in memory only (a pane of a million claims is never walked whole)."""
        for page in sorted(self.pages):
            yield from self.pages[page]

    def ask(self, page: int) -> None:
        """Have page `page` read (once at a time)."""
        if page not in self.pending and page not in self.pages:
            self.pending.add(page)
            self._want(self, page)

    def where(self, page: int) -> tuple[int | None, int]:
        """How to read page `page`: (the key after the page before it, 0) when known,
        else (None, its offset)."""
        if page == 0:
            return None, 0
        key = self.next_keys.get(page - 1)
        if key is not None:
            return key, 0
        return None, page * self.page_rows

    def put(self, page: int, rows: list[ClaimRow], next_key: int | None) -> None:
        """A page read: kept (the oldest page let go beyond the cache), and the length
        grown to it until the server's count is in."""
        self.pending.discard(page)
        self.pages[page] = rows
        self.pages.move_to_end(page)
        self.next_keys[page] = next_key
        while len(self.pages) > self.cache_pages:
            self.pages.popitem(last=False)
        if page == 0:
            self.read_first = True
        end = page * self.page_rows + len(rows)
        if next_key is None:
            self.total, self.counted = end, True  # the last page: the count is exact
        elif not self.counted:
            self.total = max(self.total, end + 1)

    def set_count(self, count: int) -> None:
        self.total, self.counted = count, True

    def set_at_least(self, count: int) -> None:
        """A bounded count (more than `count` rows): the length until the exact count
        is in, grown by the pages read past it."""
        if not self.counted:
            self.at_least = count
            self.total = max(self.total, count)

    def count_now(self) -> None:
        """Have the exact count asked for now (`G`: the last row is where it says)."""
        if not self.counted and not self.count_asked and self._want_count is not None:
            self.count_asked = True
            self._want_count(self)

    def count_label(self) -> str:
        """The pane's subtitle: its count, or "10,000+" while only bounded."""
        if not self.counted and self.at_least is not None:
            return f"{self.at_least:,}+"
        return f"{self.total:,}"

    def held(self) -> int:
        """How many rows (claims) this pane holds in memory."""
        return sum(len(rows) for rows in self.pages.values())

    def find(self, key: str) -> int | None:
        """The index of the row with this claim id, among the pages in memory."""
        for page, rows in self.pages.items():
            for i, row in enumerate(rows):
                if row.id == key:
                    return page * self.page_rows + i
        return None

    def row(self, claim_id: str) -> ClaimRow | None:
        for rows in self.pages.values():
            for row in rows:
                if row.id == claim_id:
                    return row
        return None
