"""`claimdesk compare` over a store and over files."""

from __future__ import annotations

import json

import pytest

from claimdesk.cli.compare_verb import _row
from claimdesk.cli.main import main
from claimdesk.store import ClaimStore
from tests.support.compare_store_records import two_outlet_desk
from tests.support.paths import SAMPLE, SEEDS


@pytest.fixture
def db(tmp_path):
    return two_outlet_desk(tmp_path)


def test_jsonl_groups(db, capsys):
    assert main(["compare", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {r["kind"] for r in rows}
    assert kinds == {"same-entity", "same-claim", "figures"}
    for r in rows:
        assert {"kind", "members", "outlets", "origins", "consistent", "evidence"} <= r.keys()
    gur = [r for r in rows if r["kind"] == "same-claim" and r["label"].startswith("at least 30")]
    assert len(gur) == 1 and len(gur[0]["outlets"]) == 2 and len(gur[0]["origins"]) == 1


def test_table_and_timeline(db, capsys):
    assert main(["compare", "--db", str(db), "--kind", "figures"]) == 0
    out = capsys.readouterr().out
    assert "North Korean troops deployed" in out and "not compared: 50,000" in out
    assert main(["compare", "--db", str(db), "--kind", "timeline"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2024-06") and "2024-12-16" in lines[-1]


def test_conflicts_only(db, capsys):
    assert main(["compare", "--db", str(db), "--conflicts"]) == 0
    assert "no groups" in capsys.readouterr().out


def test_missing_store_is_one_line_error(tmp_path, capsys):
    assert main(["compare", "--db", str(tmp_path / "none.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no store" in err


def test_missing_file_is_one_line_error(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nope.txt")]) != 0
    err = capsys.readouterr().err
    assert "nope.txt" in err and "Traceback" not in err


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_files_directly(capsys):
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert main(["compare", *files, "--published", "2024-12-17", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(r["kind"] == "same-entity" and r["label"] == "Pat Ryder" for r in rows)


@pytest.mark.parametrize("bad", ["99-99-99", "2024-02-30", "yesterday"])
def test_compare_refuses_a_bad_published_date_like_extract(bad: str, capsys) -> None:
    """R1: extract and ingest refuse --published that is not a date (exit 2); compare
    took any string and printed its groups as if nothing were wrong."""
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", str(SAMPLE), "--published", bad])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "not a date (YYYY-MM-DD)" in err and "Traceback" not in err


def test_compare_takes_a_good_published_date(capsys) -> None:
    assert main(["compare", str(SAMPLE), "--published", "2025-05-23", "--kind", "timeline"]) == 0
    assert "2025" in capsys.readouterr().out


def test_store_compare_joins_without_the_desk_in_memory(db, capsys, monkeypatch):
    """`claimdesk compare` lets go of the open desk before the join (issue 18: the desk
    held ~260 MB beside the join at 100k claims); the output is the same as before."""
    import gc

    from claimdesk.store import comparison as store_comparison
    from claimdesk.store.records import Claim

    with ClaimStore(db, readonly=True) as st:
        kept = store_comparison.comparison(st)  # the desk kept open throughout
    expected = "".join(json.dumps(_row(g), ensure_ascii=False) + "\n" for g in kept.groups)
    del st, kept
    real = store_comparison.compare
    live: list[int] = []

    def counting(*args, **kwargs):
        gc.collect()
        live.append(sum(isinstance(o, Claim) for o in gc.get_objects()))
        return real(*args, **kwargs)

    monkeypatch.setattr(store_comparison, "compare", counting)
    assert main(["compare", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == expected
    assert live == [0]  # no claim of the desk left in memory while joining
