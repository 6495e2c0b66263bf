"""The desk: Sources, Quotes and Numbers panes, the Detail pane, and the reviewer's keys.

The panes own movement and tagging; this screen owns what acts on the store (verdicts,
notes, undo, filters, export, ingest). A single verdict is written on the UI thread (the
store's mark() is an fsync'd append, about a millisecond) so it is durable when it shows;
bulk verdicts, loading, ingest and export run in thread workers.
"""

from __future__ import annotations

import gc
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, cast

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer

from claimdesk.extract.gc_pause import gc_paused
from claimdesk.store.export import format_titles
from claimdesk.store.verdict_states import (
    BY_NAME,
    CONTESTED,
    CONTESTED_GLYPH,
    STATUS_NAMES,
    VERDICT_ORDER,
    VERDICT_STATES,
    glyph_of,
)
from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.claim_table import ClaimTable, Column
from claimdesk.tui.compare_section import ComparisonView, MergeUndo
from claimdesk.tui.desk_footer import DeskFooter
from claimdesk.tui.desk_host import DeskHost
from claimdesk.tui.desk_model import (
    ClaimRow,
    DeskModel,
    Filters,
    SourceView,
)
from claimdesk.tui.detail_pane import WELCOME, DetailPane
from claimdesk.tui.export_dialog import ExportDialog
from claimdesk.tui.first_page import FirstPage, desk_key, launch_page, write_page
from claimdesk.tui.header_bar import HeaderBar
from claimdesk.tui.messages import DeskLoaded
from claimdesk.tui.paged_desk import PagedDesk
from claimdesk.tui.prompt_dialog import PromptDialog
from claimdesk.tui.row_marks import HYPOTHETICAL, KIND_GLYPH, NEW, NOTE
from claimdesk.tui.search_bar import SearchBar
from claimdesk.tui.verdict_actions import VerdictActions

DETAIL_DELAY = 0.04
COMPARE_AUTO_LIMIT = 20_000  # compare outlets after loading up to this many claims
FILTER_CYCLE: tuple[str | None, ...] = (None, *STATUS_NAMES, CONTESTED)


def _status_cell(claim: Any) -> tuple[str, str]:
    """The verdict's glyph in its colour; a contested claim shows ⇄ in that colour."""
    state = BY_NAME.get(claim.status)
    glyph = CONTESTED_GLYPH if claim.contested_with is not None else glyph_of(claim.status)
    return glyph, state.css_class if state is not None else ""


def _new(article_id: str, new: frozenset[str] | set[str]) -> str:
    return NEW if article_id in new else ""


def quote_cells(
    row: ClaimRow, new: frozenset[str] | set[str] = frozenset()
) -> list[tuple[str, str | None]]:
    """A Quotes row; `new`: the ids of the articles new on the desk (marked ✦)."""
    c = row.claim
    kind = "claim-table--quote" if c.kind == "quote" else "claim-table--statement"
    return [
        _status_cell(c),
        (KIND_GLYPH[c.kind] + (NOTE if c.note else "") + _new(c.article_id, new), kind),
        (c.speaker or "—", "claim-table--strong"),
        (c.text, None),
        (row.outlet, "claim-table--dim"),
    ]


def number_cells(
    row: ClaimRow,
    shown: ComparisonView | None = None,
    new: frozenset[str] | set[str] = frozenset(),
) -> list[tuple[str, str | None]]:
    """A Numbers row; `shown`: the comparison that marks the figure and names its group;
    `new`: the ids of the articles new on the desk (marked ✦)."""
    c = row.claim
    mark = shown.figure_mark(c.id) if shown is not None else ""
    return [
        _status_cell(c),
        (
            (HYPOTHETICAL if c.hypothetical else KIND_GLYPH["number"])
            + mark
            + (NOTE if c.note else "")
            + _new(c.article_id, new),
            "claim-table--dim",
        ),
        (row.value_text, "claim-table--strong"),
        (shown.of_what(c) if shown is not None else c.noun or "", None),
        (c.speaker or "—", None),
        (row.outlet, "claim-table--dim"),
    ]


