"""The export dialog (`e`): its explanation shown whole at any size (QA2 R3), and the
open store's own files refused with a notice, as the command line refuses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.tui.app import ClaimdeskApp
from tests.support.desk import notes, ready
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store


@pytest.mark.parametrize("suffix", ["", ".journal"])
async def test_export_dialog_refuses_the_open_stores_own_files(tmp_path, suffix: str) -> None:
    """`e`, then the store's own path (or its journal) as the target: a notification,
    and the file untouched — the CLI refuses this since 3935b58, the dialog must too."""
    from claimdesk.store import ClaimStore
    from claimdesk.tui.export_dialog import ExportDialog

    db = build_store(tmp_path / "desk.json")
    with ClaimStore(db) as st:
        first = next(iter(st.claims()))
        st.mark([first.id], "verified")
    target = tmp_path / ("desk.json" + suffix)
    before = target.read_bytes()
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("not writing the report" in n for n in notes(app)))
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert target.read_bytes() == before


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_export_dialog_explanation_is_shown_whole(tmp_path: Path, size) -> None:
    """R3: the line saying the source/article/search limits do not apply was cut
    ("... by article and verdict (the sour") at every width: it must wrap in the box."""
    from textual.widgets import Label

    from claimdesk.tui.export_dialog import ExportDialog

    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        label = next(x for x in dialog.query(Label) if "limits do not apply" in str(x.render()))
        box = label.parent
        assert label.region.right <= box.content_region.right
        assert label.region.height >= 2  # wrapped, not cut
