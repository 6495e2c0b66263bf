"""Comparing outlets in the dashboard: keys, palette commands and the background worker.

`CompareActions` is the App's comparison (tui/app.py's ClaimdeskApp is one): it owns
the store's StoreComparison (the result kept in memory, the child processes computing
it) and the ComparisonView the panes read. When the desk has loaded (`DeskLoaded`), it
computes the comparison in a thread worker, which posts `ComparisonReady`; then the
Detail pane shows "Also reported by", "Figures elsewhere" and "Same person as"
(tui/compare_section.py), the Sources pane lists a merged entity once with every outlet
that cites it, and the Numbers pane marks figures (≠ conflict, = agrees, ≡ reported
elsewhere).

Stores above tui.desk_screen.COMPARE_AUTO_LIMIT claims are not compared unasked: a cached
result is shown, and any comparison key computes it, in a child process
(store/compare_child.py), so that the comparison's working memory is not the dashboard's
and its CPU never holds the GIL behind a keystroke.

Keys: t timeline, m confirm the selected source's merge, M split it out, = give the
selected claim's verdict to its whole same-claim group (tagged rows: each tagged row's
group), b numbers grouped by subject.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.notifications import Notification, Notify

from claimdesk.extract.compare import Comparison, Group, entity_key
from claimdesk.store import comparison as cmp
from claimdesk.store.comparison import StoreComparison
from claimdesk.store.source_rows import RowBuilder
from claimdesk.tui import desk_screen
from claimdesk.tui.claim_table import ClaimTable
from claimdesk.tui.commands import Command, ListedCommands
from claimdesk.tui.compare_section import ComparisonView, MergeUndo, entity_for
from claimdesk.tui.desk_model import ClaimRow, DeskModel
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.group_verdict_dialog import ALL, GroupChange, GroupVerdictDialog
from claimdesk.tui.messages import ComparisonFailed, ComparisonReady, DeskLoaded
from claimdesk.tui.timeline_screen import TimelineScreen

__all__ = ["BINDINGS", "CompareActions", "CompareCommands", "MergeUndo", "merged_sources"]

BINDINGS: tuple[BindingType, ...] = (
    Binding(
        "t",
        "timeline",
        "Timeline",
        tooltip="every dated event of every outlet on one axis",
        id="compare.timeline",
    ),
    Binding(
        "m",
        "confirm_merge",
        "Merge",
        show=False,
        tooltip="confirm the selected source's merge",
        id="compare.confirm_merge",
    ),
    Binding(
        "M",
        "split_merge",
        "Split",
        show=False,
        tooltip="split the selected source out of its merged entity",
        id="compare.split_merge",
    ),
    Binding(
        "equals_sign",
        "group_verdict",
        "Group verdict",
        show=False,
        key_display="=",
        tooltip="give the selected claim's verdict to every outlet's report of it",
        id="compare.group_verdict",
    ),
    Binding(
        "b",
        "group_numbers",
        "By subject",
        show=False,
        tooltip="group Numbers by subject",
        id="compare.group_numbers",
    ),
)


QUICK_COMPARE = 2_000
"""Claims: a desk this small is compared (some ms) before its first rows are shown."""


def merged_sources(sources: list[Any], result: Any) -> list[Any]:
    """Source rows with each same-entity group folded into one row (every outlet, every
    name), in the order of the first member; rows in no group are unchanged."""
    if result is None:
        return list(sources)
    group_of_name: dict[str, Any] = {}
    group_of_member: dict[str, Any] = {}
    for g in result.of_kind("same-entity"):
        for m in g.members:
            group_of_name.setdefault(m.split("#", 1)[-1].casefold(), g)
            group_of_member.setdefault(m, g)
    merged: dict[str, RowBuilder] = {}
    out: list[Any] = []
    for row in sources:
        if row.kind == "anonymous":  # one article's voice: only its own member id joins
            g = next(
                (
                    group_of_member[m]
                    for m in (f"{aid}#{row.name}" for aid in row.article_ids)
                    if m in group_of_member
                ),
                None,
            )
        else:
            g = group_of_name.get(row.name.casefold())
        if g is None:
            out.append(row)
            continue
        acc = merged.get(g.id)
        if acc is None:
            acc = merged[g.id] = RowBuilder(row.id, g.label, row.kind, row.role)
            out.append(g.id)
        acc.add_role(row.role)
        acc.add_aliases((row.name, *row.aliases, *g.names))
        for aid in row.article_ids:
            acc.add_article(aid)
    return [merged[r].row() if isinstance(r, str) else r for r in out]


def _merge_text(group: Group, name: str | None, confirm: bool) -> str:
    """The merge as the undo message names it: "merge A = B" or "split A ≠ B"."""
    names: dict[str, str] = {}  # one name per entity key (decisions are kept by key)
    for n in (name, group.label, *group.names):
        if not n:
            continue
        key = next((k for k in (entity_key(n, "person"), entity_key(n, "organization"))
                    if k in group.keys), None)  # fmt: skip
        if key is not None or n in (name, group.label):
            names.setdefault(key or n, n)
    shown = f" {'=' if confirm else '≠'} ".join(list(names.values())[:2])
    if len(names) > 2:
        shown += f" (+{len(names) - 2} more)"
    return f"{'merge' if confirm else 'split'} {shown}"


def _big(store: Any) -> bool:
    """Above tui.desk_screen.COMPARE_AUTO_LIMIT claims: never compared unasked, and
    compared in a child process when asked."""
    return len(store.claims()) > desk_screen.COMPARE_AUTO_LIMIT


def _waiting_notice() -> Notification:
    """Said from when a big desk's child starts until its comparison is shown."""
    return Notification(
        "Comparing outlets… (a big desk: this takes a while; keys keep working)",
        "",
        "information",
        3600,
        markup=False,
    )


