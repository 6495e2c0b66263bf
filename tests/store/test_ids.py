"""Claim and article ids: what they ignore, and a frozen scheme (a change would orphan
every verdict in every existing store)."""

from __future__ import annotations

from claimdesk.store import ids


def test_id_scheme_is_frozen():
    assert ids.article_id("Mara said “we held”.") == "20bebf58e00275fb"
    key = ids.claim_key("quote", "“We held.”")
    assert ids.claim_id("a" * 16, "quote", key, 0) == "1897178199118c45"
    key = ids.claim_key("number", "11,000", 11000.0, None)
    assert ids.claim_id("a" * 16, "number", key, 1) == "9ecb3a9c89e9a499"


def test_normalisation_ignores_presentation_only():
    n = ids.normalise_text
    assert n("  “We  held,”\u00a0she said…  ") == n('"we held," she said')
    assert n("‘Ａ’") == n("'a'")  # width and quote style
    assert n("We held") != n("We did not hold")
    assert ids.claim_key("number", "11,000", 11000.0, None) == ids.claim_key(
        "number", "eleven thousand", 11000, None
    )
    assert ids.claim_key("number", "", 11000, "USD") != ids.claim_key("number", "", 11000, None)


def test_kind_and_occurrence_are_part_of_the_id():
    key = ids.claim_key("quote", "x")
    assert ids.claim_id("a", "quote", key) != ids.claim_id("a", "statement", key)
    assert ids.claim_id("a", "quote", key, 0) != ids.claim_id("a", "quote", key, 1)
    assert ids.claim_id("a", "quote", key) != ids.claim_id("b", "quote", key)
