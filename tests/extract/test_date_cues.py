"""Dates, second round: what points forward or back, weekdays against their dates, year
phrases, years as modifiers or written out, holidays, and what is no date.

Sentences are invented. Publication day: Wednesday 2025-06-11, so a year-less date in
the autumn is months ahead and the default (the last occurrence) would be wrong.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.extract.dates import find_dates

PUB = dt.date(2025, 6, 11)  # a Wednesday


def dates(text: str) -> list[tuple[str, str | None]]:
    found = find_dates(text, [(0, len(text))], PUB)
    for d in found:
        assert text[d.start : d.end] == d.text
    return [(d.text, d.resolved) for d in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # words that point forward
        ("The Harlow Mills dividend is payable Nov. 28.", [("Nov. 28", "2025-11-28")]),
        ("The new tariff is effective Oct. 1.", [("Oct. 1", "2025-10-01")]),
        ("The lease on the Brisk depot expires Dec. 15.", [("Dec. 15", "2025-12-15")]),
        ("The filing window was extended to Sept. 19.", [("Sept. 19", "2025-09-19")]),
        ("Dock workers are to walk out on Oct. 6.", [("Oct. 6", "2025-10-06")]),
        ("Corvel's bonds mature Nov. 3 at par.", [("Nov. 3", "2025-11-03")]),
        # irregular past verbs point back
        ("Tenants brought the complaint on Sept. 9.", [("Sept. 9", "2024-09-09")]),
        ("The inquiry sat on Oct. 2 and found no fault.", [("Oct. 2", "2024-10-02")]),
        # a weekday's tense
        ("The two councils meet Friday in Esk.", [("Friday", "2025-06-13")]),
        # called off, three days back or four ahead: the coming one (the blind sets' reading)
        ("A vigil planned for Sunday was called off.", [("Sunday", "2025-06-15")]),
        # a weekday checked against its date
        ("The hearing is on Monday, Oct. 27.", [("Monday, Oct. 27", "2025-10-27")]),
        ("The ferry ran aground on Sunday, Oct. 27.", [("Sunday, Oct. 27", "2024-10-27")]),
        # "this <month>" is this year's
        ("Builders will pour the deck this November.", [("this November", "2025-11")]),
        ("Sales were weak this February.", [("this February", "2025-02")]),
        # year phrases
        ("Profit rose 9% in the fiscal year.", [("the fiscal year", "2025")]),
        ("Orders were up 4% from a year earlier.", [("a year earlier", "2024")]),
        ("Cash will be returned by year-end.", [("year-end", "2025")]),
        ("Earlier this year the mill shut a line.", [("Earlier this year", "2025")]),
        # a bare year as a modifier
        ("Her 2014 campaign for mayor of Brill failed.", [("2014", "2014")]),
        ("The Teska bonds due 2033 slipped.", [("2033", "2033")]),
        # a year written out
        ("The mill opened in nineteen sixty-two.", [("nineteen sixty-two", "1962")]),
        ("The tower was finished in twenty oh-nine.", [("twenty oh-nine", "2009")]),
        # holidays
        ("The shelter will stay open on Boxing Day.", [("Boxing Day", "2025-12-26")]),
        ("The shop closed on Good Friday.", [("Good Friday", "2025-04-18")]),
        # two days of one month
        (
            "Crews will close the road on Aug. 4 and 5.",
            [("Aug. 4", "2025-08-04"), ("5", "2025-08-05")],
        ),
    ],
)
def test_date_cues(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A study of today's youth in Orvik found little reading.",
        "She spoke on the Today programme about the dam.",
        "The market in Brill opens each Thursday.",
        "Buses run every Sunday to the lake.",
        "In twenty years the town has doubled.",
    ],
)
def test_no_dates(text):
    assert dates(text) == []
