"""`claimdesk ingest` into a server desk reads only the articles' heads, verdicts and
history (store/pg_store.py _load_heads): the claims it reads do not grow with the desk,
and an article ingested again is read when it comes, so that its update keeps every
verdict exactly as the desk read whole does."""

from __future__ import annotations

import psycopg
import pytest

import claimdesk.store.pg_store as pg_store_mod
from claimdesk.cli.main import main
from claimdesk.store.backend import open_store
from claimdesk.store.ingest import ingest_paths
from claimdesk.store.pg_rows import CLAIM_COLUMNS
from claimdesk.store.pg_store import VERDICT_COLUMNS

DAY = ["--published", "2024-12-17"]


def _report(folder, i: int, *, quote: str = "We will finish the east quay by spring") -> str:
    """One short invented report about a made-up harbour town, its own text."""
    p = folder / f"report-{i:04d}.txt"
    p.write_text(
        f"Harbour repairs in Lindqvarn, report {i}\n\n"
        f"Mayor Ilse Varga-{i} said on Tuesday that the repairs would cost "
        f'{i + 3}.5 million crowns. "{quote}," she said. '
        f"The council counted {i * 7 + 11} damaged moorings after the storm.\n"
    )
    return str(p)


@pytest.fixture
def claims_built(monkeypatch) -> list[int]:
    """How many claim rows the server store builds (each read from the server)."""
    built = [0]
    real = pg_store_mod.claim_from_row

    def counting(row):  # type: ignore[no-untyped-def]
        built[0] += 1
        return real(row)

    monkeypatch.setattr(pg_store_mod, "claim_from_row", counting)
    return built


def _claims_on(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT count(*) FROM claims").fetchone()[0]


@pytest.mark.parametrize("size", [4, 40])
def test_a_server_ingest_reads_no_claim_of_the_desk_it_adds_to(
    pg_dsn, tmp_path, capsys, claims_built, size
):
    desk = tmp_path / "desk"
    desk.mkdir()
    paths = [_report(desk, i) for i in range(size)]
    assert main(["--db", pg_dsn, "ingest", *paths, *DAY]) == 0
    assert _claims_on(pg_dsn) >= 3 * size
    claims_built[0] = 0
    late = tmp_path / "late"
    late.mkdir()
    new = _report(late, 9000)
    assert main(["--db", pg_dsn, "ingest", new, *DAY]) == 0
    assert "1 added" in capsys.readouterr().err
    assert claims_built[0] == 0  # (not one of the desk's claims: a new article's own)
    # ingested again, unchanged and changed: only that article's claims are read
    assert main(["--db", pg_dsn, "ingest", paths[0], *DAY]) == 0
    assert "1 unchanged" in capsys.readouterr().err
    _report(desk, 0, quote="The quay opens in June")
    assert main(["--db", pg_dsn, "ingest", paths[0], *DAY]) == 0
    assert "1 updated" in capsys.readouterr().err
    assert 0 < claims_built[0] <= 2 * 5  # (two reads of one article's few claims)


def test_a_heads_only_desk_holds_only_the_claims_of_what_it_ingests(pg_dsn, tmp_path):
    paths = [_report(tmp_path, i) for i in range(12)]
    assert main(["--db", pg_dsn, "ingest", *paths[:10], *DAY]) == 0
    before = _claims_on(pg_dsn)
    with open_store(pg_dsn, heads_only=True) as store:
        assert store.held_claims() == 0
        results = list(ingest_paths(store, paths[10:], published="2024-12-17"))
        assert [r.status for r in results] == ["added", "added"]
        ours = {r.article_id for r in results}
        assert {c.article_id for c in store.claims()} == ours
        store.flush()
        store.release_written()
        assert store.held_claims() == 0
    assert _claims_on(pg_dsn) == before + sum(r.claims for r in results)


def _rows(dsn: str) -> tuple[list[tuple], list[tuple]]:
    """The claims (in their order, without `ord`) and verdicts (without their times)."""
    verdict_cols = ", ".join(c for c in VERDICT_COLUMNS.split(", ") if c not in ("at", "note_at"))
    with psycopg.connect(dsn) as conn:
        claims = conn.execute(f"SELECT {CLAIM_COLUMNS} FROM claims ORDER BY ord").fetchall()
        verdicts = conn.execute(f"SELECT {verdict_cols} FROM verdicts ORDER BY claim_id").fetchall()
    return claims, verdicts


def test_a_changed_article_ingested_again_keeps_its_verdicts_as_the_full_desk_does(
    pg_server, tmp_path, capsys
):
    paths = [_report(tmp_path, i) for i in range(3)]
    heads, full = pg_server.fresh_dsn(), pg_server.fresh_dsn()
    for dsn in (heads, full):
        assert main(["--db", dsn, "ingest", *paths, *DAY]) == 0
        with open_store(dsn) as s:
            first = s.claims()[0].article_id
            mine = [c for c in s.claims() if c.article_id == first]
            quote = next(c for c in mine if "east quay" in c.text)
            other = next(c for c in mine if c.id != quote.id)
            s.mark([quote.id], "disputed", note="the plan says autumn", reviewer="ana")
            s.mark([other.id], "verified", reviewer="bo")
    _report(tmp_path, 0, quote="The quay opens in June")  # the quote is gone, the rest stays
    assert main(["--db", heads, "ingest", paths[0], *DAY]) == 0
    said = capsys.readouterr().err
    assert "1 updated" in said and "Traceback" not in said
    with open_store(full) as s:  # the desk read whole: the path it must match
        assert [r.status for r in ingest_paths(s, [paths[0]], published="2024-12-17")] == [
            "updated"
        ]
    assert _rows(heads) == _rows(full)
    claims, verdicts = _rows(heads)
    orphan = next(r for r in claims if r[0] == quote.id)
    assert orphan[CLAIM_COLUMNS.split(", ").index("orphaned")] is True
    assert (quote.id, "disputed", "the plan says autumn", "ana") in [v[:4] for v in verdicts]
    assert (other.id, "verified") in [v[:2] for v in verdicts]


def test_watch_into_a_server_desk_skips_what_its_heads_name(pg_dsn, tmp_path):
    """`watch` opens a server desk as `ingest` does (heads only): a link already on the
    desk is still known (not fetched again), a new one is stored."""
    import subprocess
    import sys

    from tests.support.feed_server import feed_server
    from tests.support.watch_pages import page, rss

    claimdesk = [sys.executable, "-m", "claimdesk", "--db", pg_dsn]
    with feed_server() as srv:
        library = srv.put("/n/library.html", page("library"))
        got = subprocess.run([*claimdesk, "ingest", library], capture_output=True, text=True)
        assert got.returncode == 0, got.stderr
        ferry = srv.put("/n/ferry.html", page("ferry"))
        items = [("a1", library, "Mon, 16 Dec 2024 08:00:00 GMT")]
        items.append(("a2", ferry, "Mon, 16 Dec 2024 09:00:00 GMT"))
        feed = srv.put("/a.xml", rss("Oskel Gazette", items), "application/rss+xml")
        log = str(tmp_path / "watch.log")
        argv = ["watch", "--once", feed, "--host-interval", "0", "--log", log]
        run = subprocess.run([*claimdesk, *argv], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert "1 new, 0 updated, 0 error(s)" in run.stdout
        assert len(srv.seen("/n/library.html")) == 1  # (by `ingest` only)
    with open_store(pg_dsn, readonly=True) as s:
        assert sorted(a.url for a in s.articles()) == sorted([library, ferry])
