"""QA round 2 guards for the command line (notes/qa2.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.cli.main import main
from tests.support.paths import SAMPLE_DATA

SAMPLE = SAMPLE_DATA / "jobs_factcheck_factdesk.md"


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


@pytest.mark.parametrize("bad", ["-5", "0"])
def test_extract_refuses_a_size_cap_that_is_not_positive(bad: str, capsys) -> None:
    """R12: `extract --max-bytes -5` ended in a ValueError traceback (ingest says
    "must be positive", exit 2)."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SAMPLE), "--max-bytes", bad])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "must be positive" in err and "Traceback" not in err


@pytest.mark.parametrize("verb", [["list"], ["mark", "abcd", "--status", "verified"], ["stats"]])
def test_an_empty_db_path_is_refused_not_the_default_store(verb, tmp_path, monkeypatch, capsys):
    """R13: `--db ""` (an unset shell variable: --db "$DB") fell back to the default store,
    so `mark` would have written to the reviewer's real store."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("CLAIMDESK_DB", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        main([*verb, "--db", ""])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--db" in err and "empty" in err and "Traceback" not in err


def test_ingest_that_cannot_write_the_store_says_the_listed_articles_were_not_stored(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """QA3 F8: the per-file lines ("added ...") come before the store is written; when the
    write then fails, the error says those articles were not all stored."""
    import errno

    import claimdesk.store.claimstore as claimstore

    sample = sorted(SAMPLE_DATA.glob("*.txt"))
    db = tmp_path / "s.json"
    assert main(["ingest", str(sample[0]), "--db", str(db)]) == 0
    capsys.readouterr()

    def refuse(self, data):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(claimstore.DurableStorage, "write", refuse)
    assert main(["ingest", str(sample[1]), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("added")  # said before the write
    assert "cannot write store (Permission denied)" in err
    assert "the articles listed above were not all stored" in err
    assert "Traceback" not in err
