"""Figures, fifth pass (issue 16): a glued temperature whose temperature word comes after
it ("up to 1.5C warmer"), "at least one" before any noun ("at least one cut"), "as far
as" read as "up to", megapixels and watts as units, "nine to 11 hours" as a range. Found
on the round-4 blind set (tests/fixtures/round4_blind); these sentences are invented, not
taken from it. Publication day 2026-03-18."""

from __future__ import annotations

from functools import partial

import pytest

from tests.support.figure_cases import figure_triples

figures = partial(figure_triples, published="2026-03-18")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Forecasters expect spring to be up to 1.5C warmer than usual.", [(1.5, "°C", "up to")]),
        ("Nights in Orvik were 2C colder than a year earlier.", [(2.0, "°C", None)]),
        ("The glasshouse ran 4F hotter after the repair.", [(4.0, "°F", None)]),
        # no temperature word on either side: a name's letter, no figure
        ("Pupils in class 5C went home early.", []),
        ("The result in Band 4F stood.", []),
    ],
)
def test_a_glued_temperature_with_its_word_after(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Traders expect at least one cut before the winter.", [(1.0, None, "at least")]),
        ("At least one ferry has been withdrawn.", [(1.0, None, "at least")]),
        ("At least one pilot was hurt.", [(1.0, None, "at least")]),
        # a pronoun, a time, a source, or "one more": no figure, as before
        ("At least one of them lied.", []),
        ("It will take at least one more year.", []),
        ("The repair lasts at least one week.", []),
        ("At least one official said the talks failed.", []),
    ],
)
def test_at_least_one_counts_the_noun_after_it(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dealers said the krone could slide as far as 12 per euro.", [(12.0, None, "up to")]),
        ("The queue stretched as far as 300 metres.", [(300.0, "m", "up to")]),
        # a place, and "as far as I know", carry no figure's qualifier
        ("He walked as far as the bridge.", []),
        ("As far as I know, 12 boats sank.", [(12.0, None, None)]),
    ],
)
def test_as_far_as_is_up_to(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The rear camera has a 64-megapixel sensor.", [(64.0, "MP", None)]),
        ("Its panel gives 120 megapixels in all.", [(120.0, "MP", None)]),
        (
            "The lamp draws 40 watts, the old one a 75-watt load.",
            [(40.0, "W", None), (75.0, "W", None)],
        ),
    ],
)
def test_megapixels_and_watts_are_units(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Toddlers need nine to 11 hours of sleep.",
            [(9.0, "h", "at least"), (11.0, "h", "up to")],
        ),
        ("Four to 6 people were hurt in Brill.", [(4.0, None, "at least"), (6.0, None, "up to")]),
        # a figure with its own unit before "to" is no range end: "half a point to 4.75%"
        (
            "The bank lifted its rate by half a percentage point to 4.75 percent.",
            [(0.5, "pp", None), (4.75, "%", None)],
        ),
    ],
)
def test_a_range_from_a_number_word_to_digits(text, want):
    assert figures(text) == want
