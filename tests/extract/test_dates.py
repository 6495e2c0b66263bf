"""Dates: explicit and relative forms, year choice by tense, and no false dates.

Sentences are invented. Publication day in most tests: Tuesday 2025-03-11.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.extract.dates import find_dates
from claimdesk.extract.pipeline import extract_text

PUB = dt.date(2025, 3, 11)  # a Tuesday


def dates(text: str, pub: dt.date | None = PUB):
    found = find_dates(text, [(0, len(text))], pub)
    for d in found:
        assert text[d.start : d.end] == d.text
    return found


def one(text: str, pub: dt.date | None = PUB):
    found = dates(text, pub)
    assert len(found) == 1, [(d.text, d.resolved) for d in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "want", "resolved", "precision"),
    [
        ("The bridge reopened on Feb. 3, 2024.", "Feb. 3, 2024", "2024-02-03", "day"),
        ("The bridge reopened on 3 February 2024.", "3 February 2024", "2024-02-03", "day"),
        ("The filing is dated 2024-11-30.", "2024-11-30", "2024-11-30", "day"),
        ("In October 2022, the mine closed.", "October 2022", "2022-10", "month"),
        ("Work began in late 2023.", "late 2023", "2023", "year"),
        ("Elections are due in 2027.", "2027", "2027", "year"),
        ("Rates have risen since 2019.", "2019", "2019", "year"),
        ("The flood struck on Monday, Feb. 3, 2025.", "Monday, Feb. 3, 2025", "2025-02-03", "day"),
        ("Sales peaked in the 1990s.", "1990s", "1990s", "decade"),
        ("Crops failed in the summer of 2021.", "summer of 2021", "2021-summer", "season"),
    ],
)
def test_explicit(text, want, resolved, precision):
    d = one(text)
    assert (d.text, d.resolved, d.precision) == (want, resolved, precision)


@pytest.mark.parametrize(
    ("text", "resolved", "precision"),
    [
        ("The council met in January to vote.", "2025-01", "month"),
        ("Protests began in mid-September.", "2024-09", "month"),
        ("Talks collapsed in early December.", "2024-12", "month"),
        ("The harbour was dredged in August.", "2024-08", "month"),
        ("Ferries resumed on February 20.", "2025-02-20", "day"),
        ("The ferry sank on November 2.", "2024-11-02", "day"),
        ("The summit will be held on June 4.", "2025-06-04", "day"),
        ("Ahead of the referendum on May 18, parties campaigned.", "2025-05-18", "day"),
        ("The new law takes effect on March 20.", "2025-03-20", "day"),
        ("The trial is scheduled for October.", "2025-10", "month"),
        ("Last April the plant closed.", "2024-04", "month"),
    ],
)
def test_year_from_tense_and_distance(text, resolved, precision):
    d = one(text)
    assert (d.resolved, d.precision) == (resolved, precision)


@pytest.mark.parametrize(
    ("text", "resolved", "precision"),
    [
        ("The minister resigned on Monday.", "2025-03-10", "day"),
        ("She said Friday that talks had failed.", "2025-03-07", "day"),
        ("The minister resigned on Tuesday.", "2025-03-11", "day"),
        ("The board will vote on Thursday.", "2025-03-13", "day"),
        ("The board will vote next Monday.", "2025-03-17", "day"),
        ("The board met last Tuesday.", "2025-03-04", "day"),
        ("Rail workers struck yesterday.", "2025-03-10", "day"),
        ("The mayor speaks today.", "2025-03-11", "day"),
        ("Fighting resumed last week.", "2025-03-03", "week"),
        ("Inspectors arrive next week.", "2025-03-17", "week"),
        ("Exports fell last month.", "2025-02", "month"),
        ("The mill reopens next year.", "2026", "year"),
        ("The dam was finished a month ago.", "2025-02", "month"),
        ("The well ran dry two weeks ago.", "2025-02-24", "week"),
        ("The store closed three years ago.", "2022", "year"),
        ("The mine shut forty years ago.", "1985", "year"),
        ("The bridge failed thirteen days ago.", "2025-02-26", "day"),
        ("Storms hit the coast over the weekend.", "2025-03-08", "day"),
        ("Storms hit the coast last weekend.", "2025-03-08", "day"),
    ],
)
def test_relative(text, resolved, precision):
    d = one(text)
    assert (d.resolved, d.precision) == (resolved, precision)


def test_monday_publication_on_monday_is_the_same_day():
    d = one("The strike ended on Monday.", dt.date(2025, 3, 10))
    assert d.resolved == "2025-03-10"


def test_without_publication_date_relative_and_yearless_stay_unresolved():
    text = "On Monday the port closed; in June it reopened; by May 5 it grew; in 2021 it began."
    found = dates(text, None)
    by_text = {d.text: d for d in found}
    assert by_text["Monday"].resolved is None
    assert by_text["June"].resolved is None
    assert by_text["May 5"].resolved is None
    assert by_text["2021"].resolved == "2021"


@pytest.mark.parametrize(
    "text",
    [
        "Regulators may approve the merger.",
        "Voters may march on the capital.",
        "May said the party would decide.",
        "The army sent 2,025 troops and 11,000 reservists.",
        "The F-16 and the Su-34 flew overhead.",
        "It happened in 2000 cases out of 5000.",
        "June Alvaro, the mayor, declined to comment.",
        "The Sunday Times and Black Friday sales were mentioned.",
        "Summer camps and spring rolls were on the menu.",
        "The coming weeks and months will tell.",
    ],
)
def test_no_false_dates(text):
    assert dates(text) == []


def test_offsets_point_into_body():
    text = "Teams searched until late January; on Sunday, 12 bodies were found."
    got = [(d.text, d.resolved) for d in dates(text)]
    assert got == [("late January", "2025-01"), ("Sunday", "2025-03-09")]


@pytest.mark.parametrize(
    ("text", "want", "resolved"),
    [
        ("Repairs last until the end of June.", "the end of June", "2025-06"),
        ("The hall reopened this past Monday.", "this past Monday", "2025-03-10"),
        ("Prices peaked in mid-2023.", "mid-2023", "2023"),
        ("Snow fell last December.", "last December", "2024-12"),
    ],
)
def test_modifiers_belong_to_the_date(text, want, resolved):
    d = one(text)
    assert (d.text, d.resolved) == (want, resolved)


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall totals doubled.",
        "Crowds gathered amid October storms of protest.",
        "CyberMonday deals were everywhere.",
    ],
)
def test_dates_start_at_word_starts(text):
    assert dates(text) == []


def test_absurd_spans_and_edge_publication_dates_do_not_raise():
    text = "It began 999999999999 days ago, 5000 years ago, on Monday and next week."
    for pub in (dt.date(1, 1, 1), dt.date(9999, 12, 31), PUB):
        found = dates(text, pub)
        assert [d.text for d in found][:2] == ["999999999999 days ago", "5000 years ago"]
        assert found[0].resolved is None


def test_holidays_need_a_time_word_or_day_eve():
    d = one("Talks will resume after Christmas.", dt.date(2024, 12, 17))
    assert (d.text, d.resolved) == ("Christmas", "2024-12-25")
    assert dates("Christmas shopping was slow.") == []
    d = one("The shop was robbed on Christmas Eve.", dt.date(2025, 1, 8))
    assert d.resolved == "2024-12-24"


def test_this_morning_is_the_publication_day():
    assert one("The minister resigned this morning.").resolved == "2025-03-11"


def test_scheduling_present_tense_and_far_cues_look_ahead():
    d = one("Kovalenko takes office on January 1.", dt.date(2025, 10, 27))
    assert d.resolved == "2026-01-01"
    text = '"We will start with the schools, because the children need to go back on Monday."'
    assert one(text, dt.date(2025, 10, 12)).resolved == "2025-10-13"  # a Sunday article
    assert one("The fund was set up in February.", dt.date(2024, 12, 17)).resolved == "2024-02"


def test_and_to_are_year_cues_only_next_to_another_year():
    got = [d.text for d in dates("From 2019 to 2021, and between 2010 and 2015, it grew.")]
    assert got == ["2019", "2021", "2010", "2015"]
    assert dates("The toll rose to 1950 and then fell.") == []


def test_pipeline_resolves_against_published_and_never_today():
    from claimdesk.extract.pipeline import extract_text

    text = (
        "Harbour reopens after storm\n\n"
        "The harbour at Pellick reopened on Monday, the port authority said, after a storm "
        "last week damaged two piers. Repairs began in mid-February and will end on April 2.\n\n"
        "Video that purports to show the damage could not be independently verified.\n"
    )
    ex = extract_text(text, published="2025-03-11")
    got = {d.text: d.resolved for d in ex.dates}
    assert got["Monday"] == "2025-03-10"
    assert got["last week"] == "2025-03-03"
    assert got["mid-February"] == "2025-02"
    assert got["April 2"] == "2025-04-02"
    assert [h.text for h in ex.hedges] == ["purports to", "could not be independently verified"]
    for item in [*ex.dates, *ex.hedges]:
        assert ex.body[item.start : item.end] == item.text
    undated = extract_text(text)
    assert all(d.resolved is None for d in undated.dates)


def test_vague_spans_ago_are_not_listed():
    assert [d.text for d in dates("A few days ago and several weeks ago, two days ago.")] == [
        "two days ago"
    ]


def test_set_for_looks_ahead():
    assert one("Elections are set for November 4.", dt.date(2025, 1, 8)).resolved == "2025-11-04"


@pytest.mark.parametrize(
    ("text", "want", "resolved"),
    [
        ("The raids on 12/12/2024 targeted six homes.", "12/12/2024", "2024-12-12"),
        ("Posted 12/17/2024, then updated.", "12/17/2024", "2024-12-17"),
        ("The quake struck on 14/12/2024.", "14/12/2024", "2024-12-14"),  # day > 12: d/m/y
        ("The vote on 17.12.2024 was close.", "17.12.2024", "2024-12-17"),  # dots: d.m.y
        ("Mills lost share every year in 2019-2021.", "2019-2021", "2019/2021"),
        ("Profit rose in 2023-24, the accounts show.", "2023-24", "2023/2024"),
    ],
)
def test_numeric_dates_and_year_ranges(text, want, resolved):
    d = one(text)
    assert (d.text, d.resolved) == (want, resolved)


@pytest.mark.parametrize(
    "text",
    [
        "Version 1.2.2024.5 shipped.",
        "A 2023-24 record for the club.",  # a two-digit range needs a time word before it
        "The score was 13/14/2024 in the code.",  # no month 13 or 14
        "Call 2021-1999 for help.",  # not ascending
    ],
)
def test_no_false_numeric_dates(text):
    assert dates(text) == []


def test_attribution_after_a_date_does_not_set_its_tense():
    text = "Tariffs rise to 35 per cent from 20 per cent starting on March 1, the ministry said"
    assert one(text, dt.date(2025, 2, 3)).resolved == "2025-03-01"


def test_ed_adjective_is_not_a_past_cue():
    text = "A levy on imported steel applies from April 2, officials told reporters."
    assert one(text, dt.date(2025, 3, 11)).resolved == "2025-04-02"


def test_should_leans_to_the_future():
    text = "The minister said prices should ease by mid-January."
    assert one(text, dt.date(2024, 12, 17)).resolved == "2025-01"


def test_by_weekday_is_a_deadline_unless_the_clause_is_past():
    monday = dt.date(2024, 12, 16)
    assert one("He asked the Pentagon for a briefing by Friday.", monday).resolved == "2024-12-20"
    assert one("By Friday, the fire had spread.", monday).resolved == "2024-12-13"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ('She said: "We cannot clear this backlog before Friday."', "2024-12-20"),
        ("Crews must leave the site before Friday, she said.", "2024-12-20"),
        ("The repairs must be finished by Friday, she said.", "2024-12-20"),
        ("The ferry sank before Friday.", "2024-12-13"),
        ("She said she had hoped to finish it before Friday.", "2024-12-13"),
        ("Crews cleared the road by Friday, she said.", "2024-12-13"),
    ],
)
def test_before_weekday_is_a_deadline_only_in_a_clause_that_looks_ahead(text, resolved):
    assert one(text, dt.date(2024, 12, 16)).resolved == resolved


@pytest.mark.parametrize(
    ("text", "pub", "resolved"),
    [
        ("Stores will close on Thanksgiving.", dt.date(2024, 11, 1), "2024-11-28"),
        ("Sales fell after Thanksgiving.", dt.date(2024, 12, 17), "2024-11-28"),
        ("The march is planned for Easter Sunday.", dt.date(2025, 3, 1), "2025-04-20"),
    ],
)
def test_moving_holidays(text, pub, resolved):
    assert one(text, pub).resolved == resolved


def test_holiday_words_in_names_are_not_dates():
    assert dates("Easter eggs sold out before the Easter Rising talk.") == []
    assert dates("Thanksgiving turkey prices rose.") == []


def test_ambiguous_numeric_date_takes_the_order_nearer_publication():
    assert one("It was filmed on 03/11/2024.", dt.date(2024, 11, 5)).resolved == "2024-11-03"
    assert one("It was filmed on 03/11/2024.", dt.date(2024, 3, 12)).resolved == "2024-03-11"
    assert one("It was filmed on 03/11/2024.", None).resolved == "2024-03-11"  # US order


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The judge gave the commission until Jan. 15 to draw new lines.", "2025-01-15"),
        ("Some could be without power until Thursday.", "2024-12-19"),
        ("The road was shut until Jan. 15, officials said.", "2024-01-15"),
        ("New lines are due in time for the May 6 primary.", "2025-05-06"),
    ],
)
def test_deadlines_lie_ahead(text, resolved):
    assert one(text, dt.date(2024, 12, 17)).resolved == resolved


def test_before_weekday_in_present_tense_is_upcoming() -> None:
    """In a Monday article, "We cannot clear this backlog before Friday" means this
    coming Friday (2025-02-07), not the Friday that has passed (2025-01-31)."""
    ex = extract_text(
        'Port director Lena Sorvik said on Monday: "We cannot clear this backlog before Friday."\n',
        published="2025-02-03",
    )
    friday = [d for d in ex.dates if d.text == "Friday"]
    assert friday and friday[0].resolved == "2025-02-07"
