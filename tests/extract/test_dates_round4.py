"""Dates, fifth pass (issue 16): a verb that moves a date a few words before the "to"
in front of it ("extending the deadline to Jan. 9"), and a scheduled weekday that was
called off ("a hearing listed for Friday was vacated"). Classes found on the round-4
blind set (tests/fixtures/round4_blind); these sentences are invented, not taken from it.
Publication day Wednesday 2026-03-18."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.extract.dates import find_dates
from claimdesk.extract.pipeline import extract_text

PUB = dt.date(2026, 3, 18)  # a Wednesday


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.resolved) for d in find_dates(text, [(0, len(text))], PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The regulator is extending the consultation to Jan. 12.", ("Jan. 12", "2027-01-12")),
        ("Organisers pushed the final back to Feb. 2.", ("Feb. 2", "2027-02-02")),
        ("The council postponed its ruling on the pier to Jan. 5.", ("Jan. 5", "2027-01-05")),
        ("Ministers keep extending the inquiry to Feb. 27.", ("Feb. 27", "2027-02-27")),
        # still past: the "to" is not the one before the date, or no verb moves the date
        ("Lenders extended credit to farmers on Jan. 9.", ("Jan. 9", "2026-01-09")),
        ("The pier was closed from Nov. 2 to Jan. 20.", ("Jan. 20", "2026-01-20")),
    ],
)
def test_a_verb_that_moves_a_date_points_forward(text, want):
    assert want in dates(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A recital planned for Friday was cancelled.", ("Friday", "2026-03-20")),
        ("A match slated for Saturday was called off because of snow.", ("Saturday", "2026-03-21")),
        ("A hearing listed for Thursday was vacated.", ("Thursday", "2026-03-19")),
        ("The ferry crossing booked for Friday has been postponed.", ("Friday", "2026-03-20")),
        # the nearest such day may be the past one
        ("A hearing listed for Tuesday was vacated.", ("Tuesday", "2026-03-17")),
        ("A vote scheduled for Monday has been postponed.", ("Monday", "2026-03-16")),
        # not called off: the main verb decides, as before
        ("A concert planned for Friday was held in the rain.", ("Friday", "2026-03-13")),
        ("Crews cancelled the race on Friday.", ("Friday", "2026-03-13")),
    ],
)
def test_a_called_off_weekday_is_the_nearest_one(text, want):
    assert want in dates(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was in the council's 2019 transport strategy.", [("2019", "2019")]),
        ("Halvard's 2011 tour ended early.", [("2011", "2011")]),
        ("The guild’s 1987 charter still hangs in the hall.", [("1987", "1987")]),
        # a count after a possessive, and a contraction, stay no date
        ("The club's 2000 members voted.", []),
        ("Critics say it's 2019 all over again.", []),
    ],
)
def test_a_year_after_an_owner_modifies_the_noun(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The pier collapsed in two thousand and twenty-two.",
            [("two thousand and twenty-two", "2022")],
        ),
        ("It has stood empty since two thousand six.", [("two thousand six", "2006")]),
        ("By two thousand and eleven the mill was shut.", [("two thousand and eleven", "2011")]),
        # a count, not a year
        ("Two thousand and six people came.", []),
        ("In two thousand and five hundred cases it failed.", []),
    ],
)
def test_a_year_of_this_century_written_out(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The pier collapsed in two thousand and twenty-two.", []),
        ("Two thousand and six people came.", [2006.0]),
    ],
)
def test_a_written_out_year_is_no_figure(text, want):
    ex = extract_text("Headline\n\n" + text, published=PUB.isoformat())
    assert [float(n.value) for n in ex.numbers] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The bank said today's savers want more.", []),
        ("Today's investors are wary of long bonds.", []),
        ("Few of today’s commuters remember the tram.", []),
        # the day itself: an event, or a thing that is not people
        ("Today's hearing was adjourned.", [("Today", "2026-03-18")]),
        ("Today's orders were shipped.", [("Today", "2026-03-18")]),
        ("Sales fell in today's numbers.", [("today", "2026-03-18")]),
    ],
)
def test_today_before_a_group_of_people_is_no_date(text, want):
    assert dates(text) == want


SUMMER = dt.date(2026, 8, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The 2027 regatta will start Oct. 8 in Brill.", ("Oct. 8", "2027-10-08")),
        ("The 2025 season ended on Sept. 28 with a draw.", ("Sept. 28", "2025-09-28")),
        ("Organisers said the 2027 fair opens Nov. 3.", ("Nov. 3", "2027-11-03")),
        # no say: a budget is set the year before, two years named, a year far off, or a
        # year in another clause
        ("The 2027 budget will be voted on Dec. 10.", ("Dec. 10", "2026-12-10")),
        ("The 2027 regatta and the 2026 fair open Oct. 8.", ("Oct. 8", "2026-10-08")),
        ("The 2019 law was repealed on July 3.", ("July 3", "2026-07-03")),
        ("The 2027 regatta is set; tickets go on sale Sept. 14.", ("Sept. 14", "2026-09-14")),
    ],
)
def test_a_year_naming_the_event_dates_its_day(text, want):
    got = [(d.text, d.resolved) for d in find_dates(text, [(0, len(text))], SUMMER)]
    assert want in got
