"""A server ingest's checkpoint features worked out in a forked child (store/pg_apart.py):
the ingest's own process computes none of them, the server keeps the same features as an
ingest that computed them itself, and a child that fails costs only derived data.
Counted (features computed in this process, children, fingerprint reads), never timed."""

from __future__ import annotations

import os

import psycopg
import pytest

from claimdesk.store import comparison
from claimdesk.store.backend import open_store
from claimdesk.store.features import FEATURES_VERSION
from claimdesk.store.ingest import ingest_paths
from tests.support.paths import SAMPLE_DATA

INPUTS = sorted(str(p) for p in SAMPLE_DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))
PRINTS_READ = "raw->>0 FROM features"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")


@pytest.fixture
def computed(monkeypatch) -> list[int]:
    """The articles whose features THIS process worked out (a child's count stays there)."""
    out: list[int] = []
    features = comparison.article_features

    def counting(art):
        out.append(1)
        return features(art)

    monkeypatch.setattr(comparison, "article_features", counting)
    return out


def _ingest(dsn: str, *, apart: bool, checkpoint_seconds: float = 0) -> list:
    with open_store(dsn, heads_only=True) as s:
        results = list(
            ingest_paths(
                s,
                INPUTS,
                published="2024-12-17",
                checkpoint_seconds=checkpoint_seconds,
                features_apart=apart,
            )
        )
        children = s._apart.children
    assert {r.status for r in results} == {"added"}
    return [children]


def _kept(dsn: str) -> dict[str, object]:
    with psycopg.connect(dsn) as conn:
        return dict(conn.execute("SELECT article_id, raw FROM features").fetchall())


def test_checkpoint_features_are_worked_out_in_a_child(pg_dsn, pg_server, computed):
    open_store(pg_dsn).close()  # (an existing desk: its ingest is not `exclusive`)
    [children] = _ingest(pg_dsn, apart=True)
    # a checkpoint after every article, each one's features in a child: none here
    assert children == len(INPUTS) >= 3
    assert computed == []
    apart = _kept(pg_dsn)
    with open_store(pg_dsn) as s:
        prints = s.fingerprints()
        assert s.kept_fingerprints(FEATURES_VERSION) == prints
    assert set(apart) == set(prints) and len(prints) == len(INPUTS)
    # the same features as an ingest that worked them out itself
    other = pg_server.fresh_dsn()
    open_store(other).close()
    [children] = _ingest(other, apart=False)
    assert children == 0
    assert len(computed) == len(INPUTS)
    assert _kept(other) == apart


def test_the_ingest_takes_the_childs_prints_and_reads_them_once(pg_dsn, monkeypatch):
    sent: list[str] = []
    execute = psycopg.Connection.execute

    def counting(self, query, *args, **kwargs):
        sent.append(query if isinstance(query, str) else query.as_string(self))
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", counting)
    open_store(pg_dsn, exclusive=True).close()
    sent.clear()
    with open_store(pg_dsn, heads_only=True, exclusive=True) as s:
        list(ingest_paths(s, INPUTS, checkpoint_seconds=0, features_apart=True))
        # the first child read them (not counted here); this process never did
        assert sum(PRINTS_READ in q for q in sent) == 0
        assert s.kept_fingerprints(FEATURES_VERSION) == s.fingerprints()
    assert sum(PRINTS_READ in q for q in sent) == 0


def test_a_failed_child_costs_only_features(pg_dsn, monkeypatch):
    parent = os.getpid()
    refresh = comparison.refresh_features

    def failing_in_a_child(store):
        if os.getpid() != parent:
            raise RuntimeError("a child that fails")
        return refresh(store)

    monkeypatch.setattr("claimdesk.store.ingest.refresh_features", failing_in_a_child)
    open_store(pg_dsn).close()
    [children] = _ingest(pg_dsn, apart=True)
    assert children == len(INPUTS)
    with open_store(pg_dsn) as s:
        assert len(s.articles()) == len(INPUTS)  # every article and claim stored
        claims = len(s.claims())
        kept = s.kept_fingerprints(FEATURES_VERSION)
    assert claims > 0
    # only the last article's features (worked out here at the batch's end); the rest
    # are for the next comparison to work out
    assert len(kept) < len(INPUTS)
