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
        (
            "The plan costs $4 billion, according to a statement from Gov. Priya Halvorsen, "
            'who called it "the best investment this state can make."',
            "Priya Halvorsen",
        ),
    ],
)
def test_level_word_before_an_office_title(text: str, want: str) -> None:
    assert _who(text) == [want]


def test_level_word_before_a_body_stays_a_body() -> None:
    # precision: "the state Democratic Party" is still the body
    text = '"We will contest every seat," the state Democratic Party said.'
    assert _who(text) == ["state Democratic Party"]


# 5. A given name tells "he"/"she" (extract/given_gender.py): a pronoun never goes to
#    a person whose given name is the other gender's; with no one else fitting, nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Sen. Marcus Hale and Sen. Jolene Ferris clashed over the farm bill on Tuesday.\n\n"
        'Hale said the subsidies were "a giveaway to agribusiness."\n\n'
        '"Tell that to the family farmers in my state," she said.',
        "The shadow chancellor, Rupert Ashdown, faced the Treasury's Helena Marchmont.\n\n"
        '"The sums do not add up," Mr Ashdown said.\n\n'
        '"They add up perfectly well," she replied.',
        "Councilmember Arturo Delgado and Councilmember Denise Farrow split on the vote.\n\n"
        '"We are pricing people out," Delgado said.\n\n'
        '"We are building homes," she said.',
    ],
)
def test_pronoun_never_goes_to_a_name_of_the_other_gender(text: str) -> None:
    # and goes to the one person named before whose given name fits (sole_of_gender.py)
    who = _who(text)
    assert who[-1] in ("Jolene Ferris", "Helena Marchmont", "Denise Farrow")


def test_a_given_name_not_listed_tells_nothing() -> None:
    # precision: "Jordan" is either; the pronoun goes on to the last speaker as before
    text = '"The bill is dead," said Sen. Jordan Hale.\n\n"And it should stay dead," she added.'
    assert _who(text) == ["Jordan Hale", "Jordan Hale"]


# 6. "she" over one sentence that names nobody, back to a person named in full opening
#    the sentence before it and never cited yet, when a title or the given name says
#    the gender (attribution/antecedent_parts.gendered_opener).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gov. Theresa Walcott signed the budget on Friday after months of talks.\n\n"
            "The $48 billion plan raises teacher pay by 6% and freezes tuition.\n\n"
            '"This is a budget for working families," she said at the signing.',
            "Theresa Walcott",
        ),
        (
            "Mr Gareth Pennington defended the scheme in the Commons on Monday.\n\n"
            "The scheme has cost more than £40m since January.\n\n"
            '"We will not be deflected," he said.',
            "Gareth Pennington",
        ),
        (
            "Finance Minister Joseph Mwangi presented the budget on Thursday. The plan "
            'targets a deficit of 4.3% of GDP. "We cannot borrow our way to prosperity," '
            "he told parliament.",
            "Joseph Mwangi",
        ),
        (
            "Mayor Yvette Sandoval announced the contract on Monday.\n\n"
            "It runs for five years.\n\n"
            '"It saves the city $200,000 a year," she told the council.',
            "Yvette Sandoval",
        ),
    ],
)
def test_pronoun_over_a_gap_to_a_named_opener(text: str, want: str) -> None:
    assert _who(text) == [want]


def test_pronoun_over_a_gap_needs_the_gender() -> None:
    # precision: the gender of "Jordan Blake" is not known, so "she" stays nobody's
    text = (
        "Gov. Jordan Blake signed the budget on Friday.\n\n"
        "The plan raises teacher pay by 6%.\n\n"
        '"This is a budget for working families," she said.'
    )
    assert _who(text) == [None]


def test_pronoun_over_a_gap_of_the_other_gender_is_nobody() -> None:
    text = (
        "Gov. Thomas Blake signed the budget on Friday.\n\n"
        "The plan raises teacher pay by 6%.\n\n"
        '"This is a budget for working families," she said.'
    )
    assert _who(text) == [None]


# 7. A colon lead closing its paragraph, the quotation a paragraph of its own
#    (attribution/colon_paragraph.py; "was blunt about ..." in colon_frames.be_manner).
@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "Labour's candidate, Naomi Farquhar, was blunt about the party's chances:",
            "Naomi Farquhar",
        ),
        ("The mayor, Yvette Sandoval, had a message for the council:", "Yvette Sandoval"),
        ("Sen. Wendell Purdy was blunt:", "Wendell Purdy"),
        (
            "In a statement on Friday, the Ministry of Foreign Affairs said:",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_colon_lead_then_a_quote_paragraph(lead: str, want: str) -> None:
    text = (
        f'{lead}\n\n"We are behind, and anyone who tells you otherwise is not knocking on doors."'
    )
    assert _who(text) == [want]


def test_colon_after_a_clause_about_something_else_names_nobody() -> None:
    # precision: "Above the till someone had pinned a card:" is no speaker's lead
    text = 'Above the till, the owner had pinned a card:\n\n"No credit, no exceptions."'
    assert _who(text) == [None]


# 8. A paper named after a person in the sentence before is never "she"
#    (attribution/named_beside.py): the reply goes to the one questioned.
def test_a_paper_beside_the_asker_is_never_the_pronoun() -> None:
    text = (
        "Mayor Delphine Achterberg said the city would not reopen talks. "
        '"The offer is final," she said at City Hall on Monday.\n\n'
        '"The drivers say you never called them," said Kwame Osei, a reporter for the '
        "Harbor Ledger.\n\n"
        '"I called their union twice," she responded.'
    )
    assert _who(text)[-1] == "Delphine Achterberg"


def test_two_people_of_the_pronouns_gender_named_before_is_nobody() -> None:
    # precision: two women named, the man cited last: "she" could be either
    text = (
        "Sen. Marcus Hale, Sen. Jolene Ferris and Sen. Denise Farrow met on Tuesday.\n\n"
        'Hale said the subsidies were "a giveaway to agribusiness."\n\n'
        '"Tell that to the family farmers in my state," she said.'
    )
    assert _who(text)[-1] is None


# 9. "the statement said" after a person "issued a statement" (attribution/
#    statement_issuer.py, the last step of statement_owner.py).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Foreign Minister Ngozi Achebe issued a statement late on Friday. "Nigeria will '
            'not accept interference in its internal affairs," the statement said.',
            "Ngozi Achebe",
        ),
        (
            "Sen. Ida Voss released a two-page statement on Monday.\n\n"
            '"I have done nothing wrong and I will not resign," the statement read.',
            "Ida Voss",
        ),
        (
            "Councillor Bryony Lister, who chairs the planning committee, put out a short "
            'statement. "The decision was lawful," the statement said.',
            "Bryony Lister",
        ),
    ],
)
def test_statement_issued_by_a_person(text: str, want: str) -> None:
    assert _who(text) == [want]


def test_statement_with_no_issuer_named_stays_nobodys() -> None:
    text = 'Reporters waited outside. "We reject the report," the statement said.'
    assert _who(text) == [None]
