"""Speakers, twelfth pass (issue 16, round 10): reading rules for prose constructions the
round-10 blind set missed, each tried on invented sentences of its own, with the
precision cases beside them (a wrong speaker is worse than none). The round-10 fixtures
are not used here: these texts are new, about invented firms and people."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. "The company said" after a college (or council, museum) was named: the company is
# the firm named before it, joined with "&" and written with a possessive, never the
# college; with no firm near, no speaker rather than the college.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tansy & Vale Ltd will hire forty trainees in Morwick. The courses run with "
            'Morwick College. "We are glad to take part," said Dr Efua Marlow-Ince, '
            "Principal of Morwick College.\n\nTansy & Vale Ltd's founder opened the first "
            "shop in 1990.\n\nThe company said it would pay trainees "
            '"well above the minimum."',
            [
                ("We are glad to take part,", "Efua Marlow-Ince"),
                ("well above the minimum.", "Tansy & Vale Ltd"),
            ],
        ),
        (
            "Pell & Grout Co. opened a depot. Its drivers trained at Harwick Council's yard, "
            "said Jory Tennant, leader of Harwick Council. "
            'The firm said the depot would open "by spring."',
            [("by spring.", "Pell & Grout Co.")],
        ),
    ],
)
def test_company_is_the_firm_not_the_college(text: str, want: list) -> None:
    assert quotes(text) == want


def test_company_never_falls_to_a_college() -> None:
    text = (
        "A new course opens in autumn. "
        '"We are pleased," said Dr Hamid Oster, Principal of Brackley College. '
        'The company said the course was "long overdue."'
    )
    assert ("long overdue.", "Brackley College.") not in quotes(text)
    assert ("long overdue.", "Principal of Brackley College.") not in quotes(text)


# 2. "She said the company ...": a lowercase run ending in "company" names no firm, so
# "The company said" goes on to the firm named in the sentences before (up to 600
# characters back), never to people named by where they live.
def test_company_after_she_said_the_company() -> None:
    text = (
        "Orrin Microsystems delayed its Tallin plant by a year on Monday, citing weak "
        "orders from phone makers, and its shares slid in early trading.\n\n"
        '"We build to the orders we hold," chief executive Mira Adebayo-Lunt told '
        'analysts. She said the company remained "fully behind" the site.\n\n'
        'The company said in a statement that work would go on "at a gentler pace".'
    )
    assert ("at a gentler pace", "Orrin Microsystems") in quotes(text)


def test_company_is_not_the_residents() -> None:
    text = (
        "Residents of Lower Brannock filled the hall on Monday to oppose the cut.\n\n"
        "Greyfinch Coaches, which runs the line, wants fewer journeys. The company said "
        'the route was "no longer viable."'
    )
    got = dict((q, s) for q, s in quotes(text))
    assert got.get("no longer viable.") != "Residents of Lower Brannock"