def _source_role(view: SourceView) -> str:
    """The role; an anonymous voice also says which article it speaks in."""
    role = view.source.role or ""
    if not view.where:
        return role
    return f"{role}, in “{view.where}”" if role else f"in “{view.where}”"


def source_cells(
    view: SourceView, new: frozenset[str] | set[str] = frozenset()
) -> list[tuple[str, str | None]]:
    """A Sources row; a source heard in an article new on the desk is marked ✦."""
    n = view.counts
    fresh = any(aid in new for aid in view.source.article_ids or ()) if new else False
    return [
        ((NEW + " " if fresh else "") + view.source.name, "claim-table--strong"),
        (_source_role(view), None),
        (view.outlets, "claim-table--dim"),
        (str(sum(n.values())), None),
        *((str(n.get(s.name, 0)), s.css_class) for s in VERDICT_STATES),
    ]


# Which column says what a row is (the quote; the figure and what it counts; the name)
# keeps a readable width first; speaker, outlet and role give way before it and widen
# when there is room (claim_table.column_widths). Counts and marks never shrink.
QUOTE_COLUMNS = (
    Column("S", 1),
    Column("", 2),
    Column("Speaker", 16, min_width=12, grow=20, priority=1),
    Column("Quote or statement", 24, min_width=20, grow=40, flex=True),
    Column("Outlet", 12, min_width=8, grow=22, priority=2),
)
NUMBER_COLUMNS = (
    Column("S", 1),
    Column("", 3),
    Column("Figure", 12, min_width=10, right=True, grow=26),
    Column("Of what", 12, min_width=8, grow=16, flex=True),
    Column("Speaker", 16, min_width=10, grow=20, priority=1),
    Column("Outlet", 12, min_width=8, grow=22, priority=2),
)
SOURCE_COLUMNS = (
    Column("Source", 18, min_width=14, grow=26),
    Column("Role", 16, min_width=10, flex=True, priority=2),
    Column("Outlets", 14, min_width=8, grow=56, priority=1),
    Column("All", 4, right=True),
    *(Column(s.glyph, 4, right=True) for s in VERDICT_STATES),
)

COUNT_COLUMNS_FROM = 3  # SOURCE_COLUMNS: "All" and a count per verdict state from here on
FIGURE_COLUMN = 2  # NUMBER_COLUMNS: "Figure"
FIGURE_MOST = 26  # cells: a figure longer than this is cut (with an ellipsis)


