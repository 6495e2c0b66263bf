"""Server-side pages of a PostgreSQL desk (store/pg_pages.py): keyset pages in ingest
order, the status filter and the search done by the server, each the same claims as the
desk in memory gives."""

from __future__ import annotations

import pytest

from claimdesk.store import STATUSES, StoreError
from claimdesk.store.backend import open_store
from claimdesk.store.pg_conn import migrations
from tests.support.store_fixtures import make_extraction
from tests.support.tui_corpus import extraction_a, extraction_b


def _pages(store, **filters) -> list:
    out, after = [], None
    while True:
        page = store.page(after=after, limit=3, **filters)
        out += page.claims
        if page.next_after is None:
            return out
        after = page.next_after


@pytest.fixture
def desk(pg_dsn):
    with open_store(pg_dsn) as s:
        for ext in (extraction_a(), extraction_b(), make_extraction()):
            s.ingest_extraction(ext)
        ids = [c.id for c in s.claims()]
        s.mark(ids[:4], "verified", reviewer="ana", note="checked with the harbour office")
        s.mark(ids[2:6], "disputed", reviewer="bo")
        s.mark([ids[7]], "dismissed", reviewer="cy")
        s.mark([ids[8]], "verified", reviewer="cy")
        s.undo(reviewer="cy")  # ids[8] unreviewed again: the page's status follows
    return pg_dsn


def test_a_copied_desk_pages_with_its_verdicts(desk, pg_server, tmp_path):
    from claimdesk.cli.main import main

    file_db, back = str(tmp_path / "d.json"), pg_server.fresh_dsn()
    assert main(["copy", desk, file_db]) == 0 and main(["copy", file_db, back]) == 0
    with open_store(back, readonly=True) as s:
        for status in STATUSES:
            assert _rows(_pages(s, status=status)) == _rows(s.claims(status=status))


def _rows(claims) -> list[tuple]:
    return [(c.id, c.status, c.note, c.reviewer, c.contested_with) for c in claims]


def test_keyset_pages_give_every_claim_in_ingest_order_with_its_verdict(desk):
    with open_store(desk, readonly=True) as s:
        assert _rows(_pages(s)) == _rows(s.claims())
        assert len(s.claims()) > 9  # more than three pages


@pytest.mark.parametrize("status", STATUSES)
def test_the_server_filters_each_status_as_the_desk_in_memory(desk, status):
    with open_store(desk, readonly=True) as s:
        assert _rows(_pages(s, status=status)) == _rows(s.claims(status=status))


@pytest.mark.parametrize("needle", ["harbour", "VELIN", "office", "100%", "zzz"])
def test_the_server_searches_text_speaker_and_note_as_the_desk_in_memory(desk, needle):
    with open_store(desk, readonly=True) as s:
        found = _pages(s, search=needle)
        assert _rows(found) == _rows(s.claims(search=needle))
    if needle in ("harbour", "VELIN", "office"):
        assert found


def test_pages_combine_filters_and_refuse_unknown_ones(desk):
    with open_store(desk, readonly=True) as s:
        want = [c for c in s.claims(kind="quote") if c.status == "disputed"]
        assert _rows(_pages(s, kind="quote", status="disputed")) == _rows(want)
        with pytest.raises(StoreError, match="unknown status"):
            s.page(status="true")


@pytest.mark.parametrize("window, walk", [(2, 4), (2, 0), (1, 1000)])
@pytest.mark.parametrize("needle", ["harbour", "office", "the", "a", "zzz"])
def test_a_search_walked_in_windows_then_by_index_gives_the_desk_in_memory(
    desk, monkeypatch, window, walk, needle
):
    import claimdesk.store.pg_pages as pages

    monkeypatch.setattr(pages, "WINDOW", window)  # tiny: every stage of the search runs
    monkeypatch.setattr(pages, "MAX_WALK", walk)
    with open_store(desk, readonly=True) as s:
        assert _rows(_pages(s, search=needle)) == _rows(s.claims(search=needle))
        want = [c for c in s.claims(search=needle) if c.status == "verified"]
        assert _rows(_pages(s, search=needle, status="verified")) == _rows(want)


