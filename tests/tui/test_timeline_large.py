"""The timeline at scale: dates only (no comparison), read in a worker, and a crowded
window drawn as counts per column, so j / G cost what is visible (QA Q16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App

from claimdesk.extract.compare import TimelineEvent
from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.tui.timeline_screen import AGGREGATE_OVER, TimelineAxis, TimelineScreen
from tests.support.compare_store_records import newsweek, nyt
from tests.support.pilot import workers_done


def _events(n: int) -> list[TimelineEvent]:
    start = dt.date(2023, 1, 1)
    out = []
    for i in range(n):
        d = (start + dt.timedelta(days=i % 700)).isoformat()
        out.append(TimelineEvent(d, "day", d, d, d, f"event {i}", None, f"Outlet {i % 5}", f"a{i}"))
    out.sort(key=lambda e: (e.first_day, e.last_day, e.outlet, e.text))
    return out


class TimelineApp(App[None]):
    def __init__(self, events, store=None) -> None:
        super().__init__()
        self._events, self._store = events, store

    def on_mount(self) -> None:
        self.push_screen(TimelineScreen(self._events, self._store))


async def test_a_crowded_timeline_draws_counts_and_moves_to_the_ends() -> None:
    events = _events(6000)
    app = TimelineApp(events)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        axis = app.screen.query_one(TimelineAxis)
        text = axis.render().plain
        assert "6000 dated events" in text
        assert "events per column" in text  # more than AGGREGATE_OVER in view
        assert AGGREGATE_OVER < 6000
        await pilot.press("G")
        assert axis.selected == 5999
        assert "▼6000" in axis.render().plain
        await pilot.press("g")
        assert axis.selected == 0
        await pilot.press("j", "j")
        assert axis.selected == 2
        await pilot.press("plus", "plus", "plus", "plus", "plus", "plus")
        assert "events per column" not in axis.render().plain  # zoomed in: one mark each


async def test_the_timeline_reads_dates_from_the_store_without_comparing(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(nyt())
        st.ingest_extraction(newsweek())
    store = ClaimStore(path, readonly=True)
    try:
        assert cmp.cached(store) is None
        app = TimelineApp(None, store)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await workers_done(app)
            await pilot.pause()
            axis = app.screen.query_one(TimelineAxis)
            assert axis.ready and axis.events
            assert f"{len(axis.events)} dated events" in axis.render().plain
        assert cmp.cached(store) is None  # no comparison was run for it
        full = cmp.compare(cmp.build_inputs(store)).timeline
        assert axis.events == full
    finally:
        store.close()
