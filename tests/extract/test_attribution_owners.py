"""Speakers named through an owner: "Its foreign ministry said ...", "the report said".

Every article here is invented (places, people and events); none is outlet text.
"""

from __future__ import annotations

import pytest

from claimdesk.extract.pipeline import extract_text

DAM_DISPUTE = """Verland closes border crossings after dam dispute

Talks between Ostravia and Verland over the Kessel dam collapsed on Monday.

Verland closed three border crossings with Ostravia on Tuesday.

Its foreign ministry said the crossings would stay shut until Ostravia released water \
from the reservoir.

The country's foreign ministry added that about 2,000 trucks were waiting at the border.

Ostravia's foreign ministry said the closures broke a treaty signed in 2019.
"""


def speakers(text: str) -> list[tuple[str, str | None]]:
    ex = extract_text(text, published="2025-03-11")
    for st in ex.statements:
        assert ex.body[st.start : st.end] == st.text
    return [(st.text, st.speaker) for st in ex.statements]


def test_its_foreign_ministry_belongs_to_the_state_named_before():
    ex = extract_text(DAM_DISPUTE, published="2025-03-11")
    said = {st.text.split()[1]: st.speaker for st in ex.statements}
    assert said["crossings"] == "Verland's foreign ministry"
    assert said["2,000"] == "Verland's foreign ministry"  # "the country's" is the same body
    assert said["closures"] == "Ostravia's foreign ministry"
    trucks = next(n for n in ex.numbers if n.value == 2000)
    assert trucks.speaker == "Verland's foreign ministry"
    kinds = {s.name: s.kind for s in ex.sources}
    assert kinds["Verland's foreign ministry"] == "organization"
    assert "Verland" not in kinds  # the state itself said nothing


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kessaria has denied starting the fight. Its foreign ministry said the "
            "shelling came from the other side.",
            "Kessaria's foreign ministry",
        ),
        (
            "Ukraine closed its airspace on Monday. Its defence ministry said 40 drones "
            "had been shot down.",
            "Ukraine's defence ministry",
        ),
        (
            "South Korea raised its alert level. Its defence ministry said the drills "
            "would go ahead.",
            "South Korea's defence ministry",
        ),
        (
            "Kessaria denied the report, and its foreign ministry said the claims were false.",
            "Kessaria's foreign ministry",
        ),
        # No state to own it: the ministry itself speaks.
        (
            "Fighting continued near the border on Monday. Its foreign ministry said the "
            "talks were over.",
            "foreign ministry",
        ),
        # A company's board is the company's.
        ("Orbis Bank cut 200 jobs on Monday. Its board said the cuts were needed.", "Orbis Bank"),
    ],
)
def test_its_body_resolves_to_its_owner(text, speaker):
    assert [sp for _, sp in speakers(text)][-1] == speaker


def test_its_after_a_person_is_not_that_person():
    text = (
        "Ana Kovan, the envoy, said on Monday that the talks were over. Kovan left on "
        "Tuesday. Its foreign ministry said the talks would resume."
    )
    assert speakers(text)[-1] == ("the talks would resume", "foreign ministry")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A United Nations report published Tuesday paints a grim picture of the Sarn "
            "basin.\n\nAbout 4.2 million people will need food aid by March, the report said.",
            "United Nations report",
        ),
        (
            "A U.N. report published Tuesday paints a grim picture. About 4.2 million "
            "people will need food aid, the report said.",
            "U.N. report",
        ),
        (
            "Water levels fell again. A United Nations report published Tuesday paints a "
            "grim picture. According to the report, 4.2 million people will need food aid.",
            "United Nations report",
        ),
        (
            "A United Nations report published Tuesday paints a grim picture. It said 4.2 "
            "million people will need food aid.",
            "United Nations report",
        ),
        (
            "The Sarn Basin Authority on Monday released its annual report. The report said "
            "4.2 million people will need food aid.",
            "Sarn Basin Authority report",
        ),
        (
            "A report by the Sarn Basin Authority, released on Monday, covers 14 districts. "
            "The report said that 4.2 million people will need food aid.",
            "Sarn Basin Authority report",
        ),
        (
            "A new study from Orbis University looked at 1,200 farms. The study found that "
            "4.2 million people will need food aid.",
            "Orbis University study",
        ),
        (
            "Food prices have doubled, according to a United Nations report published "
            "Tuesday. About 4.2 million people will need food aid, the report said.",
            "United Nations report",
        ),
    ],
)
def test_the_report_is_the_one_named_before(text, speaker):
    ex = extract_text(text, published="2025-03-11")
    assert {st.speaker for st in ex.statements} == {speaker}
    aid = next(n for n in ex.numbers if n.value == 4_200_000)
    assert aid.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Kovan rejected the report. The report said 40 wells had run dry.",
        "Officials in Kessel said a report was coming. The report said 40 wells had run dry.",
        "Tuesday's report was ignored. The report said 40 wells had run dry.",
    ],
)
def test_no_report_named_before_keeps_the_plain_report(text):
    ex = extract_text(text, published="2025-03-11")
    assert ("40 wells had run dry", "report") in [(s.text, s.speaker) for s in ex.statements]
