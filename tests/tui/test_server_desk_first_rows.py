"""What the dashboard of a server desk asks the server for, and in what order (issue 14,
fourth round): the first rows before the desk's verdicts and history (the pages carry
their own verdicts; the verdicts are read once the rows are painted), and a search typed
over while the server is busy is never sent (only the text in the search line is)."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import psycopg
import pytest

from benchmarks.bench_store import synthetic_extraction
from claimdesk.cli.main import main
from claimdesk.store import ClaimStore, pg_paged
from claimdesk.store.pg_paged import PgPagedStore
from claimdesk.tui import paged_rows
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.detail_pane import DetailPane
from claimdesk.tui.header_bar import HeaderBar
from tests.support.desk import ready
from tests.support.pilot import wait_for

ROWS = 8
VERDICTS = "FROM verdicts"  # the whole table (a page joins it as `LEFT JOIN verdicts v`)
HISTORY = "FROM history ORDER BY seq"
COUNTS = "count(*) FROM claims c"  # a pane's count (store/pg_pages.py count_claims)


@pytest.fixture
def server_desk(pg_server, tmp_path: Path, monkeypatch) -> str:
    """120 invented claims on a server desk, a few reviewed (one contested)."""
    monkeypatch.setattr(paged_rows, "PAGE_ROWS", ROWS)
    rng = random.Random(9)
    file_db = tmp_path / "desk.json"
    with ClaimStore(file_db) as store, store.batch():
        for i in range(12):
            store.ingest_extraction(synthetic_extraction(i, rng, words=60))
    with ClaimStore(file_db) as store:
        ids = [c.id for c in store.claims() if c.kind != "number"]
        store.mark(ids[:6], "verified", reviewer="ana", note="the ferry office agrees")
        store.mark(ids[2:3], "disputed", reviewer="bo")  # contested: ana said verified
    dsn = pg_server.fresh_dsn()
    assert main(["copy", str(file_db), dsn]) == 0
    return dsn


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every SQL statement this process sends, in order (every connection)."""
    sent: list[str] = []
    lock = threading.Lock()
    execute = psycopg.Connection.execute

    def spy(self, query, *args, **kwargs):
        with lock:
            sent.append(str(query))
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", spy)
    return sent


def first(sent: list[str], needle: str) -> int:
    return next(i for i, q in enumerate(sent) if needle in q)