class DeskScreen(PagedDesk, VerdictActions):
    """The main screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "app.help", "Help", tooltip="every key (this list)", id="help"),
        Binding(
            "q", "app.quit", "Quit", tooltip="quit (every verdict is already saved)", id="quit"
        ),
        *(
            Binding(
                s.key,
                f"mark('{s.name}')",
                s.label,
                show=s.decided,
                tooltip=s.tooltip,
                id=s.label.lower(),  # verify, dispute, dismiss, unreview
            )
            for s in VERDICT_ORDER
        ),
        # priority (like `/`): the editor is pushed while the App routes this key, so the
        # keys typed right behind it go to the editor, not to the table it covers
        Binding(
            "n",
            "note",
            "Note",
            priority=True,
            tooltip="write a note on the claim (multi-line)",
            id="note",
        ),
        Binding(
            "z",
            "undo",
            "Undo",
            tooltip="undo this session's last verdict, note or merge decision (m/M)",
            id="undo",
        ),
        # priority: the search line takes focus while the App routes this key, so the keys
        # queued behind it (fast typing, a paste, a busy moment) are typed, not run as actions
        Binding(
            "slash",
            "search",
            "Search",
            priority=True,
            tooltip="live search: text, speaker, outlet",
            id="search",
        ),
        Binding(
            "f",
            "cycle_filter",
            "Filter",
            tooltip="cycle the status filter (then contested ⇄)",
            id="filter",
        ),
        Binding(
            "w",
            "toggle_new",
            "New",
            show=False,
            tooltip="only what is new on the desk since you last looked (✦), or all again",
            id="new_filter",
        ),
        Binding(
            "r",
            "cycle_reviewer",
            "Reviewer",
            show=False,
            tooltip="only claims decided or noted by: you, then each reviewer, then all",
            id="reviewer_filter",
        ),
        Binding(
            "ctrl+r",
            "reread",
            "Re-read",
            show=False,
            tooltip="read the store again now (others' changes show by themselves)",
            id="reread",
        ),
        Binding(
            "s",
            "limit_source",
            "Source",
            tooltip="limit Quotes and Numbers to the selected source",
            id="limit_source",
        ),
        Binding(
            "a",
            "limit_article",
            "Article",
            show=False,
            tooltip="limit the panes to the selected claim's article",
            id="limit_article",
        ),
        Binding(
            "c",
            "clear_limits",
            "Clear",
            show=False,
            tooltip="clear source, article, status and search limits",
            id="clear_limits",
        ),
        Binding(
            "e", "export", "Export", tooltip=f"export a report ({format_titles()})", id="export"
        ),
        Binding(
            "1",
            "focus_pane('sources')",
            "Sources",
            show=False,
            tooltip="jump to the Sources pane",
            id="pane.sources",
        ),
        Binding(
            "2",
            "focus_pane('quotes')",
            "Quotes",
            show=False,
            tooltip="jump to the Quotes pane",
            id="pane.quotes",
        ),
        Binding(
            "3",
            "focus_pane('numbers')",
            "Numbers",
            show=False,
            tooltip="jump to the Numbers pane",
            id="pane.numbers",
        ),
        Binding(
            "4",
            "focus_pane('detail')",
            "Detail",
            show=False,
            tooltip="jump to the Detail pane",
            id="pane.detail",
        ),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="pane.previous"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.model: DeskModel | None = None
        self.filters = Filters()
        self._claim_pane = "quotes"
        self._detail_timer: Timer | None = None
        self._detail_table: ClaimTable | None = None
        self._detail_row: Any = None  # the row the Detail pane shows
        self._subject_cache: list[Any] | None = None  # see _by_subject
        # (pane, claim id, cursor) after a verdict key marked one claim and moved on
        self._moved_on_from: tuple[str, str, int] | None = None
        # what this session did, oldest first: HistoryEntry.action of each verdict/note
        # (an int) and each merge decision (compare_section.MergeUndo). `z` takes back the
        # last of these only, never what the CLI or a colleague recorded before (QA Q19)
        self._undo_log: list[int | MergeUndo] = []
        self.also_here: list[str] = []  # other reviewers with the desk open now
        self._following = False
        # the articles new on the desk (tui/live_desk.py): one set, shared by the panes
        self.new_ids: set[str] = set()
        self._unannounced: set[str] = set()
        self.only_new = False
        # the first page shown while the desk is read (tui/first_page.py); `model` stays
        # None meanwhile, so every key that needs the desk waits for it
        self.page: FirstPage | None = None
        self._read_at: tuple[Path, list[Any]] | None = None  # the desk's files when read

    @property
    def desk_app(self) -> DeskHost:
        return cast(DeskHost, self.app)

    @property
    def comparison(self) -> ComparisonView:
        """The comparison the App shows (tui/compare_keys.py computes it)."""
        return self.desk_app.comparison

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield HeaderBar(id="header")
        with Horizontal(id="desk"):
            with Vertical(id="lists"):
                sources = ClaimTable(
                    SOURCE_COLUMNS,
                    partial(source_cells, new=self.new_ids),
                    lambda v: v.id,
                    taggable=False,
                    id="sources",
                )
                sources.border_title = "1 Sources"
                yield sources
                quotes = ClaimTable(
                    QUOTE_COLUMNS,
                    partial(quote_cells, new=self.new_ids),
                    lambda r: r.id,
                    id="quotes",
                )
                quotes.border_title = "2 Quotes “ and statements ≈"
                yield quotes
                numbers = ClaimTable(
                    NUMBER_COLUMNS,
                    partial(number_cells, shown=self.comparison, new=self.new_ids),
                    lambda r: r.id,
                    id="numbers",
                )
                numbers.border_title = "3 Numbers"
                yield numbers
            detail = DetailPane(id="detail")
            detail.border_title = "4 Detail"
            yield detail
        yield SearchBar()
        yield DeskFooter()

    def on_mount(self) -> None:
        self.query_one("#quotes", ClaimTable).focus()
        self._update_header()
        self.call_after_refresh(self._first_frame)

    def on_unmount(self) -> None:
        self.keep_page()  # the next launch's first rows, with this session's verdicts

    def _first_frame(self) -> None:
        """The first frame is painted: now read the store (in a worker)."""
        self.desk_app.first_frame_at = time.perf_counter()
        self.load_pages() if self.desk_app.server else self.load()  # a server desk: pages

    def table(self, name: str) -> ClaimTable:
        return self.query_one(f"#{name}", ClaimTable)

    def _update_header(self, busy: str = "") -> None:
        app = self.desk_app
        tagged = len(self.table("quotes").tagged) + len(self.table("numbers").tagged)
        page = self.page if self.model is None else None
        counts = self.model.counts if self.model else page.counts if page else None
        self.query_one(HeaderBar).set_state(
            app.store_label,
            counts,
            filters=" ".join(p for p in (self.filters.describe(), self.new_label()) if p),
            tagged=tagged,
            readonly=app.readonly,
            busy=busy or app.connection_note or ("reading the desk…" if page else ""),
            contested=len(self.model.contested) if self.model else page.contested if page else 0,
            also_here=self.also_here,
        )
        for name in ("sources", "quotes", "numbers"):
            t = self.table(name)
            label = getattr(t.rows, "count_label", None)  # (a server pane: "10,000+")
            subtitle = (label() if label else f"{len(t.rows):,}") if self.model else ""
            if page is not None:
                subtitle = f"{page.totals[name]:,}" if name in page.totals else ""
            if str(t.border_subtitle or "") != subtitle:  # setting it repaints the pane
                t.border_subtitle = subtitle

    # ---------------------------------------------------------------- loading

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Open the store (once) and build the rows, off the UI thread; a first page shows
        meanwhile: the one kept, when still true, else the desk's first claims read apart
        (tui/first_page.py, `launch_page`)."""
        app = self.desk_app
        path = app.store_path if app.store is None and isinstance(app.store_path, Path) else None
        key = desk_key(path) if path is not None else None
        page = launch_page(path, key) if path is not None and key is not None else None
        if page is not None:
            painted = threading.Event()
            self.app.call_from_thread(self._show_page, page, painted)
            # reading the desk holds the GIL for long stretches: let the page paint first
            painted.wait(timeout=2)
        store = app.open_store()
        if store is None:
            self.app.call_from_thread(self._load_failed)
            return
        sources = app.desk_sources(store)  # merged entities already folded when known
        with gc_paused():  # a row object per claim: collections cost as much as the build
            model = DeskModel(store.articles(), sources, store.claims(), build_hays=False)
        self.post_message(DeskLoaded(model))
        if path is not None and key is not None:
            # the next launch's first page, of the desk as read in state `key` (a desk
            # changed since has another key: that page is then never shown)
            write_page(path, key, model, store)
            self._read_at = (path, key)

    def keep_page(self) -> None:
        """On quitting: the first page again, with the verdicts given since the desk was
        read (ours and others'), so that a review session does not cost the next launch
        its page. Only when no article came or went since (the rows are the same): the
        store catches up with the journal first, then the counts are taken again from the
        claims themselves, and the key is the files' state from before that catch-up."""
        store, model = self.desk_app.store, self.model
        if self._read_at is None or store is None or model is None:
            return
        path, read_key = self._read_at
        key = desk_key(path)
        if key[1] != read_key[1] or key[-1] != read_key[-1]:  # store file or segments
            return
        try:
            changes = store.refresh()
        except Exception:  # a page is a cache only
            return
        if changes.reloaded:
            return
        model.recount()
        write_page(path, key, model, store)

    def _show_page(self, page: FirstPage, shown: threading.Event) -> None:
        """The first page's rows and counts, until the desk is read (`_loaded`); `shown`
        is set once they are painted."""
        if self.model is not None or not self.query("#sources"):
            shown.set()
            return
        self.page = page
        for name, rows in (
            ("quotes", page.quotes),
            ("numbers", page.numbers),
            ("sources", page.sources),
        ):
            self.table(name).set_rows(rows)
        self._fit_widths(page.widest_count, page.widest_figure)
        self._update_header()
        self.query_one(DetailPane).show_content(Content.styled("Reading the desk…", "$text-muted"))

        def painted() -> None:
            self.desk_app.page_at = time.perf_counter()
            shown.set()

        self.call_after_refresh(painted)

    @on(DeskLoaded)
    def _desk_loaded(self, event: DeskLoaded) -> None:
        """Show the rows (once they are painted, `_loaded` warms the model in a worker).
        (The message goes on to the App, which compares the outlets.)"""
        self.mark_new_since(event.model, self.desk_app.last_seen)
        self._loaded(event.model)

    @work(thread=True, group="warm")  # not exclusive: a replaced model's warm stops itself
    def _warm(self, model: DeskModel) -> None:
        model.warm_status_cuts()  # after the rows are on screen, so is the search index;
        model.build_hays()  # a search before then builds it on the spot
        model.warm_letters(stop=lambda: self.model is not model)  # first letters (issue 18)

    def action_compare(self) -> None:
        if self.desk_app.store is None or self.model is None or self.refuse_paged("Compare"):
            return
        self.notify("Comparing outlets in the background…", timeout=3)
        self.desk_app.compare_refresh()

    def _load_failed(self) -> None:
        for name in ("sources", "quotes", "numbers"):
            self.table(name).empty_text = "No store open"
            self.table(name).refresh()
        self.query_one(DetailPane).show_content(
            Content(f"Could not open the store.\n\n{self.desk_app.store_error}")
        )
        self._update_header()

    def _loaded(self, model: DeskModel) -> None:
        if not self.query("#sources"):  # the app is closing: a late worker has nothing to show
            return
        self.model = model
        self.page = None
        self.call_after_refresh(self._warm, model)  # any model: a reload, a merge, an ingest
        # a 100k-claim store is ~1M long-lived objects: keep them out of the cyclic GC's
        # full collections, which would otherwise stall a keystroke for a few 100 ms
        gc.freeze()
        for name in ("sources", "quotes", "numbers"):
            self.table(name).empty_text = "Nothing matches — c clears the limits"
        self._fit_columns(model)
        self._apply_filters(by_key=True)
        if model.empty:
            self.query_one(DetailPane).show_content(WELCOME)
            for name in ("sources", "quotes", "numbers"):
                # the Detail pane is beside the lists or, below 100 columns, under them
                self.table(name).empty_text = "No articles yet — see the welcome in 4 Detail"
                self.table(name).refresh()
        if not getattr(model, "paged", False):  # (paged: once the first pages are in)
            self.post_message_loaded()
        self._start_following()

    def _fit_columns(self, model: DeskModel) -> None:
        """Counts and figures are never cut (QA 12.14): the count columns as wide as the
        busiest source's count, the Figure column as its longest figure (up to
        FIGURE_MOST cells; the Detail pane shows any longer one)."""
        if self.new_ids:  # room for the ✦ beside the kind and the note marks
            self.table("quotes").widen_column(1, 3)
            self.table("numbers").widen_column(1, 4)
        most = max((sum(v.counts.values()) for v in model.source_rows), default=0)
        longest = max((cell_len(r.value_text) for r in model.numbers), default=0)
        self._fit_widths(len(str(most)), longest)

    def _fit_widths(self, count_cells: int, figure_cells: int) -> None:
        sources = self.table("sources")
        for i in range(COUNT_COLUMNS_FROM, len(SOURCE_COLUMNS)):
            sources.widen_column(i, count_cells)
        self.table("numbers").widen_column(FIGURE_COLUMN, min(figure_cells, FIGURE_MOST))

    def post_message_loaded(self) -> None:
        """Hook for tests and benchmarks: the rows are in (and painted after this refresh)."""

        def painted() -> None:
            self.desk_app.loaded_at = time.perf_counter()
            self.desk_app.loaded.set()

        self.call_after_refresh(painted)

    # ---------------------------------------------------------------- filters

    def _apply_filters(self, by_key: bool = False) -> None:
        """Show the filtered rows; a pane whose rows did not change is not repainted.

        The Detail pane follows only when the row it would show changed, and then (like a
        cursor move) once the keys rest, so the lists answer the key in the next frame.
        """
        if self.model is None:
            return
        f, model = self.filters, self.model
        numbers = model.filter_claims("numbers", f)
        if self.comparison.by_subject:  # `b`: the figure groups stay together under their titles
            numbers = self._by_subject(numbers)
        for name, rows in (
            ("quotes", self.only_new_rows(model.filter_claims("quotes", f))),
            ("numbers", self.only_new_rows(numbers)),
            ("sources", self.only_new_sources(model.filter_sources(f))),
        ):
            table = self.table(name)
            if (by_key or rows is not table.rows) and not self.held_back(table, rows):
                table.set_rows(rows, by_key=by_key)
        self._update_header()
        self._paint_in_this_frame()
        if by_key:
            self._show_detail()
            return
        table = self.focused if isinstance(self.focused, ClaimTable) else None
        table = table or self.table(self._claim_pane)
        if table.current is not self._detail_row:
            self._schedule_detail(table)

    def _paint_in_this_frame(self) -> None:
        """Hand the lists' and the header's repaints to the screen now, so the frame that
        answers a key (a search letter, `f`) carries them.

        A widget tells the screen it needs painting only once its own message queue goes
        idle, a turn of the event loop later; by then the screen has often painted the
        frame that echoes the typed letter, and the lists wait for the next one or two
        (16.7 ms apart): 25-35 ms of every search key in a real terminal (issue 18)."""
        for widget in (*self.query(ClaimTable), self.query_one(HeaderBar)):
            widget._check_refresh()

    def _by_subject(self, rows: list[ClaimRow]) -> list[ClaimRow]:
        """`rows` (a subset of the model's figures) in the by-subject order. All figures are
        sorted once per model and comparison; a filter keeps its rows in that order, and
        the same rows give the same list, so an unchanged pane is not repainted (re-sorting
        every figure on each key cost 100-250 ms at 100k claims: QA2 R5)."""
        model, shown = self.model, self.comparison
        assert model is not None
        result = shown.result
        cache = self._subject_cache
        if cache is None or cache[0] is not model or cache[1] is not result:
            ordered = sorted(model.numbers, key=lambda r: shown.figure_sort_key(r.claim))
            cache = self._subject_cache = [model, result, ordered, None, None]
        if rows is cache[3]:
            return cache[4]
        if len(rows) == len(cache[2]):  # every figure
            out = cache[2]
        else:
            keep = set(map(id, rows))
            out = [r for r in cache[2] if id(r) in keep]
        cache[3], cache[4] = rows, out
        return out

    def set_status_filter(self, status: str | None) -> None:
        self.filters.status = status
        self._apply_filters()

    def action_cycle_filter(self) -> None:
        # the header says "filter: status=…"; a toast would add a screen-wide layout per key
        i = FILTER_CYCLE.index(self.filters.status)
        self.set_status_filter(FILTER_CYCLE[(i + 1) % len(FILTER_CYCLE)])

    def set_search(self, text: str) -> None:
        self.filters.search = text
        self.short_search(text)  # a server desk searches from the third character
        self._apply_filters()

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        if self.focused is bar:  # "/" typed inside the search line is just a character
            bar.insert_text_at_cursor("/")
            return
        bar.open(self.filters.search)

    @on(SearchBar.Changed)
    def _search_changed(self, event: SearchBar.Changed) -> None:
        """Answer the line as it is now: a key typed while the last one was being answered
        supersedes it (its own Changed follows), so a stale query is never filtered."""
        event.stop()
        if event.value != event.input.value:
            return
        if event.value != self.filters.search:
            self.set_search(event.value)

    @on(SearchBar.Done)
    def _search_done(self, event: SearchBar.Done) -> None:
        if event.cleared:
            self.set_search("")
        self.table(self._claim_pane).focus()

    def limit_to_source(self, source_id: str | None, *, top: bool = False) -> None:
        """Limit Quotes and Numbers to one source; `top`: chosen on the Sources pane, so
        their cursors start at the first row of the source's claims (QA 12.13), not on
        the row number the unlimited list had."""
        if self.model is None:
            return
        view = self.model.source_view(source_id)
        if view is None:
            self.notify("That claim has no known source to limit to.", severity="warning")
            return
        self.filters.source_id = view.id
        self.filters.source_name = view.source.name
        if view.where:  # an anonymous voice: say whose ("officials" of which article)
            where = view.where if len(view.where) <= 30 else view.where[:29] + "…"
            self.filters.source_name += f" in “{where}”"
        self._apply_filters()
        if top:
            for name in ("quotes", "numbers"):
                self.table(name).cursor = 0

    def action_limit_source(self) -> None:
        focused = self.focused
        if isinstance(focused, ClaimTable) and focused.id == "sources":
            if focused.current is not None:
                self.limit_to_source(focused.current.id, top=True)
            return
        row = self._current_claim()
        if row is not None:
            self.limit_to_source(row.source_id)

    def action_limit_article(self) -> None:
        if self.model is None:
            return
        row = self.claim_in_focus()
        if row is None:
            return
        article = self.model.articles.get(row.claim.article_id)
        self.filters.article_id = row.claim.article_id
        self.filters.article_name = (article.title if article else None) or row.outlet
        self._apply_filters()

    def action_clear_limits(self) -> None:
        self.filters = Filters()
        self.only_new = False
        self.query_one(SearchBar).value = ""
        self._apply_filters()

    def jump_to_source(self, source_id: str) -> None:
        table = self.table("sources")
        if self.filters.article_id or self.filters.search:
            self.filters = Filters(status=self.filters.status)
            self._apply_filters()
        for i, view in enumerate(table.rows):
            if view.id == source_id:
                table.cursor = i
                break
        table.focus()

    # ---------------------------------------------------------------- focus

    def action_focus_pane(self, name: str) -> None:
        # set_focus now, not Widget.focus() (deferred a tick): "3G" typed at once must
        # move the Numbers cursor, not the pane that had focus (QA R2)
        self.set_focus(self.query_one(f"#{name}"))

    def _current_claim(self) -> ClaimRow | None:
        return self.table(self._claim_pane).current

    def claim_in_focus(self) -> ClaimRow | None:
        """The claim a claim key (v d x u, n, a, =) acts on: the row under the cursor of
        the Quotes or Numbers pane, only while that pane has focus. From the Sources or
        Detail pane the key refuses and says so, rather than act on a row of a pane the
        reviewer is not looking at (QA 12.3)."""
        focused = self.focused
        if isinstance(focused, ClaimTable) and focused.id in ("quotes", "numbers"):
            return None if self.loading_row(focused.current) else focused.current
        self.notify("Select a quote or number first (2 or 3).", severity="warning")
        return None

    def on_descendant_focus(self, event: Any) -> None:
        widget = event.widget if hasattr(event, "widget") else None
        if isinstance(widget, ClaimTable) and widget.id in ("quotes", "numbers"):
            self._claim_pane = widget.id
        if isinstance(widget, ClaimTable):
            self._show_detail(widget)

    @on(ClaimTable.Highlighted)
    def _highlighted(self, event: ClaimTable.Highlighted) -> None:
        if event.table.has_focus or (
            self.focused is not event.table
            and event.table.id == self._claim_pane
            and not isinstance(self.focused, ClaimTable)
        ):
            self._schedule_detail(event.table)

    def _schedule_detail(self, table: ClaimTable) -> None:
        """Let the Detail pane follow the cursor once it rests for DETAIL_DELAY seconds.

        The row under the cursor repaints at once; the Detail pane (a full repaint) waits
        out key repeat instead of being redrawn for every row passed.
        """
        self._detail_table = table
        if self._detail_timer is None:
            self._detail_timer = self.set_timer(DETAIL_DELAY, self._flush_detail)
        else:
            self._detail_timer.reset()

    def _flush_detail(self) -> None:
        self._detail_timer = None
        table = self._detail_table
        if table is not None and table.current is self._detail_row and table.current is not None:
            return  # the pane already shows this row (the keys came back to it)
        self._show_detail(table)

    @property
    def detail_pending(self) -> bool:
        return self._detail_timer is not None

    @on(ClaimTable.Selected)
    def _selected(self, event: ClaimTable.Selected) -> None:
        if event.table.id == "sources":
            self.limit_to_source(event.row.id, top=True)
            self.table("quotes").focus()
        else:
            self.open_article(event.row)

    @on(ClaimTable.TagsChanged)
    def _tags_changed(self, event: ClaimTable.TagsChanged) -> None:
        self._update_header()

    def _show_detail(self, table: ClaimTable | None = None) -> None:
        if self.model is None:
            return
        detail = self.query_one(DetailPane)
        if self.model.empty:
            return
        if table is None:
            table = self.focused if isinstance(self.focused, ClaimTable) else None
            table = table or self.table(self._claim_pane)
        row = self._detail_row = table.current
        if row is None:
            detail.show_content(Content.styled("Nothing selected.", "$text-muted"))
        elif not row.id:  # a server desk's row whose page is being read
            self.show_reading()
        elif isinstance(row, SourceView):
            detail.show_source(row)
        else:
            store = self.desk_app.store
            source = self.model.source_view(row.source_id)
            try:
                history = store.history(row.id) if store is not None else []
            except Exception:
                history = []
            detail.show_claim(
                row,
                self.model.articles.get(row.claim.article_id),
                source.source if source else None,
                history,
                store,
                sections=self.comparison.sections(),
            )

    def open_article(self, row: ClaimRow) -> None:
        if self.model is None:
            return
        article = self.model.articles.get(row.claim.article_id)
        if article is None:
            self.notify("The article of this claim is not in the store.", severity="warning")
            return
        if getattr(row.claim, "orphaned", False):
            # its offsets are into the body it came from: select nothing in this one (QA2 R18)
            self.notify("This claim is no longer in the article (it changed since).", timeout=4)
            self.app.push_screen(ArticleScreen(article, 0, 0))
            return
        self.app.push_screen(ArticleScreen(article, row.claim.start, row.claim.end))

    # ---------------------------------------------------------------- export / ingest

    def action_export(self) -> None:
        """The export dialog writes the report itself (in its worker) and says where."""
        if self.desk_app.store is None or self.refuse_paged("e (export)", "claimdesk export --db"):
            return
        org = getattr(self.desk_app, "export_org", None)
        self.app.push_screen(ExportDialog(self.filters.status, org=org))

    def action_ingest(self) -> None:
        if self.refuse_paged("Ingest", "claimdesk ingest --db") or not self._writable():
            return

        def chosen(path: str | None) -> None:
            if path:
                self.ingest(path)

        self.app.push_screen(
            PromptDialog("Ingest", "A .txt, .md or .html article to add to the store:"), chosen
        )

    @work(thread=True, exclusive=True, group="write")
    def ingest(self, path: str) -> None:
        self.app.call_from_thread(self._update_header, f"ingesting {Path(path).name}…")
        store = self.desk_app.store
        # (imported here: the extraction pipeline costs a launch ~0.2 s, issue 18)
        from claimdesk.store.ingest import ingest_path

        try:
            result = ingest_path(store, str(Path(path).expanduser()))
        except Exception as exc:
            self.app.call_from_thread(self.notify, f"Ingest failed: {exc}", severity="error")
            self.app.call_from_thread(self._update_header)
            return
        if result.status == "failed":
            self.app.call_from_thread(
                self.notify, f"Ingest failed: {result.error}", severity="error", timeout=8
            )
            self.app.call_from_thread(self._update_header)
            return
        model = DeskModel(store.articles(), store.sources(), store.claims())

        def done() -> None:
            self._loaded(model)
            self.notify(f"Ingested {Path(path).name}: {result.status}, {result.claims} claims.")
            self.desk_app.compare_refresh()  # the new article changes the groups

        self.app.call_from_thread(done)
