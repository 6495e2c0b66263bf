"""Speakers, thirteenth pass (issue 16, x16n): round 12's wrong names in political news.
"she said" after the asker's turn in an interview or press conference is the one asked;
a language ("according to an English translation") is never a speaker; a body's name
keeps its "and" ("Ministry of Trade and Ports"), its last word "District" and a union
local's number. Every text here is invented, with precision cases beside the rules."""

from __future__ import annotations

from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. A pronoun that falls on the asker in a fresh paragraph is the one asked.
def test_she_said_after_the_presenters_turn_is_the_guests() -> None:
    text = (
        "The treasury spokeswoman, Ilse Marangoni, was interviewed by the presenter, "
        "Petra Donnelly, on Sunday.\n\n"
        '"Will you raise the levy?" Donnelly asked.\n\n'
        '"We will look at every option," Marangoni said.\n\n'
        '"Savers deserve an answer today," Donnelly said.\n\n'
        '"They will get one," she said, "in the spring."'
    )
    assert _who(text) == [
        "Petra Donnelly",
        "Ilse Marangoni",
        "Petra Donnelly",
        "Ilse Marangoni",
        "Ilse Marangoni",
    ]


def test_she_said_after_a_reporters_question_is_the_mayors() -> None:
    text = (
        '"The offer stands," Mayor Renata Oyelaran said at a news conference.\n\n'
        '"Will you hire replacement drivers?" a reporter asked.\n\n'
        '"I will not speculate," she said.'
    )
    assert _who(text) == ["Renata Oyelaran", "a reporter", "Renata Oyelaran"]


def test_a_pronoun_named_again_in_its_paragraph_keeps_its_person() -> None:
    # precision: the asker named in the same paragraph goes on speaking
    text = (
        '"Will the depot close?" Councillor Tobias Wren asked.\n\n'
        '"Not this year," Edwin Harrow said.\n\n'
        'Wren said the answer came too late. "We needed it in May," he said.'
    )
    assert _who(text) == ["Tobias Wren", "Edwin Harrow", "Tobias Wren"]


# 2. A language is never a speaker.
def test_a_translation_lends_no_speaker() -> None:
    text = (
        "The visiting premier, Teodor Albescu, met his host, President Mira Sandoval.\n\n"
        '"We were apart too long," Albescu said through an interpreter.\n\n'
        '"We will trade again," she said, according to an English translation '
        "provided by her office.\n\n"
        'Asked about the border, Albescu smiled. "We discussed everything," he said.'
    )
    who = _who(text)
    assert "English" not in who  # nobody rather than the language
    assert who[0] == "Teodor Albescu"


# 3. A body's whole name: "and" inside it, "District" closing it, a local's number.
def test_a_ministry_name_keeps_its_and() -> None:
    text = (
        "Boats stayed in port.\n\n"
        '"The closure is temporary," the Ministry of Forestry and Rural Affairs said.'
    )
    assert _who(text) == ["Ministry of Forestry and Rural Affairs"]


def test_a_district_is_a_body() -> None:
    text = 'Farmers met on Monday.\n\n"The vote helps," said the Sorrel Valley Water District.'
    assert _who(text) == ["Sorrel Valley Water District"]


def test_a_union_local_keeps_its_number() -> None:
    text = 'Drivers walked out.\n\n"We are ready," said United Tram Workers Local 418.'
    assert _who(text) == ["United Tram Workers Local 418"]


# 4. "Name, role of a body, an apposition, said": the name speaks, not the role.
def test_a_name_before_its_role_and_apposition_speaks() -> None:
    text = (
        "Bakers welcomed the cut.\n\n"
        "Ottilie Brannagh, chair of the Wessex Craft Bakers Federation, a trade body for "
        'some 300 shops, said the tax had been "a loaf-by-loaf penalty".'
    )
    assert _who(text) == ["Ottilie Brannagh"]


# 5. "the source" / "the group" after the paragraph opens with that voice.
def test_the_source_is_the_unnamed_source_the_paragraph_opens_with() -> None:
    text = (
        "The MP left the party on Friday.\n\n"
        'A senior cabinet source was blunt. "She was never one of us," the source said.'
    )
    assert _who(text) == ["a senior cabinet source"]


def test_the_group_is_the_body_the_paragraph_opens_with() -> None:
    text = (
        "The measure goes to voters in May.\n\n"
        "The Fair Count Ballot Committee, backed by county parties, opposes it. "
        '"Keep the ballot simple," the group said in a statement.'
    )
    assert _who(text) == ["Fair Count Ballot Committee"]


def test_a_group_of_people_is_no_body() -> None:
    # precision: "A group of residents" names no body; "the group" stays a group
    text = 'Neighbours met on Monday.\n\nA group of residents met. "We object," the group said.'
    assert _who(text) == ["group"]


# 6. '"...?" demanded Cllr X': right after a quotation "demanded" asks aloud.
def test_demanded_after_a_question_credits_its_subject() -> None:
    text = (
        "The vote was close.\n\n"
        '"Nobody wants this," the council leader, Cllr Aled Brennock, told the meeting.\n\n'
        '"Have you read the survey?" demanded Cllr Wynne Tallis, leader of the opposition.'
    )
    assert _who(text) == ["Aled Brennock", "Wynne Tallis"]


# 7. "That was how X put it." credits the bare quotation before it, even when the
# paragraph quotes a title after the credit.
def test_put_it_credit_with_a_quoted_title_after_it() -> None:
    text = (
        "Budgets are hard.\n\n"
        "Rep. Odell Farrimond has voted for nine of them.\n\n"
        '"We keep renting time and calling it thrift."\n\n'
        "That was how Marit Oyelowo, a budget analyst, put it to me last week. She has a "
        'book out, "The Long Stopgap", that is good.'
    )
    assert _who(text)[0] == "Marit Oyelowo"


def test_the_union_is_its_local_with_the_number() -> None:
    text = (
        "Drivers struck.\n\n"
        "The drivers' union, United Tram Workers Local 418, responded within the hour.\n\n"
        'The union said it was "ready to talk at any hour" but would not return.'
    )
    assert _who(text) == ["United Tram Workers Local 418"]


def test_a_rhetorical_question_inside_a_paragraph_makes_no_asker() -> None:
    # precision: 'Hauliers were furious. "Who pays?" X asked.' is no exchange's turn
    text = (
        '"We will not gamble with the ferry," Ines Lambrecht said at the pier.\n\n'
        'Hauliers were furious. "Who pays for the delay?" Tomasz Orlik, who runs a fleet, '
        "asked at a news conference.\n\n"
        'He added: "Every day shut costs my members money."'
    )
    assert _who(text) == ["Ines Lambrecht", "Tomasz Orlik", "Tomasz Orlik"]
