"""QA guards for the shipped dashboard (not a test-only subclass of it).

The comparison keys were once tested only through a subclass that the tests built
themselves, so the real `claimdesk` lacked them while the suite passed (qa.md Q1)."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.compare_keys import CompareCommands


def _keys() -> set[str]:
    keys: set[str] = set()
    for b in ClaimdeskApp.BINDINGS:
        if isinstance(b, Binding):
            keys.update(k.strip() for k in b.key.split(","))
        else:
            keys.add(b[0])
    return keys


def test_real_app_has_the_comparison_keys() -> None:
    assert {"t", "m", "M", "equals_sign", "b"} <= _keys()


def test_real_app_palette_has_the_comparison_commands() -> None:
    assert CompareCommands in ClaimdeskApp.COMMANDS


async def test_t_opens_the_timeline_in_the_real_app(tmp_path) -> None:
    from claimdesk.store import ClaimStore
    from claimdesk.tui.timeline_screen import TimelineScreen

    src = tmp_path / "a.txt"
    src.write_text(
        "Port director Lena Sorvik said on Monday that at least 40 ships were waiting.\n\n"
        "“We will clear them by Friday,” Sorvik said.\n",
        encoding="utf-8",
    )
    from claimdesk.extract.pipeline import extract_path

    db = tmp_path / "s.json"
    with ClaimStore(db) as st:
        st.ingest_extraction(extract_path(str(src), published="2025-02-03"))
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        for _ in range(600):
            if app.loaded.is_set():
                break
            await pilot.pause(0.05)
        assert app.loaded.is_set()
        await pilot.press("t")
        for _ in range(600):
            if isinstance(app.screen, TimelineScreen):
                break
            await pilot.pause(0.05)
        assert isinstance(app.screen, TimelineScreen)


async def test_z_in_a_fresh_session_leaves_earlier_verdicts_alone(tmp_path) -> None:
    """A reviewer opens the desk and presses z before doing anything: the verdict a
    colleague (or the CLI) recorded earlier must stay; z undoes this session's actions."""
    from claimdesk.store import ClaimStore
    from tests.support.tui_corpus import build_store

    db = build_store(tmp_path / "desk.json")
    with ClaimStore(db) as st:
        first = next(iter(st.claims()))
        st.mark([first.id], "verified", reviewer="colleague")
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        for _ in range(600):
            if app.loaded.is_set():
                break
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("z")
        await app.workers.wait_for_complete()
        await pilot.pause()
    with ClaimStore(db, readonly=True) as st:
        status = {c.id: c.status for c in st.claims()}
    assert status[first.id] == "verified"


@pytest.mark.parametrize("suffix", ["", ".journal"])
async def test_export_dialog_refuses_the_open_stores_own_files(tmp_path, suffix: str) -> None:
    """`e`, then the store's own path (or its journal) as the target: a notification,
    and the file untouched — the CLI refuses this since 3935b58, the dialog must too."""
    from claimdesk.store import ClaimStore
    from claimdesk.tui.export_dialog import ExportDialog
    from tests.support.tui_corpus import build_store

    db = build_store(tmp_path / "desk.json")
    with ClaimStore(db) as st:
        first = next(iter(st.claims()))
        st.mark([first.id], "verified")
    target = tmp_path / ("desk.json" + suffix)
    before = target.read_bytes()
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        for _ in range(600):
            if app.loaded.is_set():
                break
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        for _ in range(200):
            if isinstance(app.screen, ExportDialog):
                break
            await pilot.pause(0.05)
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        for _ in range(40):
            await pilot.pause(0.05)
    assert target.read_bytes() == before
