"""Speakers, fifteenth pass (issue 16, x19a): round 19's wrong names (fitted), written for
the construction each miss shows. Every text here is invented, with precision cases beside
the rules: where the text cannot tell, no speaker beats a wrong one."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. "an officer who identified himself as Col. X said": the speaker is X
# (attribution/named_as.py), and a later "X ... he said" finds him.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # international wire
            '"The government is dissolved," an officer who identified himself as '
            "Capt. Ivo Draskal said on state radio.",
            "Ivo Draskal",
        ),
        (  # US wire
            '"Nobody leaves this building," a man who identified himself as '
            "Maj. Dwayne Kessler told negotiators by telephone.",
            "Dwayne Kessler",
        ),
        (  # UK broadsheet
            '"We have been here since Sunday," a protester who introduced herself as '
            "Maisie Trelawney said.",
            "Maisie Trelawney",
        ),
        (  # local news
            '"The levee held, but only just," a volunteer who identified himself as '
            "Sgt. Ray Tolliver said on Tuesday.",
            "Ray Tolliver",
        ),
    ],
)
def test_identified_himself_as(text: str, name: str) -> None:
    assert _who(text) == [name]


# 2. "X returned to ..., which he said would ...": the pronoun of a relative clause is the
# sentence's subject, not the analyst quoted before (attribution/which_said.py).
_ANALYST = (
    'Ruud Bakker, an analyst in the capital, said the move was expected. "This has been '
    'coming for months," Bakker said.\n\n'
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # international wire, surname alone
            "Colonel Ivo Draskal seized state radio on Monday.\n\n"
            + _ANALYST
            + "Draskal returned to the airwaves at noon to announce a council, which he said "
            'would rule until elections.\n\n"We are not here to stay," he said.',
            "Ivo Draskal",
        ),
        (  # UK broadsheet, full name and "that"
            _ANALYST + "Health Secretary Joan Pelling unveiled a plan that she said would "
            'halve waiting lists.\n\n"It is the most ambitious plan in a generation," she said.',
            "Joan Pelling",
        ),
        (  # US wire
            "Gov. Marcus Delahunt signed the measure on Friday.\n\n"
            + _ANALYST
            + "Delahunt defended the budget, which he said was balanced for the first time "
            'in a decade.\n\n"We kept our word," he said.',
            "Marcus Delahunt",
        ),
        (  # local news
            "Councillor Edwin Furness chaired the meeting.\n\n"
            + _ANALYST
            + "Furness proposed a new car park, which he said would ease congestion.\n\n"
            '"People are tired of circling the square," he said.',
            "Edwin Furness",
        ),
    ],
)
def test_which_he_said_is_the_subject(text: str, name: str) -> None:
    assert _who(text)[-1] == name


def test_which_he_said_with_another_person_between_stays_open() -> None:
    """Another person named before the pronoun: the subject is not sure, no new rule."""
    text = (
        _ANALYST + "Draskal met Edwin Furness to discuss a council, which he said would "
        'rule until elections.\n\n"We are not here to stay," he said.'
    )
    assert _who(text)[-1] != "Ivo Draskal"


# 3. "a contractor accused of paying him": a labelling verb as a passive participle
# cites no one; the quotation stays with who said it (attribution/passive_label.py).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # court report
            "The former transport minister Olek Varga told the court on Monday that he had "
            '"never taken a cent" from a builder accused of bribing officials.',
            "Olek Varga",
        ),
        (  # US wire
            'Sen. Rita Holloway said Tuesday that the bill was "a gift to polluters" from a '
            "lobbyist accused of hiding donations.",
            "Rita Holloway",
        ),
        (  # UK broadsheet
            'The home secretary, Daniel Priestley, said the review was "long overdue" after a '
            "police force criticised for its handling of the riots.",
            "Daniel Priestley",
        ),
        (  # international wire
            'Foreign Minister Aiko Tanabe said talks were "at a delicate stage" with an envoy '
            "condemned over his remarks on the border.",
            "Aiko Tanabe",
        ),
    ],
)
def test_labelling_participle_is_no_speaker(text: str, name: str) -> None:
    assert _who(text) == [name]


# 4. A surname spelled like a speech verb: "Mr Said said", "Amina Yusuf Said, told" --
# after an honorific or a name word the capitalised verb is part of the name
# (attribution/name_verb.py).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # local news, East Africa
            "The ward committee will meet the hawkers on Monday, its chairwoman, Amina Yusuf "
            'Said, told reporters.\n\n"Nobody will be evicted this year," Ms Said said.',
            ["Amina Yusuf Said"],
        ),
        (  # international wire, inverted
            '"The crossing will open at dawn," said Khaled Said, a spokesman for the border '
            'authority. "Trucks are already waiting," Mr Said said.',
            ["Khaled Said", "Khaled Said"],
        ),
        (  # UK broadsheet
            "Dr Harriet Read, who lectures in politics at Marlow University, watched the "
            'count.\n\n"It was closer than anyone admitted," Dr Read said.',
            ["Harriet Read"],
        ),
        (  # Gulf wire, religious title
            '"The mosque will stay open for those fleeing the floods," Sheikh Omar Said '
            "said on Friday.",
            ["Omar Said"],
        ),
    ],
)
def test_surname_spelled_like_a_verb(text: str, names: list[str]) -> None:
    assert _who(text) == names


def test_said_opening_a_sentence_still_reports() -> None:
    """A verb at a sentence's start is a verb: 'Said the minister: "..."'."""
    assert _who('Said the mayor, Ines Okoro: "We will rebuild the bridge."') == ["Ines Okoro"]


