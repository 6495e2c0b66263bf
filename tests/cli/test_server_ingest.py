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
from claimdesk.store import comparison
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


def test_the_verb_works_out_each_checkpoints_features_in_a_child(
    pg_dsn, capsys, every_article_a_checkpoint, monkeypatch
):
    """store/pg_apart.py: `claimdesk ingest` on a server desk asks for the child; this
    process (the ingest's) works out no checkpoint's features, and all are kept."""
    computed: list[int] = []
    features = comparison.article_features

    def counting(art):
        computed.append(1)  # (a child's count stays in the child)
        return features(art)

    monkeypatch.setattr(comparison, "article_features", counting)
    assert main(["--db", pg_dsn, "ingest", *INPUTS, "--published", "2024-12-17"]) == 0
    assert f"{len(INPUTS)} added" in capsys.readouterr().err
    assert computed == []
    with open_store(pg_dsn, readonly=True) as on_server:
        assert len(read_kept(on_server)) == len(INPUTS)


TOWNS = ("Brenholt", "Ostvik", "Marrow Bay", "Kelden", "Tarsby")


def _write_articles(folder, n: int) -> list[str]:
    """n short invented reports, each its own text (its own article)."""
    paths = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        p = folder / f"report-{i:04d}.txt"
        p.write_text(
            f"Harbour repairs in {town}, report {i}\n\n"
            f"Mayor Ilse Varga-{i} said on Tuesday that the repairs in {town} would cost "
            f'{i + 3}.5 million crowns. "We will finish the east quay by spring," she said. '
            f"The council counted {i * 7 + 11} damaged moorings after the storm.\n"
        )
        paths.append(str(p))
    return paths


def test_a_killed_server_ingest_leaves_the_desk_consistent_and_loses_no_verdict(
    pg_dsn, tmp_path, capsys
):
    import os
    import signal
    import subprocess
    import sys

    from claimdesk.store.pg_store import STREAM_ARTICLES

    first = _write_articles(tmp_path, 3)
    assert main(["--db", pg_dsn, "ingest", *first, "--published", "2024-12-17"]) == 0
    with open_store(pg_dsn) as s:
        reviewed = s.claims()[0].id
        s.mark([reviewed], "disputed", note="the quay plan says 3.1", reviewer="ana")
    rest = _write_articles(tmp_path, STREAM_ARTICLES + 60)[3:]
    day = ["--published", "2024-12-17"]
    cmd = [sys.executable, "-m", "claimdesk", "--db", pg_dsn, "ingest", str(tmp_path), *day]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    added = 0
    while added < STREAM_ARTICLES + 20:  # past the first rows sent to the writer thread
        line = proc.stdout.readline()
        assert line, "the ingest ended before it could be killed"
        added += line.startswith("added")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with open_store(pg_dsn, readonly=True) as s:  # whole checkpoints only
        by_article = {a.id: a for a in s.articles()}
        assert 3 <= len(by_article) < 3 + len(rest)
        claims = s.claims()
        assert {c.article_id for c in claims} == set(by_article)
        assert all(len([c for c in claims if c.article_id == a]) >= 3 for a in by_article)
        kept = s.claim(reviewed)
        assert (kept.status, kept.note) == ("disputed", "the quay plan says 3.1")
    # the same ingest again (waiting for the server to drop the killed one's lock)
    # completes the desk: it then holds what a file desk does
    file_db = str(tmp_path / "desk.json")
    for db in (pg_dsn, file_db):
        assert main(["--db", db, "ingest", str(tmp_path), *day, "--wait", "30"]) == 0
    capsys.readouterr()
    on_server = [r for r in _listed(capsys, pg_dsn) if r["id"] != reviewed]
    assert on_server == [r for r in _listed(capsys, file_db) if r["id"] != reviewed]
    assert len(on_server) >= 3 * (len(rest) + 3)


def test_a_server_ingest_takes_no_first_page(pg_dsn, tmp_path, capsys, monkeypatch):
    """A file desk's ingest hands each checkpoint's claims to a PageTaker (the next
    dashboard launch's first page); a server desk's dashboard reads pages, so its ingest
    walks no claim for a page it would never write."""
    from claimdesk.tui.first_page import PageTaker

    looked: list[str] = []
    see = PageTaker.see
    monkeypatch.setattr(
        PageTaker, "see", lambda self, store: (looked.append(str(store.path)), see(self, store))[1]
    )
    inputs = _write_articles(tmp_path, 3)
    file_db = str(tmp_path / "desk.json")
    for db in (pg_dsn, file_db):
        assert main(["--db", db, "ingest", *inputs, "--published", "2024-12-17"]) == 0
    capsys.readouterr()
    assert looked == [file_db]  # the file desk's only (its end; no checkpoint before)
