"""Score the round-5 blind set of tests/fixtures/round5_blind/ (issue 16): 36 articles
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Scored as they stood, on main at 2a90419 (before any round-5 extraction work), held out:
quote F1 0.96, speaker accuracy 0.87, figure F1 0.92, qualifier accuracy 0.95, date
accuracy 0.99, date precision 1.00, page meta 0.92, source F1 0.92. Only these figures
count as held out, and these: the sixth-pass rules of branch x16 (transcripts, pull
quotes, statements, live blogs, role chains, scare quotes; tests/extract/
test_speaker_round5.py), written from round 4's misses by an engineer who never saw this
set, scored on it alone: quote F1 0.99, speaker accuracy 0.90, source F1 0.94.

Later figures are NOT held out: the sixth-pass rules of branch x16b (role phrases, names
with particles, colon frames, gestures; docs/extraction.md) were written after reading
this set's speaker misses, with their own invented test sentences
(tests/extract/test_speaker_names_round5.py): speaker accuracy 0.96 (0.961), source F1
0.96 (0.962), the rest unchanged. The sixth-pass figure, date and page rules of branch x5
were likewise written after reading this set's figure, date and page misses
(tests/extract/test_figures_round5.py, test_dates_round5.py, test_pages_round5.py): figure
F1 0.97, date accuracy 1.00, page meta 1.00; the qualifier misses left are range ends,
which docs/extraction.md gives "at least"/"up to" on purpose. The floors below hold what
the code reaches now, so a later change cannot lose it unseen."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.98,
    "speaker_acc": 0.97,
    "source_f1": 0.95,
    "number_f1": 0.96,
    "number_qualifier_acc": 0.94,
    "date_acc": 1.0,
    "date_p": 1.0,
    "meta_acc": 1.0,
}

test_every_blind_article_is_annotated, test_round5_blind_floors = held_out_tests(
    "round5_blind", FLOORS
)
