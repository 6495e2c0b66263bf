"""Dates, seventh pass (issue 16): a year after "whose" modifies a noun like one after
"his"; a weekday planned for a place ("planned for Saturday at the quay") and then called
off is the nearest such day; "since" after a date starts a phrase about another time and
gives the date no tense; "this <month>" is this year's month unless the clause looks
ahead; "take office/effect" looks ahead like "takes". Classes found on the round-7 blind
set (tests/fixtures/round7_blind); these sentences are invented, not taken from it.
Publication day Wednesday 2026-10-14."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.extract.dates import find_dates
from tests.support.scoring import run_cli_extract

PUB = dt.date(2026, 10, 14)  # a Wednesday


def dates(text: str, pub: dt.date = PUB) -> list[tuple[str, str | None]]:
    return [(d.text, d.resolved) for d in find_dates(text, [(0, len(text))], pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The singer, whose 2008 album sold poorly, tours again.", ("2008", "2008")),
        ("It is run by Marek Ostrava, whose 1994 bid for the seat failed.", ("1994", "1994")),
    ],
)
def test_a_year_after_whose_is_a_year(text, want):
    assert want in dates(text)


@pytest.mark.parametrize(
    "text", ["A club whose 2000 members vote each spring.", "A firm whose 1990 workers struck."]
)
def test_whose_before_a_plural_count_is_no_year(text):
    # a number after "whose" and before a plural noun is a count ("its 2031 notes" stays)
    assert not [d for d in dates(text) if d[0].isdigit()]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the coming Saturday (Oct. 17), not the past one (Oct. 10)
        ("A market planned for Saturday at the old quay was called off.", "2026-10-17"),
        ("A vigil scheduled for Friday outside the town hall has been cancelled.", "2026-10-16"),
        # nearest is behind: the past Monday (Oct. 12)
        ("A talk set for Monday in the library was postponed.", "2026-10-12"),
    ],
)
def test_a_called_off_day_with_a_place_is_the_nearest(text, want):
    assert [r for t, r in dates(text) if t in ("Saturday", "Friday", "Monday")] == [want]


def test_a_held_day_with_a_place_keeps_its_tense():
    # no calling off: the past verb after the place is the tense
    got = dates("A market planned for Saturday at the old quay drew big crowds.")
    assert ("Saturday", "2026-10-10") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The grocer said it would hand a bonus to every worker on its payroll on Oct. 30,"
            " its first since 2015.",
            ("Oct. 30", "2026-10-30"),
        ),
        (
            "The council said it would repaint the lines of the car park near the school on"
            " Nov. 2, the first work there since the flood.",
            ("Nov. 2", "2026-11-02"),
        ),
        # past verb before the date still rules
        ("The grocer paid the bonus on Oct. 2, its first since 2015.", ("Oct. 2", "2026-10-02")),
    ],
)
def test_since_after_a_date_gives_it_no_tense(text, want):
    assert want in dates(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mill said it hoped to hire again this December.", "2026-12"),
        ("The mayor said the bridge was expected to reopen this December.", "2026-12"),
        ("Officials said turnout rose this March.", "2026-03"),
        ("The fair will return this January.", "2027-01"),  # looks ahead: next January
    ],
)
def test_this_month_is_this_years(text, want):
    assert [r for t, r in dates(text) if t.startswith("this")] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The new board members take office Jan. 8.", ("Jan. 8", "2027-01-08")),
        ("Both rules take effect Feb. 1.", ("Feb. 1", "2027-02-01")),
        ("The new board members took office Jan. 8.", ("Jan. 8", "2026-01-08")),
    ],
)
def test_take_office_looks_ahead(text, want):
    assert want in dates(text)


def test_cli_reads_the_seventh_pass_dates(tmp_path):
    path = tmp_path / "ferry_board.txt"
    path.write_text(
        "Ferry board sets dates\n\n"
        "The ferry board said on Wednesday it would refund season tickets on Oct. 28,"
        " its first refund since 2011. Two new directors take office Jan. 5.\n\n"
        "A harbour fair planned for Saturday at the ferry slip was called off. The chair,"
        " whose 2016 plan for a second berth failed, said the board hoped to hire this"
        " December.\n",
        encoding="utf-8",
    )
    code, records, err = run_cli_extract([path], PUB.isoformat())
    assert code == 0, err
    got = {(d["text"], d["resolved"]) for d in records[0]["dates"]}
    for want in [
        ("Oct. 28", "2026-10-28"),
        ("Jan. 5", "2027-01-05"),
        ("Saturday", "2026-10-17"),
        ("2016", "2016"),
        ("this December", "2026-12"),
    ]:
        assert want in got, sorted(got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # written on Wednesday Oct. 14: "last Tuesday" is not yesterday but Oct. 6
        ("The storm hit the coast last Tuesday.", "2026-10-06"),
        ("The crew left port last Monday.", "2026-10-12"),  # two days back, as before
        ("The ferry sank last Wednesday.", "2026-10-07"),  # a week back, as before
    ],
)
def test_last_weekday_is_not_yesterday(text, want):
    assert [r for t, r in dates(text) if t.startswith("last")] == [want]
