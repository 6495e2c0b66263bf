"""Pilot helpers shared by the dashboard tests: wait on a condition, never on time."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import claimdesk.tui.app
from claimdesk.tui import compare_section
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.compare_keys import CompareActions, CompareCommands
from claimdesk.tui.desk_screen import DeskScreen

if issubclass(ClaimdeskApp, CompareActions):
    DeskApp = ClaimdeskApp
else:  # until tui/app.py mixes it in: the same wiring

    class DeskApp(CompareActions, ClaimdeskApp):  # type: ignore[no-redef]
        CSS_PATH = str(Path(claimdesk.tui.app.__file__).with_name("app.tcss"))
        BINDINGS: ClassVar = [*ClaimdeskApp.BINDINGS, *CompareActions.COMPARE_BINDINGS]
        COMMANDS: ClassVar = ClaimdeskApp.COMMANDS | {CompareCommands}


async def wait_for(pilot, condition, timeout: float = 30.0) -> None:
    """Poll until condition() holds (the machine may be busy; never a timing assert)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not reached")


async def compared(app, pilot) -> DeskScreen:
    await wait_for(pilot, app.loaded.is_set)
    await wait_for(pilot, lambda: compare_section.current() is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()
    desk = app.screen
    assert isinstance(desk, DeskScreen)
    return desk
