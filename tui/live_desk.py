"""The desk screen's part in the live desk: others' verdicts, notes, undos and new articles
shown as they arrive, who else is here, the reviewer filter, and what is new on the desk.

New on the desk: the articles ingested since the reviewer last left this desk (the App
reads the stamp, store/last_seen.py) and those that arrive while it is open (the follow
thread's `DeskChanges.new_articles`). Their rows carry the ✦ mark (tui/row_marks.py);
`w` shows only them. A reload keeps the cursor on its claim (ClaimTable.set_rows).

A base class of DeskScreen (tui/desk_screen.py), which holds the panes and the model; the
App's follow thread (tui/desk_follow.py) posts the messages handled here.
"""

from __future__ import annotations

from textual import on, work

from claimdesk.tui.desk_model import ClaimRow, DeskModel, SourceView
from claimdesk.tui.desk_parts import DeskParts
from claimdesk.tui.messages import DeskChanged, DeskReloaded, PresenceChanged


class LiveDesk(DeskParts):
    """What changes on the desk without a key pressed here."""

    also_here: list[str]
    _following: bool
    new_ids: set[str]
    _unannounced: set[str]  # arrived, not yet shown by a reload
    only_new: bool

    def _start_following(self) -> None:
        if not self._following:
            self._following = True
            self.desk_app.follow_desk()

    @on(DeskChanged)
    def _desk_changed(self, event: DeskChanged) -> None:
        """Others' verdicts, notes and undos (the store has them in memory already): the
        counts and the rows they touch, with the cursor, tags, filters and search kept."""
        changes = event.changes
        if changes is not None and changes.reloaded:
            self._reload_rows(tuple(changes.new_articles))
        elif changes is not None and changes.entries and self.model is not None:
            self.model.apply(changes.entries)
            for name in ("sources", "quotes", "numbers"):
                self.table(name).refresh_rows()
            self._update_header()
            shown = self._detail_row
            if shown is not None and any(e.claim_id == shown.id for e in changes.entries):
                self._show_detail()
        if event.merges_changed:
            self.desk_app.compare_refresh()

    @on(PresenceChanged)
    def _presence_changed(self, event: PresenceChanged) -> None:
        self.also_here = event.names
        self._update_header()

    def _reload_rows(self, new_ids: tuple[str, ...] = ()) -> None:
        """The rows again after another process published articles. The new ids wait here,
        on the UI thread, until a reload shows them: a later reload replaces an earlier one
        still reading (a compaction right after an ingest), and must not drop its news."""
        self._unannounced.update(new_ids)
        self._read_rows()

    @work(thread=True, exclusive=True, group="load")
    def _read_rows(self) -> None:
        """The desk's rows read off the UI thread."""
        store = self.desk_app.store
        if store is None:
            return
        model = DeskModel(store.articles(), store.sources(), store.claims())
        self.post_message(DeskReloaded(model))

    @on(DeskReloaded)
    def _desk_reloaded(self, event: DeskReloaded) -> None:
        arrived = {aid for aid in self._unannounced if aid in event.model.articles}
        self._unannounced -= arrived
        self.new_ids.update(arrived)
        self._loaded(event.model)
        if arrived:
            self.notify(
                f"{len(arrived)} new article(s) on the desk (✦; w shows only them).",
                timeout=4,
            )
        self.desk_app.compare_refresh()  # the new articles change the groups

    def action_reread(self) -> None:
        """Read the store again now: others' changes, or (read-only) the store as it is."""
        store = self.desk_app.store
        if store is None:
            return
        self._reread()

    @work(thread=True, exclusive=True, group="reread")
    def _reread(self) -> None:
        store = self.desk_app.store
        store.reload()
        model = DeskModel(store.articles(), store.sources(), store.claims())
        self.post_message(DeskReloaded(model))
        self.app.call_from_thread(self.notify, "Store read again.", timeout=2)

    def action_cycle_reviewer(self) -> None:
        """All claims -> yours -> each other reviewer's -> all again."""
        if self.model is None:
            return
        me = self.desk_app.reviewer
        order: list[str | None] = [None, me, *(r for r in self.model.reviewers() if r != me)]
        i = order.index(self.filters.reviewer) if self.filters.reviewer in order else 0
        self.set_reviewer_filter(order[(i + 1) % len(order)])

    def set_reviewer_filter(self, reviewer: str | None) -> None:
        self.filters.reviewer = reviewer
        self._apply_filters()

    # ---------------------------------------------------------------- new on the desk

    def mark_new_since(self, model: DeskModel, stamp: str | None) -> None:
        """The articles ingested after `stamp` (the reviewer's last look) are new."""
        if stamp:
            self.new_ids.update(
                aid for aid, art in model.articles.items() if (art.ingested_at or "") > stamp
            )

    def new_label(self) -> str:
        return f"new✦{len(self.new_ids)}" if self.only_new else ""

    def only_new_rows(self, rows: list[ClaimRow]) -> list[ClaimRow]:
        if not self.only_new:
            return rows
        new = self.new_ids
        return [r for r in rows if r.claim.article_id in new]

    def only_new_sources(self, rows: list[SourceView]) -> list[SourceView]:
        if not self.only_new:
            return rows
        new = self.new_ids
        return [v for v in rows if any(a in new for a in v.source.article_ids or ())]

    def action_toggle_new(self) -> None:
        """Only what is new on the desk since you last looked (✦), or everything again."""
        if not self.new_ids and not self.only_new:
            self.notify("Nothing new on the desk since you last looked.", timeout=3)
            return
        self.only_new = not self.only_new
        self._apply_filters()
