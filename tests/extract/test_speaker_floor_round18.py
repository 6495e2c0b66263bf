"""Speakers, fifteenth pass (branch x16x; issue 16): who holds the floor in round 18's
exchanges (fitted), and whose words a tie to someone else carries. Each construction is
tried on invented sentences of several registers (UK broadcast and broadsheet, US wire and
Sunday shows, hearings, parliamentary sketches), with precision cases beside them. No
fixture text."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


def _speaker(text: str, start: str) -> str | None:
    return next(s for q, s in quotes(text) if q.startswith(start))


# 1. "an ally of Ms Fenwick said": the ally speaks, never the person named after "of"
# (relation_of.py).
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "Cressida Fenwick was said to be furious.\n\n"
            'An ally of Ms Fenwick said: "If No 10 thinks this is clever, it is wrong."',
            "If No 10",
            "an ally of Ms Fenwick",
        ),
        (
            "The prime minister is expected to move Ms Fenwick on Tuesday.\n\n"
            '"If No 10 thinks this is clever, it is wrong," said an ally of Ms Fenwick.',
            "If No 10",
            "an ally of Ms Fenwick",
        ),
        (
            "Sen. Dale Greer lost the vote 51-49 on Thursday.\n\n"
            '"He was stabbed in the back," one ally of Sen. Greer said.',
            "He was stabbed",
            "one ally of Sen. Greer",
        ),
        (
            "Gov. Beth Calder vetoed the bill.\n\n"
            '"She blinked first," a longtime ally of Gov. Calder said Sunday on a network '
            "show.",
            "She blinked",
            "a longtime ally of Gov. Calder",
        ),
        (
            "Rep. Ida Voss, D-Md., voted no.\n\n"
            '"Ida does not do deals," said one backer of Rep. Voss, a donor from Baltimore.',
            "Ida does not",
            "one backer of Rep. Voss",
        ),
        (
            "Taoiseach Declan Furlong faced questions in the Dáil.\n\n"
            'A close confidant of Mr Furlong told a Sunday paper: "He knew nothing of the '
            'payment."',
            "He knew nothing",
            "a close confidant of Mr Furlong",
        ),
    ],
)
def test_a_relation_of_someone_speaks_not_the_someone(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "The deputy mayor, Sione Latu, was stood down on Friday.\n\n"
            '"It is a stitch-up," a loyalist of Mr Latu told the local radio station.',
            "It is a stitch-up",
            "a loyalist of Mr Latu",
        ),
        (
            'Ministers met on Monday. "We will see," a colleague of the chancellor said.',
            "We will see",
            "a colleague of the chancellor",
        ),
    ],
)
def test_a_relation_read_before_stays(text: str, start: str, want: str) -> None:
    """Heads the lexicons knew already (a profession's ending, a role): unchanged."""
    assert _speaker(text, start) == want


def test_a_body_named_friends_of_stays_the_body() -> None:
    text = 'Friends of the Earth said the scheme was "a disaster for the coast".'
    assert _speaker(text, "a disaster") == "Friends of the Earth"
