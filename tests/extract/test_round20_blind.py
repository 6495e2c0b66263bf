"""Score the round-20 blind set of tests/fixtures/round20_blind/ (issue 16): 18 political
and other speaker articles (6 US, 5 UK and Commonwealth, 4 international wire, 3 others)
written by an engineer who read none of the extraction code and ran none of it on them
(see gold.json's "about"). `pytest -s` prints the figures and the misses.

Held out: no engineer who wrote a rule saw this set. Scored by the lead (2026-12-07,
`tests.support.scoring` as ../shared/eval scores); the session's start is fb6aaf6;
the set was written mid-session, after x16w and x16v had merged:

| code | quote F1 | speaker accuracy | source F1 |
| --- | --- | --- | --- |
| fb6aaf6 (the session's start) | 1.00 | 0.91 (211 of 233) | 0.89 |
| cedd43c (+ x16w, x16v, xperf6; when the set arrived) | 1.00 | 0.91 (212 of 233) | 0.90 |
| + x16x, x16y, x16z, x16s3 (round 18 fitted; 2 stress corpora) | 1.00 | 0.91 (212 of 233) | 0.90 |
| + x19a, x19b (round 19 fitted), the session's end | 1.00 | **0.91 (213 of 233)** | 0.90 |

Still held out at the end: 10 of its 20 misses are wrong names. No figures or dates in
this set (their floors stay 0.0, meta too). The floors sit just under the last row."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.98,
    "speaker_acc": 0.9,
    "source_f1": 0.88,
    "number_f1": 0.0,
    "number_qualifier_acc": 0.0,
    "date_acc": 0.0,
    "date_p": 0.0,
    "meta_acc": 0.0,
}

test_every_blind_article_is_annotated, test_round20_blind_floors = held_out_tests(
    "round20_blind", FLOORS
)
