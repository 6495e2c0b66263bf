"""Speakers, eighth pass (issue 16, round 7): general reading rules for descriptions a
writer uses for the one person just named (a nation, a court role, the office heading a
body), each tried on invented sentences of its own, with the precision cases beside them
(a wrong speaker is worse than none). The round-7 fixtures are not used here: these
texts are new, about invented people and events."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. "the Samoan said": a nation's word (listed or of that shape) for the person just named.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Winger Sefo Alailima-Brand, who made his debut in March, limped off before "
            'half-time. "My knee went, that\'s all," the Samoan said.',
            [("My knee went, that's all,", "Sefo Alailima-Brand")],
        ),
        (
            "Ratu Kolinisau-Pell was named man of the match after two tries. "
            '"The forwards did the hard work," the Fijian added. "I just ran."',
            [
                ("The forwards did the hard work,", "Ratu Kolinisau-Pell"),
                ("I just ran.", "Ratu Kolinisau-Pell"),
            ],
        ),
        (
            "Striker Giorgio Vella-Sant scored the winner in the last minute. "
            '"I closed my eyes and hit it," the Maltese grinned.',
            [("I closed my eyes and hit it,", "Giorgio Vella-Sant")],
        ),
    ],
)
def test_a_nation_word_is_the_person_just_named(text, want) -> None:
    assert quotes(text) == want


def test_a_role_shaped_like_a_nation_word_names_no_one_new() -> None:
    # "the Chairman" is an office, not a nation: it does not go to whoever was just named
    text = (
        "Tenant Oskar Brightwell-Fane asked about the lift again. "
        '"It will be fixed by spring," the Chairman said.'
    )
    assert [s for _q, s in quotes(text)] != ["Oskar Brightwell-Fane"]


def test_two_people_before_a_nation_word_name_no_one() -> None:
    text = (
        "Prop Tevita Halaholo-Reed and hooker Mikaele Fonoti-Grant both scored. "
        '"We wanted this one badly," the Tongan said.'
    )
    assert [s for _q, s in quotes(text)] not in (
        ["Tevita Halaholo-Reed"],
        ["Mikaele Fonoti-Grant"],
    )


# 2. Court reports: "Name, defending," is counsel; "the barrister said" is that person.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Perpetua Llewellyn-Asante, defending, said her client had paid back every "
            'penny. "She is ashamed, and she has said so," the barrister said.',
            [("She is ashamed, and she has said so,", "Perpetua Llewellyn-Asante")],
        ),
        (
            "Cormac Underhill-Bose, prosecuting, told the jury the van was seen twice. "
            '"The cameras do not forget," the prosecutor said.',
            [("The cameras do not forget,", "Cormac Underhill-Bose")],
        ),
    ],
)
def test_counsel_is_the_one_named_defending_or_prosecuting(text, want) -> None:
    assert quotes(text) == want


def test_the_prosecutor_is_not_the_defending_counsel() -> None:
    # the named counsel defends: "the prosecutor" is someone else
    text = (
        "Lavinia Oyelaran-Stock, defending, said the ladder had been borrowed. "
        '"Nobody stole anything," the prosecutor said.'
    )
    assert [s for _q, s in quotes(text)] != ["Lavinia Oyelaran-Stock"]


def test_two_counsel_on_one_side_name_no_one() -> None:
    text = (
        "Jarvis Penhaligon-Oke, defending, and Beatrix Sandoval-Rhee, also defending, "
        'asked for bail. "He has a job to go to," the barrister said.'
    )
    assert [s for _q, s in quotes(text)] not in (
        ["Jarvis Penhaligon-Oke"],
        ["Beatrix Sandoval-Rhee"],
    )


# 3. "the head of the ministry" (a translation's phrase) is the minister just named.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ORVEK, March 3 (Talvani Press Agency). The new grain terminal will load its "
            "first ship in May, Agriculture Minister Dobromir Hadzic-Lorne told reporters "
            'on Monday.\n\n"The cranes are in place and tested," the head of the ministry '
            "said.",
            [("The cranes are in place and tested,", "Dobromir Hadzic-Lorne")],
        ),
        (
            "The ferry timetable will change in April, Mayor Ottoline Brackwater-Suri "
            'said on Friday. "Nobody will wait longer than before," the head of the city '
            "added.",
            [("Nobody will wait longer than before,", "Ottoline Brackwater-Suri")],
        ),
    ],
)
def test_the_head_of_the_body_is_its_office_holder(text, want) -> None:
    assert quotes(text) == want


def test_the_head_of_the_ministry_without_a_minister_names_no_one() -> None:
    # the person named before is no minister: "the head of the ministry" is someone else
    text = (
        "Harbour pilot Ysolde Karamanlis-Birch said the channel was silting up. "
        '"Dredging starts in June," the head of the ministry said.'
    )
    assert [s for _q, s in quotes(text)] != ["Ysolde Karamanlis-Birch"]


# 4. "her son said" is the one person the article wrote as "Her son, Full Name".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Clothilde Varga-Penrose ran the village shop for forty years.\n\n"
            'Her son, Anselm Varga-Penrose, said she never took a holiday. "She said the '
            'shop was the holiday."\n\n'
            "Neighbour Wilhelmina Oduor-Stack, who bought bread there every day, said she "
            'would miss the gossip. "You heard everything first at that counter."\n\n'
            '"We will keep the sign above the door," her son said.',
            [
                ("She said the shop was the holiday.", "Anselm Varga-Penrose"),
                ("You heard everything first at that counter.", "Wilhelmina Oduor-Stack"),
                ("We will keep the sign above the door,", "Anselm Varga-Penrose"),
            ],
        ),
        (
            "Farrier Bartholomew Quince-Adair was fined on Tuesday.\n\n"
            "His lawyer, Seraphina Holt-Nakamura, told the court he had been unwell. "
            "Magistrate Ines Castellan-Roe said the fine would stand.\n\n"
            '"He will pay it by Friday," his lawyer said.',
            [("He will pay it by Friday,", "Seraphina Holt-Nakamura")],
        ),
    ],
)
def test_her_son_is_the_one_the_article_named_so(text, want) -> None:
    assert quotes(text) == want


def test_two_sons_named_before_credit_neither() -> None:
    text = (
        "Her son, Lorcan Ferreira-Blythe, flew in from Lisbon. Her son, Emrys "
        "Ferreira-Blythe, drove from the coast.\n\n"
        '"She would have hated the fuss," her son said.'
    )
    assert [s for _q, s in quotes(text)] not in (
        ["Lorcan Ferreira-Blythe"],
        ["Emrys Ferreira-Blythe"],
    )


# 5. A bare quotation right after a sentence introducing one person as its subject.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ferry office in Drummock closes at the end of the month.\n\n"
            "Hesketh Ambrose-Twyla, 79, has bought his ticket there every Friday since "
            '1971. "I will miss the woman behind the glass more than the ticket."',
            [
                (
                    "I will miss the woman behind the glass more than the ticket.",
                    "Hesketh Ambrose-Twyla",
                )
            ],
        ),
        (
            "The retired lock-keeper Philomena Carradine-Obi keeps the old logbooks in her "
            'kitchen. "Every barge since 1958 is in here, and every argument."',
            [("Every barge since 1958 is in here, and every argument.", "Philomena Carradine-Obi")],
        ),
        (
            "One regular, Desmond Achterberg-Lusk, who has walked the towpath daily for a "
            'decade, was more hopeful. "They said the same in 2015, and the path is still '
            'here."',
            [
                (
                    "They said the same in 2015, and the path is still here.",
                    "Desmond Achterberg-Lusk",
                )
            ],
        ),
    ],
)
def test_a_bare_quote_after_an_introduced_subject_is_theirs(text, want) -> None:
    assert quotes(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # acted on: the quotation is likelier someone else's about them
        'Fenwick Oyelaran-Dace was arrested at the depot on Monday. "We are all shocked."',
        # two people named: the reader cannot tell which one speaks
        "Rosalba Quintero-Hale and Ignatius Fairbrother-Mun run the stall together. "
        '"Saturdays pay for the week."',
        # a possessive: the sentence is about her shop, not her
        "Ottoline Gravesend-Ruiz's bakery burned down in March. "
        '"The whole street smelled of toast."',
    ],
)
def test_a_bare_quote_after_no_single_agent_names_no_one(text) -> None:
    assert [s for _q, s in quotes(text)] == [None]


# 6. "Cllr" is a title: "the councillor" later is that person, and "Cllr" is no name word.
def test_cllr_is_the_councillors_title() -> None:
    text = (
        'Cllr Wilbur Ashcombe-Tey, who chairs the roads committee, said: "We are out of '
        'money."\n\nThe road will shut for a year. "It is a year of pain," the councillor '
        "said."
    )
    assert quotes(text) == [
        ("We are out of money.", "Wilbur Ashcombe-Tey"),
        ("It is a year of pain,", "Wilbur Ashcombe-Tey"),
    ]


# 7. An elided particle ("d'", "dell'") opens a name word: the name stays whole.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Honorine d’Estrelles-Maury, whose mill has pressed walnuts since 1880, "
            'shrugged. "Every harvest someone says it is the last."',
            [("Every harvest someone says it is the last.", "Honorine d’Estrelles-Maury")],
        ),
        (
            "Tommaso dell'Orvieto-Sala has repaired church organs for forty years. "
            '"The pipes outlive the priests."',
            [("The pipes outlive the priests.", "Tommaso dell'Orvieto-Sala")],
        ),
    ],
)
def test_an_elided_particle_keeps_the_name_whole(text, want) -> None:
    assert quotes(text) == want