# 5. An unnamed asker's question, then '"...," he said': the answer is the one asked, not
# the reporter who asked (attribution/turn_taking.py, unnamed askers too).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # international wire, press conference
            '"The talks were frank," said Foreign Minister Tomas Ekwueme.\n\n'
            "Another reporter pressed him on the detained sailors: "
            '"Minister, did you raise their case today?"\n\n'
            '"I raised it first, before anything else," he said.',
            "Tomas Ekwueme",
        ),
        (  # US wire, campaign stop
            '"We will win this county," Gov. Dana Whitcombe told supporters.\n\n'
            'A local radio host pressed her on the polls: "Are you worried about the numbers?"\n\n'
            '"Polls do not vote," she said.',
            "Dana Whitcombe",
        ),
        (  # UK broadsheet, hustings
            '"The hospital will stay open," said Gareth Pennington, the Labour candidate.\n\n'
            'One member of the audience challenged him: "Will you put that in writing?"\n\n'
            '"I already have," he said.',
            "Gareth Pennington",
        ),
        (  # local news, town hall
            '"The bridge will reopen in spring," Mayor Lucia Ferreira said.\n\n'
            'A resident interrupted her: "Which spring?"\n\n'
            '"This one," she said.',
            "Lucia Ferreira",
        ),
    ],
)
def test_answer_after_an_unnamed_askers_question(text: str, name: str) -> None:
    assert _who(text)[-1] == name


# 6. A ruling from the chair frames a quotation: '"...," Mr Ombongi ruled.'
# (attribution/ruling_verbs.py); "ruled out" and "ruled the country" cite no one.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # Commonwealth parliament
            "Mr Keter accused the minister of lying, and the Speaker, Joseph Wanyama, "
            'intervened. "The member will withdraw that word," Mr Wanyama ruled.',
            "Joseph Wanyama",
        ),
        (  # US court report
            "Defense lawyer Carl Benning objected to the exhibit. "
            '"The objection is overruled and the photograph stays," Judge Helen Marsh ruled.',
            "Helen Marsh",
        ),
        (  # UK broadsheet, Commons
            "Tory MP Giles Parham shouted across the chamber. "
            '"Order! The honourable gentleman will resume his seat," the Speaker, '
            "Dame Rosa Kettering, ruled.",
            "Rosa Kettering",
        ),
        (  # international wire, tribunal
            "Prosecutor Ilse Brandvold asked for the hearing to be closed. "
            '"The hearing remains public," presiding judge Anton Lisovy ruled.',
            "Anton Lisovy",
        ),
    ],
)
def test_ruling_frames_a_quotation(text: str, name: str) -> None:
    assert _who(text)[-1] == name


