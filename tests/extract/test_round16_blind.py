"""Score the round-16 blind set of tests/fixtures/round16_blind/ (issue 16): 18 political
and other speaker articles written by an engineer who read none of the extraction code and
ran none of it on them (see gold.json's "about"). `pytest -s` prints the figures and the
misses.
Held out: no engineer who wrote a rule saw this set. Scored by the lead (2026-12-07,
`tests.support.scoring` as ../shared/eval scores):

| code | quote F1 | speaker accuracy | source F1 |
| --- | --- | --- | --- |
| 3f95f5e (the session's start) | 0.99 | 0.88 (169 of 191) | 0.90 |
| 38b285a (first wave: x16o, x16p, x16q) | 0.99 | 0.89 (170 of 191) | 0.90 |
| b2fdd2b (second wave: x16r, x16s) | 0.99 | 0.91 (173 of 191) | 0.91 |
| the session's end (third wave: x16t, x16u) | 0.99 | **0.91 (173 of 191)** | 0.91 |

Still held out at the end: 12 of its 18 misses are wrong names. No figures or dates in this
set (their floors stay 0.0, meta too). The floors sit just under the last row."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.98,
    "speaker_acc": 0.9,
    "source_f1": 0.9,
    "number_f1": 0.0,
    "number_qualifier_acc": 0.0,
    "date_acc": 0.0,
    "date_p": 0.0,
    "meta_acc": 0.0,
}

test_every_blind_article_is_annotated, test_round16_blind_floors = held_out_tests(
    "round16_blind", FLOORS
)
