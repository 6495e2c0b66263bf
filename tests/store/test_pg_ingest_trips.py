"""What a server ingest waits on the server for, counted in statements (never timed): a
new desk's migrations go as one script (store/pg_conn.py `migrate`), and an ingest reads
the kept features' fingerprints once, not at every checkpoint (store/pg_features.py)."""

from __future__ import annotations

import psycopg
import pytest

from claimdesk.store import pg_conn
from claimdesk.store.backend import open_store
from claimdesk.store.features import FEATURES_VERSION
from claimdesk.store.ingest import ingest_paths
from claimdesk.store.pg_conn import migrations, schema_version
from tests.support.paths import SAMPLE_DATA

INPUTS = sorted(str(p) for p in SAMPLE_DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))
PRINTS_READ = "raw->>0 FROM features"


@pytest.fixture
def sent(monkeypatch) -> list[str]:
    """Every statement claimdesk sends through Connection.execute, as text."""
    out: list[str] = []
    execute = psycopg.Connection.execute

    def counting(self, query, *args, **kwargs):
        text = query if isinstance(query, str) else query.as_string(self)
        out.append(text)
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", counting)
    return out


def test_a_new_desk_gets_every_migration_in_one_statement(pg_dsn, sent, monkeypatch):
    calls: list[int] = []
    migrate = pg_conn.migrate

    def counted(conn, label, *, readonly):
        before = len(sent)
        try:
            return migrate(conn, label, readonly=readonly)
        finally:
            calls.append(len(sent) - before)

    monkeypatch.setattr("claimdesk.store.pg_store.migrate", counted)
    open_store(pg_dsn).close()
    # the version (no table yet), the lock and the table, the version again, the script
    assert calls == [4]
    known = migrations()
    scripts = [s for s in sent if all(sql.strip()[:60] in s for _v, _n, sql in known)]
    assert len(scripts) == 1
    with psycopg.connect(pg_dsn) as conn:
        rows = conn.execute("SELECT version, name FROM claimdesk_schema ORDER BY 1").fetchall()
        assert rows == [(v, n) for v, n, _sql in known]
        assert schema_version(conn) == known[-1][0]
    sent.clear()
    open_store(pg_dsn).close()  # (up to date: the version read, nothing applied)
    assert not [s for s in sent if "claimdesk_schema (version" in s]


def test_an_older_desk_gets_only_its_missing_migrations(pg_dsn):
    open_store(pg_dsn).close()
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("DROP INDEX verdicts_reviewer")
        conn.execute("DELETE FROM claimdesk_schema WHERE version = 4")
    open_store(pg_dsn).close()
    with psycopg.connect(pg_dsn) as conn:
        assert schema_version(conn) == migrations()[-1][0]
        assert conn.execute("SELECT to_regclass('verdicts_reviewer')").fetchone()[0]


def test_an_ingest_reads_the_kept_fingerprints_once(pg_dsn, sent):
    open_store(pg_dsn).close()  # (an existing desk: its ingest is not `exclusive`)
    sent.clear()
    with open_store(pg_dsn, heads_only=True) as s:
        # a checkpoint after every article
        results = list(ingest_paths(s, INPUTS, published="2024-12-17", checkpoint_seconds=0))
    assert {r.status for r in results} == {"added"}
    checkpoints = sum("articles_rev' RETURNING" in q for q in sent)
    assert checkpoints == len(INPUTS) >= 3
    # once in the batch, once more after it (the ingest let go of the desk between)
    assert sum(PRINTS_READ in q for q in sent) == 2
    with open_store(pg_dsn) as s:
        prints = s.fingerprints()
        assert s.kept_fingerprints(FEATURES_VERSION) == prints
        assert len(prints) == len(INPUTS)
