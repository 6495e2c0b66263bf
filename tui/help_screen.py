"""`?`: every key, read from the bindings themselves so the list cannot go stale."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from types import MappingProxyType
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEY_NAMES = MappingProxyType(
    {
        "up": "↑",
        "down": "↓",
        "left": "←",
        "right": "→",
        "space": "space",
        "question_mark": "?",
        "slash": "/",
        "escape": "esc",
        "enter": "enter",
        "shift+tab": "shift+tab",
    }
)


def key_label(keys: str, display: Callable[[Binding], str] | None = None) -> str:
    """ "up,k" -> "↑ k"; a key without a name here is shown as the app shows it in the
    footer (`display`, App.get_key_display: "equals_sign" -> "="); "ctrl+p" stays so."""
    shown = []
    for key in (k.strip() for k in keys.split(",")):
        if key in KEY_NAMES or "+" in key or display is None:
            shown.append(KEY_NAMES.get(key, key))
        else:
            shown.append(display(Binding(key, "")))
    return " ".join(shown)


def help_rows(
    sections: Sequence[tuple[str, Iterable[BindingType]]],
    display: Callable[[Binding], str] | None = None,
) -> list[tuple[str, str, str]]:
    """(section, keys, what it does) for every binding with a description."""
    rows: list[tuple[str, str, str]] = []
    for title, bindings in sections:
        for b in bindings:
            if not isinstance(b, Binding) or not b.description:
                continue
            keys = b.key_display or key_label(b.key, display)
            rows.append((title, keys, b.tooltip or b.description))
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help_screen.close"),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 92; max-width: 100%; height: 90%; border: thick $accent;
        background: $surface; padding: 0 1;
    }
    """

    def __init__(
        self,
        sections: Sequence[tuple[str, Iterable[BindingType]]],
        legend: Sequence[tuple[str, str]] = (),
    ) -> None:
        """`legend`: (symbol, meaning) of the symbols the rows show (tui/row_marks.py)."""
        super().__init__()
        self.rows = help_rows(sections, self.app.get_key_display)
        self.legend = legend

    def compose(self) -> ComposeResult:
        parts: list[str | tuple[str, str]] = []
        last = None
        for section, keys, what in self.rows:
            if section != last:
                if last is not None:
                    parts.append("\n")
                parts.append((section, "bold $text-primary"))
                parts.append("\n")
                last = section
            parts.append((f"  {keys:<18}", "bold $text-accent"))
            parts.append(f" {what}\n")
        if self.legend:
            parts.append("\n")
            parts.append(("Row symbols", "bold $text-primary"))
            parts.append("\n")
            for symbol, meaning in self.legend:
                parts.append((f"  {symbol:<3}", "bold $text-accent"))
                parts.append(f" {meaning}\n")
        parts.append("\n")
        parts.append(("Mouse", "bold $text-primary"))
        parts.append(
            "\n  click a row to select it, click it again to open the article; wheel scrolls\n"
        )
        with Vertical() as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc or ? to close"
            with VerticalScroll():
                yield Static(Content.assemble(*parts), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
