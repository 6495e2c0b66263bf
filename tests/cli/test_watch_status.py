"""The live status of `claimdesk watch`: one row per source with its counts and last
error; a server's text is shown as it is (never markup) with terminal escapes removed."""

from __future__ import annotations

from types import SimpleNamespace

from rich.console import Console

from claimdesk.cli.watch_status import status_table
from claimdesk.store.watch_pass import SourceStatus


def test_one_row_per_source_and_server_text_is_plain():
    url = "http://127.0.0.1:8000/feed.xml"
    ok = SourceStatus(name="harbour", url=url, kind="feed", last_fetch="2024-12-16T08:00:00Z")
    ok.new, ok.updated = 3, 1
    bad = SourceStatus(name="[bold]odd[/bold]", url="http://127.0.0.1:8000/odd", failed=True)
    bad.errors = 2
    bad.last_error = "http://127.0.0.1:8000/odd: HTTP 500 [red]boom[/red]\x1b[2J"
    watch = SimpleNamespace(statuses={ok.url: ok, bad.url: bad})
    console = Console(width=200, record=True, color_system=None)
    console.print(status_table(watch))
    shown = console.export_text()
    lines = [line for line in shown.splitlines() if "harbour" in line or "odd" in line]
    assert len(lines) == 2
    cells = [c.strip() for c in lines[0].split("│")[1:-1]]
    assert cells == ["harbour", "feed", "2024-12-16T08:00:00Z", "3", "1", "0", ""]
    assert "[bold]odd[/bold]" in lines[1]  # as written, not bold
    assert "HTTP 500 [red]boom[/red]" in lines[1]  # the URL is the row's; no markup read
    assert "\x1b" not in shown and "http://127.0.0.1:8000/odd:" not in shown
