"""The export dialog (`e`): its explanation shown whole at any size (QA2 R3), and the
open store's own files refused with a notice, as the command line refuses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.tui.app import ClaimdeskApp
from tests.support.desk import notes, ready
from tests.support.pilot import wait_for, workers_done
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
        await workers_done(app)
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


# ---------------------------------------------------------------- finding 11, 18
async def _open_dialog(app: ClaimdeskApp, pilot):
    from claimdesk.tui.export_dialog import ExportDialog

    await ready(app, pilot)
    await pilot.press("e")
    await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
    return app.screen


def _error(dialog) -> str:
    return str(dialog.query_one("#export-error").render())


async def test_arrows_from_the_path_change_the_format_and_a_typed_extension_too(
    tmp_path: Path,
) -> None:
    """Finding 11: focus starts in the path, where the arrows did nothing; Markdown was
    written into `x.csv` because the format did not follow the typed extension."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        dialog = await _open_dialog(app, pilot)
        path = dialog.query_one("#export-path")
        assert app.focused is path
        await pilot.press("down")
        await wait_for(pilot, lambda: dialog.fmt == "csv")
        assert path.value.endswith(".csv")
        await pilot.press("up")
        await wait_for(pilot, lambda: dialog.fmt == "md")
        target = tmp_path / "table.csv"
        path.value = str(target)
        await wait_for(pilot, lambda: dialog.fmt == "csv")
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, type(dialog)))
        await workers_done(app)
    assert target.read_text(encoding="utf-8").startswith("\ufeffid,kind,")


async def test_an_existing_file_is_replaced_only_when_asked_twice(tmp_path: Path) -> None:
    """Finding 11: the dialog silently overwrote an existing file."""
    target = tmp_path / "report.md"
    target.write_text("yesterday's report")
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        dialog = await _open_dialog(app, pilot)
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "exists" in _error(dialog))
        assert app.screen is dialog and target.read_text() == "yesterday's report"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is not dialog)
    assert target.read_text(encoding="utf-8").startswith("# Claim review")


async def test_an_error_keeps_the_dialog_open_with_the_typed_path(tmp_path: Path) -> None:
    """Finding 11: on an error (a missing folder) the dialog closed and the path was lost."""
    target = tmp_path / "no-such-folder" / "my careful name.md"
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        dialog = await _open_dialog(app, pilot)
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "no folder" in _error(dialog))
        assert app.screen is dialog
        assert dialog.query_one("#export-path").value == str(target)
    assert not target.parent.exists()


async def test_claimreview_says_what_it_holds_and_asks_for_the_organisation(
    tmp_path: Path,
) -> None:
    """Finding 11: the dialog said "Every claim in the store" for ClaimReview too; and
    (18) its author must be the user's organisation, with the page hosting the reviews."""
    import json

    from claimdesk.store import ClaimStore

    db = build_store(tmp_path / "desk.json")
    with ClaimStore(db) as st:
        first = next(iter(st.claims()))
        st.mark([first.id], "verified")
    target = tmp_path / "reviews.jsonld"
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_dialog(app, pilot)
        dialog.query_one("#export-path").value = str(target)
        await wait_for(pilot, lambda: dialog.fmt == "claimreview")
        scope = str(dialog.query_one("#export-scope").render())
        assert "Every claim" not in scope and "verified and disputed" in scope
        org = dialog.query_one("#export-org")
        assert org.display and dialog.query_one("#export-review-url").display
        await pilot.press("enter")
        await wait_for(pilot, lambda: "organisation" in _error(dialog))
        assert app.screen is dialog and not target.exists()
        org.value = "Aster Fact Desk"
        dialog.query_one("#export-review-url").value = "https://aster.example/c/{id}"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is not dialog)
        await workers_done(app)
    (review,) = json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert review["author"]["name"] == "Aster Fact Desk"
    assert review["url"] == f"https://aster.example/c/{first.id}"


async def test_the_dialog_refuses_another_stores_journal_before_it_exists(tmp_path: Path) -> None:
    """Finding 1: the `e` dialog wrote a report as `copy/store.json.journal` when the copy
    had no journal yet, and the copy was then refused by every verb."""
    import shutil

    from claimdesk.store import ClaimStore

    db = build_store(tmp_path / "desk.json")
    (tmp_path / "copy").mkdir()
    copy = tmp_path / "copy" / "store.json"
    shutil.copy(db, copy)
    journal = Path(str(copy) + ".journal")
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        dialog = await _open_dialog(app, pilot)
        dialog.query_one("#export-path").value = str(journal)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "belongs to the claimdesk store" in _error(dialog))
        assert app.screen is dialog
    assert not journal.exists()
    with ClaimStore(copy, readonly=True) as st:
        assert st.claims()
