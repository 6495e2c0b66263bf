"""Score the round-18 blind set of tests/fixtures/round18_blind/ (issue 16): 18 political
articles in the Westminster system's registers (PMQs, the Dáil, Senate estimates, select
committees, leaked memos, morning radio, by-elections, conferences, reshuffle briefings,
question period, a state Assembly, a budget vote) plus local news, a court report and a
feature, written by an engineer who read none of the extraction code and ran none of it on
them (see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. Held-out figures to be filled in by
the lead; the floors below are all 0.0 until then. Any figure after a rule written from
this set's misses is not held out."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.0,
    "speaker_acc": 0.0,
    "source_f1": 0.0,
    "number_f1": 0.0,
    "number_qualifier_acc": 0.0,
    "date_acc": 0.0,
    "date_p": 0.0,
    "meta_acc": 0.0,
}

test_every_blind_article_is_annotated, test_round18_blind_floors = held_out_tests(
    "round18_blind", FLOORS
)
