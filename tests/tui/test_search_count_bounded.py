"""A search on a server desk is counted no further than SEARCH_COUNT_CAP while it is typed
(issue 14, fifth round): a common word's full count reads most of a million claims and
competed with the next key's page. The pane says "20+" here (10,000+ on a real desk)
until its exact count, asked for once the keys pause or at once by `G`, which reaches the
real last row. Asserted on the counts sent and their shape, never on time."""

from __future__ import annotations

import threading

import psycopg
import pytest

from claimdesk.store import pg_paged
from claimdesk.store.pg_paged import PgPagedStore
from claimdesk.tui import paged_model
from claimdesk.tui.app import ClaimdeskApp
from tests.support.desk import ready
from tests.support.pilot import wait_for
from tests.tui.test_server_desk_first_rows import server_desk  # noqa: F401 (a fixture)

CAP = 20  # (10,000 on a real desk) "things" is in 48 of the 84 quotes and statements
WORD = "things"
HITS = (
    "SELECT count(*) FROM claims WHERE kind <> 'number'"
    " AND (text || E'\\n' || coalesce(speaker, '') || E'\\n' || note) ILIKE '%things%'"
)


@pytest.fixture
def counts_sent(monkeypatch) -> list[tuple[str | None, int | None]]:
    """(search, cap) of every pane count the store sends to the server."""
    sent: list[tuple[str | None, int | None]] = []
    lock = threading.Lock()
    count_claims = pg_paged.count_claims

    def spy(conn, **kwargs):
        with lock:
            sent.append((kwargs.get("search"), kwargs.get("cap")))
        return count_claims(conn, **kwargs)

    monkeypatch.setattr(pg_paged, "count_claims", spy)
    monkeypatch.setattr(paged_model, "SEARCH_COUNT_CAP", CAP, raising=False)
    return sent


def exact_hits(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute(HITS).fetchone()[0]


async def typed(pilot, desk, *keys: str) -> None:
    """`/` and the word; once the Quotes pane shows the word's rows and a count of them."""
    quotes, model = desk.table("quotes"), desk.model
    await pilot.press("slash", *keys, "enter")
    await wait_for(pilot, lambda: model.panes["quotes"].query.search == WORD)
    rows = model.panes["quotes"]
    await wait_for(pilot, lambda: quotes.rows is rows and (rows.counted or rows.at_least))


def test_a_bounded_count_stops_after_cap_rows(server_desk):  # noqa: F811
    with PgPagedStore(server_desk) as store:
        hits = exact_hits(server_desk)
        assert hits > CAP
        assert store.count(search=WORD, more=None, cap=CAP) == CAP + 1
        assert store.count(search=WORD, cap=hits + 5) == hits == store.count(search=WORD)


async def test_a_search_key_sends_no_unbounded_count(server_desk, counts_sent, monkeypatch):  # noqa: F811
    # (no pause while this runs)
    monkeypatch.setattr(paged_model, "COUNT_PAUSE", 3600.0, raising=False)
    app = ClaimdeskApp(server_desk, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        await wait_for(pilot, lambda: desk.model.by_kind is not None)
        before = len(counts_sent)
        await typed(pilot, desk, *WORD)
        quotes = desk.table("quotes")
        searched = [c for c in counts_sent[before:] if c[0]]
        assert searched and all(cap == CAP for _search, cap in searched), searched
        await wait_for(pilot, lambda: str(quotes.border_subtitle) == f"{CAP:,}+")
        assert not quotes.rows.counted and len(quotes.rows) == CAP


async def test_an_exact_count_follows_a_pause(server_desk, counts_sent, monkeypatch):  # noqa: F811
    monkeypatch.setattr(paged_model, "COUNT_PAUSE", 0.05, raising=False)
    app = ClaimdeskApp(server_desk, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        await wait_for(pilot, lambda: desk.model.by_kind is not None)
        before = len(counts_sent)
        await typed(pilot, desk, *WORD)
        quotes, hits = desk.table("quotes"), exact_hits(server_desk)
        await wait_for(pilot, lambda: str(quotes.border_subtitle) == f"{hits:,}")
        assert quotes.rows.counted and len(quotes.rows) == hits
        sent = counts_sent[before:]
        # each search's exact count came after its bounded one (never at its first page)
        exact = [i for i, (search, cap) in enumerate(sent) if search == WORD and cap is None]
        bounded = [i for i, (search, cap) in enumerate(sent) if search == WORD and cap == CAP]
        assert exact and bounded and bounded[0] < exact[0], sent
        for i, (search, cap) in enumerate(sent):
            if search and cap is None:
                assert (search, CAP) in sent[:i], sent


async def test_G_on_a_searched_pane_over_the_cap_reaches_the_last_row(
    server_desk,  # noqa: F811
    counts_sent,
    monkeypatch,
):
    # `G` asks for the exact count, no pause does
    monkeypatch.setattr(paged_model, "COUNT_PAUSE", 3600.0, raising=False)
    app = ClaimdeskApp(server_desk, reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        await typed(pilot, desk, *WORD)
        quotes, hits = desk.table("quotes"), exact_hits(server_desk)
        await wait_for(pilot, lambda: str(quotes.border_subtitle) == f"{CAP:,}+")
        with psycopg.connect(server_desk) as conn:
            last = conn.execute(
                HITS.replace("count(*)", "id") + " ORDER BY ord DESC LIMIT 1"
            ).fetchone()[0]
        await pilot.press("G")
        await wait_for(pilot, lambda: quotes.cursor == hits - 1)
        await wait_for(pilot, lambda: quotes.current.id != "")
        assert quotes.current.id == last
        assert str(quotes.border_subtitle) == f"{hits:,}"
        assert (WORD, None) in counts_sent
