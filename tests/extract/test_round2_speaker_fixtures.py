"""Score the invented articles of tests/fixtures/round2_speakers/ (speakers, quotes and
the page's title and date), annotated in the seeds' gold format; `pytest -s` prints the
figures and the misses. Numbers and dates are annotated in the other fixture folders.

The heldout_* articles were written after the round's rules and scored before anything
was changed for them: quote F1 0.95, speaker 0.86, source F1 0.92, meta 1.00 (the code
before the round: 0.93, 0.62, 0.79, 0.90). Their misses (an unknown role word before an
inverted name, a place after "across", a pull-quote credit with "Dr.", a show's name, a
nickname "known locally as") were then fixed as classes, each with its own test in
test_speaker_round2.py / test_page_meta.py. A second set, heldout2_*, written after that:
quote F1 1.00, speaker 0.86, source F1 0.87, meta 1.00 (before the round: 0.93, 0.86,
0.91, 0.80); its misses ("Deputy X, Liberal of Harth," read as a role and a name, a
relative clause after "Village councillor X", "An aide to X, ..., said the minister
expected ..." read as an inverted "said the minister") were fixed the same way. A third,
heldout3_*: quote F1 1.00, speaker 0.89, source F1 1.00, meta 1.00 (before the round:
1.00, 0.89, 1.00, 0.75); its one miss (a colon lead after a fronted phrase, "Asked
whether ..., Amundsen shook her head: ...") fixed the same way."""

from __future__ import annotations

import json

import pytest

from tests.support.paths import FIXTURES
from tests.support.scoring import below_floors, extract_folder, score, unannotated

HERE = FIXTURES / "round2_speakers"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["articles"]

# Just under what the round reached (all 1.00 on 19 articles); the code before the round:
# quote F1 0.94, speaker 0.68, source F1 0.85, meta 0.79.
FLOORS = {
    "quote_f1": 0.97,
    "speaker_acc": 0.95,
    "source_f1": 0.95,
    "meta_acc": 0.95,
}


@pytest.fixture(scope="module")
def tally():
    return score(GOLD, extract_folder(HERE, GOLD))


def test_every_fixture_is_annotated() -> None:
    assert not unannotated(HERE, GOLD)


def test_round2_speaker_floors(tally) -> None:
    low = below_floors(tally, FLOORS)
    assert not low, f"below the floor: {low}"
