"""Server-side pages of a PostgreSQL desk (store/pg_pages.py): keyset pages in ingest
order, the status filter and the search done by the server, each the same claims as the
desk in memory gives."""

from __future__ import annotations

import pytest

from claimdesk.store import STATUSES, StoreError
from claimdesk.store.backend import open_store
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
