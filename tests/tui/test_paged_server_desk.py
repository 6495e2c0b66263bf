"""The dashboard on a server desk reads its panes in pages (tui/paged_desk.py), never the
whole desk: with pages of 8 rows, a desk of 300 invented claims pages as a million would.
Each pane shows the same rows, in the same order, under the same filters, as the dashboard
of a file desk of the same input; a verdict goes to the server in one transaction and
another process's shows on the page; and the dashboard holds a few pages at most."""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

import pytest

from benchmarks.bench_store import synthetic_extraction
from claimdesk.cli.main import main
from claimdesk.store import ClaimStore
from claimdesk.store.backend import open_store
from claimdesk.tui import paged_rows
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_model import DeskModel, Filters
from claimdesk.tui.paged_model import PagedDeskModel
from tests.support.desk import ready
from tests.support.pilot import wait_for

ROWS = 8  # rows per page here (a million-claim desk reads 100)
ARTICLES = 30  # 10 claims each: 300 claims, 210 quotes and statements, 90 figures


@pytest.fixture
def desks(pg_server, tmp_path: Path, monkeypatch) -> tuple[Path, str]:
    """The same 300 claims, with a few verdicts and notes, as a file desk and (copied
    from it) a server desk."""
    monkeypatch.setattr(paged_rows, "PAGE_ROWS", ROWS)
    rng = random.Random(5)
    file_db = tmp_path / "desk.json"
    with ClaimStore(file_db) as store, store.batch():
        for i in range(ARTICLES):
            store.ingest_extraction(synthetic_extraction(i, rng, words=60))
    with ClaimStore(file_db) as store:
        ids = [c.id for c in store.claims()]
        store.mark(ids[3:40:3], "verified", reviewer="ana", note="the port office agrees")
        store.mark(ids[50:120:7], "disputed", reviewer="bo")
        store.mark(ids[200:260:5], "dismissed", reviewer="ana")
    dsn = pg_server.fresh_dsn()
    assert main(["copy", str(file_db), dsn]) == 0
    return file_db, dsn


def file_model(file_db: Path) -> DeskModel:
    with ClaimStore(file_db, readonly=True) as store:
        return DeskModel(store.articles(), store.sources(), store.claims())


async def every_row(pilot, table) -> list[str]:
    """Every row of a paged pane, read page by page as the table would ask for them
    (once the pane shows its query's rows: a new query's first page is awaited first)."""
    model = table.screen.model
    await wait_for(pilot, lambda: table.rows is model.panes.get(table.id))
    rows = table.rows
    await wait_for(pilot, lambda: rows.counted)
    out = []
    for i in range(len(rows)):
        await wait_for(pilot, lambda i=i: rows[i].id != "")
        out.append(rows[i].id)
    return out


