"""Pilot helpers shared by the dashboard tests: wait on a condition, never on time."""

from __future__ import annotations

import contextlib

from textual.worker import WorkerCancelled

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import DeskScreen

DeskApp = ClaimdeskApp  # the shipped App (older tests name it DeskApp)


async def wait_for(pilot, condition, timeout: float = 30.0) -> None:
    """Poll until condition() holds (the machine may be busy; never a timing assert)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not reached")


async def workers_done(app) -> None:
    """Every worker of `app` done. A worker cancelled on purpose (a comparison made stale
    by a newer one) is done too: Textual's wait_for_complete raises WorkerCancelled for it
    (a CI failure under load, 2026-12-07), so each is awaited alone."""
    while pending := [w for w in app.workers if not w.is_finished]:
        for worker in pending:
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()


async def settled(app, pilot) -> None:
    """Every worker done and the messages they posted handled."""
    await workers_done(app)
    await pilot.pause()


async def compared(app, pilot) -> DeskScreen:
    await wait_for(pilot, app.loaded.is_set)
    await wait_for(pilot, lambda: app.comparison.result is not None)
    await settled(app, pilot)
    desk = app.screen
    assert isinstance(desk, DeskScreen)
    return desk
