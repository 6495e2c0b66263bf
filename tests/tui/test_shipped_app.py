"""The shipped dashboard (not a test-only subclass of it) has the comparison keys.

The comparison keys were once tested only through a subclass that the tests built
themselves, so the real `claimdesk` lacked them while the suite passed (QA Q1)."""

from __future__ import annotations

from textual.binding import Binding

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.compare_keys import CompareCommands
from tests.support.pilot import wait_for


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
        await wait_for(pilot, app.loaded.is_set)
        assert app.loaded.is_set()
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))
        assert isinstance(app.screen, TimelineScreen)