async def claimdesk(*args: str) -> tuple[int, str]:
    """The real `claimdesk` command in another process (the dashboard keeps running)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "claimdesk", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await proc.communicate()
    return proc.returncode or 0, err.decode()


async def test_the_cursor_walks_across_pages_in_the_file_desks_order_holding_a_few(desks):
    file_db, dsn = desks
    expected = [r.id for r in file_model(file_db).quotes]
    app = ClaimdeskApp(dsn, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        model = desk.model
        assert isinstance(model, PagedDeskModel)
        quotes = desk.table("quotes")
        assert len(quotes.rows) == len(expected) == 210
        seen = [quotes.current.id]
        for _ in range(3 * ROWS + 2):  # across three page boundaries, one key at a time
            await pilot.press("j")
            await wait_for(pilot, lambda: quotes.current.id != "")
            seen.append(quotes.current.id)
        assert seen == expected[: len(seen)]
        await pilot.press("G")  # a jump: the last page, by its offset
        await wait_for(pilot, lambda: quotes.current.id != "")
        assert quotes.current.id == expected[-1]
        await pilot.press("k")
        await wait_for(pilot, lambda: quotes.current.id != "")
        assert quotes.current.id == expected[-2]
        assert await every_row(pilot, quotes) == expected
        # the dashboard holds a few pages, never the desk: 300 claims read, at most
        # CACHE_PAGES pages of each pane in memory, and none in the store itself
        assert model.panes["quotes"].held() <= paged_rows.CACHE_PAGES * ROWS
        assert model.held() <= 2 * paged_rows.CACHE_PAGES * ROWS < 300
        assert app.store.held_claims() == 0
        assert "210" in str(quotes.border_subtitle)


async def test_filters_search_and_a_source_give_the_file_desks_rows(desks):
    file_db, dsn = desks
    fm = file_model(file_db)
    app = ClaimdeskApp(dsn, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes, numbers = desk.table("quotes"), desk.table("numbers")
        for status in ("unreviewed", "verified", "disputed", "dismissed"):
            await pilot.press("f")
            assert desk.filters.status == status
            want = Filters(status=status)
            assert await every_row(pilot, quotes) == [
                r.id for r in fm.filter_claims("quotes", want)
            ]
            assert await every_row(pilot, numbers) == [
                r.id for r in fm.filter_claims("numbers", want)
            ]
        await pilot.press("c", "slash", "t", "h")  # two characters: not sent to the server
        assert desk.filters.search == "th" and len(quotes.rows) == 210
        assert any("starts at 3 characters" in str(n.message) for n in app._notifications)
        await pilot.press(*"ings in 2", "enter")
        await wait_for(pilot, lambda: desk.filters.search == "things in 2")
        hits = await every_row(pilot, quotes)
        assert hits == [r.id for r in fm.filter_claims("quotes", Filters(search="things in 2"))]
        assert len(hits) == 4 * 11  # articles 2 and 20-29, four quotes each
        # enter on a source (Sources pane from the server's counts) limits to its claims
        await pilot.press("c")
        await wait_for(pilot, lambda: len(desk.table("sources").rows) == 90)
        sources = desk.table("sources")
        view = next(v for v in sources.rows if v.source.name == "Speaker 7-1")
        assert sum(view.counts.values()) == sum(fm.source_view(view.id).counts.values())
        sources.focus()
        sources.cursor = list(sources.rows).index(view)
        await pilot.press("enter")
        await wait_for(pilot, lambda: desk.filters.source_id == view.id)
        want = Filters(source_id=view.id)
        assert await every_row(pilot, quotes) == [r.id for r in fm.filter_claims("quotes", want)]
        assert await every_row(pilot, numbers) == [r.id for r in fm.filter_claims("numbers", want)]


def on_server(dsn: str, claim_id: str) -> tuple[str, str | None, str]:
    with open_store(dsn, readonly=True) as store:
        c = store.claim(claim_id)
        return c.status, c.reviewer, c.note


async def test_a_mark_goes_to_the_server_and_shows_again_after_a_reopen(desks):
    _, dsn = desks
    app = ClaimdeskApp(dsn, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        await pilot.press("pagedown", "pagedown", "j")  # a row of a later page
        await wait_for(pilot, lambda: quotes.current.id != "")
        assert quotes.cursor > ROWS
        target = quotes.current.id
        assert on_server(dsn, target)[0] == "unreviewed"
        await pilot.press("d")
        assert on_server(dsn, target)[:2] == ("disputed", "cy")
        assert desk.model.counts["disputed"] == 11
        await pilot.press("k", "z")  # undo: back on the server too
        assert on_server(dsn, target)[0] == "unreviewed"
        await pilot.press("x")
        assert on_server(dsn, target)[:2] == ("dismissed", "cy")
        await pilot.press("k", "n", *"ask the quay office", "ctrl+s")  # a note, same row
        await wait_for(pilot, lambda: on_server(dsn, target)[2] == "ask the quay office")
        assert on_server(dsn, target)[0] == "dismissed"
        assert app.store.held_claims() == 0
    again = ClaimdeskApp(dsn, reviewer="cy")
    async with again.run_test(size=(140, 40)) as pilot:
        desk = await ready(again, pilot)
        await pilot.press("f", "f", "f", "f")  # dismissed only
        quotes = desk.table("quotes")
        ids = await every_row(pilot, quotes)
        assert target in ids
        at = ids.index(target)
        assert quotes.rows[at].claim.status == "dismissed"
        assert quotes.rows[at].claim.note == "ask the quay office"
        assert quotes.row_text(at).lstrip().startswith("⊘")


async def test_a_verdict_from_another_process_shows_on_the_visible_page(desks):
    _, dsn = desks
    app = ClaimdeskApp(dsn, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        numbers = desk.table("numbers")
        numbers.focus()
        await pilot.press("pagedown", "j", "j")
        await wait_for(pilot, lambda: numbers.current.id != "")
        while numbers.current.claim.status != "unreviewed":  # (a few figures are marked)
            await pilot.press("j")
            await wait_for(pilot, lambda: numbers.current.id != "")
        assert numbers.cursor > ROWS
        row = numbers.current
        code, err = await claimdesk(
            "--db", dsn, "mark", row.id, "--status", "verified", "--reviewer", "bo"
        )
        assert code == 0, err
        await wait_for(pilot, lambda: numbers.current.claim.status == "verified", timeout=10)
        assert numbers.current.claim.reviewer == "bo"
        assert numbers.row_text(numbers.cursor).lstrip().startswith("✓")
        assert desk.model.counts["verified"] == 14


async def test_what_needs_the_whole_desk_says_so_in_one_line(desks):
    _, dsn = desks
    app = ClaimdeskApp(dsn, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        for key, what in (("t", "Comparing outlets"), ("e", "export"), ("w", "w (only")):
            await pilot.press(key)
            await wait_for(pilot, lambda what=what: any(
                what in str(n.message) for n in app._notifications
            ))  # fmt: skip
            said = next(n.message for n in app._notifications if what in str(n.message))
            assert "not on a server desk" in said and "\n" not in said
        assert app.store.held_claims() == 0 and app.screen.model.held() < 300


ARTICLE = (
    "Ferry crossings to Ostrel Island resume on Monday, the island council said.\n\n"
    "“The new quay can take two boats at once,” said Lina Osk, the council's harbour chief. "
    "She said 340 passengers had been stranded over the weekend.\n"
)


async def test_an_article_ingested_by_another_process_reads_the_panes_again(desks, tmp_path):
    _, dsn = desks
    app = ClaimdeskApp(dsn, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        assert len(quotes.rows) == 210
        article = tmp_path / "ostrel-ferries.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        code, err = await claimdesk("--db", dsn, "ingest", str(article))
        assert code == 0, err
        await wait_for(pilot, lambda: len(desk.table("quotes").rows) > 210, timeout=15)
        ids = await every_row(pilot, desk.table("quotes"))
        with open_store(dsn, readonly=True) as store:
            assert ids == [c.id for c in store.claims() if c.kind != "number"]
        assert desk.new_ids and app.store.held_claims() == 0


async def test_a_reviewers_pane_is_counted_bounded_first_and_gives_the_file_desks_rows(
    desks, monkeypatch
):
    """A busy reviewer's full count probes each of their verdicts (~0.3 s at a million):
    their pane is counted as a search is, no further than SEARCH_COUNT_CAP first."""
    from claimdesk.store.pg_paged import PgPagedStore
    from claimdesk.tui.paged_model import SEARCH_COUNT_CAP

    asked: list[tuple[str | None, int | None]] = []
    count = PgPagedStore.count

    def recording(self, **how):
        more = how.get("more")
        asked.append((more.reviewer if more is not None else None, how.get("cap")))
        return count(self, **how)

    monkeypatch.setattr(PgPagedStore, "count", recording)
    file_db, dsn = desks
    fm = file_model(file_db)
    app = ClaimdeskApp(dsn, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        desk.set_reviewer_filter("ana")
        want = Filters(reviewer="ana")
        quotes = desk.table("quotes")
        assert await every_row(pilot, quotes) == [r.id for r in fm.filter_claims("quotes", want)]
        assert ("ana", SEARCH_COUNT_CAP) in asked
        assert ("ana", None) not in asked  # (fewer than the cap: that count is the count)
