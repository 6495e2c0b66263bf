"""Figures, sixth pass (issue 16): units glued to their digits ("36V", "510Nm", "11.2in",
"45W", "52.3mpg", a "10x" zoom), a sprint's top speed ("0-60mph"), the length of a deal ("a
five-year contract"), "bil" as a billion, "plus or minus" as no sign, a score before
"out of", "a price of eight or nine euros" as a range, a house number before a one-word
street name or a shirt number after "wear", and a share that answers a survey
("Two-thirds said"). Found on the round-5
blind set (tests/fixtures/round5_blind); these sentences are invented, not taken from
it. Publication day 2026-12-04."""

from __future__ import annotations

from functools import partial

import pytest

from tests.support.figure_cases import figure_triples
from tests.support.scoring import run_cli_extract

figures = partial(figure_triples, published="2026-12-04")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The scooter runs a 36V battery.", [(36.0, "V", None)]),
        ("The diesel makes 510Nm at low revs.", [(510.0, "Nm", None)]),
        ("The tablet has an 11.2in screen.", [(11.2, "in", None)]),
        ("The charger delivers up to 45W.", [(45.0, "W", "up to")]),
        ("The hatch returned 52.3mpg on our loop.", [(52.3, "mpg", None)]),
        ("The estate averaged 44 mpg in town.", [(44.0, "mpg", None)]),
        ("The lens zooms 10x without loss.", [(10.0, "x", None)]),
        ("The old engine was a 1,598cc unit.", [(1598.0, "cc", None)]),
        # no digits glued, or a name's letter: no unit, no figure
        ("Nine in 10 owners kept the car.", []),
        ("Drivers on Route 9W faced delays.", []),
        ("The sample held 6.02 x 10^23 atoms.", []),
    ],
)
def test_units_glued_to_their_digits(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It reaches 0-60mph in 5.2 seconds.", [(60.0, "mph", None), (5.2, "s", None)]),
        ("The coupe does 0-100 km/h in 4.4 seconds.", [(100.0, "km/h", None), (4.4, "s", None)]),
        # a season or a score keeps its hyphen
        ("The 2010-11 season was his last.", []),
        ("They lost 0-3 at home.", []),
    ],
)
def test_a_sprint_from_zero_gives_its_top_speed(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The keeper signed a five-year contract.", [(5.0, "year", None)]),
        ("The club got a 10-year lease on the ground.", [(10.0, "year", None)]),
        ("The driver was given an 18-month ban.", [(18.0, "month", None)]),
        ("She is serving a 12-year prison sentence.", [(12.0, "year", None)]),
        # a length of time before anything else is no claim, as before
        ("Police ended a 10-day search.", []),
        ("A 45-year-old man was held.", []),
    ],
)
def test_the_length_of_a_deal_is_a_figure(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ostmark Grid won orders worth S$2.5bil.", [(2_500_000_000.0, "SGD", None)]),
        ("The port spent RM3 bil on new cranes.", [(3_000_000_000.0, "MYR", None)]),
    ],
)
def test_bil_is_a_billion(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The poll's margin is plus or minus 2.5 percentage points.", [(2.5, "pp", None)]),
        ("It has a margin of error of plus or minus 3%.", [(3.0, "%", None)]),
        # "minus" alone is still a sign
        ("The night fell to minus 12 degrees.", [(-12.0, "°", None)]),
    ],
)
def test_plus_or_minus_is_no_sign(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Diners rated the menu 7.4 out of 10.", [(7.4, None, None), (10.0, None, None)]),
        (
            "The judges gave her 9.25 out of 10 for the dive.",
            [(9.25, None, None), (10.0, None, None)],
        ),
        # a whole number before "out of" or "in" is a proportion, as before
        ("Nine out of 10 dentists agreed.", []),
        ("One in four tenants is behind on rent.", []),
    ],
)
def test_a_score_with_decimals_is_no_proportion(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Shoppers named a price of eight or nine euros a kilo.",
            [(8.0, "EUR", None), (9.0, "EUR", None)],
        ),
        (
            "Most gave a wait of two or three hours as fair.",
            [(2.0, "h", None), (3.0, "h", None)],
        ),
        # "one of three", "a choice of one or two" stay vague
        ("Buyers had a choice of one or two seats.", []),
    ],
)
def test_an_or_range_after_of(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The firm's offices are at 22 Havnegade in the old port.",
        "The shop at 8 Lindenstraße closed.",
        "The cafe at 3 Kerkstraat reopened.",
        "The studio at 41 Strandvägen was sold.",
    ],
)
def test_a_house_number_before_a_one_word_street_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The winger, who wore No 7 at Brill, will wear 10 at Orvik.", []),
        ("She wore 23 for the Gulls and now wears 4.", []),
        # what is worn, counted, stays a figure
        ("Marchers wore 3 layers against the cold.", [(3.0, None, None)]),
    ],
)
def test_a_shirt_number_after_wear_is_no_figure(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The agency polled 3,100 renters. Two-thirds said rents had risen, and a "
            "quarter backed a cap.",
            [(3100.0, None, None), (66.7, "%", None), (25.0, "%", None)],
        ),
        (
            "In a survey of Orvik parents, half opposed the longer day.",
            [(50.0, "%", None)],
        ),
        # an ordinal in a list of speakers, or no survey: no share
        ("One witness said it was red. A second said blue, and a third said green.", []),
        ("Three boats came in. A third said nothing of the storm.", [(3.0, None, None)]),
    ],
)
def test_a_share_that_answers_a_survey(text, want):
    assert figures(text) == want


def test_the_cli_reads_a_spec_sheet(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "Road test: the Orvik Tern estate\n\n"
        "The Tern pairs a 1.5-litre engine with a 48V starter. It makes 250Nm, does "
        "0-60mph in 8.9 seconds and returned 47.1mpg on our loop. Its 12.3in screen "
        "charges phones at 15W.\n",
        encoding="utf-8",
    )
    code, records, err = run_cli_extract([path], "2026-12-04")
    assert code == 0, err
    got = [(n["value"], n["unit"]) for n in records[0]["numbers"]]
    assert got == [
        (1.5, "l"),
        (48, "V"),
        (250, "Nm"),
        (60, "mph"),
        (8.9, "s"),
        (47.1, "mpg"),
        (12.3, "in"),
        (15, "W"),
    ]
