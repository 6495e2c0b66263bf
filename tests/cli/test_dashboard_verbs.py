"""`claimdesk demo`, `claimdesk open` and bare `claimdesk` (the dashboard's verbs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.cli import dashboard_verbs
from claimdesk.cli.main import main
from claimdesk.store import ClaimStore


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
    monkeypatch.setattr(dashboard_verbs, "open_dashboard", lambda path: opened.append(path) or 0)
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "env.json"))
    assert main([]) == 0
    assert main(["open", "--db", str(tmp_path / "x.json")]) == 0
    assert opened == [tmp_path / "env.json", tmp_path / "x.json"]


def test_db_before_the_verb(tmp_path: Path, monkeypatch, capsys) -> None:
    """QA3 F7: `claimdesk --db PATH` opens the dashboard on PATH (it was a usage error
    naming the path as an unknown verb); before a verb it is that verb's store."""
    opened: list[Path] = []
    monkeypatch.setattr(dashboard_verbs, "open_dashboard", lambda path: opened.append(path) or 0)
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
    monkeypatch.setattr(dashboard_verbs, "open_dashboard", lambda path: opened.append(path) or 0)
    with ClaimStore(db):
        assert main(["demo", "--db", str(db)]) == 0
    assert "read-only" in capsys.readouterr().err
    assert opened == [db]
