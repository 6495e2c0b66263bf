"""Speakers, ninth pass (issue 16, round 8): general reading rules for prose
constructions the round-8 blind set showed, each tried on invented sentences of its own,
with the precision cases beside them (a wrong speaker is worse than none). The round-8
fixtures are not used here: these texts are new, about invented people and events."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. '"...!" roared landlord Dez Okonkwo-Hart': a verb of manner before its subject.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"He stole my lunch and never looked back!" bellowed farmer Ivo Grattan-Pyke. '
            '"The nerve of him."',
            [
                ("He stole my lunch and never looked back!", "Ivo Grattan-Pyke"),
                ("The nerve of him.", "Ivo Grattan-Pyke"),
            ],
        ),
        (
            '"We are not moving," growled Marit Oyelowo-Sand as the bailiffs arrived.',
            [("We are not moving,", "Marit Oyelowo-Sand")],
        ),
    ],
)
def test_a_manner_verb_before_its_subject(text, want) -> None:
    assert quotes(text) == want


def test_a_manner_verb_after_other_words_is_no_inverted_credit() -> None:
    # the quotation does not end at the verb: the name after "roared" is its object
    text = 'The fans sang "Blue Tide, we stand by you" and roared Kell Abernethy-Rowe home.'
    assert [s for _q, s in quotes(text)] != ["Kell Abernethy-Rowe"]


# 2. A role word before a name with particles: the name stays whole ("Van der Berg").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Harriers coach Joost Van der Meer was gracious. "They took their chances."',
            [("They took their chances.", "Joost Van der Meer")],
        ),
        (
            '"The bins have not been emptied since May," said pensioner Lotte de Wolff-Arne.',
            [("The bins have not been emptied since May,", "Lotte de Wolff-Arne")],
        ),
    ],
)
def test_a_role_word_then_a_name_with_particles(text, want) -> None:
    assert quotes(text) == want
