"""Counted speakers are not figures (QA2 R9).

"Two government officials said ..." counts the people the reporter cites, not a claim;
"two officials were killed" is a claim. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from claimdesk.extract.numbers import find_numbers
from claimdesk.extract.pipeline import extract_text


def figures(text: str) -> list[tuple[str, int | float]]:
    return [(n.text, n.value) for n in find_numbers(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text",
    [
        "Two government officials said the ferry would resume on Friday.",
        "Two officials said the ferry would resume on Friday.",
        "2 officials said the ferry would resume on Friday.",
        "Three diplomats, who spoke on condition of anonymity, said the talks had stalled.",
        "The talks have stalled, according to two people familiar with the matter.",
        "Two U.S. officials told Reuters the depot was hit before dawn.",
        "2 U.S. officials told Reuters the depot was hit before dawn.",
        "Two senior government officials said on Monday that the bridge would close.",
        "The bridge will close in March, said two officials.",
        "Two Western diplomats briefed on the talks told Reuters a deal was near.",
        "Two residents told the Ledger the water had been off since the storm.",
        "Twelve officials said the count was wrong.",
        "Two seismologists told the council the fault had moved.",
    ],
)
def test_a_count_of_the_speakers_is_not_a_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two officials were killed in the attack, police said.", [("Two", 2)]),
        ("The attack killed two police officers, officials said.", [("two", 2)]),
        ("The army sent 30 soldiers to the border.", [("30", 30)]),
        ("At least 12 people were injured, the ministry said.", [("At least 12", 12)]),
        ("Two officials were arrested on Monday.", [("Two", 2)]),
        ("Officials said two people died.", [("two", 2)]),
        ("Two officials, including the mayor, were injured.", [("Two", 2)]),
        # More speakers than a reporter's sources: the count is the news.
        ("Forty-two lawmakers said they would vote against the bill.", [("Forty-two", 42)]),
        ("Over 200 doctors said in a letter the plan was unsafe.", [("Over 200", 200)]),
        # Inside the speaker's clause but counting someone else.
        ("The mayor, who oversees 12 inspectors, said the checks would go on.", [("12", 12)]),
        # Organisations are not counted speakers here.
        ("Two ministries said they would review the contract.", [("Two", 2)]),
    ],
)
def test_people_in_the_claim_stay_figures(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_speakers_dropped_but_their_figure_kept() -> None:
    text = "Two government officials said two people died and 40 homes burned."
    assert figures(text) == [("two", 2), ("40", 40)]


def test_pipeline_keeps_the_speaker_of_the_remaining_figures() -> None:
    text = (
        "Fire in Osterby\n\n"
        "Two government officials said 14 homes had been destroyed in the blaze.\n\n"
        "Three diplomats, who spoke on condition of anonymity, said 300 people had left.\n"
    )
    ex = extract_text(text, path="osterby.txt", published="2025-03-02")
    got = [(n.text, n.noun, n.speaker) for n in ex.numbers]
    assert [g[:2] for g in got] == [("14", "homes"), ("300", "people")]
    # The counted people are still the sources of what they said.
    assert all(g[2] for g in got), got
    assert {g[2] for g in got} == {"two government officials", "three diplomats"}
