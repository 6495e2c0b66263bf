"""The timeline's own keys (issue 12, finding 4): `0` shows every event, the year labels
keep a space between them, the hint line is whole at 80 columns, and `?` in the timeline
lists the timeline's keys first."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from textual.app import App

from claimdesk.extract.compare import TimelineEvent
from claimdesk.store import ClaimStore
from claimdesk.store.ingest import ingest_path
from claimdesk.tui.help_screen import HelpScreen
from claimdesk.tui.timeline_screen import TimelineAxis, TimelineScreen
from tests.support.desk import ready
from tests.support.paths import SAMPLE_DATA
from tests.support.pilot import DeskApp, wait_for


def _events(years: range, per_year: int = 4) -> list[TimelineEvent]:
    """Invented dated events, `per_year` in each year, from three outlets."""
    out = []
    for y in years:
        for k in range(per_year):
            d = dt.date(y, 1 + k % 12, 1 + k // 12).isoformat()
            out.append(
                TimelineEvent(d, "day", d, d, d, f"event {y}.{k}", None, f"Outlet {k % 3}", "a")
            )
    out.sort(key=lambda e: (e.first_day, e.last_day, e.outlet, e.text))
    return out


class TimelineApp(App[None]):
    def __init__(self, events) -> None:
        super().__init__()
        self._events = events

    def on_mount(self) -> None:
        self.push_screen(TimelineScreen(self._events))


def _lines(axis: TimelineAxis) -> list[str]:
    return axis.render().plain.split("\n")


async def test_zero_shows_every_event_and_the_hint_is_whole_at_80_columns() -> None:
    # a stray old date and a stray late one around four busy years
    events = _events(range(2019, 2023), per_year=10)
    events = _events(range(1987, 1988), 1) + events + _events(range(2037, 2038), 1)
    app = TimelineApp(events)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        axis = app.screen.query_one(TimelineAxis)
        hint = _lines(axis)[1]
        assert re.search(r"◀ \d+ earlier, \d+ later ▶", hint), hint  # not cut to "◀ …"
        assert "0 all" in hint or "0 every event" in hint, hint
        assert "…" not in hint, hint
        await pilot.press("0")
        await pilot.pause()
        text = axis.render().plain
        assert "earlier" not in text and "later ▶" not in text, _lines(axis)[:2]
        assert "1987-" in _lines(axis)[0] and "2037-" in _lines(axis)[0]
        await pilot.press("plus")  # zooming in again hides the strays
        await pilot.pause()
        assert "earlier" in _lines(axis)[1]


async def test_year_labels_keep_a_space_between_them() -> None:
    app = TimelineApp(_events(range(2000, 2018)))  # a year every 4 to 5 columns
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        await pilot.press("0")
        await pilot.pause()
        axis = app.screen.query_one(TimelineAxis)
        lines = _lines(axis)
        labels = lines[next(i for i, line in enumerate(lines) if "┼" in line) + 1]
        assert re.findall(r"\d+", labels), labels
        assert all(len(n) == 4 for n in re.findall(r"\d+", labels)), labels


async def test_help_inside_the_timeline_lists_the_timelines_keys(tmp_path: Path) -> None:
    path = tmp_path / "desk.json"
    with ClaimStore(path) as st:
        ingest_path(st, str(SAMPLE_DATA / "harrow_pass_northwind.txt"))
    app = DeskApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        rows = app.screen.rows
        assert rows[0][0] == "Timeline (t)"
        timeline = {keys: what for section, keys, what in rows if section == "Timeline (t)"}
        assert any(k.startswith("+") for k in timeline), timeline
        assert "-" in timeline and "0" in timeline and "enter" in timeline, timeline
        assert "the whole range" in timeline["0"] or "every event" in timeline["0"]
