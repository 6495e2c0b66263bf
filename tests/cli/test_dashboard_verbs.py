"""`claimdesk demo`, `claimdesk open` and bare `claimdesk` (the dashboard's verbs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.cli import dashboard_verbs
from claimdesk.cli.main import main
from claimdesk.store import ClaimStore
from tests.support.cli import ARTICLE, run


def test_demo_ingests_bundled_samples_idempotently(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.json"
    samples = dashboard_verbs.sample_articles()
    assert samples and all(not f.name.endswith(".json") for f in samples)
    assert main(["demo", "--db", str(db), "--no-open"]) == 0
    assert f"{len(samples)} sample articles" in capsys.readouterr().err
    with ClaimStore(db) as store:
        assert len(store.articles()) == len(samples)
        claim = store.claims()[0]
        store.mark([claim.id], "verified")
        store.set_note(claim.id, "kept")
    # again: nothing re-added, the verdict and the note survive
    assert main(["demo", "--db", str(db), "--no-open"]) == 0
    assert "unchanged" in capsys.readouterr().err
    with ClaimStore(db, readonly=True) as store:
        again = store.claim(claim.id)
        assert (again.status, again.note) == ("verified", "kept")
    # --reset starts afresh
    assert main(["demo", "--db", str(db), "--reset", "--no-open"]) == 0
    with ClaimStore(db, readonly=True) as store:
        assert store.counts()["verified"] == 0


def test_demo_uses_the_manifest_dates(tmp_path: Path) -> None:
    manifest = dashboard_verbs.sample_manifest()
    dated = {k: v["cli_published"] for k, v in manifest.items() if v.get("cli_published")}
    if not dated:
        pytest.skip("no manifest dates bundled")
    db = tmp_path / "demo.json"
    assert main(["demo", "--db", str(db), "--no-open"]) == 0
    with ClaimStore(db, readonly=True) as store:
        by_name = {Path(a.path).name: a.published for a in store.articles()}
    for name, published in dated.items():
        if name in by_name:
            assert by_name[name] == published, name


def test_demo_default_store_sits_beside_the_default_one(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "main.json"))
    assert dashboard_verbs.demo_store_path(None) == tmp_path / "claimdesk-demo.json"


def test_bare_claimdesk_and_open_run_the_dashboard(tmp_path: Path, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        dashboard_verbs, "open_dashboard", lambda path, *_: opened.append(path) or 0
    )
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "env.json"))
    assert main([]) == 0
    assert main(["open", "--db", str(tmp_path / "x.json")]) == 0
    assert opened == [tmp_path / "env.json", tmp_path / "x.json"]


def test_db_before_the_verb(tmp_path: Path, monkeypatch, capsys) -> None:
    """QA3 F7: `claimdesk --db PATH` opens the dashboard on PATH (it was a usage error
    naming the path as an unknown verb); before a verb it is that verb's store."""
    opened: list[Path] = []
    monkeypatch.setattr(
        dashboard_verbs, "open_dashboard", lambda path, *_: opened.append(path) or 0
    )
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "env.json"))
    assert main(["--db", str(tmp_path / "x.json")]) == 0
    assert opened == [tmp_path / "x.json"]
    assert main(["--db", str(tmp_path / "none.json"), "stats"]) == 1
    assert "none.json" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "a.json"), "open", "--db", str(tmp_path / "b.json")]) == 0
    assert opened[-1] == tmp_path / "b.json"  # the verb's own --db wins


def test_demo_on_a_store_in_use_does_not_crash(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "demo.json"
    opened: list[Path] = []
    monkeypatch.setattr(
        dashboard_verbs, "open_dashboard", lambda path, *_: opened.append(path) or 0
    )
    with ClaimStore(db):  # an open dashboard: the demo adds its articles beside it
        assert main(["demo", "--db", str(db)]) == 0
    assert "21 added" in capsys.readouterr().err
    with ClaimStore(db, exclusive=True):  # an ingest at work: the demo opens without its own
        assert main(["demo", "--db", str(db)]) == 0
    assert "without ingesting the samples" in capsys.readouterr().err
    assert opened == [db, db]


def test_demo_reset_does_not_silently_wipe_a_real_store(capsys, tmp_path: Path) -> None:
    """`claimdesk demo --reset --db PATH` on a store that holds the reviewer's own articles
    and verdicts must refuse (or at least keep a recoverable copy), not delete them."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "work.json"
    assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
    first = json.loads(out.splitlines()[0])["id"]
    note = "hours of careful work"
    marked = run(capsys, "mark", first, "--status", "verified", "--note", note, "--db", str(db))
    assert marked[0] == 0
    code, _, _ = run(capsys, "demo", "--reset", "--no-open", "--db", str(db))
    if code != 0:
        _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
        assert note in out
    else:  # reset went ahead: the old store must survive somewhere beside it
        kept = [
            p
            for p in tmp_path.iterdir()
            if p.is_file() and p.name != "a.txt" and note.encode() in p.read_bytes()
        ]
        assert kept


def test_demo_reset_moves_the_merge_decisions_aside_with_the_store(capsys, tmp_path: Path) -> None:
    """QA3 F3: a reset desk starts without the old merge decisions (they go aside with the
    store, to the same PATH.bak-<time>), and so do its comparison cache and features."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.comparison import merges_path, record_decisions

    db = tmp_path / "d.json"
    assert run(capsys, "demo", "--no-open", "--db", str(db))[0] == 0
    with ClaimStore(db) as st:
        record_decisions(st, [("person:tomas berg", "person:thomas berg")], True)
    assert merges_path(db).exists()
    code, _, err = run(capsys, "demo", "--reset", "--no-open", "--db", str(db))
    assert code == 0 and "moved aside" in err
    assert not merges_path(db).exists() or b"tomas berg" not in merges_path(db).read_bytes()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak-" in p.name)
    assert any(n.endswith(".merges") for n in backups), backups
    assert any(n.endswith(".features") for n in backups), backups
    stamp = backups[0].split(".bak-")[1][:14]
    assert all(stamp in n for n in backups)  # one time stamp: one old desk
