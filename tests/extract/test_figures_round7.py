"""Figures, seventh pass (issue 16): watt-hours glued to their digits ("504Wh"), a count
of gears written as a hyphen compound ("a 9-speed hub"), both numbers of a tally ("Of
our seven testers, five preferred it": the whole and the part), and a survey's "half
said" after "and" when a clause, not a number, comes before it. Found on the round-7
blind set (tests/fixtures/round7_blind); these sentences are invented, not taken from
it. Publication day 2026-10-14."""

from __future__ import annotations

from functools import partial

import pytest

from tests.support.figure_cases import figure_triples
from tests.support.scoring import run_cli_extract

figures = partial(figure_triples, published="2026-10-14")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The scooter carries a 612Wh pack.", [(612.0, "Wh", None)]),
        ("Its spare battery holds 300 Wh.", [(300.0, "Wh", None)]),
        ("The tricycle has an 11-speed hub.", [(11.0, None, None)]),
        ("A three-speed gearbox drives the rear wheel.", [(3.0, None, None)]),
        ("The lorry has a 16-gear box.", [(16.0, None, None)]),
    ],
)
def test_watt_hours_and_gear_counts(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Of our seven testers, five preferred the older saddle.", [7.0, 5.0]),
        ("Of the nine judges, six backed the appeal.", [9.0, 6.0]),
        ("Of the three men, two were freed on bail.", [3.0, 2.0]),
        ("Of the 40 stalls, 12 shut early.", [40.0, 12.0]),
    ],
)
def test_a_tally_gives_the_whole_and_the_part(text, want):
    assert [v for v, _, _ in figures(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Of the two sides, one gave way.",  # a part of one: no tally
        "The seven testers liked the brakes.",  # a reference back, as before
        "Of the five ferries, seven sailed late.",  # the part is no part
        "Of the seven testers, several liked it.",  # no number for the part
    ],
)
def test_no_tally_without_a_group_and_a_smaller_part(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The poll found a quarter said yes, and half said they never did.", [25.0, 50.0]),
        ("Of those asked in the survey most said yes and half said the fee was high.", [50.0]),
    ],
)
def test_half_said_after_a_clause_is_a_share(text, want):
    assert [v for v, _, _ in figures(text)] == want


def test_half_after_a_number_and_stays_out():
    # "two and half" is a mixed number, not half of those asked
    assert [v for v, _, _ in figures("The poll asked 400 voters: two and half said no.")] == [400]


def test_cli_reads_the_seventh_pass_figures(tmp_path):
    path = tmp_path / "cargo_bike.txt"
    path.write_text(
        "Review: a cargo bike for the school run\n\n"
        "The Brindlemoor Haul has a 720Wh battery and an 8-speed hub.\n\n"
        "Of our six riders, four said it handled well in the wet. A survey of owners"
        " found a third said the stand was weak, and half said they rode it daily.\n",
        encoding="utf-8",
    )
    code, records, err = run_cli_extract([path], "2026-10-14")
    assert code == 0, err
    got = [(n["value"], n["unit"]) for n in records[0]["numbers"]]
    for want in [(720, "Wh"), (8, None), (6, None), (4, None), (33.3, "%"), (50, "%")]:
        assert want in got, got
