"""The export dialog: choose a format and a path; the writing happens in a worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, Label, RadioButton, RadioSet

from claimdesk.store.export import BY_NAME, EXPORT_FORMATS
from claimdesk.tui.early_keys import EarlyKeys


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    path: Path
    status: str | None


def default_path(fmt: str, folder: Path | None = None) -> Path:
    return (folder or Path.cwd()) / f"claimdesk-export{BY_NAME[fmt].extension}"


class ExportDialog(EarlyKeys, ModalScreen[ExportRequest | None]):
    """Format (1-4 or arrows), path, and whether to keep only the current status filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export_dialog.cancel"),
        Binding("ctrl+s", "export", "Export", priority=True, id="export_dialog.export"),
    ]

    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 70; max-width: 95%; height: auto; border: thick $accent;
        background: $surface; padding: 0 1;
    }
    ExportDialog RadioSet { width: 1fr; }
    ExportDialog Input { width: 1fr; }
    ExportDialog Label { width: 1fr; }
    """

    def __init__(self, status: str | None, folder: Path | None = None, fmt: str = "md") -> None:
        super().__init__()
        self.status = status
        self.folder = folder
        self.fmt = fmt

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export"
            box.border_subtitle = "enter export · esc cancel"
            with RadioSet(id="export-format"):
                for f in EXPORT_FORMATS:
                    yield RadioButton(f.label, value=f.name == self.fmt, name=f.name)
            yield Label(
                "Every claim in the store, grouped by article and verdict"
                " (the source, article and search limits do not apply)."
            )
            yield Label("Write to:")
            yield Input(str(default_path(self.fmt, self.folder)), id="export-path")
            if self.status:
                yield Checkbox(
                    f"only {self.status} claims (the status filter)", True, id="export-filtered"
                )
        yield Footer()

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Input))  # now: keys typed at once land here

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        fmt = event.pressed.name or "md"
        path_input = self.query_one(Input)
        old = Path(path_input.value)
        if old.suffix in {f.extension for f in EXPORT_FORMATS}:
            path_input.value = str(old.with_suffix(BY_NAME[fmt].extension))
        self.fmt = fmt

    @on(Input.Submitted)
    def action_export(self) -> None:
        raw = self.query_one(Input).value.strip()
        if not raw:
            self.notify("Give a file path to write to.", severity="warning")
            return
        status = None
        if (
            self.status
            and self.query("#export-filtered")
            and self.query_one("#export-filtered", Checkbox).value
        ):
            status = self.status
        path = Path(raw).expanduser()
        store = getattr(self.app, "store", None)
        if store is not None:
            try:
                store.check_output(path)  # never write a report over the open store (QA Q28)
            except Exception as exc:
                self.notify(str(exc), severity="error", timeout=8, markup=False)
                return
        self.dismiss(ExportRequest(self.fmt, path, status))

    def action_cancel(self) -> None:
        self.dismiss(None)
