"""Figures and dates, fourth pass (issue 16): shares of "all" a group, mixed fractions,
"nine out of ten" as a proportion, and present-tense verbs that schedule a weekday.
Sentences are invented; publication day Thursday 2025-11-20."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from claimdesk.extract.dates import find_dates
from tests.support.figure_cases import figure_triples

PUB = dt.date(2025, 11, 20)  # a Thursday


figures = partial(figure_triples, published=PUB.isoformat())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nearly half of all households in Brill own a dog.", [(50.0, "%", "nearly")]),
        ("About a third of all voters stayed at home.", [(33.3, "%", "about")]),
        ("Two-thirds of all the members backed the merger.", [(66.7, "%", None)]),
        # a share of things, not of people, is no figure
        ("A third of all exports go to Kessland.", []),
    ],
)
def test_a_share_of_all_a_group(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Stir in 1 1/2 teaspoons of salt.", [(1.5, "tsp", None)]),
        ("Add 2 3/4 cups of flour and 1/2 cup of milk.", [(2.75, "cup", None), (0.5, "cup", None)]),
        ("The trail is 3 1/2 miles long.", [(3.5, "mi", None)]),
    ],
)
def test_a_mixed_fraction_is_one_figure(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Nine out of ten dentists in the survey agreed.",
        "Three out of four shoppers paid by card.",
        "Only 2 out of 10 buses ran on time.",
    ],
)
def test_x_out_of_y_is_a_proportion(text):
    assert figures(text) == []


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.resolved) for d in find_dates(text, [(0, len(text))], PUB)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Voters go to the polls on Sunday.", [("Sunday", "2025-11-23")]),
        (
            "The festival runs from Friday to Sunday.",
            [("Friday", "2025-11-21"), ("Sunday", "2025-11-23")],
        ),
        ("Rovers play Athletic on Saturday.", [("Saturday", "2025-11-22")]),
        ("Parliament votes on the bill on Tuesday.", [("Tuesday", "2025-11-25")]),
        ("The court hears the appeal on Monday.", [("Monday", "2025-11-24")]),
        # the past stays past
        ("Rovers played Athletic on Saturday.", [("Saturday", "2025-11-15")]),
        ("Voters went to the polls on Sunday.", [("Sunday", "2025-11-16")]),
    ],
)
def test_a_present_tense_schedule_points_forward(text, want):
    assert dates(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the head of a compound is what is counted: posts, not midwives
        ("A quarter of our midwife posts are empty.", []),
        ("Nearly half of the parish councillors resigned.", [(50.0, "%", "nearly")]),
        ("Two-thirds of bus drivers voted to strike.", [(66.7, "%", None)]),
    ],
)
def test_a_share_counts_the_head_of_a_compound(text, want):
    assert figures(text) == want
