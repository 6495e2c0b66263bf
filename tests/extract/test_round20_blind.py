"""Score the round-20 blind set of tests/fixtures/round20_blind/ (issue 16): 18 political
and other speaker articles (6 US, 5 UK and Commonwealth, 4 international wire, 3 others)
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. Held-out figures to be filled in by
the lead: the writer of the set did not score it, so every floor below is 0.0 until the
lead scores it. No figures or dates in this set (their floors stay 0.0, meta too)."""

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

test_every_blind_article_is_annotated, test_round20_blind_floors = held_out_tests(
    "round20_blind", FLOORS
)
