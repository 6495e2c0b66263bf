"""Hedging phrases, with offsets; invented sentences."""

from __future__ import annotations

import pytest

from claimdesk.extract.hedges import find_hedges


def hedges(text: str) -> list[str]:
    found = find_hedges(text)
    for h in found:
        assert text[h.start : h.end] == h.text
    return [h.text for h in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The figures could not be independently verified.", "could not be independently verified"),
        ("The Ledger could not immediately verify the video.", "could not immediately verify"),
        ("Reuters cannot independently confirm the report.", "cannot independently confirm"),
        ("The toll couldn't be verified.", "couldn't be verified"),
        ("The claim has not been confirmed by officials.", "has not been confirmed"),
        ("Reporters were unable to verify the account.", "were unable to verify"),
        ("A letter purports to show the plan.", "purports to"),
        ("The purportedly leaked memo circulated.", "purportedly"),
        ("He allegedly bribed the inspector.", "allegedly"),
        ("The alleged bribe was small.", "alleged"),
        ("The group claimed responsibility.", "claimed"),
        ("Unconfirmed reports spoke of 40 dead.", "Unconfirmed"),
        ("It was reported that the mayor had left.", "It was reported that"),
        ("The minister reportedly resigned.", "reportedly"),
        ("Casualties rose, according to unverified reports.", "according to unverified reports"),
        ("The footage appeared to show tanks.", "appeared to show"),
        ("The leader is believed to have fled.", "is believed to have"),
        ("She made the accusation without providing evidence.", "without providing evidence"),
    ],
)
def test_hedge_phrases(text, want):
    assert hedges(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry confirmed the figures on Tuesday.",
        "Inspectors verified every ballot.",
        "The mayor said the bridge would reopen.",
    ],
)
def test_plain_statements_have_no_hedge(text):
    assert hedges(text) == []


def test_several_hedges_in_order():
    text = "Rebels reportedly took it. The claim could not be verified. Both alleged abuses."
    assert hedges(text) == ["reportedly", "could not be verified", "alleged"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was not immediately clear who fired first.", "It was not immediately clear"),
        ("The cause of the blaze remains unclear.", "unclear"),
    ],
)
def test_uncertainty_hedges(text, want):
    assert hedges(text) == [want]


def test_not_able_to_verify_and_without_evidence():
    cases = {
        "The BBC has not been able to confirm that claim.": "has not been able to confirm",
        "Reuters was not able to independently verify it.": "was not able to independently verify",
        "He said without evidence that it was rigged.": "without evidence",
    }
    for text, want in cases.items():
        assert [h.text for h in find_hedges(text)] == [want], text
    assert find_hedges("She was not able to attend the hearing.") == []
