"""What a server ingest asks of the server (store/pg_conn.py `writer_session`): a writing
session stores the article documents with lz4, a third of the server's CPU that pglz took
for them; a reader's session sets nothing. Counted (statements, compression methods),
never timed."""

from __future__ import annotations

import psycopg
import pytest

from claimdesk.store.backend import open_store
from claimdesk.store.ingest import ingest_paths
from claimdesk.store.pg_conn import LZ4_SINCE
from tests.support.paths import SAMPLE_DATA

INPUTS = sorted(str(p) for p in SAMPLE_DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))
SET_LZ4 = "SET default_toast_compression = 'lz4'"


def _server_has_lz4(dsn: str) -> bool:
    with psycopg.connect(dsn, autocommit=True) as conn:
        if conn.info.server_version < LZ4_SINCE:
            return False
        try:
            conn.execute(SET_LZ4)
        except psycopg.Error:
            return False
    return True


@pytest.fixture
def sent(monkeypatch) -> list[str]:
    """Every statement claimdesk sends through Connection.execute, as text."""
    out: list[str] = []
    execute = psycopg.Connection.execute

    def counting(self, query, *args, **kwargs):
        out.append(query if isinstance(query, str) else repr(query))
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", counting)
    return out


def test_an_ingest_stores_its_documents_with_lz4(pg_dsn, sent):
    if not _server_has_lz4(pg_dsn):
        pytest.skip("this server has no lz4 (PostgreSQL 14 or later, built with it)")
    sent.clear()
    with open_store(pg_dsn, heads_only=True) as s:
        results = list(ingest_paths(s, INPUTS, published="2024-12-17"))
    assert {r.status for r in results} == {"added"}
    assert sent.count(SET_LZ4) == 1  # once for the writer's one connection
    with psycopg.connect(pg_dsn) as conn:
        methods = dict(
            conn.execute(
                "SELECT pg_column_compression(doc), count(*) FROM articles GROUP BY 1"
            ).fetchall()
        )
    # (a document too short to compress is stored as it is: NULL)
    assert methods.get("lz4", 0) >= len(INPUTS) // 2
    assert "pglz" not in methods


def test_a_reader_leaves_the_session_as_it_is(pg_dsn, sent):
    open_store(pg_dsn).close()  # the desk made (a writer)
    sent.clear()
    with open_store(pg_dsn, readonly=True) as s:
        assert s.claims() == []
    assert SET_LZ4 not in sent
