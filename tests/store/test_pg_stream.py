"""An ingest batch's server write overlapping its extraction (store/pg_stream.py): the
desk it leaves is the file desk's for the same input, in the same order, and a batch that
fails leaves nothing of itself on the server."""

from __future__ import annotations

import random

import pytest

import claimdesk.store.pg_store as pg_store
from benchmarks.bench_store import synthetic_extraction
from claimdesk.store import StoreError
from claimdesk.store.backend import open_store
from tests.support.store_fixtures import make_extraction


def _rows(db: str) -> list[tuple]:
    with open_store(db, readonly=True) as s:
        arts = [a.id for a in s.articles()]
        return [arts] + [(c.id, c.article_id, c.text, c.status, c.note) for c in s.claims()]


def _batch(db: str, exts: list) -> None:
    with open_store(db) as s, s.batch():
        for ext in exts:
            s.ingest_extraction(ext)


@pytest.fixture
def streaming(monkeypatch):
    monkeypatch.setattr(pg_store, "STREAM_ARTICLES", 3)  # several sends in a small batch
    sent: list[int] = []
    put = pg_store.CopyStream.put
    monkeypatch.setattr(
        pg_store.CopyStream, "put", lambda self, a, c: (sent.append(len(a)), put(self, a, c))
    )
    return sent


def test_a_streamed_batch_leaves_the_desk_an_unstreamed_one_does(
    pg_server, tmp_path, streaming, monkeypatch
):
    rng = random.Random(5)
    first = [synthetic_extraction(i, rng) for i in range(8)] + [make_extraction()]
    second = [synthetic_extraction(i, rng) for i in range(8, 15)]
    # new, one unchanged, one changed (ingested again: streaming stops), then new ones
    again = [second[0], first[2], make_extraction(variant=1), *second[1:]]
    file_db, streamed, whole = str(tmp_path / "desk.json"), pg_server.fresh_dsn(), ""
    _batch(file_db, first)
    _batch(streamed, first)
    assert streaming == [3, 3, 3]
    assert _rows(streamed) == _rows(file_db)  # new articles: the file desk's, in order
    for db in (streamed, whole := pg_server.fresh_dsn()):
        if db == whole:
            monkeypatch.setattr(pg_store, "STREAM_ARTICLES", 10**9)  # everything at the end
            _batch(db, first)
        with open_store(db) as s:
            s.mark([s.claims()[4].id], "disputed", note="the ferry log", reviewer="ana")
        _batch(db, again)
    assert streaming == [3, 3, 3]  # none in the second batch: it ingests an article again
    assert _rows(streamed) == _rows(whole)
    with open_store(streamed, readonly=True) as s:
        assert [c.id for c in s.page(limit=1000).claims] == [c.id for c in s.claims()]


def test_a_streamed_batch_that_fails_writes_nothing(pg_dsn, streaming, monkeypatch):
    rng = random.Random(9)
    exts = [synthetic_extraction(i, rng) for i in range(7)]
    real = pg_store.PgStore._put_on_server

    def broken(self, conn, article_ids, orphan_ids):
        conn.execute("SELECT 1/0")  # the server refuses the end of the write

    monkeypatch.setattr(pg_store.PgStore, "_put_on_server", broken)
    with pytest.raises(StoreError, match="ingest not saved"):
        _batch(pg_dsn, exts)
    assert streaming == [3, 3]
    assert _rows(pg_dsn) == [[]]
    monkeypatch.setattr(pg_store.PgStore, "_put_on_server", real)
    _batch(pg_dsn, exts)  # and the same batch goes in whole afterwards
    assert len(_rows(pg_dsn)[0]) == 7
