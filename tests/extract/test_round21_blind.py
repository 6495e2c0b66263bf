"""Score the round-21 blind set of tests/fixtures/round21_blind/ (issue 16): 19 political
and news articles written by an engineer who read none of the extraction code and ran none
of it on them (see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. Held-out figures to be filled in by
the lead; the floors below are all 0.0 until the lead scores the set. Any figure after a
rule written from this set's misses is not held out."""

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

test_every_blind_article_is_annotated, test_round21_blind_floors = held_out_tests(
    "round21_blind", FLOORS
)
