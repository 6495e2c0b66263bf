"""The claimdesk dashboard App: opens the store, shows the desk, owns quit/help/palette."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.claim_table import ClaimTable
from claimdesk.tui.commands import DeskCommands
from claimdesk.tui.compare_keys import CompareActions, CompareCommands
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.export_dialog import ExportDialog
from claimdesk.tui.group_verdict_dialog import GroupVerdictDialog
from claimdesk.tui.help_screen import HelpScreen
from claimdesk.tui.note_editor import NoteEditor
from claimdesk.tui.row_marks import legend
from claimdesk.tui.search_bar import SearchBar
from claimdesk.tui.timeline_screen import TimelineScreen


class ClaimdeskApp(CompareActions):
    """`store_path` is opened in a worker after the first frame; a held lock means read-only.

    The App owns the store and its comparison (CompareActions, tui/compare_keys.py): no
    state of the dashboard is kept in a module.
    """

    CSS_PATH = "app.tcss"
    TITLE = "claimdesk"
    COMMANDS: ClassVar = App.COMMANDS | {DeskCommands, CompareCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", show=False),
        Binding("question_mark", "help", "Help", show=False),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,
            tooltip="command palette: mark, filter, export, ingest, sources, themes",
        ),
        *CompareActions.COMPARE_BINDINGS,
    ]

    def __init__(
        self,
        store_path: str | Path,
        *,
        store_label: str | None = None,
        reviewer: str | None = None,
        store: Any = None,
    ) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.store_label = store_label or self.store_path.name
        self.reviewer = reviewer
        self.store: Any = store
        self.readonly = bool(store is not None and getattr(store, "readonly", False))
        self.store_error = ""
        self.loaded = threading.Event()
        self.first_frame_at: float | None = None  # perf_counter() of the first painted frame
        self.loaded_at: float | None = None  # ... and of the first frame with the rows

    def get_default_screen(self) -> DeskScreen:
        return DeskScreen()

    def open_store(self) -> Any:
        """Open the store (called from the loading worker); None with `store_error` set."""
        if self.store is not None:
            return self.store
        from claimdesk.store import ClaimStore, StoreError, StoreLocked

        try:
            self.store = ClaimStore(self.store_path)
        except StoreLocked as exc:
            try:
                self.store = ClaimStore(self.store_path, readonly=True)
            except (StoreError, OSError) as exc2:
                self.store_error = str(exc2)
                return None
            self.readonly = True
            self.call_from_thread(
                self.notify, f"{exc} — opened read-only.", severity="warning", timeout=10
            )
        except (StoreError, OSError) as exc:
            self.store_error = str(exc)
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=10)
            return None
        return self.store

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections = [
            ("Moving", ClaimTable.BINDINGS),
            ("Reviewing", DeskScreen.BINDINGS),
            ("Search line", SearchBar.BINDINGS),
            ("Everywhere", self.BINDINGS[2:3]),
            ("Comparing outlets", CompareActions.COMPARE_BINDINGS),
            ("Group verdict (=)", GroupVerdictDialog.BINDINGS),
            ("Timeline (t)", TimelineScreen.BINDINGS),
            ("Full article (enter)", ArticleScreen.BINDINGS),
            ("Note editor (n)", NoteEditor.BINDINGS),
            ("Export dialog (e)", ExportDialog.BINDINGS),
        ]
        if isinstance(self.screen, TimelineScreen):  # its own keys first, then the rest
            sections.insert(0, sections.pop(6))
        self.push_screen(HelpScreen(sections, legend()))

    def on_unmount(self) -> None:
        self.stop_comparing()  # before the store (and its lock) is let go
        store, self.store = self.store, None
        if store is not None:
            store.close()
