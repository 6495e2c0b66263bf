"""sample_data/compare_gold.json scored against a real extraction + comparison run.

Floors sit below the figures measured at 09:35 UTC (entities 62/77 pairs, same-claim
25/40 with origins 16/21, figures 40/55, conflicts 10/19, agreements 29/36,
not-comparable kept apart 18/22) so extraction work can move them a little; a false
merge of two people always fails.
"""

from __future__ import annotations

import pytest

from tests.support.compare_scoring import SAMPLES, run


@pytest.fixture(scope="module")
def score():
    if not (SAMPLES / "compare_gold.json").exists():
        pytest.skip("sample_data/compare_gold.json not written yet")
    return run()


def test_no_false_merge_of_different_people(score):
    assert score.false_merges == []


def test_entity_merges(score):
    assert score.entity_pairs >= 20
    assert score.ratio("entity_found", "entity_pairs") >= 0.6, score.summary()


def test_same_claim_groups_and_origins(score):
    assert score.ratio("claim_found", "claim_pairs") >= 0.45, score.summary()
    assert score.ratio("origin_right", "origin_checks") >= 0.6, score.summary()


def test_figures_grouped_and_conflicts_flagged(score):
    assert score.ratio("figure_found", "figure_pairs") >= 0.6, score.summary()
    assert score.ratio("conflict_flagged", "conflict_pairs") >= 0.45, score.summary()
    assert score.ratio("agree_right", "agree_pairs") >= 0.6, score.summary()


def test_not_comparable_figures_kept_apart(score):
    kept = score.not_comparable - len(score.wrongly_compared)
    assert kept / score.not_comparable >= 0.7, score.wrongly_compared
