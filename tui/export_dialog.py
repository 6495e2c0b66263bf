"""The export dialog: choose a format and a path, and the report is written from here.

The dialog writes the report itself (in a worker) and closes only once it is written: an
error (a missing folder, a store's file, no organisation for ClaimReview) is shown in the
dialog with the typed path kept, and an existing file is replaced only when asked twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, Label, RadioButton, RadioSet

from claimdesk.store.claimreview import ReviewOptions
from claimdesk.store.errors import StoreError
from claimdesk.store.export import BY_NAME, EXPORT_FORMATS, write_report
from claimdesk.tui.early_keys import EarlyKeys

_LIMITS = " (the source, article and search limits do not apply)."


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    path: Path
    status: str | None
    org: str | None = None
    review_url: str | None = None


def default_path(fmt: str, folder: Path | None = None) -> Path:
    return (folder or Path.cwd()) / f"claimdesk-export{BY_NAME[fmt].extension}"


def format_of(path: str) -> str | None:
    """The format a typed file name asks for by its extension ("x.csv": csv)."""
    suffix = Path(path.strip()).suffix.lower()
    return next((f.name for f in EXPORT_FORMATS if f.extension == suffix), None)


class ExportDialog(EarlyKeys, ModalScreen[ExportRequest | None]):
    """Format (arrows, also from the path field; or the path's extension), path, and
    whether to keep only the current status filter; ClaimReview asks who publishes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export_dialog.cancel"),
        Binding("ctrl+s", "export", "Export", priority=True, id="export_dialog.export"),
        Binding(
            "up",
            "step_format(-1)",
            "Previous format",
            show=False,
            id="export_dialog.previous_format",
        ),
        Binding(
            "down", "step_format(1)", "Next format", show=False, id="export_dialog.next_format"
        ),
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
    ExportDialog #export-error { color: $text-error; }
    ExportDialog .claimreview-only { display: none; }
    ExportDialog.claimreview .claimreview-only { display: block; }
    """

    class Checked(Message):
        """The worker's answer: written, or why not (`exists`: only if asked again)."""

        def __init__(self, req: ExportRequest, error: str | None, exists: bool) -> None:
            super().__init__()
            self.req = req
            self.error = error
            self.exists = exists

    def __init__(
        self,
        status: str | None,
        folder: Path | None = None,
        fmt: str = "md",
        org: str | None = None,
    ) -> None:
        """`org`: the organisation to offer (the config file's [export] org)."""
        super().__init__()
        self.status = status
        self.org = org or ""
        self.folder = folder
        self.fmt = fmt
        self._replace: Path | None = None  # the existing file the user said to replace

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export"
            box.border_subtitle = "enter export · ↑↓ format · esc cancel"
            with RadioSet(id="export-format"):
                for f in EXPORT_FORMATS:
                    yield RadioButton(f.label, value=f.name == self.fmt, name=f.name)
            yield Label(Text(self._scope()), id="export-scope")
            yield Label("Write to:")
            yield Input(str(default_path(self.fmt, self.folder)), id="export-path")
            yield Label("Your organisation (each review's author):", classes="claimreview-only")
            yield Input(
                self.org, placeholder="required", id="export-org", classes="claimreview-only"
            )
            yield Label(
                Text("The page hosting the reviews ({id} for one page each):"),
                classes="claimreview-only",
            )
            yield Input(
                placeholder="https://example.org/checks/{id}",
                id="export-review-url",
                classes="claimreview-only",
            )
            if self.status:
                yield Checkbox(
                    f"only {self.status} claims (the status filter)", True, id="export-filtered"
                )
            yield Label("", id="export-error")
        yield Footer()

    def on_mount(self) -> None:
        self.set_class(self.fmt == "claimreview", "claimreview")
        self.set_focus(self.query_one("#export-path", Input))  # keys typed at once land here

    def _scope(self) -> str:
        return BY_NAME[self.fmt].scope + _LIMITS

    def _say(self, message: str) -> None:
        self.query_one("#export-error", Label).update(Text(message))

    # ---------------------------------------------------------------- the format
    def action_step_format(self, step: int) -> None:
        names = [f.name for f in EXPORT_FORMATS]
        self._choose(names[(names.index(self.fmt) + step) % len(names)])

    def _choose(self, fmt: str) -> None:
        for button in self.query(RadioButton):
            if button.name == fmt and not button.value:
                button.value = True  # (the RadioSet then says Changed)
        self.fmt = fmt  # now: the next arrow, already queued, steps on from here

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        fmt = event.pressed.name or "md"
        path_input = self.query_one("#export-path", Input)
        old = Path(path_input.value)
        if format_of(path_input.value) not in (None, fmt):
            path_input.value = str(old.with_suffix(BY_NAME[fmt].extension))
        self.fmt = fmt
        self.query_one("#export-scope", Label).update(Text(self._scope()))
        self.set_class(fmt == "claimreview", "claimreview")
        self._say("")

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        self._replace = None
        self._say("")
        asked = format_of(event.value)
        if asked is not None and asked != self.fmt:
            self._choose(asked)

    # ---------------------------------------------------------------- writing
    @on(Input.Submitted)
    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._say("Give a file path to write to.")
            return
        status = None
        if (
            self.status
            and self.query("#export-filtered")
            and self.query_one("#export-filtered", Checkbox).value
        ):
            status = self.status
        org = review_url = None
        if self.fmt == "claimreview":
            org = self.query_one("#export-org", Input).value.strip()
            review_url = self.query_one("#export-review-url", Input).value.strip() or None
            try:
                ReviewOptions(org, None, review_url).check()
            except StoreError as exc:
                self._say(str(exc))
                return
        req = ExportRequest(self.fmt, Path(raw).expanduser(), status, org, review_url)
        self._write(req, replace=self._replace == req.path)

    @work(thread=True, exclusive=True, group="export-dialog")
    def _write(self, req: ExportRequest, replace: bool) -> None:
        """Check the target and write the report (the store is read here, off the UI)."""
        store = getattr(self.app, "store", None)
        if store is None:
            self.post_message(self.Checked(req, "no store is open", False))
            return
        try:
            store.check_output(req.path)
            if req.path.exists() and not replace:
                self.post_message(self.Checked(req, None, True))
                return
            write_report(
                store,
                req.fmt,
                req.path,
                status=req.status,
                org=req.org,
                review_url=req.review_url,
            )
        except (StoreError, OSError) as exc:
            self.post_message(self.Checked(req, str(exc), False))
            return
        self.post_message(self.Checked(req, None, False))

    @on(Checked)
    def _checked(self, event: Checked) -> None:
        req = event.req
        if event.error:
            self._say(event.error)
            self.notify(event.error, severity="error", timeout=8, markup=False)
        elif event.exists:
            self._replace = req.path
            self._say(f"{req.path.name} exists: enter again to replace it, or change the path.")
        else:
            self.notify(f"Exported {BY_NAME[req.fmt].title} to {req.path}", markup=False)
            self.dismiss(None)  # (written here: nothing is left for the desk to do)

    def action_cancel(self) -> None:
        self.dismiss(None)
