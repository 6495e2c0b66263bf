"""Score the round-8 blind set of tests/fixtures/round8_blind/ (issue 16): 40 articles
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. On main at 2a90419 (before
2026-12-07's extraction work): quote F1 0.95, speaker accuracy 0.69, figure F1 0.94,
qualifier accuracy 0.93, date accuracy 0.85, date precision 0.98, page meta 0.90, source
F1 0.79. With the sixth- and seventh-pass rules (branches x16, x16b, x5, x16c): speaker
accuracy 0.74, figure F1 0.96, qualifier 0.94, source F1 0.83. With the seventh-pass
figure and date rules (x5b): figure F1 0.97, date accuracy 0.88. With the eighth-pass
speaker rules (x16d): speaker accuracy 0.79, source F1 0.86. The speaker floor of issue
16 (0.92 on unseen text) is not met.

Not held out (fitted): with the ninth-pass rules written from this set's misses
(branch x16e, 2026-12-07: transcript layouts, records, bare live-blog stamps, credit
sentences, colon leads, surname subjects, a given name), quote F1 0.952 -> 0.985 (recall
0.918 -> 0.981), speaker accuracy 0.795 -> 0.877, source F1 0.865 -> 0.930; wrong names
4 before and after. With the prose rules also written from this set's misses (branch
x16f: speaker accuracy 0.795 -> 0.916 alone, wrong names 4 -> 1) and the tenth-pass rules
(x16g, written from round 9; 0.795 -> 0.826 alone, one of its rules checked on this set),
all together: quote F1 0.99, speaker accuracy 0.97, source F1 0.97. The floors below hold
what the code reaches now; any figure after a rule written from this set's misses is not
held out."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.99,
    "speaker_acc": 0.96,
    "source_f1": 0.96,
    "number_f1": 0.96,
    "number_qualifier_acc": 0.93,
    "date_acc": 0.92,
    "date_p": 0.97,
    "meta_acc": 0.89,
}

test_every_blind_article_is_annotated, test_round8_blind_floors = held_out_tests(
    "round8_blind", FLOORS
)
