"""The first launch after the desk changed (issue 18): the kept first page is brought up to
date from the files' heads (store/page_catchup.py), so a verdict given from the shell, by
another dashboard or an ingest shows at once, before the whole desk is read; a change it
cannot follow shows no page. The whole desk's read is held open by an Event (never timed),
and the real `claimdesk` command makes the changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from claimdesk.store.verdict_states import glyph_of
from claimdesk.tui.app import ClaimdeskApp
from tests.support.pilot import wait_for, workers_done
from tests.support.tui_corpus import build_store, extraction_a
from tests.tui.test_first_page import HeldApp, header_text, launch_once

# an invented report of an invented event
FERRY = """Ferry service to Lune Island resumes

Lune Island, 12 May 2025 (Tidewater Gazette) - The ferry to Lune Island will sail again on
Friday after a week of storms, the port authority said on Monday.

"The pier is repaired and the crossing is safe again," said Ilse Marrow, the port director.

Marrow said 14 crossings a day would run from Friday.
"""


def claimdesk(*args: str) -> str:
    """The real `claimdesk` command, in another process."""
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def screen_text(app: ClaimdeskApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def screen_line(app: ClaimdeskApp, words: str) -> str:
    lines = [line for line in screen_text(app).splitlines() if words in line]
    assert lines, f"{words!r} not on screen"
    return lines[0]


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "desk.json")


async def test_a_shell_verdict_since_is_on_the_first_page(desk_path: Path) -> None:
    await launch_once(desk_path)  # reads the desk and keeps its first page
    with ClaimStore(desk_path, readonly=True) as st:
        quote = st.claims(kind="quote")[0]
    claimdesk("--db", str(desk_path), "mark", quote.id, "--status", "verified", "--reviewer", "bo")
    app = HeldApp(desk_path)
    async with app.run_test(size=(160, 40)) as pilot:
        desk = app.screen
        await wait_for(pilot, lambda: app.reading.is_set() and desk.page is not None)
        await pilot.pause()
        assert desk.model is None and not app.loaded.is_set()  # the desk is not read yet
        row = {r.id: r for r in desk.page.quotes}[quote.id]
        assert row.claim.status == "verified" and row.claim.reviewer == "bo"
        assert glyph_of("verified") in screen_line(app, quote.text[:20])
        assert desk.page.counts["verified"] == 1
        assert f"{glyph_of('verified')}1" in header_text(app).split()
        # each source's counts are counted again: Mara Velin's quote is verified
        velin = next(v for v in desk.page.sources if v.source.name == "Mara Velin")
        assert velin.counts["verified"] == 1
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        model = desk.model
        assert model.counts == desk_counts(desk_path)
        assert model.rows_by_id[quote.id].claim.status == "verified"


def desk_counts(path: Path) -> dict[str, int]:
    with ClaimStore(path, readonly=True) as st:
        counts = st.counts()
    return {k: v for k, v in counts.items() if k not in ("total", "orphaned", "contested") and v}


async def test_another_dashboards_verdicts_are_on_the_first_page(desk_path: Path) -> None:
    await launch_once(desk_path)
    other = ClaimdeskApp(desk_path, reviewer="cy")  # a colleague's dashboard
    async with other.run_test(size=(160, 40)) as pilot:
        await wait_for(pilot, other.loaded.is_set)
        numbers = other.screen.table("numbers")
        numbers.focus()
        marked = numbers.current.id
        await pilot.press("d")  # disputed
        await wait_for(pilot, lambda: other.screen.model.counts["disputed"] == 1)
        await workers_done(other)
        # ... and the colleague's page is kept on quitting: make the file key differ anyway
    claimdesk("--db", str(desk_path), "note", marked, "checked twice", "--reviewer", "cy")
    app = HeldApp(desk_path)
    async with app.run_test(size=(160, 40)) as pilot:
        desk = app.screen
        await wait_for(pilot, lambda: app.reading.is_set() and desk.page is not None)
        row = {r.id: r for r in desk.page.numbers}[marked]
        assert row.claim.status == "disputed" and row.claim.note == "checked twice"
        assert desk.page.counts["disputed"] == 1
        assert f"{glyph_of('disputed')}1" in header_text(app).split()
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)


async def test_an_ingest_since_shows_its_rows_on_the_first_page(
    desk_path: Path, tmp_path: Path
) -> None:
    await launch_once(desk_path)
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY, encoding="utf-8")
    claimdesk("--db", str(desk_path), "ingest", str(article))
    with ClaimStore(desk_path, readonly=True) as st:
        new = [c for c in st.claims() if c.text.startswith("The pier is repaired")]
        quotes, numbers = (
            len(st.claims(kind="quote")) + len(st.claims(kind="statement")),
            len(st.claims(kind="number")),
        )
    assert new
    app = HeldApp(desk_path)
    async with app.run_test(size=(160, 40)) as pilot:
        desk = app.screen
        await wait_for(pilot, lambda: app.reading.is_set() and desk.page is not None)
        await pilot.pause()
        assert desk.model is None and not app.loaded.is_set()
        assert new[0].id in {r.id for r in desk.page.quotes}
        assert "Tidewater Gazette" in screen_line(app, "The pier is repaired")
        assert desk.table("quotes").border_subtitle == f"{quotes:,}"
        assert desk.table("numbers").border_subtitle == f"{numbers:,}"
        assert sum(desk.page.counts.values()) == quotes + numbers
        # the sources' order changes with the new claims: that pane waits for the desk
        assert not desk.table("sources").rows and not desk.table("sources").border_subtitle
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        assert desk.table("sources").rows
        assert len(desk.model.quotes) == quotes


async def test_an_updated_article_shows_no_page(desk_path: Path) -> None:
    await launch_once(desk_path)
    with ClaimStore(desk_path) as st:  # the same article again, with a changed text
        ext = extraction_a()
        ext.title = "Aster harbour flooded (updated)"
        assert st.ingest_extraction(ext).status == "updated"
    app = HeldApp(desk_path)
    async with app.run_test(size=(160, 40)) as pilot:
        desk = app.screen
        await wait_for(pilot, app.reading.is_set)
        await pilot.pause()
        assert desk.page is None and not desk.table("quotes").rows
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
        assert desk.table("quotes").rows
