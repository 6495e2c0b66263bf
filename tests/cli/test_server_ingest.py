"""`claimdesk ingest` into a server desk across checkpoints (an ingest longer than one
checkpoint writes what it has and goes on): the same desk as a file desk of the same
input, each checkpoint its own committed write."""

from __future__ import annotations

import json
import types

import psycopg
import pytest

import claimdesk.store.ingest as ingest_mod
from claimdesk.cli.main import main
from claimdesk.store.backend import open_store
from claimdesk.store.features import read_kept
from tests.support.paths import SAMPLE_DATA

INPUTS = sorted(str(p) for p in SAMPLE_DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))


@pytest.fixture
def every_article_a_checkpoint(monkeypatch):
    """A clock that runs a minute per look: each article ends a checkpoint."""
    now = [0.0]

    def monotonic() -> float:
        now[0] += 60.0
        return now[0]

    monkeypatch.setattr(ingest_mod, "time", types.SimpleNamespace(monotonic=monotonic))


def _listed(capsys, db: str) -> list[dict]:
    assert main(["--db", db, "list", "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_server_ingest_across_checkpoints_stores_what_a_file_ingest_does(
    pg_dsn, tmp_path, capsys, every_article_a_checkpoint
):
    file_db = str(tmp_path / "desk.json")
    for db in (file_db, pg_dsn):
        assert main(["--db", db, "ingest", *INPUTS, "--published", "2024-12-17"]) == 0
        err = capsys.readouterr().err
        assert "Traceback" not in err and f"{len(INPUTS)} added" in err
    assert _listed(capsys, pg_dsn) == _listed(capsys, file_db)
    with psycopg.connect(pg_dsn) as conn:  # one committed write per checkpoint
        rev = conn.execute("SELECT value FROM desk_meta WHERE key = 'articles_rev'").fetchone()
        # each checkpoint kept its own articles' features: the rows written by the first
        # ones were left alone, not deleted and written again by each later one
        writes = conn.execute("SELECT count(DISTINCT xmin::text) FROM features").fetchone()
    assert int(rev[0]) >= len(INPUTS) - 1
    assert writes[0] >= len(INPUTS) - 1
    with open_store(pg_dsn, readonly=True) as on_server, open_store(file_db) as on_file:
        kept = read_kept(on_server)
        assert len(kept) == len(INPUTS) and kept == read_kept(on_file)
