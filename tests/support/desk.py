"""Pilot helpers for the desk screen: wait until it is loaded, pick a source, read notices."""

from __future__ import annotations

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import DeskScreen
from tests.support.pilot import wait_for, workers_done


async def ready(app: ClaimdeskApp, pilot) -> DeskScreen:
    """The desk once its store is loaded and no worker is running."""
    await wait_for(pilot, app.loaded.is_set)
    await workers_done(app)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, DeskScreen)
    assert screen.model is not None
    return screen


def select_source(desk: DeskScreen, name: str) -> None:
    """Focus the Sources pane with its cursor on the row named name."""
    table = desk.table("sources")
    table.focus()
    table.cursor = [v.source.name for v in table.rows].index(name)


def notes(app: ClaimdeskApp) -> list[str]:
    """The notifications shown so far, as text."""
    return [str(n.message) for n in app._notifications]


async def noticed(pilot, app: ClaimdeskApp, text: str) -> None:
    """Wait until a notification containing `text` is shown. `notify` posts a message that
    the App takes in after the handler that called it has returned, so a notice never
    arrives in the same step as the rows that handler put on screen (CI, 2026-12-07)."""
    await wait_for(pilot, lambda: any(text in n for n in notes(app)))
