"""Score the round-9 blind set of tests/fixtures/round9_blind/ (issue 16): 40 articles
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. Held-out figures to be filled in by
the lead, who scores it on main before any rule is written from its misses; until then
every floor is 0.0, so only the loading and the format are checked. Any figure after a
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

test_every_blind_article_is_annotated, test_round9_blind_floors = held_out_tests(
    "round9_blind", FLOORS
)
