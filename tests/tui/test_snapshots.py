"""Snapshot tests (pytest-textual-snapshot): the desk, a highlighted claim, help, 80x24.

The store is the fixed corpus in tui_corpus; the header shows only the store's file
name, and no verdicts are made, so nothing on screen varies between runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.tui.app import ClaimdeskApp
from tests.support.pilot import wait_for, workers_done
from tests.support.tui_corpus import build_store


@pytest.fixture
def app(tmp_path: Path) -> ClaimdeskApp:
    return ClaimdeskApp(build_store(tmp_path / "desk.json"))


async def loaded(pilot) -> None:
    # the store loads in a worker started after the first frame ...
    await wait_for(pilot, pilot.app.loaded.is_set)
    # ... and the outlets are compared in another one
    await wait_for(pilot, lambda: pilot.app.comparison.result is not None)
    await workers_done(pilot.app)
    await pilot.pause()


def test_main_screen(snap_compare, app: ClaimdeskApp) -> None:
    assert snap_compare(app, terminal_size=(120, 35), run_before=loaded)


def test_detail_with_highlighted_claim(snap_compare, app: ClaimdeskApp) -> None:
    async def run_before(pilot) -> None:
        await loaded(pilot)
        await pilot.press("3", "j")  # the USD 4 million figure, with a hedge nearby
        # the Detail pane follows the resting cursor
        await wait_for(pilot, lambda: not pilot.app.screen.detail_pending)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(140, 40), run_before=run_before)


def test_help_screen(snap_compare, app: ClaimdeskApp) -> None:
    async def run_before(pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_narrow_80x24(snap_compare, app: ClaimdeskApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded)
