"""Figures, second round: signs, glued and hyphenated units, currency prefixes, shares,
scale variants, ranges and conversions, and the numbers that are no figures.

Every sentence is invented for this file, about invented places and firms.
"""

from __future__ import annotations

import pytest

from claimdesk.extract.numbers import find_numbers


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    found = find_numbers(text, [(0, len(text))])
    for n in found:
        assert text[n.start : n.end] == n.text
    return [(n.value, n.unit, n.qualifier) for n in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # negative numbers
        ("Retail sales in Dovrik shrank -2.6% on the year.", [(-2.6, "%", None)]),
        ("The mercury in Hallsby fell to minus 31 degrees overnight.", [(-31, "°", None)]),
        ("Pilots reported −8C at the summit of Mount Orrel.", [(-8, "°C", None)]),
        # units glued to the number
        ("The Tarvo tablet comes with 512GB of memory.", [(512, "GB", None)]),
        ("Its twin-turbo engine is rated at 710bhp.", [(710, "hp", None)]),
        ("Villages in Esk Vale now get 75Mbps connections.", [(75, "Mbps", None)]),
        ("Each can of Brisk holds 330ml of juice.", [(330, "ml", None)]),
        ("Shares in Corvel closed at 212p on Friday.", [(2.12, "GBP", None)]),
        # hyphenated measures
        ("The Selka van has a 1.6-litre motor.", [(1.6, "l", None)]),
        ("Crews fitted a 240-hp pump to the barge.", [(240, "hp", None)]),
        ("The Anvar hatchback keeps a three-cylinder engine.", [(3, None, None)]),
        # currency written after the dollar sign, and "mil"
        ("The Pellor mine was sold for $US7.2 million.", [(7_200_000, "USD", None)]),
        ("The festival cost $A3.4 million to stage.", [(3_400_000, "AUD", None)]),
        ("The ferry upgrade costs S$2mil in all.", [(2_000_000, "SGD", None)]),
        # shares of a group and fractions
        ("Nearly a third of nurses in Oskar county work nights.", [(33.3, "%", "nearly")]),
        ("Two-thirds of residents backed the Brem bypass.", [(66.7, "%", None)]),
        ("Stir in 3/4 cup of oats before baking.", [(0.75, "cup", None)]),
        # scale variants and leading-dot decimals
        ("The Lake Mors half-marathon drew 12k runners.", [(12_000, None, None)]),
        ("Organisers expected 6 hundred guests at the gala.", [(600, None, None)]),
        ("By 2060 the region may hold 2 B people.", [(2_000_000_000, None, None)]),
        ("The shortstop batted .318 for the Harbor Cats.", [(0.318, None, None)]),
        # "one" before a unit; number words after "of" and "or"
        ("Fares on the Lindqvist line will rise by one per cent.", [(1, "%", None)]),
        ("The trail is one mile longer than the old route.", [(1, "mi", None)]),
        ("One miner died in the Orrel pit collapse.", [(1, None, None)]),
        ("A poll of nine countries found little support.", [(9, None, None)]),
        ("A coffee in Varsby costs four or five euros.", [(4, "EUR", None), (5, "EUR", None)]),
        # a qualifier carried to a converted value
        (
            "The ash cloud spread more than 80 km (50 mi) east.",
            [(80, "km", "more than"), (50, "mi", "more than")],
        ),
        (
            "The wall is up to 12 m (39 ft) high in places.",
            [(12, "m", "up to"), (39, "ft", "up to")],
        ),
        # a move is two figures, a range of money keeps each end's scale
        (
            "Inflation in Teska eased from 5.1% to 4.9% in May.",
            [(5.1, "%", None), (4.9, "%", None)],
        ),
        ("Prices slowed from 3% to 2% last year.", [(3, "%", None), (2, "%", None)]),
        (
            "The scooter's pack charges from 15% to 90% in an hour.",
            [(15, "%", None), (90, "%", None)],
        ),
        ("Return fares on the Brill line are priced from €19.", [(19, "EUR", "at least")]),
        (
            "Fines ran from $500 to $2 million.",
            [(500, "USD", "at least"), (2_000_000, "USD", "up to")],
        ),
        (
            "Bids ranged from $3 to $5 billion.",
            [(3_000_000_000, "USD", "at least"), (5_000_000_000, "USD", "up to")],
        ),
    ],
)
def test_figure_forms(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Anyone under the age of 21 needs a permit in Orvik.",
        "The scheme is open to voters under 30 in the Kessel district.",
        "Tickets are free for those over 65.",
        "The FTSE 250 and the S&P 500 both slipped.",
        "The striker wore number 14 for Dunmore.",
        "Post the form to ZIP 30412 before the deadline.",
        "The COVID -19 wards at Halden hospital are closing.",
        "The probe will reach the comet in 2214, the agency said.",
        "A reading of 4.1e-7 was logged by the sensor.",
        "The sample held 6.02 x 10^23 atoms.",
        "She started a third term as mayor of Brill.",
        "The dinar lost a fifth of its value.",
        "He is one of the few who stayed.",
        "One firefighter said the roof held.",
        "The 2027 plan sets out new bus routes for Orvik.",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_counted_speakers_and_vague_pairs_stay_out():
    assert figures("One or two people waited outside.") == []
    assert figures("The vote was two or three weeks away at most, aides said.") != []
    assert figures("They said two or three.") == []
