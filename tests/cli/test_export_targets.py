"""`claimdesk export -o`: never a file a store keeps or would keep, existing or not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimdesk.store import StoreError
from claimdesk.store.paths import COMPANION_SUFFIXES, check_output
from tests.support.cli import ARTICLE, run


def _store(capsys, tmp_path: Path, name: str) -> Path:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / name
    assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    return db


@pytest.mark.parametrize("suffix", COMPANION_SUFFIXES)
def test_another_stores_companion_is_refused_before_it_exists(
    capsys, tmp_path: Path, suffix: str
) -> None:
    """Finding 1: `export --db a.json -o b.json.merges` wrote the report when b had no
    merge decisions yet, and `compare --db b.json` then failed on the "damaged" file."""
    a = _store(capsys, tmp_path, "a.json")
    b = _store(capsys, tmp_path, "b.json")
    target = Path(str(b) + suffix)
    target.unlink(missing_ok=True)
    code, _, err = run(capsys, "export", "--format", "md", "-o", str(target), "--db", str(a))
    assert code == 1 and "claimdesk" in err and "Traceback" not in err
    assert not target.exists()
    assert run(capsys, "compare", "--db", str(b))[0] == 0


def test_a_journal_for_a_store_copied_without_one_is_refused(capsys, tmp_path: Path) -> None:
    """Finding 1: a store copied without its journal, then `export -o copy/store.json.journal`,
    and `list`/`mark` refused the store."""
    db = _store(capsys, tmp_path, "store.json")
    _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
    cid = json.loads(out.splitlines()[0])["id"]
    (tmp_path / "copy").mkdir()
    copy = tmp_path / "copy" / "store.json"
    shutil.copy(db, copy)
    journal = Path(str(copy) + ".journal")
    journal.unlink(missing_ok=True)
    code, _, err = run(capsys, "export", "--format", "csv", "-o", str(journal), "--db", str(db))
    assert code == 1 and err.strip() and not journal.exists()
    assert run(capsys, "list", "--db", str(copy))[0] == 0
    assert run(capsys, "mark", cid, "--status", "verified", "--db", str(copy))[0] == 0


def test_every_file_a_store_writes_and_any_later_one_is_refused(capsys, tmp_path: Path) -> None:
    """The class: whatever files the store keeps beside itself now (after ingest, a verdict,
    a merge decision and a comparison), and any NAME.something it may add later."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.comparison import record_decisions

    db = _store(capsys, tmp_path, "desk.json")
    with ClaimStore(db) as st:
        st.mark([st.claims()[0].id], "verified")
        record_decisions(st, [("person:tomas berg", "person:thomas berg")], True)
    assert run(capsys, "compare", "--db", str(db))[0] == 0
    written = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("desk.json"))
    assert len(written) >= 3
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    for name in [*written, "desk.json.history", "desk.json.index", ".desk.json.tmp-1-ab"]:
        with pytest.raises(StoreError):
            check_output(tmp_path / name)  # (from any store: not only its own)
    check_output(tmp_path / "desk-report.md")
    check_output(elsewhere / "desk.json.md")  # no store desk.json beside it


def test_a_failed_export_leaves_the_old_report_whole(capsys, tmp_path: Path) -> None:
    """The report is written whole or not at all: an error leaves the old file as it was
    and no temporary file beside it."""
    db = _store(capsys, tmp_path, "s.json")
    out = tmp_path / "report.jsonld"
    out.write_text("old report")
    code, _, err = run(capsys, "export", "--format", "claimreview", "-o", str(out), "--db", str(db))
    assert code == 1 and "--org" in err
    assert out.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir() if "report" in p.name) == ["report.jsonld"]
    code, _, err = run(
        capsys, "export", "--format", "md", "-o", str(tmp_path / "no" / "r.md"), "--db", str(db)
    )
    assert code == 1 and "no folder" in err
