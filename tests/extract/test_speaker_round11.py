"""Speakers, thirteenth pass (issue 16, x16m): question/answer exchanges and named
speakers in political news. In a press conference, broadcast interview or hearing the
reply belongs to the other party, not to the one who asked; "One, the MP X, said" is X.
Every text here is invented, with precision cases beside the rules: a wrong speaker is
worse than none."""

from __future__ import annotations

from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. '"...?" X asked. / "...," she replied.': the reply is not the asker's.
def test_a_reply_after_a_question_is_not_the_askers() -> None:
    text = (
        'The treasurer, Odile Marchetti, spoke on the breakfast show. "We will not cut '
        'pensions," Ms Marchetti said.\n\n'
        '"So what will you cut?" Barnaby Coyle asked.\n\n'
        '"Waste, mostly," she replied.'
    )
    assert _who(text) == ["Odile Marchetti", "Barnaby Coyle", "Odile Marchetti"]


def test_a_reply_goes_to_the_office_the_question_names() -> None:
    text = (
        '"The ferry runs," Gov. Ines Varga said in the lobby.\n\n'
        "Reporters pressed the governor on the ferry contract.\n\n"
        '"Will you cancel it, governor?" a reporter asked.\n\n'
        '"Not this week," she replied.'
    )
    assert _who(text) == ["Ines Varga", "a reporter", "Ines Varga"]


def test_a_reply_with_no_other_party_is_nobodys() -> None:
    # no other party in sight: none rather than the asker
    text = (
        "The meeting ran late.\n\n"
        '"Is the depot closing?" Councillor Ruth Penhale asked.\n\n'
        '"Not yet," she replied.'
    )
    assert _who(text) == ["Ruth Penhale", None]


def test_a_pronoun_that_only_says_keeps_the_asker() -> None:
    # "she said" is no reply verb: someone may go on after her own question
    text = (
        '"Is the depot closing?" Councillor Ruth Penhale asked.\n\n"Nobody has told us," she said.'
    )
    assert _who(text) == ["Ruth Penhale", "Ruth Penhale"]


# 2. A bare follow-up question after an answer goes back to the first asker.
def test_a_bare_follow_up_question_is_the_askers() -> None:
    text = (
        '"How many inspectors retired last year?" Rep. Carla Dunmore asked.\n\n'
        '"About half," Victor Hallam said.\n\n'
        '"About half. And nobody replaced them?"\n\n'
        '"Some of them were replaced."'
    )
    assert _who(text) == ["Carla Dunmore", "Victor Hallam", "Carla Dunmore", "Victor Hallam"]


def test_a_bare_statement_after_an_answer_stays_the_answerers() -> None:
    text = (
        '"How many inspectors retired last year?" Rep. Carla Dunmore asked.\n\n'
        '"About half," Victor Hallam said.\n\n'
        '"We are hiring again in the spring."'
    )
    assert _who(text)[-1] == "Victor Hallam"


# 3. 'Asked by X whether ..., Y paused. "...," she said.': Y, not the asker.
def test_asked_by_names_the_asker_not_the_speaker() -> None:
    text = (
        "Sen. Mira Okafor defended the levy on Thursday.\n\n"
        "Asked by Petra Lowe of the Harbour Gazette whether fares would rise, Okafor "
        'paused. "I would expect a modest rise," she said.'
    )
    assert _who(text) == ["Mira Okafor"]


# 4. "One, the MP X, said:": X, one of the group named before.
def test_one_of_a_group_named_between_commas() -> None:
    text = (
        "Transport minister Dara Lind resigned on Monday, blaming the finance ministry.\n\n"
        "Allies of Ms Lind said she would stay on as an MP. One, the Labour MP Tobias "
        'Wren, said: "She did what she had to do. Few of us would."'
    )
    assert _who(text) == ["Tobias Wren"]


# 5. "who asked not to be named" asks for anonymity and says nothing: it is no
# attribution, so the noun just before it ("the party") is never the speaker.
def test_asking_not_to_be_named_is_no_attribution() -> None:
    text = (
        "The Greens were surprised. A senior figure in the party, who asked not to be "
        "named because briefings are forbidden, put it bluntly: "
        '"We heard it on the radio. After that, every meeting was a fight."'
    )
    # never the party; since x16p "put it bluntly:" frames the quote, so the figure speaks
    assert _who(text) == ["a senior figure in the party"]


def test_a_speaker_who_asked_not_to_be_named_still_speaks() -> None:
    text = (
        '"We heard it on the radio," said a senior figure in the party, who asked not to be named.'
    )
    assert _who(text) == ["a senior figure in the party"]


def test_the_description_who_asked_not_to_be_named_keeps_its_words() -> None:
    # the subject of "asked" is the description itself, not a noun inside it
    text = (
        "One retired teacher, who asked not to be named because she still tutors, was "
        'blunter: "They knew in the spring. They told us in December."'
    )
    assert _who(text) == ["one retired teacher"]


# 6. '"...," said a senior official involved in the talks': the participle describes
# the speaker; it is no reported clause ("said the minister expected ..." still is).
def test_a_participle_after_an_inverted_speaker_describes_it() -> None:
    text = (
        '"Nobody agrees on the first step," said a senior Western official involved in '
        "the mediation, who spoke on condition of anonymity.\n\n"
        'The official said two paragraphs remained "entirely in brackets."'
    )
    assert _who(text) == ["a senior Western official", "a senior Western official"]


def test_a_finite_verb_after_an_inverted_noun_is_still_a_clause() -> None:
    text = 'In the hearing, said Ames, the minister expected the vote "to pass easily."'
    assert "the minister" not in _who(text)


# 7. "The summit's host, Foreign Minister X, told local radio that ...": a host is a role
# an appositive name follows, like "the minister, X,".
def test_the_host_named_between_commas_speaks() -> None:
    text = (
        "The summit's host, Foreign Minister Kofi Adjoa-Brandt, told local radio that both "
        'delegations had "worked until dawn on the text."'
    )
    assert _who(text) == ["Kofi Adjoa-Brandt"]
