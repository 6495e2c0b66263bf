"""Score the round-6 blind set of tests/fixtures/round6_blind/ (issue 16): 37 articles
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out, twice. On main at 2a90419 (before this round's extraction work): quote F1
0.96, speaker accuracy 0.82, figure F1 0.88, qualifier accuracy 0.95, date accuracy 0.94,
date precision 0.97, page meta 0.88, source F1 0.87. On main at 2862ff6, with every
sixth-pass rule merged (branches x16, x16b and x5, none of whose engineers saw this set):
quote F1 0.99, speaker accuracy 0.84, figure F1 0.92, qualifier accuracy 0.94, date
accuracy 0.94, date precision 0.97, page meta 1.00, source F1 0.90. The speaker floor of
issue 16 (0.92 on unseen text) is not met. The floors below hold what the code reaches
now, so a later change cannot lose it unseen; any figure after a rule written from this
set's misses is not held out.

Not held out: branch x16c wrote its seventh-pass speaker rules from this set's misses
(docs/extraction.md, "Seventh-pass speaker rules"; tests/extract/test_speaker_round6.py):
speaker accuracy 0.84 -> 0.95 (0.8398 -> 0.9481), source F1 0.90 -> 0.96 (0.9015 ->
0.9556), every other figure unchanged. Those figures measure fit, not generalisation;
the round-7 blind set is the held-out check."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.99,
    "speaker_acc": 0.94,
    "source_f1": 0.95,
    "number_f1": 0.91,
    "number_qualifier_acc": 0.93,
    "date_acc": 0.99,
    "date_p": 0.96,
    "meta_acc": 1.0,
}

test_every_blind_article_is_annotated, test_round6_blind_floors = held_out_tests(
    "round6_blind", FLOORS
)
