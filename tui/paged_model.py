"""What the dashboard shows of a server desk without holding it: panes of pages.

`PagedDeskModel` answers the desk screen as DeskModel does (tui/desk_model.py: the same
attributes and methods), but a pane's rows are a PagedRows (tui/paged_rows.py) whose pages
the server filters, searches and counts, the Sources pane comes from the server's counts
per speaker, and the articles in memory are only those of the rows read. A verdict, note
or undo (ours or another reviewer's) changes the rows in memory in place and the counts by
its own steps; the server's counts are read again when articles come or go.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from typing import Any

from claimdesk.store.pg_pages import PageFilter
from claimdesk.store.records import STATUSES
from claimdesk.store.source_rows import ANONYMOUS
from claimdesk.store.verdict_states import CONTESTED
from claimdesk.tui.desk_model import (
    ClaimRow,
    DeskModel,
    Filters,
    SourceView,
    format_value,
    index_sources,
    outlet_of,
)
from claimdesk.tui.paged_rows import PagedRows, PaneQuery


def pane_kinds(pane: str) -> tuple[str, ...]:
    """The claim kinds a pane shows: Numbers its figures, Quotes the rest."""
    return ("number",) if pane == "numbers" else ("quote", "statement")


ARTICLES_KEPT = 2000  # the articles of the rows read, the oldest let go beyond this
# `/` goes to the server from this many characters: one or two match nearly every claim
# or, when rare, make the server read the whole desk (no trigram index below three)
SEARCH_FROM = 3
# a searched pane is counted no further than this while typing ("10,000+"), and in full
# once no key came for COUNT_PAUSE seconds, or at once for `G` (tui/paged_desk.py)
SEARCH_COUNT_CAP = 10_000
COUNT_PAUSE = 1.0


class ShownRows:
    """`rows_by_id` of a paged desk: the rows in memory, looked up by claim id."""

    def __init__(self, model: PagedDeskModel) -> None:
        self._model = model

    def get(self, claim_id: str, default: Any = None) -> ClaimRow | None:
        for rows in self._model.panes.values():
            row = rows.row(claim_id)
            if row is not None:
                return row
        return default

    def __contains__(self, claim_id: object) -> bool:
        return isinstance(claim_id, str) and self.get(claim_id) is not None


class PagedDeskModel(DeskModel):
    """A server desk's rows, read in pages (see the module's doc)."""

    paged = True

    def __init__(  # (DeskModel's __init__ builds every row: not called)
        self,
        store: Any,
        want_page: Callable[[PagedRows, int], None],
        want_count: Callable[[PagedRows], None],
        *,
        page_rows: int,
    ) -> None:
        self.store = store
        self.want_page, self.want_count = want_page, want_count
        self.page_rows = page_rows
        self.articles: OrderedDict[str, Any] = OrderedDict()  # type: ignore[assignment]
        self.sources: list[Any] = []
        self.source_rows: list[SourceView] = []
        self._views: dict[str, SourceView] = {}
        self.by_name: dict[str, Any] = {}
        self.anonymous: dict[tuple[str, str], Any] = {}
        self.quotes: list[ClaimRow] = []
        self.numbers: list[ClaimRow] = []
        self.hays_ready = True
        self.counts: Counter[str] = Counter()
        self.contested: set[str] = set()  # (once the store has read the verdicts)
        self.total: int | None = None  # the desk's claims (None: not counted yet)
        # the desk's claims by (kind, status), moved by each verdict's step; None when
        # not read, or after a verdict on a claim whose kind is not in memory
        self.by_kind: Counter[tuple[str, str]] | None = None
        self.panes: dict[str, PagedRows] = {}
        self.rows_by_id = ShownRows(self)  # type: ignore[assignment]

    # ------------------------------------------------------------------ what DeskModel is
    @property
    def empty(self) -> bool:
        return self.total == 0

    def warm_status_cuts(self) -> None:
        """Nothing to warm: the server cuts."""

    def build_hays(self) -> None:
        """Nothing to build: the server searches."""

    def recount(self) -> None:
        """The counts come from the server (set_counts)."""

    def held(self) -> int:
        """How many claims the panes hold in memory (their pages)."""
        return sum(rows.held() for rows in self.panes.values())

    def set_counts(
        self, counts: dict[str, int], by_kind: dict[tuple[str, str], int] | None = None
    ) -> None:
        self.total = counts.get("total", 0)
        self.counts = Counter({k: v for k, v in counts.items() if k not in ("total", CONTESTED)})
        if by_kind is not None:
            self.by_kind = Counter(by_kind)

    def known_count(self, q: PaneQuery) -> int | None:
        """A pane's count without asking the server: under no filter but a status (and
        the pane's kinds), a sum of the counts by kind and status; else None."""
        more, by_kind = q.more, self.by_kind
        if by_kind is None or q.search or more.speakers or more.articles:
            return None
        if more.reviewer is not None or more.contested:
            return None
        statuses = [q.status] if q.status else list(STATUSES)
        return sum(by_kind[(k, s)] for k in more.kinds for s in statuses)

    def keep_articles(self, articles: dict[str, Any]) -> None:
        self.articles.update(articles)
        while len(self.articles) > ARTICLES_KEPT:
            self.articles.popitem(last=False)

    def make_row(self, claim: Any) -> ClaimRow:
        value = format_value(claim.value, claim.unit, claim.qualifier)
        return ClaimRow(
            claim,
            outlet_of(self.articles.get(claim.article_id)),
            value if claim.kind == "number" else "",
            self.source_key(claim.article_id, claim.speaker),
            "",
        )

    # ------------------------------------------------------------------ filters
    def query(self, kind: str, f: Filters) -> PaneQuery:
        """A pane's filters as the server takes them."""
        speakers: tuple[str, ...] = ()
        articles: tuple[str, ...] = (f.article_id,) if f.article_id else ()
        view = self._views.get(f.source_id) if f.source_id else None
        if view is not None:
            src = view.source
            speakers = tuple(dict.fromkeys(n.lower() for n in (src.name, *(src.aliases or ()))))
            if getattr(src, "kind", None) == ANONYMOUS:
                own = tuple(src.article_ids or ())
                articles = tuple(a for a in own if a in articles) or ("",) if articles else own
        status = f.status if f.status != CONTESTED else None
        search = f.search if len(f.search.strip()) >= SEARCH_FROM else ""
        more = PageFilter(
            kinds=pane_kinds(kind),
            speakers=speakers,
            articles=articles,
            reviewer=f.reviewer,
            contested=f.status == CONTESTED,
        )
        return PaneQuery(status, search, more)

    def filter_claims(self, kind: str, f: Filters) -> PagedRows:  # type: ignore[override]
        """The pane's rows under these filters: the same PagedRows while they stay the
        same (an unchanged pane is not repainted), else a new one whose first page is
        asked for at once, and its count once that page is shown."""
        q = self.query(kind, f)
        rows = self.panes.get(kind)
        if rows is not None and rows.query == q:
            return rows
        old = rows
        rows = self.panes[kind] = PagedRows(
            kind, q, self.want_page, want_count=self.want_count, page_rows=self.page_rows
        )
        known = self.known_count(q)
        if known is not None:
            rows.set_count(known)
        rows.ask(0)  # (else its count once this page is in: tui/paged_desk.py)
        if old is not None:
            self.store.drop_unwanted_count()  # (the old query's, if the server counts it)
        return rows

    def filter_sources(self, f: Filters) -> list[SourceView]:
        """Sources in the article limit; with a search, those whose name, role or outlets
        hold it (the claims' text is searched by the server for the claim panes only)."""
        rows = self.source_rows
        if f.article_id:
            rows = [v for v in rows if f.article_id in (v.source.article_ids or ())]
        needle = f.search.lower()
        if needle:
            rows = [v for v in rows if needle in v.hay]
        return rows

    def forget_panes(self) -> None:
        """Articles came or went: every pane is read again from its first page (and
        counted by the server until the desk's counts are read again)."""
        self.panes = {}
        self.by_kind = None

    # ------------------------------------------------------------------ sources
    def set_sources(
        self,
        sources: list[Any],
        articles: dict[str, Any],
        named: list[tuple[str, str, int]],
        anonymous: list[tuple[str, str, str, int]],
    ) -> None:
        """The Sources pane from the server: each source's claims by status, counted from
        the server's counts per speaker as DeskModel maps a speaker to a source."""
        self.sources = sources
        self.by_name, self.anonymous = index_sources(sources)
        anonymous_names = {name for _aid, name in self.anonymous}
        views: dict[str, SourceView] = {}
        for src in sources:
            outlets = sorted({outlet_of(articles.get(aid)) for aid in src.article_ids or ()})
            view = SourceView(src, ", ".join(outlets))
            if getattr(src, "kind", None) == ANONYMOUS and src.article_ids:
                art = articles.get(src.article_ids[0])
                view.where = (art.title if art else None) or view.outlets
            view.hay = "\n".join(
                (src.name, src.role or "", view.outlets, view.where, *src.aliases)
            ).lower()
            views[src.id] = view
        for speaker, status, n in named:
            folded = speaker.casefold()
            if folded in anonymous_names:
                continue  # counted per article below
            src = self.by_name.get(folded)
            if src is not None:
                views[src.id].counts[status] += n
        for aid, speaker, status, n in anonymous:
            sid = self.source_key(aid, speaker)
            if sid is not None:
                views[sid].counts[status] += n
        self._views = views
        self.source_rows = sorted(
            views.values(), key=lambda v: (-sum(v.counts.values()), v.source.name.casefold())
        )
        for rows in self.panes.values():
            for row in rows:
                row.source_id = self.source_key(row.claim.article_id, row.claim.speaker)

    # ------------------------------------------------------------------ verdicts
    def apply(self, entries: list[Any]) -> None:
        """History entries (ours, or others' the store read): the rows in memory take the
        verdict now in force, the counts move by each entry's step."""
        for e in entries:
            state = self.store.verdict_of(e.claim_id)
            row = self.rows_by_id.get(e.claim_id)
            if row is not None and state is not None:
                state.onto(row.claim)
            if e.from_status != e.to_status:
                self.counts[e.from_status] -= 1
                self.counts[e.to_status] += 1
                if self.by_kind is not None and row is None:
                    self.by_kind = None  # (its kind is not in memory: the server counts)
                elif self.by_kind is not None and row is not None:
                    self.by_kind[(row.claim.kind, e.from_status)] -= 1
                    self.by_kind[(row.claim.kind, e.to_status)] += 1
                view = self._views.get(row.source_id) if row and row.source_id else None
                if view is not None:
                    view.counts[e.from_status] -= 1
                    view.counts[e.to_status] += 1
            if state is not None and state.contested_with is not None:
                self.contested.add(e.claim_id)
            else:
                self.contested.discard(e.claim_id)

    def verdicts_read(self, contested: set[str]) -> None:
        """The store read the desk's verdicts after the first pages: the contested claims,
        and the rows in memory take any verdict given since their page was read."""
        self.contested = set(contested)
        for rows in self.panes.values():
            for row in rows:
                state = self.store.verdict_of(row.id)
                if state is not None:
                    state.onto(row.claim)

    def reviewers(self) -> list[str]:
        return list(self.store.reviewers())
