"""`claimdesk export`: what a report says, the files it never writes over, and what
importing an older export back into the store keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import ARTICLE, run


def test_claimreview_of_a_figure_says_what_was_counted(capsys, tmp_path: Path) -> None:
    """claimReviewed for a number claim must say what the figure counts (its noun or its
    sentence), not only "at least 3,400" — alone that is no claim a reader can check."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", db, "--kind", "number", "--format", "jsonl")
    num = next(json.loads(line) for line in out.splitlines() if '"3,400' in line or "3400" in line)
    assert run(capsys, "mark", num["id"], "--status", "verified", "--db", db)[0] == 0
    code, out, _ = run(capsys, "export", "--format", "claimreview", "--org", "Aster", "--db", db)
    assert code == 0
    graph = json.loads(out)["@graph"]
    reviewed = [g["claimReviewed"] for g in graph if g["identifier"] == num["id"]]
    assert reviewed and "residents" in reviewed[0]


@pytest.mark.parametrize("suffix", ["", ".journal"])
def test_export_refuses_to_overwrite_the_store_itself(capsys, tmp_path: Path, suffix: str) -> None:
    """`claimdesk export --format md -o claimdesk.json` (a slip of the tab key) must not
    replace the store (or its verdict journal) with a report: every verdict would be gone."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.json"
    assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
    first = json.loads(out.splitlines()[0])["id"]
    assert run(capsys, "mark", first, "--status", "verified", "--db", str(db))[0] == 0
    target = Path(str(db) + suffix)
    before = target.read_bytes()
    code, _, err = run(capsys, "export", "--format", "md", "-o", str(target), "--db", str(db))
    assert code != 0 and err.strip()
    assert target.read_bytes() == before


def test_import_of_an_older_export_keeps_the_newer_verdict(capsys, tmp_path: Path) -> None:
    """Export (claim verified), then dispute it with a note, then import the old export:
    the newer verdict and note must stay (or the import must refuse / report the clash),
    not be silently replaced by the older ones."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    cid = json.loads(out.splitlines()[0])["id"]
    assert run(capsys, "mark", cid, "--status", "verified", "--note", "old", "--db", db)[0] == 0
    old = str(tmp_path / "old.json")
    assert run(capsys, "export", "--format", "json", "-o", old, "--db", db)[0] == 0
    newer = "source retracted"
    assert run(capsys, "mark", cid, "--status", "disputed", "--note", newer, "--db", db)[0] == 0
    run(capsys, "import", old, "--db", db)
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    row = next(json.loads(line) for line in out.splitlines() if json.loads(line)["id"] == cid)
    assert (row["status"], row["note"]) == ("disputed", newer)


@pytest.mark.parametrize("suffix", [".merges", ".features"])
def test_export_refuses_another_stores_companion_file(capsys, tmp_path: Path, suffix: str) -> None:
    """QA3 F2: `export --db A -o B.json.merges` must not replace store B's merge
    decisions (nor its features) with a report; a file that only looks like one is fine."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.comparison import record_decisions

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for db in (a, b):
        assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    with ClaimStore(b) as st:
        record_decisions(st, [("person:tomas berg", "person:thomas berg")], True)
    target = Path(str(b) + suffix)
    before = target.read_bytes()
    code, _, err = run(capsys, "export", "--format", "md", "-o", str(target), "--db", str(a))
    assert code == 1 and "belongs to the claimdesk store" in err
    assert target.read_bytes() == before
