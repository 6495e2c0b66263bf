"""Speakers, thirteenth pass (branch x16j; issue 16, round 10): the round-10 blind set's
remaining speaker misses in prose, each construction tried on invented sentences of its
own, with the precision cases beside them (a wrong speaker is worse than none). The
round-10 fixtures are not used here: these texts are new, about invented people."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. A role and its performer: "the youngest sister, played by X Y, says" is X Y's line;
# an appositive that is no performance ("backed by") names no one new.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The play opens in a lighthouse. Then the keeper's widow, played with quiet "
            "fury by Maren Oduya, says the line the evening hangs on: "
            '"Nobody asked the lamp what it wanted."',
            [("Nobody asked the lamp what it wanted.", "Maren Oduya")],
        ),
        (
            "The campaign film runs ninety seconds. The narrator, voiced by Tobiah "
            'Kessling-Ware, says the county "deserves a second bridge."',
            [("deserves a second bridge.", "Tobiah Kessling-Ware")],
        ),
        (
            'The sister, backed by the chorus, says the lamp "should never have been lit."',
            [("should never have been lit.", "sister")],
        ),
    ],
)
def test_performer_not_the_role(text: str, want: list) -> None:
    assert quotes(text) == want


# 2. A quotation over several paragraphs, each opening with a mark and only the last
# closing, after a paragraph that brings one person in and goes on with "He"/"She".
def test_multi_paragraph_quote_after_an_introduced_person() -> None:
    text = (
        "Four former ferrymen met again at the harbour hall.\n\n"
        "Osric Penhallow, 81, did most of the talking. He had been the night skipper for "
        "twenty years.\n\n"
        '"We tied up at midnight and the owner was on the quay with a torch.\n\n'
        '"Then the crew went to the pub and I walked home along the sea wall.\n\n'
        '"In the morning the gangway was already gone."\n\n'
        "The hall's warden, Ruth Amberley, said the men still met each month."
    )
    assert [s for _q, s in quotes(text)] == ["Osric Penhallow"] * 3


def test_multi_paragraph_quote_after_two_people_is_no_ones() -> None:
    text = (
        "Osric Penhallow, 81, sat beside Ruth Amberley. He had been the night skipper.\n\n"
        '"We tied up at midnight and the owner was on the quay.\n\n'
        '"In the morning the gangway was already gone."'
    )
    # two people in the sentence the run opens on: no guess between them
    assert [s for _q, s in quotes(text)] == [None, None]


# 3. A colon lead that denies a hesitation says how the subject spoke.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Osric Penhallow sat by the window. Asked what he missed most, Penhallow did "
            'not hesitate: "The crew. Never the boat. The crew."',
            [("The crew. Never the boat. The crew.", "Osric Penhallow")],
        ),
        (
            "Senator Ilse Varga-Moreau spoke last. Varga-Moreau did not mince her words: "
            '"This budget is a confession."',
            [("This budget is a confession.", "Ilse Varga-Moreau")],
        ),
        (
            "Senator Ilse Varga-Moreau spoke last. Varga-Moreau did not attend: "
            '"This budget is a confession."',
            [("This budget is a confession.", None)],
        ),
    ],
)
def test_did_not_hesitate_colon_lead(text: str, want: list) -> None:
    assert quotes(text) == want


# 4. A question, then the asker with a long who-clause holding two posts, then "asked".
def test_question_then_name_with_long_who_clause() -> None:
    text = (
        'Hauliers were angry. "Who pays for the fuel while they inspect?" Dariusz Holm, '
        "who chairs the Northvale Road Haulage Association and runs a fleet of sixty "
        "lorries, asked at a news conference."
    )
    assert quotes(text) == [("Who pays for the fuel while they inspect?", "Dariusz Holm")]


# 5. An unnamed source granted anonymity, then a bare quotation: the source's words.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The party's treasurer resigned on Friday. A senior official, speaking on "
            "condition of anonymity because the talks were private, rejected that version. "
            '"Nobody was pushed. The numbers simply did not add up."',
            [("Nobody was pushed. The numbers simply did not add up.", "a senior official")],
        ),
        (
            "The council voted again. Two aldermen, speaking anonymously, questioned the "
            'timing. A board member, speaking anonymously, questioned it too. "Why on a '
            'Friday night, after the papers have gone?"',
            [("Why on a Friday night, after the papers have gone?", "a board member")],
        ),
        (
            # no anonymity clause: a board member described, not a source granted it
            "The treasurer resigned. A board member, speaking at the gala on Friday, "
            'disputed that account. "Nobody was forced out at all."',
            [("Nobody was forced out at all.", None)],
        ),
    ],
)
def test_anonymous_source_then_bare_quote(text: str, want: list) -> None:
    assert quotes(text) == want


# 6. "The museum said" / "the ministry said": the body named before, its name going on
# past the head word ("Museum of ...", "Ministry of ..."); a minister stays a person.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The curator of the Orlen Museum of Maps resigned. The museum said in a "
            'statement that a successor would be named "before the spring".',
            [("before the spring", "Orlen Museum of Maps")],
        ),
        (
            "Officials at the Ministry of Inland Waters met on Monday. The ministry said "
            'the dredging was "on schedule and on budget".',
            [("on schedule and on budget", "Ministry of Inland Waters")],
        ),
        (
            "The Minister of Inland Waters met on Monday. The minister said the dredging "
            'was "on schedule and on budget".',
            [("on schedule and on budget", "minister")],
        ),
    ],
)
def test_body_named_before_speaks(text: str, want: list) -> None:
    assert quotes(text) == want


# 7. "One of them said" / "The other added:" after a group of unnamed sources: the group.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two former aides said the vote had been rigged for weeks. One of them "
            'said the inquiry was "a dead letter". The other added: "Everyone at the town '
            'hall knows who counted."',
            [
                ("a dead letter", "two former aides"),
                ("Everyone at the town hall knows who counted.", "two former aides"),
            ],
        ),
        (
            # a named person cited between: no guess whose member speaks
            "Two former aides said the vote had been rigged. Mayor Ines Rook said "
            'the count was clean. The other added: "Everyone at the town hall knows."',
            [("Everyone at the town hall knows.", None)],
        ),
    ],
)
def test_one_of_a_group_speaks_for_the_group(text: str, want: list) -> None:
    assert quotes(text) == want


# 8. A relative brought in by first name, then "she"/"he": that relative, never the
# person cited before; a noun of the other gender leaves the older rules to decide.
def test_relative_by_first_name_then_pronoun() -> None:
    text = (
        "Tomasz Orlik-Brandt, who chairs the parish council, says the hall is sound. "
        '"We had it surveyed."\n\n'
        "Venn's daughter, Marit, hopes the hall will become a library. "
        '"He would have loved that," she says.'
    )
    assert quotes(text)[-1] == ("He would have loved that,", "Marit")


def test_relative_of_the_other_gender_is_not_taken() -> None:
    text = (
        "Tomasz Orlik-Brandt, who chairs the parish council, says the hall is sound. "
        '"We had it surveyed."\n\n'
        "Venn's son, Marit, hopes the hall will become a library. "
        '"He would have loved that," she says.'
    )
    assert quotes(text)[-1][1] != "Marit"


# 9. "The writer X Y, who ..., said": a role after "the", then the name and a who-clause.
def test_the_role_name_then_who_clause() -> None:
    text = (
        "The play ran for nine winters. The novelist Aurelie Banford-Nkemelu, who saw it "
        'as a girl, said it had "taught a whole town to laugh at the dark."'
    )
    assert quotes(text) == [
        ("taught a whole town to laugh at the dark.", "Aurelie Banford-Nkemelu")
    ]


# 10. "Born in Aarhus, she came ...": a short fronted phrase before the pronoun keeps the
# run of sentences about the person the piece opened with; a person in the phrase
# breaks it.
def test_fronted_phrase_keeps_the_pronoun_run() -> None:
    text = (
        "Ottilie Brandvold-Kaye, who has died aged 91, drew maps of the fjords for sixty "
        "years.\n\nBorn in Tromsvik, she came to the capital in 1958. "
        '"I wanted to paint," she told a reporter in 1990, "and instead I measured."'
    )
    assert [s for _q, s in quotes(text)] == ["Ottilie Brandvold-Kaye"] * 2


def test_fronted_phrase_about_another_person_breaks_the_run() -> None:
    text = (
        "Ottilie Brandvold-Kaye, who has died aged 91, drew maps of the fjords.\n\n"
        "Kristoffer Lund-Aas spoke at the service. After Lund-Aas left, she came to the "
        'capital. "I wanted to paint," she told a reporter.'
    )
    assert quotes(text) == [("I wanted to paint,", None)]


# 11. "X opened with '...'" (no colon), also an excerpt list's Title-Case line: the
# subject; a lead that is no speaker ("The session opened with") stays no one's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The best lines of the night.\n\nMayor Yusuf Okonkwo-Laine Opened With "
            '"Nobody Here Has Paid For A Drink."\n\nOkonkwo-Laine left early.',
            [("Nobody Here Has Paid For A Drink.", "Yusuf Okonkwo-Laine")],
        ),
        (
            "Senator Brigid Amsel-Toure took the podium at noon. Amsel-Toure closed with "
            '"Go home and vote, then come back and hold us to it."',
            [("Go home and vote, then come back and hold us to it.", "Brigid Amsel-Toure")],
        ),
        (
            'The session opened with "a minute of silence for the flood victims."',
            [("a minute of silence for the flood victims.", None)],
        ),
    ],
)
def test_opened_with_quotation(text: str, want: list) -> None:
    assert quotes(text) == want


# 12. "quoted X as saying": X, the object, never the outlet that quoted X; an object
# that is no noun phrase to its end leaves the quotation no one's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Valmor Courier quoted the treasury's deputy head, Councillor Ines "
            'Barrow-Quaye, as saying that the levy was "fair to every household".',
            [("fair to every household", "Ines Barrow-Quaye")],
        ),
        (
            "State radio quoted a senior defence official as saying the talks were "
            '"frank and constructive".',
            [("frank and constructive", "a senior defence official")],
        ),
        (
            'The paper quoted tenants who were "furious about the rise" as saying little.',
            [("furious about the rise", None)],
        ),
    ],
)
def test_quoted_as_saying(text: str, want: list) -> None:
    assert quotes(text) == want
