"""The desk screen's part on a server desk: its panes read in pages, never held whole.

On a server desk (store/pg_paged.py) the loading worker opens the store and shows a
PagedDeskModel (tui/paged_model.py) at once; each pane then asks for the pages its cursor
reaches (a worker per page, on the pane's own connection, posting PageRead), its count
(PaneCounted) and the desk's counts and Sources pane (DeskCounted), each from the server;
the desk's verdicts and history are read once the first rows are painted, and the desk is
followed from then. A pane's new query keeps the old rows on screen until its first page
is in (`held_back`). What needs the whole desk in
memory (the comparison, the timeline, `=`, export, ingest, `w`) says so in one line here
rather than read a million claims. A base class of DeskScreen (tui/desk_screen.py).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from textual import on, work
from textual.content import Content
from textual.worker import get_current_worker

from claimdesk.tui import paged_model, paged_rows
from claimdesk.tui.desk_parts import DeskParts
from claimdesk.tui.detail_pane import WELCOME, DetailPane
from claimdesk.tui.live_desk import LiveDesk
from claimdesk.tui.messages import DeskCounted, DeskLoaded, PageRead, PaneCounted
from claimdesk.tui.paged_model import SEARCH_FROM, PagedDeskModel
from claimdesk.tui.paged_rows import PagedRows

NOT_PAGED = "not on a server desk in the dashboard yet (it would read the whole desk)"


class PagedDesk(LiveDesk, DeskParts):
    """Loading, pages, counts and refusals of a server desk (see the module's doc)."""

    new_ids: set[str]
    _claim_pane: str

    @property
    def paged(self) -> bool:
        return bool(getattr(self.desk_app.store, "paged", False))

    def refuse_paged(self, what: str, instead: str = "") -> bool:
        """On a server desk: say in one line that `what` is not here yet (True)."""
        if not self.paged:
            return False
        self.notify(f"{what}: {NOT_PAGED}{'; ' + instead if instead else ''}.", timeout=6)
        return True

    # ---------------------------------------------------------------- loading
    @work(thread=True, exclusive=True, group="load")
    def load_pages(self) -> None:
        """Open the server desk (no claim, no verdict) and show its panes; once their
        first rows are painted, read its verdicts and history (what a write, an undo and
        the Detail pane's history need), count it, read its Sources pane and follow it."""
        app = self.desk_app
        store = app.open_store()
        if store is None:
            self.app.call_from_thread(self._load_failed)
            return
        model = PagedDeskModel(
            store, self._want_page, self._want_count, page_rows=paged_rows.PAGE_ROWS
        )
        self.post_message(DeskLoaded(model))
        # the verdicts, the counts and the Sources pane read many rows: after the first
        # rows are painted (the pages carry their own verdicts, joined by the server)
        app.loaded.wait(timeout=10)
        self._count_desk(model, with_sources=True, verdicts=True)

    def _count_desk(
        self, model: PagedDeskModel, *, with_sources: bool = False, verdicts: bool = False
    ) -> None:
        """(In a worker) the desk's verdicts when asked (then the desk is followed), its
        counts, then its Sources pane: each posted when read."""
        store = model.store
        try:
            contested = None
            if verdicts:
                try:
                    store.read_verdicts()
                    contested = store.contested_ids()
                finally:  # (a server gone meanwhile: the follower says "reconnecting")
                    self.app.call_from_thread(self._follow_now)
            counts, by_kind = store.counts_by_kind()
            self.post_message(DeskCounted(counts, contested=contested, by_kind=by_kind))
            if with_sources:
                sources, articles = store.source_outlets()
                anonymous = {
                    n.casefold()
                    for s in sources
                    if s.kind == "anonymous"
                    for n in (s.name, *(s.aliases or ()))
                }
                named, anon = store.speaker_counts(sorted(anonymous))
                counts, by_kind = store.counts_by_kind()
                sources_read = (sources, articles, named, anon)
                self.post_message(DeskCounted(counts, sources_read, by_kind=by_kind))
        except Exception as exc:  # the panes still page; say what is missing
            self.app.call_from_thread(
                self.notify, f"Desk counts not read: {exc}", severity="warning"
            )

    def _load_failed(self) -> None:
        raise NotImplementedError

    def post_message_loaded(self) -> None:
        raise NotImplementedError

    def _fit_columns(self, model: Any) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- pages
    def held_back(self, table: Any, rows: Any) -> bool:
        """A pane's new query (a key of `f`, `/`, ...) whose first page is not in yet: the
        pane keeps its rows on screen until it is (`_page_read` shows it then), so the
        key's answer is the next frame, never a frame of "…" rows before it."""
        return (
            isinstance(rows, PagedRows)
            and not rows.read_first
            and isinstance(table.rows, PagedRows)
            and table.rows.read_first
            and table.rows.pane == rows.pane
        )

    def _want_page(self, rows: PagedRows, page: int) -> None:
        self.run_worker(
            partial(self._read_page, rows, page), thread=True, group=f"page-{rows.pane}"
        )

    def _current(self, rows: PagedRows) -> bool:
        model = self.model
        return isinstance(model, PagedDeskModel) and model.panes.get(rows.pane) is rows

    def _read_page(self, rows: PagedRows, page: int) -> None:
        """(A worker) one page of a pane, and the articles of its claims not in memory."""
        model = self.model
        if not isinstance(model, PagedDeskModel) or not self._current(rows):
            self.post_message(PageRead(rows, page, [], None, {}, error="gone"))
            return
        q = rows.query
        after, offset = rows.where(page)
        try:
            # on the pane's own connection; not sent at all when the pane's filters or
            # search changed again while it waited for it (a key typed over)
            got = model.store.page(
                after=after,
                offset=offset,
                limit=rows.page_rows,
                status=q.status,
                search=q.search or None,
                more=q.more,
                lane=rows.pane,
                wanted=lambda: self._current(rows),
            )
            if got is None:
                self.post_message(PageRead(rows, page, [], None, {}, error="gone"))
                return
            missing = {c.article_id for c in got.claims} - model.articles.keys()
            arts = model.store.articles_by_id(missing, lane=rows.pane)
        except Exception as exc:
            gone = not self._current(rows)  # (an error of a page no longer wanted: quiet)
            self.post_message(
                PageRead(rows, page, [], None, {}, error="gone" if gone else str(exc))
            )
            return
        self.post_message(PageRead(rows, page, got.claims, got.next_after, arts))

    def _want_count(self, rows: PagedRows, cap: int | None = None) -> None:
        """Have a pane counted: in full, or (`cap`) no further than cap + 1 rows."""
        if cap is None:
            rows.count_asked = True
        self.run_worker(
            partial(self._count_rows, rows, cap),
            thread=True,
            group=f"count-{rows.pane}",
            exclusive=True,
        )

    def _count_after_pause(self, rows: PagedRows) -> None:
        """No key changed the pane's search for COUNT_PAUSE seconds: its exact count
        (a key since made a new query: its rows are no longer the pane's, nothing sent)."""
        if self._current(rows) and not rows.counted:
            rows.count_now()

    def _count_rows(self, rows: PagedRows, cap: int | None = None) -> None:
        """(A worker) the server's count of a pane under its filters (skipped when the
        filters changed again before it started); with `cap`, a bounded count."""
        model = self.model
        if get_current_worker().is_cancelled or not isinstance(model, PagedDeskModel):
            return
        if not self._current(rows):
            return
        q = rows.query
        try:
            n = model.store.count(
                status=q.status,
                search=q.search or None,
                more=q.more,
                wanted=lambda: self._current(rows),
                cap=cap,
            )
        except Exception:
            return  # the pane still shows what it read; its length grows with its pages
        if n is not None:
            bounded = cap is not None and n > cap
            self.post_message(PaneCounted(rows, cap if bounded else n, bounded=bounded))

    @on(PageRead)
    def _page_read(self, event: PageRead) -> None:
        rows, model = event.rows, self.model
        if event.error:
            rows.pending.discard(event.page)
            if event.error != "gone":
                self.notify(f"Rows not read: {event.error}", severity="error", timeout=6)
                if self._current(rows) and self.table(rows.pane).rows is not rows:
                    self.table(rows.pane).set_rows(rows)  # (held back: the pane shows "…")
                    self._update_header()
            return
        if not isinstance(model, PagedDeskModel) or not self._current(rows):
            return
        model.keep_articles(event.articles)
        first = not rows.read_first
        rows.put(event.page, [model.make_row(c) for c in event.claims], event.next_key)
        if first and not rows.counted:  # a count reads many rows: after the first ones show
            # a search is counted no further than SEARCH_COUNT_CAP while typed: its exact
            # count (a common word reads most of the desk) once the keys pause; so is a
            # reviewer's pane (a busy reviewer's full count probes each of their verdicts)
            q = rows.query
            bounded = bool(q.search) or q.more.reviewer is not None
            cap = paged_model.SEARCH_COUNT_CAP if bounded else None
            self._want_count(rows, cap)
        table = self.table(rows.pane)
        if first and table.rows is not rows:
            table.set_rows(rows)  # the pane's new query, held back until now
        if table.rows is rows:
            table.rows_changed()
            self._update_header()
            shown = self._detail_row
            if table.current is not shown and (shown is None or not shown.id):
                self._show_detail()
        panes = [model.panes.get(p) for p in ("quotes", "numbers")]
        if not self.desk_app.loaded.is_set() and all(p and p.read_first for p in panes):
            self.post_message_loaded()

    @on(PaneCounted)
    def _pane_counted(self, event: PaneCounted) -> None:
        rows = event.rows
        if not self._current(rows) or (event.bounded and rows.counted):
            return
        if event.bounded:
            rows.set_at_least(event.count)
            if not rows.count_asked:
                self.set_timer(paged_model.COUNT_PAUSE, partial(self._count_after_pause, rows))
        else:
            rows.set_count(event.count)
        table = self.table(event.rows.pane)
        if table.rows is event.rows:
            table.rows_changed()
            self._update_header()

    def _start_following(self) -> None:
        """A server desk is followed once its verdicts are read (`_follow_now`): its first
        look would read them before the first rows."""
        if not self.paged:
            super()._start_following()

    def _follow_now(self) -> None:
        super()._start_following()

    @on(DeskCounted)
    def _desk_counted(self, event: DeskCounted) -> None:
        model = self.model
        if not isinstance(model, PagedDeskModel):
            return
        model.set_counts(event.counts, event.by_kind)
        for rows in model.panes.values():  # (a pane under a status filter alone: summed)
            if not rows.counted and (n := model.known_count(rows.query)) is not None:
                rows.set_count(n)
                if self.table(rows.pane).rows is rows:
                    self.table(rows.pane).rows_changed()
        if event.contested is not None:
            model.verdicts_read(event.contested)
            self._show_detail()  # (its history is in now)
        if event.sources is not None:
            model.set_sources(*event.sources)
            self.table("sources").set_rows(model.filter_sources(self.filters), by_key=True)
            self._fit_columns(model)
        if model.empty:
            self.query_one(DetailPane).show_content(WELCOME)
            for name in ("sources", "quotes", "numbers"):
                self.table(name).empty_text = "No articles yet — see the welcome in 4 Detail"
                self.table(name).refresh()
        self._update_header()

    # ---------------------------------------------------------------- the live desk
    def _reload_rows(self, new_ids: tuple[str, ...] = ()) -> None:
        """Articles came or went on a server desk: its panes from their first pages."""
        model = self.model
        if not isinstance(model, PagedDeskModel):
            super()._reload_rows(new_ids)
            return
        self.new_ids.update(new_ids)
        model.forget_panes()
        self._apply_filters(by_key=True)
        self._recount(model)
        if new_ids:
            self.notify(f"{len(new_ids)} new article(s) on the desk (✦).", timeout=4)

    @work(thread=True, exclusive=True, group="recount")
    def _recount(self, model: PagedDeskModel) -> None:
        self._count_desk(model, with_sources=True)

    def action_reread(self) -> None:
        model = self.model
        if not isinstance(model, PagedDeskModel):
            super().action_reread()
            return
        self._reread_paged(model)

    @work(thread=True, exclusive=True, group="reread")
    def _reread_paged(self, model: PagedDeskModel) -> None:
        try:
            model.store.reload()
        except Exception as exc:
            self.app.call_from_thread(self.notify, f"Not read: {exc}", severity="error")
            return
        self.app.call_from_thread(self._reload_rows, ())
        self.app.call_from_thread(self.notify, "Store read again.", timeout=2)

    def action_toggle_new(self) -> None:
        if not self.refuse_paged("w (only what is new)"):
            super().action_toggle_new()

    def short_search(self, text: str) -> None:
        """On a server desk, say once that `/` searches from SEARCH_FROM characters."""
        if self.paged and 0 < len(text.strip()) < SEARCH_FROM and not self._said_short:
            self._said_short = True
            self.notify(
                f"On a server desk the search starts at {SEARCH_FROM} characters.", timeout=4
            )

    _said_short = False

    def loading_row(self, row: Any) -> bool:
        """A row whose page is still being read: say so rather than act on it."""
        if row is not None and not row.id:
            self.notify("That row is still being read from the server.", timeout=2)
            return True
        return False

    def show_reading(self) -> None:
        self.query_one(DetailPane).show_content(
            Content.styled("Reading the rows from the server…", "$text-muted")
        )
