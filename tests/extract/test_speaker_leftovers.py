"""Speakers, fifteenth pass (issue 16, x16w): the known leftovers of rounds 11-15,
each written for its construction with invented sentences in several registers, and a
precision case beside each rule. Every person, body and event here is invented."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. A pull quote credited after it by a name written family name first
#    ("That is how Mr Lim sums it up" after "Lim Ah Huat"): speech._pull_quote_credit
#    reads the lone name through given_names, as "Mr Lim said" already did.
@pytest.mark.parametrize(
    ("intro", "credit", "want"),
    [
        (
            "Lim Ah Huat, 74, has run the stall since 1985.",
            "That is how Mr Lim sums it up.",
            "Lim Ah Huat",
        ),
        (
            "Nguyen Thi Hoa chairs the commune's water committee.",
            "That was how Ms Nguyen put it to the visiting delegation.",
            "Nguyen Thi Hoa",
        ),
        (
            "Park Seo-yeon has led the negotiating team since June.",
            "That is how Ms Park sees it.",
            "Park Seo-yeon",
        ),
        (
            "Horvath Laszlo, the party's candidate in the district, knocked on doors all day.",
            "That was how Mr Horvath explained it.",
            "Horvath Laszlo",
        ),
    ],
)
def test_pull_quote_credit_by_a_family_name_first(intro: str, credit: str, want: str) -> None:
    text = (
        f"{intro}\n\n"
        'Councillor Aileen Brodie, who represents the ward, dropped by. "We will miss '
        'this," Ms Brodie said.\n\n'
        '"Nobody retires from a job like this. It retires you."\n\n'
        f"{credit}"
    )
    assert _who(text)[-1] == want


def test_pull_quote_credit_with_an_unknown_lone_name_credits_nobody_new() -> None:
    # precision: "Mr Lim" with no Lim named before is not the councillor
    text = (
        'Councillor Aileen Brodie dropped by. "We will miss this," Ms Brodie said.\n\n'
        '"Nobody retires from a job like this."\n\n'
        "That is how Mr Lim sums it up."
    )
    assert _who(text)[-1] != "Aileen Brodie"


# 2. A party opening its paragraph by its initials, then "the party said"
#    (attribution/acronym_opener.py): the party the initials spell, never the last
#    party named in full.
@pytest.mark.parametrize(
    ("intro", "para", "want"),
    [
        (
            "Alhaji Sani Bello of the Northern Unity Party was declared winner. The "
            "candidate of the Progressive People's Congress rejected the result.",
            "The PPC, in a statement signed by its state publicity secretary, urged its "
            'supporters to remain calm. "We will go to the tribunal, not the streets," the '
            "party said.",
            "Progressive People's Congress",
        ),
        (
            "The governing National Labour Front held on to its majority, while the "
            "opposition Democratic Reform Alliance lost two seats.",
            "The DRA, in a two-page reply to the commission, demanded a recount. "
            '"Thousands of ballots were never counted," the party said.',
            "Democratic Reform Alliance",
        ),
    ],
)
def test_party_opening_by_its_initials(intro: str, para: str, want: str) -> None:
    assert _who(f"{intro}\n\n{para}")[-1] == want


def test_initials_never_spelled_out_keep_the_initials() -> None:
    text = (
        "The Northern Unity Party won the seat.\n\n"
        'The KPF, in a short statement, conceded. "We accept the result," the party said.'
    )
    assert _who(text) == ["KPF"]


def test_party_said_without_an_acronym_opener_is_unchanged() -> None:
    # precision: a paragraph that opens with no initials leaves "the party" to the
    # rules before (the party named just before)
    text = (
        "The Northern Unity Party won the seat by 4,000 votes.\n\n"
        'Its leader thanked voters. "This is a win for the north," the party said.'
    )
    assert _who(text) == ["Northern Unity Party"]


# 3. Honorifics stay off the speaker's name, as the gold writes it ("the full name as
#    first given, without honorific"): lexicon.TITLES.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Alhaji Musa Garba was declared winner. "This victory belongs to everyone in '
            'the state," Alhaji Musa Garba said.',
            "Musa Garba",
        ),
        (
            '"We have the numbers in the Dewan," Datuk Seri Rahman Yusof told reporters.',
            "Rahman Yusof",
        ),
        (
            '"This House has been misled," said Hon. Ama Serwaa, the member for Kumasi North.',
            "Ama Serwaa",
        ),
        ('"I will not be bullied," said the Rt Hon Geoffrey Pilkington MP.', "Geoffrey Pilkington"),
        (
            '"The road must be finished," said Mdm Koh Siew Ying, a resident of the estate.',
            "Koh Siew Ying",
        ),
        (
            'Councilmember Arturo Delgado said the city "is asking small businesses to pay '
            'for a garage they will never use."',
            "Arturo Delgado",
        ),
        ('"We stand ready to govern," said Mayor-elect Tomas Ruiz.', "Tomas Ruiz"),
    ],
)
def test_honorifics_stay_off_the_name(text: str, want: str) -> None:
    assert _who(text) == [want]


# 4. A level word before an office title (attribution/level_title.py): a person, not a
#    body, and the title goes to the role.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We need this bridge," said state Rep. Colleen Murtagh, a Democrat.', "Colleen Murtagh"),
        ('"We need a plan to pay for it," state Sen. Doug Ellery said.', "Doug Ellery"),
        ('"The jail is full," county Commissioner Ana Ruiz told the board.', "Ana Ruiz"),
    ],
)
def test_level_word_before_an_office_title(text: str, want: str) -> None:
    assert _who(text) == [want]


def test_level_word_before_a_body_stays_a_body() -> None:
    # precision: "the state Democratic Party" is still the body
    text = '"We will contest every seat," the state Democratic Party said.'
    assert _who(text) == ["state Democratic Party"]
