"""QA round 2 guards for the command line (notes/qa2.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "jobs_factcheck_factdesk.md"


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
