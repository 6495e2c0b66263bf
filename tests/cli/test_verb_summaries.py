"""What `history`, `import`, `list` and `export --format claimreview` tell the user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import ARTICLE, run

LONG_SPEAKER = "The Lindel Canal and Southern Harbour Flood Defence Coordination Authority"


@pytest.fixture
def db(capsys, tmp_path: Path) -> str:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    path = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", path, "--published", "2025-01-10")[0] == 0
    return path


def _ids(capsys, db: str) -> list[str]:
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    return [json.loads(line)["id"] for line in out.splitlines()]


def test_history_shows_a_note_edit_as_a_note(capsys, db: str) -> None:
    """Finding 17: a note edit was shown as "disputed -> disputed"."""
    cid = _ids(capsys, db)[0]
    assert run(capsys, "mark", cid, "--status", "disputed", "--db", db)[0] == 0
    assert run(capsys, "note", cid, "two sources disagree", "--db", db)[0] == 0
    _, out, _ = run(capsys, "history", cid, "--db", db, "--format", "tsv")
    changes = [line.split("\t")[4] for line in out.splitlines()]
    assert changes == ["unreviewed -> disputed", "note"]
    _, out, _ = run(capsys, "mark", cid, "--status", "disputed", "--note", "3", "--db", db)
    assert f"{cid}  note" in out and "disputed -> disputed" not in out
    _, out, _ = run(capsys, "undo", "--db", db)
    assert "disputed -> disputed" not in out and "note restored" in out


def test_a_second_import_counts_what_it_did_not_apply_and_why(capsys, db, tmp_path) -> None:
    """Finding 17: importing the same export again said "0 verdict(s) applied" and no
    more: nothing said the verdicts were already there."""
    ids = _ids(capsys, db)
    assert run(capsys, "mark", *ids[:2], "--status", "verified", "--db", db)[0] == 0
    dump = tmp_path / "all.json"
    assert run(capsys, "export", "--format", "json", "-o", str(dump), "--db", db)[0] == 0
    code, out, _ = run(capsys, "import", str(dump), "--db", db)
    assert code == 0
    assert "0 verdict(s) applied; not applied: 2 already so in the store" in out
    assert f"{len(ids) - 2} claims without a verdict in the export" in out


def test_list_gives_the_claim_more_room_than_a_long_speaker(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    """Finding 17: the `list` table gave the speaker as much width as the claim."""
    monkeypatch.setenv("COLUMNS", "120")
    src = tmp_path / "b.txt"
    src.write_text(
        f"{LONG_SPEAKER} said on Monday that the new sluice gates at the southern end of "
        "the canal would be closed every night until the spring tides had passed.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "b.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    code, out, _ = run(capsys, "list", "--db", db, "--format", "table")
    assert code == 0
    header = next(line for line in out.splitlines() if "speaker" in line and "claim" in line)
    cells = header.split("┃")[1:-1]
    widths = {c.strip(): len(c) for c in cells}
    assert widths["claim"] >= 2 * widths["speaker"], widths


def test_claimreview_without_a_review_url_warns_and_without_org_is_refused(capsys, db: str) -> None:
    """Findings 17, 18: the author silently became "claimdesk" without --org, and nothing
    could say which page hosts the fact check."""
    cid = _ids(capsys, db)[0]
    assert run(capsys, "mark", cid, "--status", "verified", "--db", db)[0] == 0
    code, out, err = run(capsys, "export", "--format", "claimreview", "--db", db)
    assert code == 1 and out == "" and "--org" in err
    code, out, err = run(capsys, "export", "--format", "claimreview", "--org", "Aster", "--db", db)
    assert code == 0 and "--review-url" in err and "warning" in err
    code, out, err = run(
        capsys,
        "export",
        "--format",
        "claimreview",
        "--org",
        "Aster",
        "--org-url",
        "https://aster.example",
        "--review-url",
        "https://aster.example/checks/{id}",
        "--db",
        db,
    )
    assert code == 0 and "warning" not in err
    (review,) = json.loads(out)["@graph"]
    assert review["url"] == f"https://aster.example/checks/{cid}"
    assert review["author"]["url"] == "https://aster.example"
    code, _, err = run(capsys, "export", "--format", "md", "--org", "Aster", "--db", db)
    assert code == 1 and "claimreview" in err


def test_claimreview_says_how_many_orphaned_verdicts_it_left_out(capsys, tmp_path) -> None:
    """Finding 20: orphaned claims were exported as reviews of an article that no longer
    holds them; they are left out now, and the command says how many."""
    from claimdesk.store import ClaimStore
    from tests.support.store_fixtures import make_extraction

    db = tmp_path / "s.json"
    with ClaimStore(db) as st:
        st.ingest_extraction(make_extraction(url="https://gazette.example/harbour"))
        gone = next(c for c in st.claims() if c.text == "1,200 homes were damaged")
        st.mark([c.id for c in st.claims()], "disputed")
        st.ingest_extraction(make_extraction(variant=1, url="https://gazette.example/harbour"))
    code, out, err = run(
        capsys, "export", "--format", "claimreview", "--org", "Aster", "--db", str(db)
    )
    assert code == 0 and "1 verdict(s) on orphaned claims left out" in err
    assert gone.id not in out
