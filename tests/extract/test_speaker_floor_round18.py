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


# 2. A sentence adverb before its comma ("Afterwards, a No 10 spokesman said ... and
# added: ...") is never a name, so never the speaker of the coordinated verb
# (lexicon.SENTENCE_ADVERBS).
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "The vote passed narrowly.\n\nAfterwards, a No 10 spokesman said the prime "
            'minister had been "very clear" about it, and added: "The rate is under review."',
            "The rate",
            "a No 10 spokesman",
        ),
        (
            "The senator left the floor after the vote.\n\nAfterward, a spokeswoman for Sen. "
            'Ames said she "respects the outcome" and added: "She will keep fighting."',
            "She will keep",
            "a spokeswoman for Sen. Ames",
        ),
        (
            'Elsewhere, the Green Party co-leader, Ana Ruiz, said the plan was "a fudge" and '
            'added: "We will vote against it."',
            "We will vote",
            "Ana Ruiz",
        ),
        (
            "The council met at 7pm.\n\nPrivately, one councillor said the scheme was "
            '"doomed", adding: "Nobody believes the numbers."',
            "Nobody believes",
            "one councillor",
        ),
        (
            "The hearing ended at noon.\n\nSubsequently, the ministry issued a statement and "
            'added: "Lessons will be learned."',
            "Lessons",
            None,
        ),
    ],
)
def test_a_sentence_adverb_is_no_speaker(text: str, start: str, want: str | None) -> None:
    assert _speaker(text, start) == want


# 3. "NAME, chief executive of BODY, who said": the person, with no article before the
# office (role_then_who.py), never the body. A hearing introduces its witnesses this way.
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "The committee later heard from Aled Wyburn, chief executive of Severnmouth "
            'Water, who said his company was investing.\n\n"We ask for the planning '
            'permission," he told MPs.',
            "We ask",
            "Aled Wyburn",
        ),
        (
            "The panel also questioned Marcus Bell, deputy director of the Federal Aviation "
            'Administration, who said staffing was "stretched thin".',
            "stretched thin",
            "Marcus Bell",
        ),
        (
            "Also giving evidence was Niamh Colgan, secretary general of the Department of "
            'Health, who told the committee the overspend was "regrettable".',
            "regrettable",
            "Niamh Colgan",
        ),
        (
            "The motion was moved by Thandi Mokoena, chief whip of the Alliance for Reform, "
            'who said it was "long overdue".',
            "long overdue",
            "Thandi Mokoena",
        ),
    ],
)
def test_a_witness_with_a_bare_office_speaks(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


# 4. A first name in the vocative is the listener, never the speaker (vocative.py, read
# by addressee.py): the bare answer goes to the other side of the exchange.
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            'Sen. Ross Delane said the farm bill was "a mess".\n\n"You voted for the last '
            'one," the host, Chuck Avery, said.\n\n"Chuck, that was a different bill."',
            "Chuck, that",
            "Ross Delane",
        ),
        (
            'The health secretary, Gareth Pryce, said waiting lists were "finally falling".'
            '\n\n"Patients in Derry would disagree," said the presenter, Niamh Doherty.\n\n'
            '"With respect, Niamh, the figures say otherwise."',
            "With respect",
            "Gareth Pryce",
        ),
        (
            'The chancellor, Olwen Tregarthen, said the budget was "in hand".\n\n"Your own '
            'party called it a permanent promise," Briony Roe said.\n\n"That isn\'t quite '
            'right, Briony."',
            "That isn't",
            "Olwen Tregarthen",
        ),
    ],
)
def test_a_first_name_in_the_vocative_is_the_listener(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


def test_no_other_side_in_sight_gives_nobody() -> None:
    """The interviewee never quoted before: nobody, never the presenter named."""
    text = (
        "The health secretary, Gareth Pryce, was pressed on waiting lists by the presenter, "
        'Niamh Doherty.\n\n"How long is too long?" Doherty asked.\n\n'
        '"Niamh, I\'ve been very clear about this."'
    )
    assert _speaker(text, "Niamh, I've") is None


# 5. A cut-off turn resumes after the interjection (interrupted.py): the dash ends the
# first speaker's turn, the other cuts in, and the next bare paragraph is the first's.
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            'The chancellor, Olwen Tregarthen, said the budget was "in hand".\n\n"So you '
            'might break it next month?" Briony Roe pressed.\n\n"Briony, I\'m not going to—"'
            '\n\n"It\'s a simple question."\n\n"And I\'m giving you a simple answer."',
            "And I'm giving",
            "Olwen Tregarthen",
        ),
        (
            "Sen. Ruth Calder questioned the agency's director, Tom Beale. \"I was not in "
            'post," Beale said.\n\n"Who signed off on the contract?" Calder asked.\n\n"Well, '
            'Ruth, I was not in post at the time I—"\n\n"You were the deputy director."\n\n'
            '"As I was saying, I had not yet been appointed."',
            "As I was saying",
            "Tom Beale",
        ),
        (
            "Sen. Ruth Calder questioned the agency's director, Tom Beale. \"I was not in "
            'post," Beale said.\n\n"Who signed off on the contract?" Calder asked.\n\n"Well, '
            'Ruth, I was not in post at the time I—"\n\n"You were the deputy director."',
            "You were",
            "Ruth Calder",
        ),
    ],
)
def test_an_interrupted_turn_resumes(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want