def test_ruled_out_cites_no_one() -> None:
    text = 'Gov. Ada Pruitt said the plan was "dead on arrival." The court ruled out a delay.'
    assert _who(text) == ["Ada Pruitt"]


def test_title_case_headline_verb_still_reports() -> None:
    """'Councillor X Says "..."' in a title-case line: "Says" is the verb, not a surname."""
    text = 'Councillor Marta Quist Says "I Have Mended More Roads Than Anyone Here"'
    assert _who(text) == ["Marta Quist"]


# 7. "Ambassador X of Mbereland closed the session. '...,' she said": the subject is the
# person before "of <Place>", not the speaker quoted before (attribution/of_place.py).
_BEFORE = '"We will not be dictated to," said Jean-Paul Mbarga, the envoy of Ombessa.\n\n'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # UN wire
            _BEFORE + "Ambassador Abena Ofori of Mbereland closed the session with a warning. "
            '"The council has spoken," she said.',
            "Abena Ofori",
        ),
        (  # US wire
            _BEFORE + "Sen. Ada Ruiz of Ohio blocked the nomination on Thursday. "
            '"Not this one, not this year," she said.',
            "Ada Ruiz",
        ),
        (  # US local
            _BEFORE + "Mayor Ines Okoro of Dunmere cut the ribbon at noon. "
            '"This bridge took eleven years," she said.',
            "Ines Okoro",
        ),
        (  # international wire, two-word place
            _BEFORE + "Foreign Minister Tevita Lolohea of Nuku Vale left the talks early. "
            '"There is nothing left to discuss," he said.',
            "Tevita Lolohea",
        ),
    ],
)
def test_person_of_place_is_the_subject(text: str, name: str) -> None:
    assert _who(text)[-1] == name


# 8. A later "which X described as '...'" labels its own quotation only: a quotation
# before it across a new clause is not X's (attribution/label_after.py).
_CHAIR = '"We came to be heard," Prime Minister Tevita Lolohea told reporters.\n\n'


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # international wire, summit communiqué
            _CHAIR + "The final communiqué said the islands faced \u201can existential "
            "threat,\u201d and urged donors to act, which Lolohea described as "
            "\u201ca maze.\u201d",
            ["Tevita Lolohea", None, "Tevita Lolohea"],
        ),
        (  # US wire, the attribution before keeps its quotation
            _CHAIR + 'Sen. Ada Ruiz said the bill was "a giveaway," which Lolohea '
            'described as "unfair."',
            ["Tevita Lolohea", "Ada Ruiz", "Tevita Lolohea"],
        ),
        (  # UK broadsheet
            _CHAIR + 'The scheme was meant to be "simple for families," and Lolohea '
            'described it as "a disgrace."',
            ["Tevita Lolohea", None, "Tevita Lolohea"],
        ),
        (  # local news
            _CHAIR + 'The council\'s notice said the market would "relocate in stages," and '
            'traders gathered outside, a move Lolohea described as "long overdue."',
            ["Tevita Lolohea", None, "Tevita Lolohea"],
        ),
    ],
)
def test_later_label_owns_its_own_quotation(text: str, names: list[str | None]) -> None:
    assert _who(text) == names


# 9. "The regional bloc, the West Savanna Economic Community, said": a name ending in
# "Community" is a body (lexicon.ORG_HEADS), so the appositive name is the speaker and
# "the bloc's statement said" later finds it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # international wire
            'The regional bloc, the Lakeside Economic Community, said the coup was "a '
            'betrayal." "No authority born of a gun will be recognised," the bloc\'s '
            "statement said.",
            "Lakeside Economic Community",
        ),
        (  # UK broadsheet
            'The trade bloc, the Northern Isles Community, said the tariff was "unworkable."',
            "Northern Isles Community",
        ),
        (  # local news
            "The opposition bloc, the Harbour Road Community, said the closure was "
            '"a slap in the face."',
            "Harbour Road Community",
        ),
        (  # US wire
            'The bloc, the Caribbean Basin Community, called the sanctions "reckless."',
            "Caribbean Basin Community",
        ),
    ],
)
def test_community_appositive_is_the_body(text: str, name: str) -> None:
    assert _who(text)[-1] == name
