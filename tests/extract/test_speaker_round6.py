"""Speakers, seventh pass (issue 16, round 6): general reading rules for the classes of
misses the round-6 set showed, each tried on invented sentences of its own, with the
precision cases beside them (a wrong speaker is worse than none). The round-6 fixtures
are not used here: these texts are new, about invented people and events."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. "the coach said" is the one person the article called the coach, cited or not.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Millbrook Otters won the rowing cup on Saturday.\n\n"
            'Their coach, Henrike Vasquez-Orr, was soaked. "We trained in the rain all '
            'winter," the coach said. "Today it paid."',
            [
                ("We trained in the rain all winter,", "Henrike Vasquez-Orr"),
                ("Today it paid.", "Henrike Vasquez-Orr"),
            ],
        ),
        (
            '"The orchard was our mother\'s," said Corentin Ashby-Lune, 58, the elder '
            "sister's husband, at the gate.\n\n"
            'Ottilie Marchetti-Vane, 61, the eldest daughter, shook her head. "He can have '
            'the pears," the eldest daughter said.',
            [
                ("The orchard was our mother's,", "Corentin Ashby-Lune"),
                ("He can have the pears,", "Ottilie Marchetti-Vane"),
            ],
        ),
        (
            "Centre forward Tamsin Okonjo-Bly scored twice in the second half.\n\n"
            '"I could hear my dad shouting from the stand," the forward laughed.',
            [("I could hear my dad shouting from the stand,", "Tamsin Okonjo-Bly")],
        ),
    ],
)
def test_the_role_is_the_one_person_the_article_gave_it(text, want) -> None:
    assert quotes(text) == want


def test_two_people_given_the_role_name_no_one() -> None:
    # two coaches named before the quotation: the reader cannot tell, nor may we
    text = (
        "The champion's coach, Pieter Lannigan-Roe, was in the stand. So was the "
        "challenger's coach, Maud Castellane-Ibe.\n\n"
        '"It was a fair result," the coach said.'
    )
    assert [s for _q, s in quotes(text)] not in (
        ["Pieter Lannigan-Roe"],
        ["Maud Castellane-Ibe"],
    )
