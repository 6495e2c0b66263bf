"""New on the desk: an open dashboard shows what `claimdesk watch` (a real process) adds,
marked ✦, with the cursor kept on its claim; `w` shows only what is new; what "new"
means is remembered per reviewer across sessions (NAME.seen beside the store)."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from claimdesk.store.paths import last_seen_path
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import number_cells, quote_cells
from claimdesk.tui.header_bar import HeaderBar
from claimdesk.tui.row_marks import NEW
from tests.support.desk import notes, noticed, ready
from tests.support.feed_server import feed_server
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store
from tests.support.watch_pages import page, rss


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "desk.json")


async def watch_once(db: Path, feed: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "claimdesk", "watch", "--once", feed, "--db", str(db),
        "--host-interval", "0", "--log", str(db.with_name("watch.log")),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    return out.decode()


def marked(desk, name: str) -> list[str]:
    """The ids of the rows of pane `name` whose mark cell shows ✦."""
    table = desk.table(name)
    cells = quote_cells if name == "quotes" else number_cells
    return [r.id for r in table.rows if NEW in cells(r, new=desk.new_ids)[1][0]]


async def test_an_article_watch_adds_appears_marked_new_and_the_cursor_stays(
    desk_path: Path,
) -> None:
    with feed_server() as srv:
        link = srv.put("/n/ferry.html", page("ferry"))
        feed = srv.put("/feed.xml", rss("Oskel Gazette", [("f1", link, "")]), "application/rss+xml")
        app = ClaimdeskApp(desk_path, reviewer="ana")
        async with app.run_test(size=(140, 40)) as pilot:
            desk = await ready(app, pilot)
            quotes = desk.table("quotes")
            quotes.focus()
            quotes.cursor = 2
            await pilot.pause()
            on, line = quotes.current.id, quotes.cursor - round(quotes.scroll_y)
            assert not desk.new_ids and not marked(desk, "quotes")
            before = len(desk.model.articles)

            assert "1 new" in await watch_once(desk_path, feed)
            await wait_for(pilot, lambda: len(desk.model.articles) > before)
            with ClaimStore(desk_path, readonly=True) as store:  # on disk, one more article
                new_id = next(a.id for a in store.articles() if a.url == link)
            assert desk.new_ids == {new_id}
            assert quotes.current.id == on  # the same claim under the cursor, on its line
            assert quotes.cursor - round(quotes.scroll_y) == line
            fresh = [r.id for r in quotes.rows if r.claim.article_id == new_id]
            assert fresh and marked(desk, "quotes") == fresh
            assert any("Varnow" in (r.claim.speaker or "") for r in quotes.rows)
            await noticed(pilot, app, "new article")

            await pilot.press("w")  # only what is new
            await wait_for(pilot, lambda: [r.id for r in quotes.rows] == fresh)
            assert all(new_id in (v.source.article_ids or ()) for v in desk.table("sources").rows)
            assert "new✦1" in str(app.screen.query_one(HeaderBar).render())
            await pilot.press("w")  # everything again
            await wait_for(pilot, lambda: len(quotes.rows) > len(fresh))


async def test_new_since_i_last_looked_is_remembered_per_reviewer(
    desk_path: Path,
) -> None:
    """ana last looked before every article came in: all is new for her; bob looked after
    they came in: nothing is, and `w` says so. Leaving the desk records the stamp."""
    with ClaimStore(desk_path, readonly=True) as store:
        every = {a.id for a in store.articles()}
    last_seen_path(desk_path).write_text(
        json.dumps({"ana": "2000-01-01T00:00:00Z", "bob": "2999-01-01T00:00:00Z"}),
        encoding="utf-8",
    )
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        assert desk.new_ids == every
        assert marked(desk, "quotes") == [r.id for r in desk.table("quotes").rows]
    seen = json.loads(last_seen_path(desk_path).read_text(encoding="utf-8"))
    assert seen["ana"] > "2000-01-01T00:00:00Z"  # her look just now
    assert seen["bob"] == "2999-01-01T00:00:00Z"  # his untouched

    app = ClaimdeskApp(desk_path, reviewer="bob")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        assert not desk.new_ids and not marked(desk, "numbers")
        shown = len(desk.table("quotes").rows)
        await pilot.press("w")
        await wait_for(pilot, lambda: any("Nothing new" in n for n in notes(app)))
        assert len(desk.table("quotes").rows) == shown


async def test_the_palette_offers_new_on_the_desk(desk_path: Path) -> None:
    from textual.command import CommandList, CommandPalette

    last_seen_path(desk_path).write_text(json.dumps({"ana": "2000-01-01T00:00:00Z"}), "utf-8")
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"New on the desk")

        def offered() -> bool:  # the search runs in the background: its hit is listed
            hits = app.screen.query_one(CommandList)
            i = hits.highlighted
            return i is not None and "New on the desk" in str(hits.get_option_at_index(i).prompt)

        await wait_for(pilot, offered)
        await pilot.press("enter")
        await wait_for(pilot, lambda: desk.only_new)
        assert len(desk.table("quotes").rows) == len(desk.model.quotes)  # every article is new


async def test_a_reload_that_replaces_another_keeps_its_new_articles(desk_path: Path) -> None:
    """An ingest publishes a segment, then folds it into a new store file: two reloads back
    to back, the second with no new ids. The second replaces the first before it reads
    (one worker group), and the article must still be announced and marked ✦ (the CI
    failure of 2026-12-07: the notice was lost)."""
    app = ClaimdeskApp(desk_path, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        assert not desk.new_ids
        aid = next(iter(desk.model.articles))
        desk._reload_rows((aid,))  # the segment: one new article
        desk._reload_rows(())  # the fold, in the same tick: nothing new by itself
        await wait_for(pilot, lambda: any("1 new article" in n for n in notes(app)))
        assert desk.new_ids == {aid}
        assert marked(desk, "quotes")
