"""Rows before the desk is read (issue 18): a launch shows the first page kept from the last
one (tui/first_page.py) while the store is still being opened, then the whole desk replaces
it without moving the cursor (a desk changed since: test_first_page_after_change.py). The
read is held open by an Event in these tests (instrumented, never timed)."""

from __future__ import annotations

import threading
from pathlib import Path

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.first_page import page_path
from tests.support.pilot import wait_for, workers_done


def HeldApp(path: Path) -> ClaimdeskApp:
    """The dashboard whose store read waits until the test sets `app.release`."""
    app = ClaimdeskApp(path, reviewer="ana")
    app.reading, app.release = threading.Event(), threading.Event()
    opening = app.open_store

    def held():
        app.reading.set()
        app.release.wait(30)
        return opening()

    app.open_store = held
    return app


async def launch_once(path: Path) -> None:
    app = ClaimdeskApp(path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await workers_done(app)


def header_text(app) -> str:
    return str(app.screen.query_one("#header").render())


async def test_the_kept_first_page_shows_before_the_desk_is_read(outlets_path: Path) -> None:
    await launch_once(outlets_path)  # reads the desk in full and keeps its first page
    assert page_path(outlets_path).exists()
    app = HeldApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = app.screen
        await wait_for(pilot, lambda: app.reading.is_set() and desk.page is not None)
        await pilot.pause()
        quotes = desk.table("quotes")
        assert desk.model is None and not app.loaded.is_set()  # nothing of the desk read yet
        assert quotes.rows and desk.table("numbers").rows and desk.table("sources").rows
        assert "claims" in header_text(app) and "loading" not in header_text(app)
        assert "Reading the desk" in str(desk.query_one("#detail").content)
        assert quotes.border_subtitle == f"{desk.page.totals['quotes']:,}"
        quotes.focus()
        await pilot.press("down", "down")
        on = quotes.current.id
        await pilot.press("n")  # a key that needs the desk waits: no note editor opens
        assert desk.model is None and app.screen is desk

        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        assert desk.model is not None and desk.page is None
        assert quotes.current.id == on and quotes.rows[0].claim is not None
        assert quotes.rows[quotes.cursor].claim is desk.model.rows_by_id[on].claim


async def test_a_damaged_page_is_left_alone(outlets_path: Path) -> None:
    await launch_once(outlets_path)
    page_path(outlets_path).write_text('{"key": [1], "quotes": [', encoding="utf-8")
    app = HeldApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = app.screen
        await wait_for(pilot, app.reading.is_set)
        await pilot.pause()
        assert desk.page is None
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
        assert desk.table("quotes").rows


async def test_a_verdict_given_in_the_session_is_on_the_next_page(outlets_path: Path) -> None:
    app = ClaimdeskApp(outlets_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        quotes = app.screen.table("quotes")
        quotes.focus()
        on = quotes.current.id
        await pilot.press("v")  # verified: the journal changed since the desk was read
        await wait_for(pilot, lambda: app.screen.model.counts["verified"] == 1)
        await workers_done(app)
    held = HeldApp(outlets_path)
    async with held.run_test(size=(140, 40)) as pilot:
        desk = held.screen
        await wait_for(pilot, lambda: held.reading.is_set() and desk.page is not None)
        assert desk.page.counts["verified"] == 1
        assert {r.id: r.claim.status for r in desk.page.quotes}[on] == "verified"
        held.release.set()
        await wait_for(pilot, held.loaded.is_set)
