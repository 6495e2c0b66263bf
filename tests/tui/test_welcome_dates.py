"""The welcome of an empty desk says how relative dates get resolved (finding 16)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.detail_pane import DetailPane
from tests.support.pilot import wait_for


async def test_the_welcome_says_relative_dates_need_the_publication_date(tmp_path: Path) -> None:
    """Without --published "on Monday" stays unresolved (the timeline then shows 2 of 17
    events on a pair of real reports): the welcome said nothing of it."""
    app = ClaimdeskApp(tmp_path / "empty.json")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        desk = app.screen
        assert isinstance(desk, DeskScreen)
        lines = [strip.text.strip() for strip in desk.query_one(DetailPane)._lines()]
        i = lines.index("… --published YYYY-MM-DD")
        assert lines[i - 2] == "claimdesk ingest FILE..."
        assert lines[i + 1] == "so “on Monday” gets a date"
