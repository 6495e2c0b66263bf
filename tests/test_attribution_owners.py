"""Speakers named through an owner: "Its foreign ministry said ...", "the report said".

Every article here is invented (places, people and events); none is outlet text.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

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
