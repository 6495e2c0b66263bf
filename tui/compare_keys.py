"""Comparing outlets in the dashboard: keys, palette commands and the background worker.

`CompareActions` is mixed into the App. Once the desk has loaded, it computes the
comparison in a thread worker (store.comparison(), cached on disk), then:
the Detail pane shows "Also reported by", "Figures elsewhere" and "Same person as"
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

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.css.query import NoMatches
from textual.notifications import Notification, Notify

from claimdesk.tui import compare_section

BINDINGS: list[BindingType] = [
    Binding("t", "timeline", "Timeline", tooltip="every dated event of every outlet on one axis"),
    Binding(
        "m", "confirm_merge", "Merge", show=False, tooltip="confirm the selected source's merge"
    ),
    Binding(
        "M",
        "split_merge",
        "Split",
        show=False,
        tooltip="split the selected source out of its merged entity",
    ),
    Binding(
        "equals_sign",
        "group_verdict",
        "Group verdict",
        show=False,
        key_display="=",
        tooltip="give the selected claim's verdict to every outlet's report of it",
    ),
    Binding("b", "group_numbers", "By subject", show=False, tooltip="group Numbers by subject"),
]


def merged_sources(sources: list[Any], result: Any) -> list[Any]:
    """Source rows with each same-entity group folded into one row (every outlet, every
    name), in the order of the first member; rows in no group are unchanged."""
    if result is None:
        return list(sources)
    from claimdesk.store.records import SourceRow

    group_of_name: dict[str, Any] = {}
    group_of_member: dict[str, Any] = {}
    for g in result.of_kind("same-entity"):
        for m in g.members:
            group_of_name.setdefault(m.split("#", 1)[-1].casefold(), g)
            group_of_member.setdefault(m, g)
    merged: dict[str, dict[str, Any]] = {}
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
            acc = merged[g.id] = {
                "id": row.id,
                "name": g.label,
                "kind": row.kind,
                "role": row.role,
                "aliases": [],
                "article_ids": [],
            }
            out.append(g.id)
        acc["role"] = acc["role"] or row.role
        for name in (row.name, *row.aliases, *g.names):
            if name != g.label and name not in acc["aliases"]:
                acc["aliases"].append(name)
        for aid in row.article_ids:
            if aid not in acc["article_ids"]:
                acc["article_ids"].append(aid)
    return [SourceRow(**merged[r]) if isinstance(r, str) else r for r in out]


@dataclass(frozen=True, slots=True)
class MergeUndo:
    """One merge decision of this session, as `z` takes it back: the pairs it changed
    and the decision each had before (None: none)."""

    what: str  # "merge Kim Jong Un = Kim Jung-un", "split Kim Jung-un ≠ Kim Jong Un"
    previous: dict[frozenset[str], bool | None]


def _merge_text(group: Any, name: str | None, confirm: bool) -> str:
    """The merge as the undo message names it: "merge A = B" or "split A ≠ B"."""
    from claimdesk.store.comparison import entity_key

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
    from claimdesk.tui import desk_screen

    return len(store.claims()) > desk_screen.COMPARE_AUTO_LIMIT


class CompareActions:
    """Mixin for the App (see tui/app.py): the comparison keys and worker."""

    COMPARE_BINDINGS: ClassVar[list[BindingType]] = BINDINGS
    _compare_started = False
    _numbers_by_subject = False

    # -- background computation

    def on_mount(self) -> None:
        compare_section.install()
        self.set_interval(0.5, self._compare_when_loaded)  # type: ignore[attr-defined]

    def _compare_when_loaded(self) -> None:
        loaded = getattr(self, "loaded", None)
        if self._compare_started or loaded is None or not loaded.is_set():
            return
        store = getattr(self, "store", None)
        if store is None:
            return
        self._compare_started = True
        if not _big(store):
            self.compare_refresh()
            return
        # a big store: never hold the GIL behind the reviewer's keys unasked; a result
        # cached on disk is shown, else t, m, =, or "Compare outlets again" computes it
        self.run_worker(  # type: ignore[attr-defined]
            lambda: self._show_cached(store), thread=True, group="compare", exclusive=True
        )

    def _show_cached(self, store: Any) -> None:
        try:
            result = store.comparison(compute=False)
        except Exception:
            return
        if result is not None:
            self.call_from_thread(self._compare_ready, result, None, None)  # type: ignore[attr-defined]

    def compare_refresh(self, then: Callable[[Any], None] | None = None) -> None:
        """(Re)compute the comparison in a thread worker, then show it everywhere."""
        store = getattr(self, "store", None)
        if store is None:
            return

        big = _big(store)
        # a big desk is compared in a child process (its memory and CPU are not the
        # dashboard's), for some seconds: say so from when the child starts until it is done
        waiting = Notification(
            "Comparing outlets… (a big desk: this takes a while; keys keep working)",
            "",
            "information",
            3600,
            markup=False,
        )

        def done_waiting() -> None:
            if waiting in self._notifications:  # type: ignore[attr-defined]
                self._unnotify(waiting)  # type: ignore[attr-defined]

        def work() -> None:
            try:
                if big:  # a cached result is read here too, off the UI thread
                    from claimdesk.store.comparison import comparison_in_child

                    result = comparison_in_child(
                        store,
                        starting=lambda: self.post_message(Notify(waiting)),  # type: ignore[attr-defined]
                    )
                else:
                    result = store.comparison()
            except Exception as exc:
                if not self.is_running:  # type: ignore[attr-defined]
                    return  # closing: the child was stopped (store.comparison.stop_children)
                self.call_from_thread(done_waiting)  # type: ignore[attr-defined]
                self.call_from_thread(  # type: ignore[attr-defined]
                    partial(
                        self.notify, f"Comparison failed: {exc}", severity="error", markup=False
                    )
                )
                return
            self.call_from_thread(done_waiting)  # type: ignore[attr-defined]
            model = None
            desk = self._desk()
            if desk is not None and result is not None and result.of_kind("same-entity"):
                from claimdesk.tui.desk_model import DeskModel

                model = DeskModel(
                    store.articles(),
                    merged_sources(store.sources(), result),
                    store.claims(),
                    build_hays=False,
                )
            self.call_from_thread(self._compare_ready, result, model, then)  # type: ignore[attr-defined]
            if model is not None:
                model.build_hays()

        self.run_worker(work, thread=True, group="compare", exclusive=True)  # type: ignore[attr-defined]

    def _compare_ready(self, result: Any, model: Any, then: Callable[[Any], None] | None) -> None:
        compare_section.set_comparison(result)
        desk = self._desk()
        # the worker can finish while the desk is still composing or already closing
        if desk is not None and desk.is_mounted:
            try:
                if model is not None and hasattr(desk, "_loaded"):
                    desk._loaded(model)
                for name in ("sources", "quotes", "numbers"):
                    desk.table(name).refresh_rows()
                if self._numbers_by_subject:
                    self._sort_numbers(desk)
                if hasattr(desk, "_show_detail"):
                    desk._show_detail()
            except NoMatches:
                pass  # no panes (yet, or any more): they read the comparison when drawn
        if then is not None:
            then(result)

    def _desk(self) -> Any:
        from claimdesk.tui.desk_screen import DeskScreen

        for screen in reversed(self.screen_stack):  # type: ignore[attr-defined]
            if isinstance(screen, DeskScreen):
                return screen
        return None

    def _with_comparison(self, then: Callable[[Any], None]) -> None:
        result = compare_section.current()
        if result is not None:
            then(result)
            return
        self.notify("Comparing outlets…", timeout=3)  # type: ignore[attr-defined]
        self.compare_refresh(then)

    # -- keys

    def action_timeline(self) -> None:
        from claimdesk.tui.timeline_screen import TimelineScreen

        if isinstance(self.screen, TimelineScreen):  # type: ignore[attr-defined]
            return
        store = getattr(self, "store", None)
        # the timeline needs dates only: never wait for (or start) the full comparison
        result = compare_section.current()
        events = result.timeline if result is not None else (None if store else [])
        self.push_screen(TimelineScreen(events, store))  # type: ignore[attr-defined]

    def _selected_entity(self, result: Any) -> tuple[Any, str | None] | None:
        """The same-entity group of the selected source (or of the claim's speaker)."""
        desk = self._desk()
        if desk is None or result is None:
            return None
        focused = getattr(desk, "focused", None)
        if getattr(focused, "id", None) == "sources" and focused.current is not None:
            src = focused.current.source
            for name in (src.name, *src.aliases):
                g = compare_section.entity_for(result, None, name)
                if g is not None:
                    # a merged row stands for the whole group: split it all
                    return g, (None if name == g.label and src.aliases else name)
            return None
        row = desk._current_claim() if hasattr(desk, "_current_claim") else None
        if row is None or not row.claim.speaker:
            return None
        g = compare_section.entity_for(result, row.claim.article_id, row.claim.speaker)
        return (g, row.claim.speaker) if g is not None else None

    def _merge(self, confirm: bool) -> None:
        if getattr(self, "readonly", False) or getattr(self, "store", None) is None:
            self.notify("The store is open read-only; merges are off.", severity="warning")  # type: ignore[attr-defined]
            return
        from claimdesk.store import comparison as cmp

        def act(result: Any) -> None:
            found = self._selected_entity(result)
            if found is None:
                self.notify(  # type: ignore[attr-defined]
                    "No suggested merge here: select a source that another outlet names too.",
                    severity="warning",
                )
                return
            group, name = found
            store: Any = self.store  # type: ignore[attr-defined]
            try:
                before = cmp.standing_decisions(store)
                if confirm:
                    n = cmp.confirm_merge(store, group, source_name=name)
                else:
                    n = cmp.split_merge(store, group, source_name=name)
                after = cmp.standing_decisions(store) if n else before
            except Exception as exc:
                self.notify(f"Not saved: {exc}", severity="error")  # type: ignore[attr-defined]
                return
            if not n:  # every name normalises to one key: there is no pair to decide (Q20)
                verb = "confirm" if confirm else "split"
                self.notify(f"{group.label}: already one name — nothing to {verb}.")  # type: ignore[attr-defined]
                return
            changed = {
                p: before.get(p)
                for p, same in after.items()
                if p not in before or before[p] != same
            }
            desk = self._desk()
            if changed and desk is not None and hasattr(desk, "remember_undo"):
                desk.remember_undo(MergeUndo(_merge_text(group, name, confirm), changed))
            what = "confirmed as one" if confirm else f"split: {name or 'every name'} apart"
            self.notify(f"{group.label}: {what}.")  # type: ignore[attr-defined]
            self.compare_refresh()

        self._with_comparison(act)

    def undo_merge(self, record: MergeUndo) -> bool:
        """Take back a merge decision of this session (for the desk's `z`): append the
        decisions that stood before it, durably, then compare again."""
        from claimdesk.store import comparison as cmp

        try:
            cmp.restore_decisions(self.store, record.previous)  # type: ignore[attr-defined]
        except Exception as exc:
            self.notify(f"Undo failed: {exc}", severity="error")  # type: ignore[attr-defined]
            return False
        self.notify(f"Undone: {record.what}.")  # type: ignore[attr-defined]
        self.compare_refresh()
        return True

    def action_confirm_merge(self) -> None:
        self._merge(True)

    def action_split_merge(self) -> None:
        self._merge(False)

    def action_group_verdict(self) -> None:
        desk = self._desk()
        store = getattr(self, "store", None)
        if desk is None or desk.model is None:
            return
        if getattr(self, "readonly", False) or store is None:
            self.notify("The store is open read-only; verdicts are off.", severity="warning")  # type: ignore[attr-defined]
            return

        def act(result: Any) -> None:
            quotes, numbers = desk.table("quotes"), desk.table("numbers")
            tagged = quotes.tagged | numbers.tagged
            if tagged:  # tag-then-act: the groups of the tagged rows the filter shows
                rows = [r for r in (*quotes.rows, *numbers.rows) if r.id in tagged]
                quotes.clear_tags()
                numbers.clear_tags()
            else:
                row = desk._current_claim()
                if row is not None and row.claim.status == "unreviewed":
                    # `v` moved the cursor on: `=` right after it means the claim just marked
                    just = desk.just_marked() if hasattr(desk, "just_marked") else None
                    row = just if just is not None else row
                rows = [row] if row is not None else []
            by_status: dict[str, list[str]] = {}
            judged = False
            for row in rows:
                status = row.claim.status
                if status == "unreviewed":
                    continue
                judged = True
                for g in result.for_member(row.id, "same-claim"):
                    by_status.setdefault(status, []).extend(m for m in g.members if m != row.id)
            if not by_status:
                self.notify(  # type: ignore[attr-defined]
                    "No other outlet reports this claim; nothing to apply."
                    if judged
                    else "Give the claim a verdict first (v, d, x); = then gives it to every "
                    "outlet's report of the same claim.",
                    severity="warning",
                )
                return
            entries = []
            try:
                for status, ids in by_status.items():
                    entries += store.mark(sorted(set(ids)), status)
            except Exception as exc:
                self.notify(f"Not saved: {exc}", severity="error")  # type: ignore[attr-defined]
                return
            desk._apply_entries(entries)
            if len(rows) == 1:
                text = " ".join(rows[0].claim.text.split())
                shown = f"“{text[:39]}…”" if len(text) > 40 else f"“{text}”"
                status = rows[0].claim.status
                msg = f"Group verdict of {shown}: {len(entries)} more claim(s) marked {status}."
            else:
                msg = f"Group verdict: {len(entries)} more claim(s) marked."
            self.notify(msg)  # type: ignore[attr-defined]

        self._with_comparison(act)

    def _sort_numbers(self, desk: Any) -> None:
        """Numbers by subject: each figure group together under a title line (Q27)."""
        table = desk.table("numbers")
        table.set_rows(sorted(table.rows, key=lambda r: compare_section.figure_sort_key(r.claim)))
        table.set_sections(lambda r: compare_section.figure_section(r.claim))

    def action_group_numbers(self) -> None:
        desk = self._desk()
        if desk is None or desk.model is None:
            return
        self._numbers_by_subject = not self._numbers_by_subject
        compare_section.set_by_subject(self._numbers_by_subject)
        if self._numbers_by_subject:
            self._with_comparison(lambda _r: self._sort_numbers(desk))
            self.notify("Numbers grouped by subject (b again: store order).", timeout=3)  # type: ignore[attr-defined]
        else:
            desk.table("numbers").set_sections(None)
            desk._apply_filters()


class CompareCommands(Provider):
    """Palette entries for comparing outlets."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: Any = self.app
        if not isinstance(app, CompareActions):
            return []
        return [
            ("Timeline", "every dated event of every outlet on one axis", app.action_timeline),
            (
                "Confirm merge",
                "the selected source is one entity across outlets",
                partial(app._merge, True),
            ),
            ("Split merge", "the selected source is not the others", partial(app._merge, False)),
            (
                "Group verdict",
                "give the selected claim's verdict to its group",
                app.action_group_verdict,
            ),
            ("Numbers by subject", "group the Numbers pane by subject", app.action_group_numbers),
            ("Compare outlets again", "recompute the comparison", app.compare_refresh),
        ]

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score, offsets = matcher.fuzzy_search.match(query, title)
            if score > 0:
                shown = Content(title)
                for offset in offsets:
                    shown = shown.stylize("bold $text-accent", offset, offset + 1)
                yield Hit(score, shown, callback, text=title, help=help_text)
