"""`claimdesk extract --format pretty`: one extraction record, readable in a terminal.

Everything that came from the article (and the path the user typed) is untrusted: it
reaches Rich only as `Text` built from a sanitised string, never as markup, so "[/]"
or "[@click=app.quit]" in an article prints as written.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimdesk.extract.record import Extraction
from claimdesk.extract.sanitize import sanitize_meta


def _t(value: object, style: str = "") -> Text:
    """Untrusted value -> Text (one line, controls gone); None shows as a dim dash."""
    if value is None or value == "":
        return Text("—", style="dim")
    return Text(sanitize_meta(value) or "", style=style)


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def _table(title: str, columns: list[tuple[str, dict]]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    for name, opts in columns:
        table.add_column(name, **opts)
    return table


def build(rec: Extraction) -> Group:
    """The renderable for one record (kept apart from printing so tests can render it)."""
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    for label, value in (
        ("publisher", rec.publisher),
        ("aggregator", rec.aggregator),
        ("published", rec.published),
        ("author", rec.author),
        ("url", rec.url),
        ("words", rec.words),
    ):
        if value is not None:
            meta.add_row(Text(label), _t(value))
    parts: list = [
        Panel(
            meta,
            title=_t(rec.title or "(no title)", "bold"),
            subtitle=_t(rec.path, "dim"),
            box=box.ROUNDED,
        )
    ]

    if rec.sources:
        table = _table("Sources", [("name", {}), ("kind", {}), ("role", {}), ("aliases", {})])
        for s in rec.sources:
            table.add_row(_t(s.name, "bold"), _t(s.kind), _t(s.role), _t(", ".join(s.aliases)))
        parts.append(table)
    if rec.quotes:
        table = _table("Quotes", [("speaker", {"ratio": 1}), ("quote", {"ratio": 4})])
        for q in rec.quotes:
            text = Text("“") + _t(q.text) + Text("”")
            if q.partial:
                text.append(" (partial)", style="dim")
            table.add_row(_t(q.speaker, "cyan"), text)
        parts.append(table)
    if rec.statements:
        table = _table("Statements", [("speaker", {"ratio": 1}), ("statement", {"ratio": 4})])
        for st in rec.statements:
            table.add_row(_t(st.speaker, "cyan"), _t(st.text))
        parts.append(table)
    if rec.numbers:
        table = _table(
            "Numbers",
            [
                ("value", {"justify": "right"}),
                ("unit", {}),
                ("qualifier", {}),
                ("noun", {}),
                ("speaker", {}),
                ("text", {}),
            ],
        )
        for n in rec.numbers:
            value = Text(_number(n.value), style="bold")
            if n.hypothetical:
                value.append(" (hypothetical)", style="yellow")
            table.add_row(
                value, _t(n.unit), _t(n.qualifier), _t(n.noun), _t(n.speaker, "cyan"), _t(n.text)
            )
        parts.append(table)
    if rec.dates:
        table = _table("Dates", [("text", {}), ("resolved", {}), ("precision", {})])
        for d in rec.dates:
            table.add_row(_t(d.text), _t(d.resolved, "green"), _t(d.precision))
        parts.append(table)
    if rec.hedges:
        table = _table("Hedges", [("text", {})])
        for h in rec.hedges:
            table.add_row(_t(h.text, "yellow"))
        parts.append(table)
    if len(parts) == 1:
        parts.append(Text("no claims found", style="dim"))
    return Group(*parts)


def render(rec: Extraction, console: Console | None = None) -> None:
    """Print one record to stdout (or to `console`)."""
    console = console or Console(highlight=False, emoji=False, markup=False)
    console.print(build(rec))
