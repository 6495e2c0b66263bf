"""Score the round-14 blind set of tests/fixtures/round14_blind/ (issue 16): 18 political
and other speaker articles written by an engineer who read none of the extraction code and
ran none of it on them (see gold.json's "about"). `pytest -s` prints the figures and the
misses.
Held out until this session's second wave: no engineer who wrote a rule before it saw this
set. Scored by the lead (2026-12-07, `tests.support.scoring` as ../shared/eval scores):

| code | quote F1 | speaker accuracy | source F1 |
| --- | --- | --- | --- |
| 3f95f5e (the session's start) | 0.98 | 0.89 (180 of 202) | 0.91 |
| ae9c87d (x16o: exchanges) | 0.98 | 0.90 (181 of 202) | 0.91 |
| 38b285a (x16o, x16p, x16q merged) | 0.98 | 0.90 (182 of 203) | 0.91 |
| x16s merged (rules from this set's misses: NOT held out) | 1.00 | 0.93 (189 of 203) | 0.92 |
| x16r merged (NOT held out) | 1.00 | 1.00 (203 of 203) | 0.97 |

Held out, three misses in four were wrong names (16 of 21 at 38b285a), most of them the
wrong noun phrase (a role before the name, a party tag, a dateline, a cut-short body). No
figures or dates in this set (their floors stay 0.0, meta too). The floors sit just under
the last row."""

from __future__ import annotations

from tests.support.held_out import held_out_tests

FLOORS = {
    "quote_f1": 0.99,
    "speaker_acc": 0.98,
    "source_f1": 0.95,
    "number_f1": 0.0,
    "number_qualifier_acc": 0.0,
    "date_acc": 0.0,
    "date_p": 0.0,
    "meta_acc": 0.0,
}

test_every_blind_article_is_annotated, test_round14_blind_floors = held_out_tests(
    "round14_blind", FLOORS
)
