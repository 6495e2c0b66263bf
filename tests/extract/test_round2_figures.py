"""Score the round-two fixtures: invented articles dense in the figure and date forms of
the second round of rules (tests/fixtures/round2_figures/, with its own gold.json).

Five articles were written while the rules were, three after (scored as they stood: see
gold.json's "about"), so the figures here guard the rules rather than measure them.
Each reference number also names its unit, checked on the matched figures.
`pytest -s` prints the figures and the misses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.paths import FIXTURES
from tests.support.scoring import below_floors, extract_folder, score, unannotated

HERE = FIXTURES / "round2_figures"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["articles"]

# Just under what they reached when set (all 1.00 at 17:10 UTC on 8 articles); the issue's
# floors for unseen text are 0.90 / 0.95 (figure F1 / qualifiers), 0.88 / 0.95 (dates).
FLOORS = {
    "number_f1": 0.97,
    "number_qualifier_acc": 0.97,
    "date_acc": 0.97,
    "date_p": 0.97,
    "meta_acc": 0.97,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return extract_folder(HERE, GOLD)


def test_every_fixture_is_annotated() -> None:
    assert not unannotated(HERE, GOLD)


def test_round2_floors(records) -> None:
    low = below_floors(score(GOLD, records), FLOORS)
    assert not low, f"below the floor: {low}"


def test_round2_units(records) -> None:
    """The unit of each reference figure, on the predicted figure with the same value."""
    wrong = []
    for rec in records:
        name = Path(rec["path"]).name
        got = {}
        for n in rec["numbers"]:
            got.setdefault(float(n["value"]), n["unit"])
        for ref in GOLD[name]["numbers"]:
            value = float(ref["value"])
            if value in got and got[value] != ref["unit"]:
                wrong.append(f"{name}: {ref['value']} {got[value]!r} (want {ref['unit']!r})")
    print("\n".join(wrong))
    assert not wrong, wrong
