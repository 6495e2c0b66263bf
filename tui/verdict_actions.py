"""The desk screen's verdict keys: v d x u (one claim, or the tagged rows shown), n for a
note, z to take back this session's own last change.

A single verdict is written on the UI thread (the store's mark() is one fsync'd journal
append under a short lock, about a millisecond) so it is durable when it shows; a bulk
verdict runs in a thread worker. A base class of DeskScreen (tui/desk_screen.py).
"""

from __future__ import annotations

from typing import Any, cast

from textual import work

from claimdesk.tui.claim_table import ClaimTable
from claimdesk.tui.compare_section import MergeUndo
from claimdesk.tui.desk_model import ClaimRow
from claimdesk.tui.desk_parts import DeskParts
from claimdesk.tui.note_editor import NoteEditor
from claimdesk.tui.search_bar import SearchBar


class VerdictActions(DeskParts):
    """What acts on a claim's verdict and note."""

    _claim_pane: str
    _moved_on_from: tuple[str, str, int] | None
    _undo_log: list[int | MergeUndo]

    def _writable(self) -> bool:
        if self.desk_app.readonly or self.desk_app.store is None:
            why = self.desk_app.readonly_reason or "no store is open"
            self.notify(
                f"The store is open read-only ({why}); verdicts are off.", severity="warning"
            )
            return False
        return True

    def action_mark(self, status: str) -> None:
        if self.model is None or not self._writable():
            return
        quotes, numbers = self.table("quotes"), self.table("numbers")
        tagged = quotes.tagged | numbers.tagged
        if tagged:
            shown = [r.id for r in quotes.rows if r.id in tagged]
            shown += [r.id for r in numbers.rows if r.id in tagged]
            hidden = len(tagged) - len(shown)
            if not shown:
                self.notify(
                    "No tagged row is shown by the current filter; nothing marked (the tags stay)."
                )
                return
            quotes.untag(shown)  # rows hidden by the filter stay tagged (QA2 R16)
            numbers.untag(shown)
            self._bulk_mark(shown, status, hidden)
            return
        row = self.claim_in_focus()
        if row is None:
            return
        table = cast(ClaimTable, self.focused)
        try:
            entries = self.desk_app.store.mark([row.id], status, reviewer=self.desk_app.reviewer)
        except Exception as exc:  # a store error must not take the desk down
            self.notify(f"Not saved: {exc}", severity="error")
            return
        self._apply_entries(entries)
        table.action_cursor_down()
        self._moved_on_from = (str(table.id), row.id, table.cursor)

    def just_marked(self) -> ClaimRow | None:
        """The claim a verdict key just marked, while the cursor still rests on the row it
        moved on to: `v` then `=` gives that claim's verdict to its group (QA Q22)."""
        if self._moved_on_from is None or self.model is None:
            return None
        pane, claim_id, cursor = self._moved_on_from
        if self._claim_pane != pane or self.table(pane).cursor != cursor:
            return None
        return self.model.rows_by_id.get(claim_id)

    @work(thread=True, exclusive=True, group="write")
    def _bulk_mark(self, ids: list[str], status: str, hidden: int) -> None:
        self.app.call_from_thread(self._update_header, f"marking {len(ids)}…")
        try:
            entries = self.desk_app.store.mark(ids, status, reviewer=self.desk_app.reviewer)
        except Exception as exc:
            self.app.call_from_thread(self.notify, f"Not saved: {exc}", severity="error")
            self.app.call_from_thread(self._update_header)
            return

        def done() -> None:
            self._apply_entries(entries)
            msg = f"Marked {len(entries)} tagged claim(s) {status}."
            if hidden:
                msg += (
                    f" {hidden} tagged claim(s) hidden by the filter were left alone"
                    " (still tagged)."
                )
            self.notify(msg)

        self.app.call_from_thread(done)

    def _apply_entries(self, entries: list[Any], *, undone: bool = False) -> None:
        """Show what the store has durably recorded: statuses, notes, counts.
        Entries of this session's own actions (not undos) become undoable by `z`."""
        assert self.model is not None
        if not undone:
            for a in dict.fromkeys(getattr(e, "action", None) for e in entries):
                if a is not None:
                    self.remember_undo(a)
        self.model.apply(entries)
        for name in ("sources", "quotes", "numbers"):
            self.table(name).refresh_rows()
        self._update_header()
        self._show_detail()

    def remember_undo(self, item: Any) -> None:
        """Something this session did that `z` can take back: a history action number,
        or a merge decision (tui.compare_section.MergeUndo)."""
        if item not in self._undo_log:
            self._undo_log.append(item)

    def action_undo(self) -> None:
        if self.model is None or not self._writable():
            return
        while self._undo_log:
            item = self._undo_log.pop()
            if isinstance(item, MergeUndo):  # a merge decision: the comparison keys own it
                if not self.desk_app.undo_merge(item):
                    self._undo_log.append(item)  # failed (and said so): still to undo
                return
            try:
                entries = self.desk_app.store.undo(actions={item}, reviewer=self.desk_app.reviewer)
            except Exception as exc:
                self._undo_log.append(item)
                msg = str(exc)  # "not undone: bob changed 1 of its claim(s) since; ..."
                refused = msg.startswith("not undone")
                text = msg[:1].upper() + msg[1:] if refused else f"Undo failed: {msg}"
                self.notify(text, severity="warning" if refused else "error")
                return
            if entries:  # [] when it was already taken back: try the one before
                self._apply_entries(entries, undone=True)
                self.notify(self._undone_text(entries))
                return
        self.notify("Nothing to undo in this session.")

    def _undone_text(self, entries: list[Any]) -> str:
        """'Undone: “the claim…” back to unreviewed.' — naming the claim (and how many more)."""
        first = entries[0]
        row = self.model.rows_by_id.get(first.claim_id) if self.model else None
        text = " ".join((row.claim.text if row else first.claim_id[:12]).split())
        shown = f"“{text[:47]}…”" if len(text) > 48 else f"“{text}”"
        if first.from_status == first.to_status:
            more = f" and {len(entries) - 1} more" if len(entries) > 1 else ""
            return f"Undone: the note on {shown}{more} is back as it was."
        # each claim went back to its own earlier state: name one only when they agree
        rest = {e.to_status for e in entries[1:]}
        if not rest:
            return f"Undone: {shown} back to {first.to_status}."
        n = len(entries) - 1
        if rest == {first.to_status}:
            return f"Undone: {shown} and {n} more back to {first.to_status}."
        return (
            f"Undone: {shown} back to {first.to_status}, {n} more back to their earlier verdicts."
        )

    def action_note(self) -> None:
        bar = self.query_one(SearchBar)
        if self.focused is bar:  # "n" typed inside the search line is just a character
            bar.insert_text_at_cursor("n")
            return
        if self.model is None or not self._writable():
            return
        row = self.claim_in_focus()
        if row is None:
            return

        def save(note: str | None) -> None:
            if note is None or note == row.claim.note:
                return
            try:
                entry = self.desk_app.store.set_note(row.id, note, reviewer=self.desk_app.reviewer)
            except Exception as exc:
                self.notify(f"Note not saved: {exc}", severity="error")
                return
            if entry is not None:  # (None: the note already said that)
                self._apply_entries([entry])
            self.notify("Note saved.", timeout=2)

        self.app.push_screen(NoteEditor(row.claim.text, row.claim.note), save)
