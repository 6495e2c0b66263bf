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


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "Sen. Dale Greer lost the vote 51-49.\n\nAllies of Sen. Greer said he had been "
            '"stabbed in the back".',
            "stabbed",
            "Allies of Sen. Greer",
        ),
        (
            "Mayor Ruth Okafor defended the budget.\n\nCritics of Mayor Okafor said the cuts "
            'were "reckless".',
            "reckless",
            "Critics of Mayor Okafor",
        ),
    ],
)
def test_allies_of_a_titled_person_are_no_one_body(text: str, start: str, want: str) -> None:
    """A capitalised plural relation opening the sentence: neither the person named after
    "of" nor a body of that name (speakers._plural_at_org)."""
    assert _speaker(text, start) == want


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            'Friends of the Earth said the scheme was "a disaster for the coast".',
            "a disaster",
            "Friends of the Earth",
        ),
        (
            'Friends of Crowle Library said they would keep "fighting for Wednesdays".',
            "fighting",
            "Friends of Crowle Library",
        ),
        (
            'Analysts at Aldmoor Savings Bank said the rise was "overdue".',
            "overdue",
            "Aldmoor Savings Bank",
        ),
    ],
)
def test_a_body_named_friends_of_stays_the_body(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


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


# 6. A question put in reported speech, then the answer (put_to.py, in
# turn_taking.reply_turn): "Roe put it to her that ... / '...,' she said" is the one asked,
# not the asker, when both are "she" (or both "he").
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "The home secretary, Priya Castell, told the presenter, Anna Quigley, that the "
            'scheme was "working".\n\n"Then why are the boats still coming?" Quigley asked.'
            '\n\n"Because the gangs adapt," Castell said.\n\nQuigley put it to her that the '
            'Treasury had refused extra money.\n\n"That is simply not the case," she said.',
            "That is simply",
            "Priya Castell",
        ),
        (
            'Sen. Martin Ruhl, R-Kan., told the host that the deal was "dead on arrival".\n\n'
            '"So you\'ll block it?" the host, Dan Keough, asked.\n\n"We will amend it," Ruhl '
            "said.\n\nKeough asked him whether he had spoken to the White House.\n\n"
            '"I speak to them every week," he said.',
            "I speak to them",
            "Martin Ruhl",
        ),
        (
            'The minister, Lena Hollis, was interviewed by the presenter Fran Boyd. "We will '
            'not raise taxes," Ms Hollis said.\n\nBoyd then put it to her that the party had '
            'promised the same last year.\n\n"And we kept that promise," she replied.',
            "And we kept",
            "Lena Hollis",
        ),
        (
            "The committee chair, Dame Alison Furnell, questioned the chief inspector, Carol "
            'Mbatha, about the backlog.\n\n"The backlog is falling," Ms Mbatha said.\n\nDame '
            'Alison pressed her on the figures for the north-west.\n\n"They are the worst in '
            'the country, and I accept that," she said.',
            "They are the worst",
            "Carol Mbatha",
        ),
    ],
)
def test_the_one_a_question_is_put_to_answers(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


def test_a_statement_about_no_one_keeps_the_pronoun() -> None:
    """No question put to "her": "she" stays with the senator who spoke of herself."""
    text = (
        "Sen. Ada Brill questioned the nominee, Joan Pike, for three hours.\n\n"
        '"I have answered that," Ms Pike said.\n\nBrill said she was not satisfied.\n\n'
        '"I will keep asking," she said.'
    )
    assert _speaker(text, "I will keep") == "Ada Brill"


# 7. "He opened with a simple question:" -- a pronoun's turn told by a noun of speech
# before the colon (opened_with.turn_opener, in speech._colon_lead), resolved as any "he
# said" is. A noun that is no speech ("an apology" with no colon, "the youngest
# children") changes nothing.
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "The committee's chair, Meurig Bevington, was unconvinced. He opened with a "
            'simple question: "How many companies have you fined this year?"',
            "How many",
            "Meurig Bevington",
        ),
        (
            "The chairwoman, Sen. Lisa Ortiz, D-N.M., gaveled the hearing open. She began "
            'with a pointed question for the witness: "Did anyone at the agency read the '
            'audit?"',
            "Did anyone",
            "Lisa Ortiz",
        ),
        (
            "The Taoiseach, Declan Furlong, was in combative form. He finished with a jibe at "
            'the benches opposite: "They had fourteen years."',
            "They had",
            "Declan Furlong",
        ),
        (
            'Councillor Ruth Fenn spoke last. She closed with a plea to the cabinet: "Do not '
            'close our libraries."',
            "Do not close",
            "Ruth Fenn",
        ),
        (
            "The senator met the families. She began with the youngest children, and later "
            'told reporters: "It was hard."',
            "It was hard",
            None,
        ),
    ],
)
def test_a_pronoun_opens_with_a_question(text: str, start: str, want: str | None) -> None:
    assert _speaker(text, start) == want


