"""The note editor: a multi-line TextArea in a modal; ctrl+s saves, escape cancels
(a second escape when the text changed)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static, TextArea

from claimdesk.tui.early_keys import EarlyKeys


class NoteEditor(EarlyKeys, ModalScreen[str | None]):
    """Returns the new note, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", priority=True, id="note_editor.save"),
        Binding("escape", "cancel", "Cancel", id="note_editor.cancel"),
    ]

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > Vertical {
        width: 80%; max-width: 100; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    NoteEditor #note-claim { color: $text-muted; max-height: 4; }
    NoteEditor TextArea { height: 10; }
    """

    def __init__(self, claim_text: str, note: str) -> None:
        super().__init__()
        self.claim_text = claim_text
        self.note = note
        self._discard_armed = False

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Note"
            box.border_subtitle = "ctrl+s save · esc cancel"
            yield Static(Content(self.claim_text), id="note-claim")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        self.set_focus(area)
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def on_text_area_changed(self, _event: TextArea.Changed) -> None:
        self._discard_armed = False  # typing after the warning needs a fresh esc-esc

    def action_cancel(self) -> None:
        """esc leaves at once only when nothing changed; otherwise the first esc warns
        and a second esc discards, so a typed note is never lost by one key (QA Q23)."""
        changed = self.query_one(TextArea).text != self.note
        if changed and not self._discard_armed:
            self._discard_armed = True
            self.notify(
                "The note has unsaved changes: ctrl+s saves, esc again discards them.",
                severity="warning",
                timeout=6,
            )
            return
        self.dismiss(None)
