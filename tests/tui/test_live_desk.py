"""Issue 13: a live desk. The dashboard under Pilot, and other real processes on its desk:
the `claimdesk` command marking, noting, undoing and ingesting, and a dashboard-like
process announcing itself. Each test asserts on the screen and on disk."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.detail_pane import DetailPane
from claimdesk.tui.header_bar import HeaderBar
from tests.support.desk import notes, noticed, ready
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store

# a dashboard-like process: on the desk as `bob` until its stdin closes
PRESENT = """
import sys
from pathlib import Path
from claimdesk.store.presence import Presence
here = Presence(Path(sys.argv[1]), sys.argv[2])
assert here.join()
print("here", flush=True)
sys.stdin.readline()
here.leave()
"""


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "desk.json")


async def claimdesk(*args: str) -> str:
    """Run the real `claimdesk` command in another process (the UI keeps running)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "claimdesk",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    return out.decode()


def header(app: ClaimdeskApp) -> str:
    return str(app.screen.query_one(HeaderBar).render())


def state_on_disk(path: Path, claim_id: str) -> tuple[str, str | None, bool]:
    with ClaimStore(path, readonly=True) as store:
        c = store.claim(claim_id)
        return c.status, c.reviewer, c.contested


async def test_another_processes_verdict_shows_without_a_key(desk_path: Path) -> None:
    """`claimdesk mark` works while the dashboard is open, and the dashboard shows it with
    no key pressed: the row, the counts and the Detail pane; the cursor stays put."""
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        await pilot.press("j", "j")  # the cursor on the third quote, the Detail pane on it
        target = quotes.current.claim
        cursor_before = quotes.cursor
        await claimdesk("mark", target.id, "--status", "disputed", "--reviewer", "bob",
                        "--db", str(desk_path))  # fmt: skip
        await wait_for(pilot, lambda: desk.model.counts["disputed"] == 1)
        assert target.status == "disputed" and target.reviewer == "bob"
        assert "✗1" in header(app)
        assert quotes.cursor == cursor_before
        detail = desk.query_one(DetailPane)
        await wait_for(pilot, lambda: "disputed  by bob" in detail.content.plain)
    assert state_on_disk(desk_path, target.id)[:2] == ("disputed", "bob")


async def test_notes_undos_and_counts_follow_the_desk(desk_path: Path) -> None:
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        first, second = (r.claim for r in desk.table("quotes").rows[:2])
        db = ("--db", str(desk_path))
        await claimdesk("mark", first.id, second.id, "--status", "verified",
                        "--reviewer", "bob", *db)  # fmt: skip
        await claimdesk("note", first.id, "checked with the port office", "--reviewer",
                        "carol", *db)  # fmt: skip
        await wait_for(pilot, lambda: first.note == "checked with the port office")
        assert desk.model.counts["verified"] == 2
        assert first.reviewer == "bob" and first.note_by == "carol"  # a note is the note's
        await claimdesk("undo", "--reviewer", "carol", *db)  # her note first: bob's
        await claimdesk("undo", "--reviewer", "bob", *db)  # verdicts are built on till then
        await wait_for(pilot, lambda: desk.model.counts["verified"] == 0)
        assert first.status == second.status == "unreviewed"
        assert desk.model.counts["unreviewed"] == len(desk.model.rows_by_id)


