"""Speakers, thirteenth pass (issue 16, x16l): an unnamed or organisational speaker is the
whole noun phrase the article uses, and a later "the ministry said" is the body named in
full before it. Scoring takes a description as right only when the reference's wording
is whole inside the speaker, so "senior Western official" is wrong for "a senior Western
official" while the full phrase is right under either way of annotating. Every text here
is invented (the places, parties and bodies do not exist), with the precision cases
beside the rules: a wrong speaker is worse than none."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes, source_names


# 1. The description keeps its article and what belongs to it: "a senior Western
# official", a prepositional complement ("in the party", "close to him"), but not a
# participle clause ("speaking on condition of anonymity").
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"The talks are stalled," a senior Western official said.', "a senior Western official"),
        ('"He will not resign," a person close to him said.', "a person close to him"),
        ('"Nothing is agreed," a government source told reporters.', "a government source"),
        (
            '"We are ready," an aide to the Velmaran premier said.',
            "an aide to the Velmaran premier",
        ),
        (
            '"There is no deal," a senior official, speaking on condition of anonymity, said.',
            "a senior official",
        ),
        (
            '"Nobody read the annex," said a diplomat in the Selvan delegation.',
            "a diplomat in the Selvan delegation",
        ),
    ],
)
def test_a_description_keeps_its_article(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]


# 1a. A description whose last word is no head noun: the prepositional phrase is the
# description's ("the governor of the mountain province", "a spokeswoman for the trust"),
# and "close to" keeps its own reading.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '"The pass will stay shut," the governor of the mountain province said.',
            "the governor of the mountain province",
        ),
        (
            "The Fennick Canal Trust owns the towpath.\n\n"
            '"We were not consulted," a spokeswoman for the trust said.',
            "a spokeswoman for the trust",
        ),
        ('"He is finished," a source close to the talks said.', "a source close to the talks"),
        (
            '"Nothing is agreed," a person with knowledge of the talks said.',
            "a person with knowledge of the talks",
        ),
        (
            '"Nobody told us," the depot\'s night manager said.',
            "the depot's night manager",
        ),
        (
            '"The vote is lost," an EU official speaking on condition of anonymity said.',
            "an EU official",
        ),
    ],
)
def test_a_description_ends_in_its_complement(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]


# 1b. "a senior figure in the party": "figure" is a person after senior/leading/prominent/
# influential/veteran, and its "in the ..." complement stays; "official figures show" and
# "the latest figures" are numbers, never a speaker.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '"We have the votes," a senior figure in the Ruvan Labour Party told reporters.',
            "a senior figure in the Ruvan Labour Party",
        ),
        (
            '"The leader has lost the room," said a leading figure in the opposition alliance.',
            "a leading figure in the opposition alliance",
        ),
        ('"It was a mistake," a senior party figure said.', "a senior party figure"),
    ],
)
def test_a_senior_figure_is_a_person(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]


@pytest.mark.parametrize(
    "text",
    [
        'Official figures show that 40 farms closed. "We are worried," said Anna Merrow.',
        'The latest figures said little. "We are worried," said Anna Merrow.',
    ],
)
def test_figures_as_numbers_are_no_speaker(text: str) -> None:
    assert [w for _q, w in quotes(text)] == ["Anna Merrow"]
    assert source_names(text) == ["Anna Merrow"]


# 2. "No 10" (Downing Street) inside a description is kept whole, never "10 spokesman".
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"The plan stands," a No 10 spokesman said.', "a No 10 spokesman"),
        ('"We do not comment on leaks," said a No 10 source.', "a No 10 source"),
        ('"It is settled," a No. 10 spokeswoman said.', "a No. 10 spokeswoman"),
        ('"We expect a vote," a U.S. official said.', "a U.S. official"),
    ],
)
def test_a_numbered_or_dotted_modifier_stays(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]


# 3. Organisation names in full: a place-looking first word ("County"), a trade before a
# plural possessive ("the brewery workers' union").
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"Funding is short," the County Councils Forum said.', "County Councils Forum"),
        ('"Funding is short," said the County Parishes Forum.', "County Parishes Forum"),
        ('"Pay must rise," the brewery workers\' union said.', "brewery workers' union"),
        ('"Pay must rise," the hospital porters\' union said.', "hospital porters' union"),
    ],
)
def test_an_organisation_is_named_in_full(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]
    assert source_names(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '"We do not recognise these claims," No 10 said.',
            "No 10",
        ),
        (
            '"The embassy stays open," the Ministry of Foreign Affairs said in a statement.',
            "Ministry of Foreign Affairs",
        ),
        (
            '"Class sizes will grow," the National Union of Teachers (NUT) said.',
            "National Union of Teachers",
        ),
        (
            '"The letter was never sent," the prime minister\'s office said.',
            "prime minister's office",
        ),
    ],
)
def test_a_body_is_never_its_last_word(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]


def test_a_caucus_is_an_organisation_not_a_person() -> None:
    text = 'The Rural Caucus met on Monday. "We want the bypass," the Rural Caucus said.'
    assert [w for _q, w in quotes(text)] == ["Rural Caucus"]
    from claimdesk.extract.speech import analyse_text

    speech, _ = analyse_text(text)
    assert [s.kind for s in speech.sources] == ["organization"]


# 4. "the ministry said" after the body was named in full: that body, when the article
# named exactly one of that kind before; two such bodies leave it as it was.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Ministry of Agriculture of Varessa published the harvest figures on Monday. "
            'Exports fell by a fifth. "The drought is to blame," the ministry said.',
            "Ministry of Agriculture of Varessa",
        ),
        (
            "The brewery workers' union balloted its members last week.\n\n"
            '"The offer is an insult," the union said.',
            "brewery workers' union",
        ),
        (
            "The Ministry of Environment and Water Resources issued a warning on Thursday. "
            '"Stay away from the river," the ministry said.',
            "Ministry of Environment and Water Resources",
        ),
        (
            "The Chamber of Commerce of Dellport met on Friday. "
            '"Trade is slowing," the chamber said.',
            "Chamber of Commerce of Dellport",
        ),
        (
            'The Fennick Canal Trust owns the towpath.\n\n"We were not consulted," the trust said.',
            "Fennick Canal Trust",
        ),
    ],
)
def test_a_short_back_reference_is_the_body_named_before(text: str, who: str) -> None:
    assert [w for _q, w in quotes(text)] == [who]


def test_two_bodies_of_one_kind_leave_the_back_reference_alone() -> None:
    text = (
        "The Ministry of Finance of Varessa and the Ministry of Agriculture of Varessa "
        'disagreed on Monday. "The figures are wrong," the ministry said.'
    )
    assert [w for _q, w in quotes(text)] == ["ministry"]


# 5. Merging: a description said twice is one source; the party-state tag is no speaker.
def test_a_spokesman_twice_is_one_source() -> None:
    text = (
        '"We are reviewing the letter," a spokesman said on Monday. The council met. '
        '"No decision has been taken," a spokesman said.'
    )
    assert [w for _q, w in quotes(text)] == ["a spokesman", "a spokesman"]
    assert source_names(text) == ["a spokesman"]


def test_a_party_state_tag_is_never_the_speaker() -> None:
    text = '"We will fight this," said Rep. Dana Kroll, R-N.Y., who chairs the panel.'
    assert [w for _q, w in quotes(text)] == ["Dana Kroll"]
    assert source_names(text) == ["Dana Kroll"]
