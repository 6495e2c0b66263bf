"""The first launch of a desk with no kept first page, one written by a writer that kept
none (`claimdesk copy`, an older version, the store's API): the page is taken from the
desk's first claims, read from the front of its files (tui/first_page.py,
`page_from_front`; store/desk_front.py), so rows and counts show before the whole desk is
read, the same ones the whole desk then shows (issue 18). A small desk is read whole at
once instead. The desk's read is held open by an Event (never timed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.tui import first_page
from claimdesk.tui.first_page import page_path
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store
from tests.tui.test_first_page import HeldApp
from tests.tui.test_first_page_never_opened import _first_rows_are_the_desks


async def test_a_desk_with_no_kept_page_shows_its_first_claims_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_page, "FRONT_FROM_BYTES", 0)  # as a desk of 100k claims
    desk = build_store(tmp_path / "desk.json")  # the store's API: no page kept
    assert not page_path(desk).exists()
    await _first_rows_are_the_desks(desk, "The east wall held")


async def test_a_small_desk_with_no_kept_page_is_read_whole(tmp_path: Path) -> None:
    desk = build_store(tmp_path / "desk.json")
    app = HeldApp(desk)
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_for(pilot, app.reading.is_set)
        await pilot.pause()
        assert app.screen.page is None and app.page_at is None
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