def test_the_search_follows_a_note_changed_undone_and_copied(desk):
    with open_store(desk) as s:
        cid = s.claims()[5].id
        s.set_note(cid, "ask the ferry clerk", reviewer="ana")
        assert [c.id for c in _pages(s, search="FERRY CLERK")] == [cid]
        s.undo(reviewer="ana")
        assert _pages(s, search="ferry clerk") == []
        assert _rows(_pages(s, search="harbour office")) == _rows(s.claims(search="harbour office"))


def test_a_desk_made_at_schema_2_is_upgraded_to_one_search_index(pg_dsn):
    import psycopg

    with open_store(pg_dsn) as s:
        s.ingest_extraction(extraction_a())
        cid = s.claims()[1].id
        s.mark([cid], "disputed", reviewer="bo", note="the pier log disagrees")
    with psycopg.connect(pg_dsn, autocommit=True) as conn:  # back to what 0002 left
        for sql in (
            "DROP INDEX claims_search_trgm",
            "ALTER TABLE claims DROP COLUMN note",
            "CREATE INDEX claims_text_trgm ON claims USING gin (text gin_trgm_ops)",
            "CREATE INDEX claims_speaker_trgm ON claims USING gin (speaker gin_trgm_ops)",
            "DROP INDEX claims_speaker_lower_ord, verdicts_reviewer, verdicts_note_by",
            "DELETE FROM claimdesk_schema WHERE version >= 3",
        ):
            conn.execute(sql)
    latest = migrations()[-1][0]
    with pytest.raises(
        StoreError, match=rf"desk schema 2 is older than this claimdesk's \({latest}\)"
    ):
        open_store(pg_dsn, readonly=True)
    with open_store(pg_dsn) as s:  # a writer upgrades it, the note kept on its claim
        assert [c.id for c in _pages(s, search="pier log")] == [cid]
    with psycopg.connect(pg_dsn) as conn:
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes").fetchall()}
    assert "claims_search_trgm" in names
    assert not names & {"claims_text_trgm", "claims_speaker_trgm"}


def test_offsets_counts_and_pane_filters_agree_with_the_desk_in_memory(desk):
    """What the dashboard's paged panes ask (store/pg_paged.py): a page by its offset
    (a jump), the count under the same filters, the Quotes pane's two kinds, one
    reviewer, the contested claims."""
    from claimdesk.store.pg_paged import PgPagedStore
    from claimdesk.store.pg_pages import PageFilter

    with open_store(desk, readonly=True) as full:
        every = full.claims()
        quotes = [c for c in every if c.kind != "number"]
        by_bo = [c for c in every if "bo" in (c.reviewer, c.note_by)]
        contested = [c for c in every if c.contested_with is not None]
        assert contested and by_bo
    paged = PgPagedStore(desk, readonly=True)
    try:
        more = PageFilter(kinds=("quote", "statement"))
        assert _rows(paged.page(offset=2, limit=3, more=more).claims) == _rows(quotes[2:5])
        assert paged.count(more=more) == len(quotes)
        assert paged.count(search="harbour") == len(full_search(desk, "harbour"))
        assert _rows(_pages(paged, more=PageFilter(reviewer="bo"))) == _rows(by_bo)
        assert _rows(_pages(paged, more=PageFilter(contested=True))) == _rows(contested)
        counts = paged.counts()
        assert counts["total"] == len(every) and counts["disputed"] == 4
        assert paged.held_claims() == 0
        with pytest.raises(StoreError, match="read in pages"):
            paged.claims()
    finally:
        paged.close()


def full_search(dsn: str, needle: str) -> list:
    with open_store(dsn, readonly=True) as s:
        return s.claims(search=needle)
