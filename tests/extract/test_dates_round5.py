"""Dates, sixth pass (issue 16): a weekday named after a year-less date ("Jan. 23, a
Saturday") fixes its year as one named before it does, and "pencilled in for" looks
ahead like "slated for". Classes found on the round-5 blind set
(tests/fixtures/round5_blind); these sentences are invented, not taken from it.
Publication day Thursday 2026-09-17."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimdesk.extract.dates import find_dates
from tests.support.scoring import run_cli_extract

PUB = dt.date(2026, 9, 17)  # a Thursday


def dates(text: str, pub: dt.date = PUB) -> list[tuple[str, str | None]]:
    return [(d.text, d.resolved) for d in find_dates(text, [(0, len(text))], pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 2027-01-23 is a Saturday, 2026-01-23 a Friday: the weekday gives the year
        ("The new pavilion opens on Jan. 23, a Saturday.", ("Jan. 23, a Saturday", "2027-01-23")),
        ("The choir's gala is on Feb. 3 (a Wednesday).", ("Feb. 3 (a Wednesday)", "2027-02-03")),
        (
            "The last ferry ran on March 4, which was a Wednesday, before the strike.",
            ("March 4, which was a Wednesday", "2026-03-04"),
        ),
        ("Tickets went on sale Aug. 6, a Thursday.", ("Aug. 6, a Thursday", "2026-08-06")),
        # a weekday before the date, as before
        ("The count is on Monday, Oct. 26, in the hall.", ("Monday, Oct. 26", "2026-10-26")),
    ],
)
def test_a_weekday_after_the_date_gives_its_year(text, want):
    assert dates(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # no weekday after the comma: the tense decides, and the date keeps its own text
        "The ferry sailed on Aug. 6, a day late.",
        "The ferry sailed on Aug. 6, a week after the storm.",
    ],
)
def test_no_fitting_weekday_leaves_the_date_alone(text):
    assert dates(text) == [("Aug. 6", "2026-08-06")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The cup final is pencilled in for Feb. 6 at the new ground.", "2027-02-06"),
        ("The board has penciled in a vote for March 2.", "2027-03-02"),
        ("Organisers pencilled the parade in for May 9.", "2027-05-09"),
    ],
)
def test_pencilled_in_for_points_forward(text, want):
    pub = dt.date(2026, 6, 10)
    assert [r for _, r in dates(text, pub)] == [want]


def test_the_cli_resolves_a_weekday_after_the_date(tmp_path):
    path = tmp_path / "pavilion.txt"
    path.write_text(
        "Pavilion to reopen after repairs\n\n"
        "ASHFORD MILL (Valley Wire) - The cricket club said on Thursday that its rebuilt "
        "pavilion would reopen in the new year. The first match there is set down for "
        "Feb. 13, a Saturday, against the county's second eleven.\n",
        encoding="utf-8",
    )
    code, records, err = run_cli_extract([path], PUB.isoformat())
    assert code == 0, err
    got = [(d["text"], d["resolved"]) for d in records[0]["dates"]]
    assert ("Feb. 13, a Saturday", "2027-02-13") in got
    assert not any(text == "Saturday" for text, _ in got), json.dumps(got)
