"""Score the round-7 blind set of tests/fixtures/round7_blind/ (issue 16): 37 articles
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out, three times. On main at 2a90419 (before this round's extraction work): quote F1
0.93, speaker accuracy 0.76, figure F1 0.89, qualifier accuracy 0.91, date accuracy 0.81,
date precision 1.00, page meta 0.88, source F1 0.84. With the sixth-pass rules merged
(branches x16, x16b, x5): quote F1 0.94, speaker accuracy 0.81, figure F1 0.92, source F1
0.87, the rest unchanged. With the seventh-pass rules too (branch x16c, written from
round 6's misses): speaker accuracy 0.83, source F1 0.87, the rest unchanged. None of
those engineers saw this set. The speaker floor of issue 16 (0.92 on unseen text) is not
met. The floors below hold what the code reaches now; any figure after a rule written
from this set's misses is not held out.

Not held out: the seventh-pass figure and date rules of branch x5b were written from this
set's figure and date misses (the rules are general and tested on invented sentences in
tests/extract/test_figures_round7.py and test_dates_round7.py, but this set saw them made):
figure F1 0.92 -> 0.95, qualifier accuracy 0.91 -> 0.92, date accuracy 0.81 -> 0.97, date
precision 1.00. The floors for those three hold the new figures.

Not held out: with the eighth-pass rules (branch x16d, written from this set's misses;
docs/extraction.md, tests/extract/test_speaker_round7.py) speaker accuracy 0.92 (185 of
201) and source F1 0.91 here, the rest unchanged; the speaker and source floors were
raised to those figures. They measure fitting, not reading: only a later blind set can
say how far the rules carry.

With the thirteenth-pass rules (x16l, descriptions and bodies named in full; not written
from this set, but the round's "governor of the border region" was seen in its reference
list while one rule was written): speaker accuracy 0.928 -> 0.933, source F1 0.935 ->
0.940; floors raised to 0.93."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.98,
    "speaker_acc": 0.93,
    "source_f1": 0.93,
    "number_f1": 0.94,
    "number_qualifier_acc": 0.91,
    "date_acc": 0.96,
    "date_p": 0.99,
    "meta_acc": 0.87,
}

test_every_blind_article_is_annotated, test_round7_blind_floors = held_out_tests(
    "round7_blind", FLOORS
)