async def test_a_newly_ingested_article_appears_and_the_cursor_stays(
    desk_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Harbour master Ines Calloway said on Monday that the night ferry would resume in "
        'March. "We have the crews and the boats," Calloway said. She said 40 crew members '
        "had been hired.\n",
        encoding="utf-8",
    )
    app = ClaimdeskApp(desk_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        quotes.cursor = 2
        await pilot.pause()
        on = quotes.current.id
        before = len(desk.model.rows_by_id)
        await claimdesk("ingest", str(article), "--db", str(desk_path))
        await wait_for(pilot, lambda: len(desk.model.rows_by_id) > before)
        await wait_for(pilot, lambda: any("calloway" in r.hay for r in quotes.rows))
        assert quotes.current.id == on  # the same claim under the cursor
        await noticed(pilot, app, "new article")


async def test_a_verdict_over_anothers_is_contested_until_decided_again(
    desk_path: Path,
) -> None:
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        claim = quotes.current.claim
        await pilot.press("v")  # ana: verified
        await claimdesk("mark", claim.id, "--status", "disputed", "--reviewer", "bob",
                        "--db", str(desk_path))  # fmt: skip
        await wait_for(pilot, lambda: claim.contested)
        await wait_for(pilot, lambda: len(desk.model.contested) == 1)
        assert claim.contested_with == ("ana", "verified") and claim.status == "disputed"
        assert "⇄1 contested" in header(app)
        assert quotes.render_line(1).text.lstrip().startswith("⇄")  # (line 0: the titles)
        for _ in range(6):  # the status filter's last step: only contested claims
            if desk.filters.status == "contested":
                break
            await pilot.press("f")
        assert [r.id for r in quotes.rows] == [claim.id]
        assert state_on_disk(desk_path, claim.id) == ("disputed", "bob", True)
        # ana decides it again (she agrees: disputed); the claim is settled
        await pilot.press("d")
        assert not claim.contested and claim.reviewer == "ana"
        assert "⇄" not in header(app)
    assert state_on_disk(desk_path, claim.id) == ("disputed", "ana", False)
    with ClaimStore(desk_path, readonly=True) as store:
        assert [(e.reviewer, e.to_status) for e in store.history(claim.id)] == [
            ("ana", "verified"),
            ("bob", "disputed"),
            ("ana", "disputed"),  # both verdicts stay in history, and the settling one
        ]


async def test_undo_refuses_to_drop_a_change_someone_built_on(desk_path: Path) -> None:
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        claim = quotes.current.claim
        await pilot.press("v")
        await claimdesk("note", claim.id, "source confirmed by phone", "--reviewer", "bob",
                        "--db", str(desk_path))  # fmt: skip
        await wait_for(pilot, lambda: claim.note == "source confirmed by phone")
        await pilot.press("z")
        await noticed(pilot, app, "bob changed 1 of its claim")
        assert claim.status == "verified"
    assert state_on_disk(desk_path, claim.id)[:2] == ("verified", "ana")


async def test_the_header_says_who_else_is_here(desk_path: Path) -> None:
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        bob = subprocess.Popen(
            [sys.executable, "-c", PRESENT, str(desk_path), "bob"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert bob.stdout.readline().strip() == "here"
            await wait_for(pilot, lambda: "also here: bob" in header(app))
            assert desk.also_here == ["bob"]
        finally:
            bob.communicate("bye\n", timeout=30)
        await wait_for(pilot, lambda: "also here" not in header(app))
    assert isinstance(desk, DeskScreen)


async def test_a_dead_dashboard_is_not_here(desk_path: Path) -> None:
    """A dashboard killed with -9 leaves its presence file unlocked: nobody lists it."""
    bob = subprocess.Popen(
        [sys.executable, "-c", PRESENT, str(desk_path), "bob"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bob.stdout.readline().strip() == "here"
    bob.kill()
    bob.wait(timeout=30)
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        await wait_for(pilot, lambda: desk._following)
        await pilot.pause()
        assert "also here" not in header(app)


async def test_the_palette_filters_by_reviewer_and_re_reads(desk_path: Path) -> None:
    from tests.tui.test_verdict_keys import palette

    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        mine = quotes.current.claim
        await pilot.press("v")  # ana's verdict on the first quote
        other = quotes.rows[2].claim
        await claimdesk("mark", other.id, "--status", "dismissed", "--reviewer", "bob",
                        "--db", str(desk_path))  # fmt: skip
        await wait_for(pilot, lambda: other.status == "dismissed")
        await palette(pilot, "Reviewer: mine")
        assert [r.id for r in quotes.rows] == [mine.id]
        await palette(pilot, "Reviewer: bob")
        assert [r.id for r in quotes.rows] == [other.id]
        await pilot.press("r")  # the key goes on round: everyone again
        assert desk.filters.reviewer is None
        await palette(pilot, "Re-read the store")
        await wait_for(pilot, lambda: any("read again" in n for n in notes(app)))
        assert desk.model.counts["verified"] == 1 and desk.model.counts["dismissed"] == 1
