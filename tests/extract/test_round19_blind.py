"""Score the round-19 blind set of tests/fixtures/round19_blind/ (issue 16): 18 speaker
articles of international political news (summits, briefings, a UN vote, a coup, protests,
elections abroad, translated interviews, a live blog, an analysis) and three others, written
by an engineer who read none of the extraction code and ran none of it on them (see
gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. Held-out figures to be filled in by
the lead; until then every floor is 0.0, so only the first test (every article annotated)
can fail."""

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

test_every_blind_article_is_annotated, test_round19_blind_floors = held_out_tests(
    "round19_blind", FLOORS
)
