"""The stock DataTable peer of the dashboard benchmarks (bench_tui headless, bench_terminal
in a tmux pane): every claim as a row; `f` cycles the status, `/` types a search that
rebuilds the rows, escape clears it, q quits. Textual is imported when the app is made, so
that a runner's clock can start before the imports, as it does for ours."""

from __future__ import annotations

from typing import Any

STATUSES = [None, "·", "✓", "✗", "⊘"]


def peer_app(rows: list[tuple[str, ...]]) -> Any:
    """A stock Textual app showing `rows` (bench_tui.peer_rows) in a DataTable."""
    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Input, Static

    class PeerApp(App[None]):
        BINDINGS = [("f", "cycle"), ("slash", "search"), ("escape", "clear"), ("q", "quit")]  # noqa: RUF012
        CSS = "DataTable { height: 1fr; } Input { dock: bottom; } Static { dock: top; }"

        def __init__(self) -> None:
            super().__init__()
            self.status_i = 0

        def compose(self) -> ComposeResult:
            yield Static(Text("status: all"))  # what `f` chose (ours says it in its header)
            yield DataTable(cursor_type="row")
            yield Input(id="q")

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("S", "", "Speaker", "Quote or statement", "Outlet")
            table.add_rows(rows)
            table.focus()

        def refill(self) -> None:
            want = STATUSES[self.status_i]
            needle = self.query_one(Input).value.lower()
            table = self.query_one(DataTable)
            table.clear()
            table.add_rows(
                r for r in rows if (want is None or r[0] == want) and needle in r[3].lower()
            )
            self.query_one(Static).update(Text(f"status: {want or 'all'}"))

        def action_cycle(self) -> None:
            self.status_i = (self.status_i + 1) % len(STATUSES)
            self.refill()

        def action_search(self) -> None:
            self.query_one(Input).focus()

        def action_clear(self) -> None:
            self.query_one(Input).value = ""
            self.query_one(DataTable).focus()

        def on_input_changed(self) -> None:
            self.refill()

    return PeerApp()
