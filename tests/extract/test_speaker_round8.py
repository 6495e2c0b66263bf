"""Speakers, ninth pass (issue 16, round 8): general reading rules for prose
constructions the round-8 blind set showed, each tried on invented sentences of its own,
with the precision cases beside them (a wrong speaker is worse than none). The round-8
fixtures are not used here: these texts are new, about invented people and events."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. '"...!" roared landlord Dez Okonkwo-Hart': a verb of manner before its subject.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"He stole my lunch and never looked back!" bellowed farmer Ivo Grattan-Pyke. '
            '"The nerve of him."',
            [
                ("He stole my lunch and never looked back!", "Ivo Grattan-Pyke"),
                ("The nerve of him.", "Ivo Grattan-Pyke"),
            ],
        ),
        (
            '"We are not moving," growled Marit Oyelowo-Sand as the bailiffs arrived.',
            [("We are not moving,", "Marit Oyelowo-Sand")],
        ),
    ],
)
def test_a_manner_verb_before_its_subject(text, want) -> None:
    assert quotes(text) == want


def test_a_manner_verb_after_other_words_is_no_inverted_credit() -> None:
    # the quotation does not end at the verb: the name after "roared" is its object
    text = 'The fans sang "Blue Tide, we stand by you" and roared Kell Abernethy-Rowe home.'
    assert [s for _q, s in quotes(text)] != ["Kell Abernethy-Rowe"]


# 2. A role word before a name with particles: the name stays whole ("Van der Berg").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Harriers coach Joost Van der Meer was gracious. "They took their chances."',
            [("They took their chances.", "Joost Van der Meer")],
        ),
        (
            '"The bins have not been emptied since May," said pensioner Lotte de Wolff-Arne.',
            [("The bins have not been emptied since May,", "Lotte de Wolff-Arne")],
        ),
    ],
)
def test_a_role_word_then_a_name_with_particles(text, want) -> None:
    assert quotes(text) == want


# 3. A sentence about a person the article already cited, by surname alone, then a bare
#    quotation: "Mbeki-Rourke was unimpressed. '...'"
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"We gave it everything," said captain Noor Halloran-Beck.\n'
            'Halloran-Beck had the final word. "Now we rest."',
            [
                ("We gave it everything,", "Noor Halloran-Beck"),
                ("Now we rest.", "Noor Halloran-Beck"),
            ],
        ),
        (
            'The crossing was "safe as ever," said ferryman Osric Pellow-Dane.\n'
            'But Pellow-Dane was unimpressed by the new timetable. "Nobody asked the crews."',
            [
                ("safe as ever,", "Osric Pellow-Dane"),
                ("Nobody asked the crews.", "Osric Pellow-Dane"),
            ],
        ),
    ],
)
def test_a_cited_surname_introduces_the_next_quotation(text, want) -> None:
    assert quotes(text) == want


@pytest.mark.parametrize(
    "lead",
    [
        "Pellow-Dane was arrested on the quay.",  # acted on: likelier about him
        "Carrowmore was quiet on Sunday.",  # a word nobody was cited as
    ],
)
def test_a_surname_acted_on_or_unknown_credits_no_one(lead) -> None:
    text = (
        'The crossing was "safe as ever," said ferryman Osric Pellow-Dane.\n'
        f'{lead} "Nobody asked the crews."'
    )
    assert quotes(text)[-1] == ("Nobody asked the crews.", None)


# 4. Translated and wire copy: "underlined", "underscored", "assured" report speech, and
#    an aside ("for her part", "in turn") may stand between the subject and the verb.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"The dam will be shared or it will be useless," Minister Ilka Varga-Soren underlined.',
            [("The dam will be shared or it will be useless,", "Ilka Varga-Soren")],
        ),
        (
            '"We will keep the border open," Premier Tomas Adeyemi-Holt assured reporters.',
            [("We will keep the border open,", "Tomas Adeyemi-Holt")],
        ),
        (
            "Deputy Minister Radka Solberg-Imre for her part noted that her side "
            '"has no reason to delay."',
            [("has no reason to delay.", "Radka Solberg-Imre")],
        ),
        (
            'Mayor Jonas Pettersen-Aho in turn said the plan was "late but welcome."',
            [("late but welcome.", "Jonas Pettersen-Aho")],
        ),
    ],
)
def test_translation_frames(text, want) -> None:
    assert quotes(text) == want


def test_part_without_for_her_is_no_aside() -> None:
    # "the better part" is the object of something, not an aside before the verb
    text = 'The council spent the better part said to be "a waste of a year."'
    assert [s for _q, s in quotes(text)] != ["council"]


# 5. One unnamed individual who reported something speaks the bare quotation after it;
#    a group does not.
def test_one_unnamed_voice_keeps_the_next_quotation() -> None:
    text = (
        "A nurse on the ward, who asked not to be named, insisted the beds had been cut. "
        '"We count them every night. There are fewer."'
    )
    assert quotes(text) == [("We count them every night. There are fewer.", "a nurse on the ward")]


def test_a_group_does_not_keep_the_next_quotation() -> None:
    text = 'Residents of the towers said the lifts had failed again. "Not again."'
    assert quotes(text)[-1][1] is None


# 6. "a nurse who gave her name only as Jacinta" between the commas: the name given.
def test_a_description_who_gave_her_name_only_as() -> None:
    text = (
        "Another shopper, a cleaner who gave her name only as Rosalind, said the bus never "
        'came. "I walked the whole way."'
    )
    assert quotes(text) == [("I walked the whole way.", "Rosalind")]


# 7. Between two quotations of one paragraph, a sentence about a new person gives the
#    second quotation to that person; a quotation naming the earlier speaker is not theirs.
def test_a_new_person_between_two_quotations_speaks_the_second() -> None:
    text = (
        'The reviewer Oona Feldspar-Kay said the album was "a long sulk with drums." '
        'Asked about that, singer Teodor Blanchette-Ube laughed. "Oona has never liked '
        'a single thing I made."'
    )
    assert quotes(text) == [
        ("a long sulk with drums.", "Oona Feldspar-Kay"),
        ("Oona has never liked a single thing I made.", "Teodor Blanchette-Ube"),
    ]


def test_a_quotation_naming_the_earlier_speaker_is_not_theirs() -> None:
    text = (
        'Critic Silas Moorcroft-Penn wrote that the play was "a pleasant nap." '
        '"Silas always sleeps through the second act."'
    )
    assert quotes(text)[-1] == ("Silas always sleeps through the second act.", None)


# 8. A quotation paragraph after a paragraph that introduces one person: as the agent of
#    a passive, as the subject, or as "She ..." after a sentence citing her.
def test_a_passive_agent_introduces_the_quotation_paragraphs_after() -> None:
    text = (
        "The new lifeboat was named by Morwenna Trevithick-Oduya, 91, whose brother drowned "
        "off the point in 1953.\n"
        '"He was nineteen. He went out for a fishing crew that never came back.\n'
        '"Now the boat carries his name."'
    )
    assert [s for _q, s in quotes(text)] == ["Morwenna Trevithick-Oduya"] * 2


def test_a_subject_introduces_the_quotation_paragraph_after() -> None:
    text = (
        "Retired signalman Cuthbert Ansah-Rowley has kept the station clock running for "
        "forty years.\n"
        '"It loses a minute a week. I forgive it."'
    )
    assert quotes(text) == [("It loses a minute a week. I forgive it.", "Cuthbert Ansah-Rowley")]


def test_she_after_a_sentence_citing_her_carries_to_the_quotation_paragraph() -> None:
    text = (
        "Bookseller Philippa Orme-Nakamura is closing the shop after 31 years.\n"
        "She is not sad, she says. She is tired.\n"
        '"Thirty-one winters of a cold shop is enough for anyone."'
    )
    assert quotes(text)[-1] == (
        "Thirty-one winters of a cold shop is enough for anyone.",
        "Philippa Orme-Nakamura",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "The shop was raided by police and Tobias Renwick-Hale was arrested.",  # acted on
        "The ribbon was cut by Ada Pellworth and Jonas Krill.",  # two people
    ],
)
def test_no_one_introduced_credits_no_one(lead) -> None:
    text = f'{lead}\n"It was a strange morning for the street."'
    assert quotes(text) == [("It was a strange morning for the street.", None)]


def test_a_capitalised_verb_before_the_name_is_no_role() -> None:
    # "Police questioned X": X is the object, not the subject introduced
    text = 'Police questioned Ansel Brockhurst-Ime on Friday.\n"Nobody saw anything."'
    assert quotes(text) == [("Nobody saw anything.", None)]


def test_a_place_introduced_in_the_paragraph_before_is_no_speaker() -> None:
    # no title, role, age or who-clause marks "Harrow Quay" as a person
    text = 'The market on Harrow Quay reopened on Saturday.\n"Best fish on the coast."'
    assert quotes(text) == [("Best fish on the coast.", None)]


# 9. "A second source, a board member, told ...": the appositive says who spoke.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'A second source, a ward sister, told this newspaper the unit was "already '
            'half empty."',
            "a ward sister",
        ),
        (
            'Another person, a driver based at the Kelso depot, said: "We heard it on the '
            'radio like everyone else."',
            "a driver based at the Kelso depot",
        ),
    ],
)
def test_a_generic_source_renamed_by_its_appositive(text, want) -> None:
    assert [s for _q, s in quotes(text)] == [want]


def test_a_named_person_after_a_generic_source_is_not_this_rule() -> None:
    # a capitalised name between the commas is no description: the name rules decide
    text = 'A second source, Ada Penrose-Vale, said the deal was "done."'
    assert [s for _q, s in quotes(text)] != ["second source"]


# 10. "A Skyrenna employee at the desk, who ..., said": the employer's name after the
#     article does not stop the unnamed description.
def test_an_employer_before_an_unnamed_description() -> None:
    text = (
        "A Norrvik Rail guard on the platform, who was not allowed to speak to the press, "
        'said trains had been "cancelled by text message."'
    )
    assert [s for _q, s in quotes(text)] == ["Norrvik Rail guard on the platform"]


# 11. Agency copy: "informed journalists that", "expressed hope that".
def test_informed_and_expressed_hope_that_report_speech() -> None:
    text = (
        "Minister Dragan Oreskovic-Lind informed journalists that the next round would "
        'be held in March. He expressed hope that "reason will win in the end."'
    )
    assert quotes(text) == [("reason will win in the end.", "Dragan Oreskovic-Lind")]


def test_expressed_without_a_view_and_that_reports_nothing() -> None:
    # "expressed" with an object that is no view, or no "that", is not a speech frame
    text = 'The plant expressed "record volumes" of oil this spring, a report said.'
    assert [s for _q, s in quotes(text)] != ["plant"]


# 12. "A pedestrian who was injured, retired teacher X, told ...": the name between the
#     commas after a description with a restrictive "who" clause.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A cyclist who was hit at the junction, retired postman Idris Mbatha-Howe, told "
            'the inquest he heard "brakes, then nothing."',
            "Idris Mbatha-Howe",
        ),
        (
            'One neighbour who saw the fire, Rui Abreu-Kent, said: "It went up like paper."',
            "Rui Abreu-Kent",
        ),
    ],
)
def test_a_name_after_a_description_with_a_who_clause(text, want) -> None:
    assert [s for _q, s in quotes(text)] == [want]


# 13. A questioner's follow-up after "?"": "pressed", "persisted", "probed" beside the
#     quotation, the name's appositive between them; the answer's speaker is not it.
def test_a_follow_up_question_is_the_questioners() -> None:
    text = (
        '"Who approved the design?" Marisol Tennant-Obi, counsel for the tenants, asked the '
        "engineer.\n"
        '"My office did," replied the engineer, Ruairi Blackwood-Sena.\n'
        '"Even after the cracks were reported?" Tennant-Obi, a veteran of two inquiries, '
        "pressed."
    )
    assert [s for _q, s in quotes(text)] == [
        "Marisol Tennant-Obi",
        "Ruairi Blackwood-Sena",
        "Marisol Tennant-Obi",
    ]


def test_pressed_away_from_a_quotation_reports_nothing() -> None:
    text = 'Lena Ashcombe-Roy pressed the button twice. The lift said "going up" anyway.'
    assert [s for _q, s in quotes(text)] != ["Lena Ashcombe-Roy"]


# 14. A gesture by a named person whose gender the article has given still introduces
#     the quotation after it (the check compared her gender with no pronoun at all).
def test_a_gesture_by_a_name_of_known_gender() -> None:
    text = (
        "Organiser Petra Vale-Mensah led the march. "
        '"My neighbour is ninety and cannot walk to town," she said.\n'
        'Vale-Mensah shook her head. "Run the bus every hour and see who rides it."'
    )
    assert quotes(text)[-1] == (
        "Run the bus every hour and see who rides it.",
        "Petra Vale-Mensah",
    )


# 15. A name inside the who-clause after the subject is no second person; a hyphenated
#     role opening the sentence ("Chef-owner") is no part of the name.
def test_a_place_inside_the_who_clause_leaves_one_person() -> None:
    text = (
        "Head-gardener Oswin Tremayne-Achebe, who trained at Kew Gardens for six years, "
        'walked us round the beds. "Everything here was a car park in March."'
    )
    assert quotes(text) == [("Everything here was a car park in March.", "Oswin Tremayne-Achebe")]


def test_a_second_person_outside_the_clause_still_counts() -> None:
    text = (
        "Gardener Oswin Tremayne-Achebe, who trained for six years, walked the beds with "
        'Ada Brisk-Lowe. "Everything here was a car park in March."'
    )
    assert quotes(text) == [("Everything here was a car park in March.", None)]


# 16. "as she liked to say, '...'": a habit before "to say" after "as" is no infinitive.
def test_as_she_liked_to_say() -> None:
    text = (
        "Philippa Gwynne-Osei, who has died aged 90, mended clocks for sixty years. She "
        'opened the shop with, as she liked to say, "two screwdrivers and a grudge."'
    )
    assert quotes(text) == [("two screwdrivers and a grudge.", "Philippa Gwynne-Osei")]


def test_told_to_say_is_still_an_infinitive() -> None:
    text = 'Staff were told to say "no comment" to every caller, as managers wanted.'
    assert [s for _q, s in quotes(text)] != ["managers"]
