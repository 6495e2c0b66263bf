"""Snapshot of the timeline: the drawn axis over both seed outlets, one event selected."""

from __future__ import annotations

from textual.app import App

from claimdesk.extract.compare import compare
from claimdesk.tui.timeline_screen import WHOLE, TimelineScreen
from tests.support.compare_seed_records import seed_articles


class TimelineApp(App[None]):
    def on_mount(self) -> None:
        self.push_screen(TimelineScreen(compare(seed_articles()).timeline))


def test_timeline_snapshot(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("j", "j", "j", "j", "j")
        await pilot.pause()

    assert snap_compare(TimelineApp(), terminal_size=(120, 32), run_before=run_before)


async def test_timeline_moves_and_draws_every_event() -> None:
    app = TimelineApp()
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        axis = screen.axis
        await pilot.press("j", "j")
        assert axis.selected == 2
        await pilot.press("k")
        assert axis.selected == 1
        text = axis.render().plain
        assert "10 dated events" in text
        # every event is numbered on the axis, and the outlets are in the legend
        for n in range(1, 11):
            assert f"●{n}" in text or f"┤{n}" in text
        assert "■ Newsweek" in text and "■ The New York Times" in text
        assert "▶   2 2024-06" in text


async def test_timeline_zoom_keeps_the_selected_event() -> None:
    app = TimelineApp()
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        axis = app.screen.axis
        await pilot.press("end", "plus", "plus")
        assert axis.zoom == 2
        text = axis.render().plain
        assert "earlier" in text and "●10" in text  # the selected event stays drawn
        await pilot.press("0")  # every event
        assert axis.zoom == WHOLE