async def test_the_first_rows_are_read_before_the_desks_verdicts(server_desk, statements):
    app = ClaimdeskApp(server_desk, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        page = first(statements, "ORDER BY c.ord")
        painted = len(statements)
        # the first rows are painted, and the verdicts and history were not read before
        assert all(VERDICTS not in q and HISTORY not in q for q in statements[:page])
        assert page < painted
        desk = await ready(app, pilot)
        store = app.store
        assert isinstance(store, PgPagedStore)
        await wait_for(pilot, lambda: store.verdicts_read)
        assert first(statements, VERDICTS) > page
        # ... and once read, what needs them shows: the contested claim in the header,
        # the history of the reviewed claim under the cursor in the Detail pane
        await wait_for(pilot, lambda: len(desk.model.contested) == 1)
        header = desk.query_one(HeaderBar)
        await wait_for(pilot, lambda: "1 contested" in header._shown)
        quotes = desk.table("quotes")
        assert quotes.current.claim.status == "verified"
        detail = desk.query_one(DetailPane)
        await wait_for(pilot, lambda: "unreviewed → verified by ana" in detail.content.plain)


def test_a_write_on_a_desk_opened_without_its_verdicts_reads_them_first(server_desk):
    """A verdict, a note or an undo before the verdicts are read in the background is
    built on the desk's history as a whole-desk open would build it."""
    with PgPagedStore(server_desk) as store:
        assert not store.verdicts_read
        contested = next(iter(store.contested_ids()))
        assert store.verdicts_read
    with PgPagedStore(server_desk) as store:
        [e] = store.mark([contested], "dismissed", reviewer="ana")
        assert (e.from_status, e.to_status) == ("disputed", "dismissed")
        assert store.undo(reviewer="ana")[0].to_status == "disputed"
    with PgPagedStore(server_desk) as store:
        assert store.history(contested) == []  # (not read yet: the Detail pane waits)
        store.read_verdicts()
        assert [h.to_status for h in store.history(contested)] == [
            "verified",
            "disputed",
            "dismissed",
            "disputed",
        ]


async def test_a_search_typed_over_while_the_server_is_busy_is_never_sent(server_desk, monkeypatch):
    """The server is busy (another session holds the claims table) while `places` is
    typed key by key: of the searches the Quotes pane asked for, only the first sent
    (it was waiting in the server) and the last one reach the server, and the pane goes
    from its rows before the search straight to the last search's rows."""
    sent: list[str] = []
    claim_page = pg_paged.claim_page

    def spy(conn, **kwargs):
        more = kwargs.get("more")
        if kwargs.get("search") and more is not None and "quote" in more.kinds:
            sent.append(kwargs["search"])
        return claim_page(conn, **kwargs)

    monkeypatch.setattr(pg_paged, "claim_page", spy)
    app = ClaimdeskApp(server_desk, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        await wait_for(pilot, lambda: app.store.verdicts_read)
        quotes, model = desk.table("quotes"), desk.model
        shown: list[str] = []
        set_rows = quotes.set_rows

        def noting(rows, **kwargs):
            shown.append(getattr(getattr(rows, "query", None), "search", "?"))
            set_rows(rows, **kwargs)

        monkeypatch.setattr(quotes, "set_rows", noting)
        with psycopg.connect(server_desk) as busy:  # (a transaction until the block ends)
            busy.execute("LOCK TABLE claims IN ACCESS EXCLUSIVE MODE")
            await pilot.press("slash", *"places")
            await wait_for(pilot, lambda: model.panes["quotes"].query.search == "places")
        await wait_for(pilot, lambda: quotes.rows is model.panes["quotes"])
        await wait_for(pilot, lambda: quotes.current is not None and quotes.current.id != "")
        assert sent[-1] == "places"
        assert set(sent) <= {"pla", "places"}, sent
        assert shown == ["places"]
        assert all("places" in row.claim.text.lower() for row in quotes.rows)


async def test_a_status_filter_counts_its_panes_without_counting_the_desk(server_desk, statements):
    """`f` on a server desk: each pane's count is the sum of the desk's claims by kind and
    status (one aggregate read after the first rows), never a count(*) of the desk per
    key; a verdict moves it by its step."""
    app = ClaimdeskApp(server_desk, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        model, quotes = desk.model, desk.table("quotes")
        await wait_for(pilot, lambda: model.by_kind is not None)
        before = len(statements)
        with psycopg.connect(server_desk, autocommit=True) as conn:
            for status in ("unreviewed", "verified"):
                await pilot.press("f")
                assert desk.filters.status == status
                await wait_for(pilot, lambda: quotes.rows is model.panes["quotes"])
                want = conn.execute(
                    "SELECT count(*) FROM claims WHERE status = %s AND kind <> 'number'",
                    (status,),
                ).fetchone()[0]
                assert quotes.rows.counted and len(quotes.rows) == want
                assert str(quotes.border_subtitle) == f"{want:,}"
            assert not [q for q in statements[before:] if COUNTS in q]
            await pilot.press("d")  # one verified claim disputed: the pane under `f`
            await wait_for(pilot, lambda: model.counts["disputed"] == 2)
            await pilot.press("f")  # ... disputed: counted from memory, moved by the step
            await wait_for(pilot, lambda: quotes.rows is model.panes["quotes"])
            assert len(quotes.rows) == 2
        assert not [q for q in statements[before:] if COUNTS in q]


def test_a_count_whose_filters_changed_is_stopped_on_the_server(server_desk):
    """A pane's count of a search typed over stops on the server (cancelled), instead of
    reading the rest of the desk while the keys typed after it wait."""
    wanted = threading.Event()
    wanted.set()
    out: list[int | None] = []
    with PgPagedStore(server_desk) as store:
        with psycopg.connect(server_desk) as busy:  # the count waits on the server
            busy.execute("LOCK TABLE claims IN ACCESS EXCLUSIVE MODE")
            counting = threading.Thread(
                target=lambda: out.append(store.count(search="things", wanted=wanted.is_set))
            )
            counting.start()
            try:
                probe = psycopg.connect(server_desk, autocommit=True)
                waits = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                while probe.execute(waits).fetchone()[0] == 0:  # (a condition: it waits)
                    counting.join(0.01)
                probe.close()
                wanted.clear()  # the pane's search changed
                store.drop_unwanted_count()
                counting.join(30)
                assert not counting.is_alive()  # stopped while the table is still held
            finally:
                busy.rollback()
                counting.join(30)
        assert out == [None]
        assert store.count(search="things") > 0  # the connection still counts
