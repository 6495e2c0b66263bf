"""Score the round-4 blind set of tests/fixtures/round4_blind/ (issue 16): 36 articles
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Scored as they stood, on main at 4447203 (before this round's extraction work): quote F1
0.93, speaker accuracy 0.82, figure F1 0.95, qualifier accuracy 0.94, date accuracy 0.88,
date precision 0.98, page title and date 1.00. Then, with the fourth-pass rules (written
by an engineer who never saw this set) merged, still held out: speaker accuracy 0.85, date
accuracy 0.89, the rest unchanged. The floors below hold what the code
reaches now, so a later change cannot lose it unseen.

Later figures are NOT held out: the fifth-pass rules (issue 16, docs/extraction.md) were
written after reading this set's misses, with their own invented test sentences
(tests/extract/test_speaker_round4.py): speaker accuracy 0.92, source F1 0.96, the rest
unchanged. The fifth-pass date and figure rules were likewise written after reading this
set's date and figure misses, with their own invented sentences
(tests/extract/test_dates_round4.py, test_figures_round4.py): date accuracy 1.00, date
precision 1.00, figure F1 0.97, qualifier accuracy 0.94 (this set's gold gives range ends
no qualifier; docs/extraction.md gives them "at least"/"up to" on purpose, so each range
found costs it). Only the figures above count as held out; these later ones are not.

Sixth pass (issue 16, round 5; branch x16): general rules, each built from invented
sentences of its own (tests/extract/test_speaker_round5.py), for the classes of misses
this set showed (straight single quotes, transcripts, pull-quote credit lines, "the
statement said", live-blog stamps, roles pointing back, scare quotes, party labels):
quote F1 0.94 -> 1.00, speaker accuracy 0.92 -> 0.98, source F1 0.96 -> 0.99, the rest
unchanged. Not held out either: the classes were read from this set's misses."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.99,
    "speaker_acc": 0.97,
    "source_f1": 0.98,
    "number_f1": 0.95,
    "number_qualifier_acc": 0.93,
    "date_acc": 0.98,
    "date_p": 0.98,
    "meta_acc": 1.0,
}

test_every_blind_article_is_annotated, test_round4_blind_floors = held_out_tests(
    "round4_blind", FLOORS
)