class CompareActions(App[None]):
    """The App's comparison: its state, its keys and its worker (see tui/app.py)."""

    COMPARE_BINDINGS: ClassVar[tuple[BindingType, ...]] = BINDINGS
    store: Any  # set by the App when it opens the store (tui/app.py)
    reviewer: str  # whose decisions these are (the App's --reviewer or default)
    readonly: bool
    loaded: threading.Event

    def __init__(self) -> None:
        super().__init__()
        self.comparison = ComparisonView()
        self.store_comparison: StoreComparison | None = None

    # -- background computation

    def _comparer(self) -> StoreComparison | None:
        """The open store's comparison (one per store: its cache and children)."""
        store = self.store
        if store is None or getattr(store, "paged", False):  # a server desk: `compare`
            return None
        if self.store_comparison is None or self.store_comparison.store is not store:
            self.store_comparison = StoreComparison(store)
        return self.store_comparison

    @on(DeskLoaded)
    def _desk_loaded(self, event: DeskLoaded) -> None:
        """The rows are in: compare the outlets once they are painted."""
        self.call_after_refresh(self._compare_when_loaded)

    def _compare_when_loaded(self) -> None:
        comparer = self._comparer()
        if comparer is None:
            return
        if not _big(comparer.store):
            self.compare_refresh()
            return
        # a big store: never hold the GIL behind the reviewer's keys unasked; a result
        # cached on disk is shown, else t, m, =, or "Compare outlets again" computes it.
        # Its own group: a comparison asked for in the same moment is never cancelled by it
        self.run_worker(
            partial(self._show_cached, comparer),
            thread=True,
            group="compare-cached",
            exclusive=True,
        )

    def _show_cached(self, comparer: StoreComparison) -> None:
        try:
            result = comparer.comparison(compute=False)
        except Exception:
            return
        if result is not None and self.comparison.result is None:
            self.post_message(ComparisonReady(result))

    def compare_refresh(self, then: Callable[[Comparison], Any] | None = None) -> None:
        """(Re)compute the comparison in a thread worker, then show it everywhere."""
        comparer = self._comparer()
        if comparer is None:
            return
        self.run_worker(
            partial(self._compare_work, comparer, _big(comparer.store), then),
            thread=True,
            group="compare",
            exclusive=True,
        )

    def _compare_work(
        self,
        comparer: StoreComparison,
        big: bool,
        then: Callable[[Comparison], Any] | None,
    ) -> None:
        """The worker: compare (a big desk in a child process), post what it found."""
        # a big desk is compared in a child process (its memory and CPU are not the
        # dashboard's), for some seconds: say so from when the child starts until it is done
        waiting = _waiting_notice() if big else None
        store = comparer.store
        try:
            if waiting is not None:  # a cached result is read here too, off the UI thread
                notice = waiting
                result: Comparison | None = comparer.in_child(
                    starting=lambda: self.post_message(Notify(notice))
                )
            else:
                result = comparer.comparison()
        except Exception as exc:
            if self.is_running:  # else closing: the child was stopped (stop_children)
                self.post_message(ComparisonFailed(str(exc), waiting))
            return
        model = None
        if result is not None and result.of_kind("same-entity"):
            model = DeskModel(
                store.articles(),
                merged_sources(store.sources(), result),
                store.claims(),
                build_hays=False,
            )
        self.post_message(ComparisonReady(result, model, waiting, then))
        if model is not None:
            model.build_hays()

    def desk_sources(self, store: Any) -> list[Any]:
        """The store's sources as the desk first lists them (called by the loading
        worker): with the comparison already known, or quick to compute on a small desk,
        each merged entity is one row from the start, so the Sources pane shows its final
        order at once instead of re-sorting under the cursor a moment later (QA 12.12)."""
        sources = store.sources()
        comparer = self._comparer()
        if comparer is None:
            return sources
        try:
            quick = len(store.claims()) <= QUICK_COMPARE and not _big(store)
            result = comparer.comparison(compute=quick)
        except Exception:
            return sources  # the worker after the first rows says what went wrong
        if result is None or not result.of_kind("same-entity"):
            return sources
        return merged_sources(sources, result)

    def _take_down(self, waiting: Notification | None) -> None:
        if waiting is not None and waiting in self._notifications:
            self._unnotify(waiting)

    @on(ComparisonFailed)
    def _comparison_failed(self, event: ComparisonFailed) -> None:
        self._take_down(event.waiting)
        self.notify(f"Comparison failed: {event.error}", severity="error", markup=False)

    @on(ComparisonReady)
    def _comparison_ready(self, event: ComparisonReady) -> None:
        self._take_down(event.waiting)
        self.comparison.set(event.result)
        desk = self._desk()
        # the worker can finish while the desk is still composing or already closing
        if desk is not None and desk.is_mounted:
            try:
                if event.model is not None:
                    desk._loaded(event.model)
                for name in ("sources", "quotes", "numbers"):
                    desk.table(name).refresh_rows()
                if self.comparison.by_subject:
                    self._sort_numbers(desk)
                desk._show_detail()
            except NoMatches:
                pass  # no panes (yet, or any more): they read the comparison when drawn
        if event.then is not None and event.result is not None:
            event.then(event.result)

    def _desk(self) -> DeskScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, DeskScreen):
                return screen
        return None

    def paged_refusal(self) -> bool:
        """A server desk (read in pages): the comparison is `claimdesk compare --db`'s."""
        if not getattr(self.store, "paged", False):
            return False
        self.notify(
            "Comparing outlets (t, m, M, =, b): not on a server desk in the dashboard yet"
            " (it would read the whole desk); claimdesk compare --db gives it.",
            timeout=6,
        )
        return True

    def _with_comparison(self, then: Callable[[Comparison], Any]) -> None:
        if self.paged_refusal():
            return
        result = self.comparison.result
        if result is not None:
            then(result)
            return
        self.notify("Comparing outlets…", timeout=3)
        self.compare_refresh(then)

    def stop_comparing(self) -> None:
        """Stop a comparison still running in a child (the App calls this as it closes,
        before the store's lock is let go)."""
        if self.store_comparison is not None:
            self.store_comparison.stop_children()

    # -- keys

    def action_timeline(self) -> None:
        if isinstance(self.screen, TimelineScreen) or self.paged_refusal():
            return
        store = self.store
        # the timeline needs dates only: never wait for (or start) the full comparison
        result = self.comparison.result
        events = result.timeline if result is not None else (None if store else [])
        self.push_screen(TimelineScreen(events, store))

    def _selected_entity(self, result: Comparison) -> tuple[Group, str | None] | None:
        """The same-entity group of the selected source (or of the claim's speaker)."""
        desk = self._desk()
        if desk is None:
            return None
        focused = desk.focused
        if isinstance(focused, ClaimTable) and focused.id == "sources":
            if focused.current is None:
                return None
            src = focused.current.source
            for name in (src.name, *src.aliases):
                g = entity_for(result, None, name)
                if g is not None:
                    # a merged row stands for the whole group: split it all
                    return g, (None if name == g.label and src.aliases else name)
            return None
        row = desk._current_claim()
        if row is None or not row.claim.speaker:
            return None
        g = entity_for(result, row.claim.article_id, row.claim.speaker)
        return (g, row.claim.speaker) if g is not None else None

    def _merge(self, confirm: bool) -> None:
        if self.readonly or self.store is None:
            self.notify("The store is open read-only; merges are off.", severity="warning")
            return

        def act(result: Comparison) -> None:
            found = self._selected_entity(result)
            if found is None:
                self.notify(
                    "No suggested merge here: select a source that another outlet names too.",
                    severity="warning",
                )
                return
            group, name = found
            store = self.store
            try:
                before = cmp.standing_decisions(store)
                if confirm:
                    n = cmp.confirm_merge(store, group, source_name=name, reviewer=self.reviewer)
                else:
                    n = cmp.split_merge(store, group, source_name=name, reviewer=self.reviewer)
                after = cmp.standing_decisions(store) if n else before
            except Exception as exc:
                self.notify(f"Not saved: {exc}", severity="error")
                return
            if not n:  # every name normalises to one key: there is no pair to decide (Q20)
                verb = "confirm" if confirm else "split"
                self.notify(f"{group.label}: already one name — nothing to {verb}.")
                return
            changed = {
                p: before.get(p)
                for p, same in after.items()
                if p not in before or before[p] != same
            }
            desk = self._desk()
            if changed and desk is not None:
                desk.remember_undo(MergeUndo(_merge_text(group, name, confirm), changed))
            what = "confirmed as one" if confirm else f"split: {name or 'every name'} apart"
            self.notify(f"{group.label}: {what}.")
            self.compare_refresh()

        self._with_comparison(act)

    def undo_merge(self, record: MergeUndo) -> bool:
        """Take back a merge decision of this session (for the desk's `z`): append the
        decisions that stood before it, durably, then compare again."""
        try:
            cmp.restore_decisions(self.store, record.previous, reviewer=self.reviewer)
        except Exception as exc:
            self.notify(f"Undo failed: {exc}", severity="error")
            return False
        self.notify(f"Undone: {record.what}.")
        self.compare_refresh()
        return True

    def action_confirm_merge(self) -> None:
        self._merge(True)

    def action_split_merge(self) -> None:
        self._merge(False)

    def action_group_verdict(self) -> None:
        desk = self._desk()
        store = self.store
        if desk is None or desk.model is None:
            return
        if self.readonly or store is None:
            self.notify("The store is open read-only; verdicts are off.", severity="warning")
            return

        def act(result: Comparison) -> None:
            quotes, numbers = desk.table("quotes"), desk.table("numbers")
            tagged = quotes.tagged | numbers.tagged
            rows: list[ClaimRow]
            if tagged:  # tag-then-act: the groups of the tagged rows the filter shows
                rows = [r for r in (*quotes.rows, *numbers.rows) if r.id in tagged]
            else:
                row = desk.claim_in_focus()
                if row is None:
                    return
                if row.claim.status == "unreviewed":
                    # `v` moved the cursor on: `=` right after it means the claim just marked
                    just = desk.just_marked()
                    row = just if just is not None else row
                rows = [row]
            changes = self._group_changes(desk, result, rows)
            if changes is None:
                self.notify(
                    "Give the claim a verdict first (v, d, x); = then gives it to every "
                    "outlet's report of the same claim.",
                    severity="warning",
                )
                return
            if not changes:
                self.notify(
                    "No other outlet reports this claim with another verdict; nothing to apply."
                )
                return
            if len(rows) == 1:
                text = " ".join(rows[0].claim.text.split())
                what = f"“{text[:39]}…”" if len(text) > 40 else f"“{text}”"
                what += f" ({rows[0].claim.status})"
            else:
                what = f"{len(rows)} tagged claims"

            def chosen(which: str | None) -> None:
                if which is None:
                    return
                if tagged:
                    quotes.clear_tags()
                    numbers.clear_tags()
                self._apply_group(desk, what, changes, which)

            self.push_screen(GroupVerdictDialog(what, changes), chosen)

        self._with_comparison(act)

    def _group_changes(
        self, desk: DeskScreen, result: Comparison, rows: list[ClaimRow]
    ) -> list[GroupChange] | None:
        """What a group verdict on `rows` would change: every other report of the same
        claim (store/comparison.py verdict_peers) not yet in the row's state. None when no
        row has a verdict to give."""
        model = desk.model
        assert model is not None

        def claim_of(cid: str) -> Any:
            row = model.rows_by_id.get(cid)
            return row.claim if row is not None else None

        judged = [r for r in rows if r.claim.status != "unreviewed"]
        if not judged:
            return None
        chosen = {r.id for r in judged}
        out: dict[str, GroupChange] = {}
        for row in judged:
            for other in cmp.verdict_peers(result, row.claim, claim_of):
                if other.id in chosen or other.id in out or other.status == row.claim.status:
                    continue
                peer = model.rows_by_id[other.id]
                shown = (
                    f"{peer.value_text} {other.noun or ''}".strip()
                    if other.kind == "number"
                    else other.text
                )
                out[other.id] = GroupChange(other, peer.outlet, row.claim.status, shown)
        return list(out.values())

    def _apply_group(
        self, desk: DeskScreen, what: str, changes: list[GroupChange], which: str
    ) -> None:
        """Write the chosen changes as one action (one `z` takes them all back)."""
        if which != ALL:
            changes = [c for c in changes if not c.decided]
        if not changes:
            self.notify("Nothing changed: every report listed already had a verdict.")
            return
        states = [(c.claim.id, c.to_status, c.claim.note) for c in changes]
        try:
            entries = self.store.apply_states(states, reviewer=self.reviewer)
        except Exception as exc:
            self.notify(f"Not saved: {exc}", severity="error")
            return
        desk._apply_entries(entries)
        statuses = sorted({c.to_status for c in changes})
        self.notify(
            f"Group verdict of {what}: {len(entries)} more claim(s) marked {', '.join(statuses)}."
        )

    def _sort_numbers(self, desk: DeskScreen) -> None:
        """Numbers by subject: each figure group together under a title line (Q27)."""
        table = desk.table("numbers")
        shown = self.comparison
        table.set_rows(sorted(table.rows, key=lambda r: shown.figure_sort_key(r.claim)))
        table.set_sections(lambda r: shown.figure_section(r.claim))

    def action_group_numbers(self) -> None:
        desk = self._desk()
        if desk is None or desk.model is None or self.paged_refusal():
            return
        shown = self.comparison
        shown.by_subject = not shown.by_subject
        if shown.by_subject:
            self._with_comparison(lambda _r: self._sort_numbers(desk))
            self.notify("Numbers grouped by subject (b again: store order).", timeout=3)
        else:
            desk.table("numbers").set_sections(None)
            desk._apply_filters()


class CompareCommands(ListedCommands):
    """Palette entries for comparing outlets."""

    def commands(self) -> list[Command]:
        app = self.app
        if not isinstance(app, CompareActions):
            return []
        return [
            (
                "Timeline",
                "every dated event of every outlet on one axis",
                app.action_timeline,
                True,
            ),
            (
                "Confirm merge",
                "the selected source is one entity across outlets",
                app.action_confirm_merge,
                True,
            ),
            (
                "Split merge",
                "the selected source is not the others",
                app.action_split_merge,
                True,
            ),
            (
                "Group verdict",
                "give the selected claim's verdict to its group",
                app.action_group_verdict,
                True,
            ),
            (
                "Numbers by subject",
                "group the Numbers pane by subject",
                app.action_group_numbers,
                True,
            ),
            ("Compare outlets again", "recompute the comparison", app.compare_refresh, True),
        ]