# 8. A sketch's pronoun run (pronoun_aside.py, in pronoun_run.py): a sentence holding "she"
# only in a reporting aside (", she pointed out,"), or one naming no one after a sentence
# opened by "He", is passed over; the quotation's pronoun is the person the run began
# with, never the last person of that gender quoted before it.
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            'The Speaker, Dame Rosa Ives, called for calm. "Order," she said.\n\nUna Haslam '
            'rose first. The promised "nursery guarantee", she pointed out, had now been '
            'promised three times.\n\n"Parents were told places would be there by the '
            'autumn," she said.',
            "Parents were told",
            "Una Haslam",
        ),
        (
            'Jolyon Lathbury had come armed with a folder. "Order! Order!" bellowed Sir Ewart '
            "Pinnock, the Speaker.\n\nMr Lathbury would not, or not directly. He spoke "
            "instead of a review and of partners in the sector. The opposition benches made "
            'the noise they always make.\n\n"I am not going to take lectures from that '
            'party," he said.',
            "I am not going",
            "Jolyon Lathbury",
        ),
        (
            'Micheál Brennan, the Sinn Féin housing spokesman, said the figures were "a '
            'fantasy". "Nobody believes them," he said.\n\nThe Taoiseach, Declan Furlong, '
            "did not answer. He talked about the budget surplus instead. The benches "
            'opposite groaned.\n\n"We have built more homes than any government in a '
            'decade," he said.',
            "We have built",
            "Declan Furlong",
        ),
    ],
)
def test_a_sketch_pronoun_run_keeps_its_person(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


# 9. An office in the vocative ("Mr Speaker, ...", "Madam Chair, ...", "Senator, ...") is
# the listener: never credited to the one holder of that office the article names
# (vocative.title_called, in addressee.unaddressed). Nobody rather than the chair.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            'Speaker Sir Ewart Pinnock called for order. "Order," Sir Ewart said.\n\n"Mr '
            'Speaker, the prime minister has had fourteen years."',
            "Mr Speaker",
        ),
        (
            'The committee chair, Ida Voss, swore in the witness, Lena Ortiz. "You may '
            'begin," Voss said.\n\n"Madam Chair, thank you for the opportunity to testify."',
            "Madam Chair",
        ),
        (
            'The Speaker, Sir Ewart Pinnock, called the leader of the opposition. "Order," '
            'Sir Ewart said.\n\n"Mr Speaker, the prime minister has had fourteen years."',
            "Mr Speaker",
        ),
    ],
)
def test_an_office_in_the_vocative_is_not_its_holder(text: str, start: str) -> None:
    assert _speaker(text, start) is None


def test_an_office_addressed_by_another_speaker_keeps_that_speaker() -> None:
    """The opposition critic addressing the minister twice: still the critic."""
    text = (
        'The finance minister, Kirby Kozak, told the house the levy was "working". '
        '"It is working for families," Kozak said.\n\n"Minister, families in Red Deer '
        'would disagree," said opposition critic Anna Lund.\n\n"Minister, will you scrap it?"'
    )
    assert _speaker(text, "Minister, will you") == "Anna Lund"


# 10. "said a close aide to Gov. Calder": read forward, the aide's tie runs through "to"
# (relation_of.to_tie, in subjects.fwd_subject), as it did read backward.
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            'Gov. Beth Calder signed the bill.\n\n"She has been hung out to dry," said a close '
            "aide to Gov. Calder.",
            "She has been",
            "a close aide to Gov. Calder",
        ),
        (
            'The prime minister arrived late. "It was never going to pass," said one adviser '
            "to the prime minister.",
            "It was never",
            "one adviser to the prime minister",
        ),
        (
            '"It went to the wire," said an aide to Sen. Ames, who asked not to be named.',
            "It went",
            "an aide to Sen. Ames",
        ),
    ],
)
def test_an_aide_to_someone_read_forward(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


# 11. '"Order," said the Speaker, Dame Rosa Ives.': a capitalised office after "the" and
# before a person's name is the person's role (office_name.py, in
# subjects._fwd_appositive), never a source "Speaker" / "Taoiseach" / "Secretary".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"Order," said the Speaker, Dame Rosa Ives.', "Rosa Ives"),
        ('"We will not be lectured," said the Taoiseach, Declan Furlong.', "Declan Furlong"),
        ('"Order! Order!" bellowed the Speaker, Sir Ewart Pinnock.', "Ewart Pinnock"),
        ('"We need a decision," said the Home Secretary, Priya Castell.', "Priya Castell"),
        ('"It passed," said the Senate Majority Leader, Tom Rusk.', "Tom Rusk"),
        ('"We will build the homes," the Taoiseach, Declan Furlong, said.', "Declan Furlong"),
        ('"Deal or no deal," the Tánaiste, Nuala Brennan, told the Dáil.', "Nuala Brennan"),
    ],
)
def test_a_capitalised_office_before_the_name(text: str, want: str) -> None:
    assert quotes(text)[0][1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We have no comment," said the Treasury, which declined to elaborate.', "Treasury"),
        (
            '"The line will reopen," said the Department for Transport, which runs the line.',
            "Department for Transport",
        ),
        ('"Vote no," said the Green Party, led by Ana Ruiz.', "Green Party"),
    ],
)
def test_a_body_before_a_comma_stays_the_body(text: str, want: str) -> None:
    assert quotes(text)[0][1] == want


# 12. A heckle from an unnamed voice is nobody's (heckles.py, through sign_words): never
# the minister heckled, whose paragraph came before. A voice named after "from" is left
# to the older rules.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            '"We have delivered more funded hours," Jolyon Lathbury replied.\n\n"No they '
            "don't!\" came a cry from somewhere behind the opposition front bench.",
            "No they don't",
        ),
        (
            '"The deficit is falling," the Treasurer, Kim Albany, said.\n\n"Rubbish!" came a '
            "shout from the crossbench.",
            "Rubbish",
        ),
        (
            '"The plan is working," Gov. Ada Lind said.\n\n"Liar!" came a voice from the '
            "gallery, before security removed a man.",
            "Liar",
        ),
    ],
)
def test_a_heckle_from_no_one_named_is_nobodys(text: str, start: str) -> None:
    assert _speaker(text, start) is None


def test_the_reply_from_a_named_person_stays_theirs() -> None:
    text = (
        '"We will build the homes," the Taoiseach, Declan Furlong, said.\n\n"When?" came '
        "the reply from the opposition leader, Mary Lou Kinsella."
    )
    assert _speaker(text, "When?") == "Mary Lou Kinsella"
