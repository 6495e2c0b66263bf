"""Speakers, fifteenth pass (issue 16, round 19's abstentions): constructions for which
round 19 gave no speaker where the text names one, each tried on invented sentences in
several registers (wire copy, broadsheet, analysis, local news), with precision cases
beside them (a wrong speaker is worse than none). The round-19 fixtures are not used here:
these texts are new, about invented countries and people."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. "the delegate said" after "A Ruvanian delegate, who asked not to be named, said ...":
# a delegate is an unnamed voice like an official or a diplomat, and so is a civil servant.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Ruvanian delegate, who asked not to be named because he was not cleared to "
            "speak, said the talks had stalled over the water quota.\n\n"
            '"We argued about one number for six hours," the delegate said.',
            [("We argued about one number for six hours,", "a Ruvanian delegate")],
        ),
        (
            "A delegate from one of the smaller coastal states, who declined to be named "
            "because the sessions were closed, said the draft had been rewritten overnight.\n\n"
            "\u201cNobody saw the new text before breakfast,\u201d the delegate said.",
            [
                (
                    "Nobody saw the new text before breakfast,",
                    "a delegate from one of the smaller coastal states",
                )
            ],
        ),
        (
            '"It was never going to pass on the first vote," said one veteran delegate.',
            [("It was never going to pass on the first vote,", "one veteran delegate")],
        ),
        (
            '"The minister has not read the bill," jokes one senior civil servant. '
            '"Nor, to be fair, have most of us."',
            [
                ("The minister has not read the bill,", "one senior civil servant"),
                ("Nor, to be fair, have most of us.", "one senior civil servant"),
            ],
        ),
        (
            '"We were told on the Friday, like everyone else," a civil servant in the '
            "treasury said.",
            [
                (
                    "We were told on the Friday, like everyone else,",
                    "a civil servant in the treasury",
                )
            ],
        ),
    ],
)
def test_delegate_and_civil_servant_are_unnamed_voices(text: str, want: list) -> None:
    assert quotes(text) == want


# 2. "X, asked whether ..., smiled. '...'": the question wedged between the subject and the
# gesture is skipped; a "who" clause or a gesture with a long object still frames nothing.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Prime Minister Salome Ardavani met the envoys on Tuesday.\n\n"
            "Ardavani, asked as she left whether she would return for a second round, "
            'smiled. "If they invite me, yes."',
            [("If they invite me, yes.", "Salome Ardavani")],
        ),
        (
            "Senator Ruth Calloway spoke for an hour.\n\n"
            'The senator, asked whether she would run again, shrugged. "Ask me in March."',
            [("Ask me in March.", "Ruth Calloway")],
        ),
        (
            "Finance Minister Dele Okonjo took questions for an hour.\n\n"
            'Okonjo, pressed on the timing of the cuts, shook his head. "Not before the '
            'budget."',
            [("Not before the budget.", "Dele Okonjo")],
        ),
        (
            "Councillor Bryn Hallam chaired the meeting.\n\n"
            'Hallam, asked by a reporter about the leaked memo, grinned. "Which one?"',
            [("Which one?", "Bryn Hallam")],
        ),
    ],
)
def test_question_aside_before_a_gesture(text: str, want: list) -> None:
    assert quotes(text) == want


def test_question_aside_then_a_long_object_frames_nothing() -> None:
    text = (
        "Councillor Bryn Hallam chaired the meeting.\n\n"
        "Hallam, asked about the memo, smiled at the crowd that had booed the mayor all "
        'evening. "Which one?"'
    )
    assert quotes(text) == [("Which one?", None)]


# 3. Quotation marks that quote nobody: a nickname after "known to everyone at the market
# as" (a longer lead than "known as"), and a scare quote after "what he called" with a
# possessive owner ('the prosecution's "theatre"'). A longer quotation there stays one.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Stallholders' chairman Abel Mwangi, known to everyone at the market as \"Baba "
            'Abel", said members had not been consulted. "A drawing is not consultation," '
            "Mr Mwangi said.",
            [("A drawing is not consultation,", "Abel Mwangi")],
        ),
        (
            'Senator Orla Quist, known to colleagues on both benches as "the Auditor", '
            'voted against. "The figures do not add up," Quist said.',
            [("The figures do not add up,", "Orla Quist")],
        ),
        (
            "Defence lawyer Tomas Ilves objected to what he called the prosecution's "
            '"theatre" and asked the court to strike the question.',
            [],
        ),
        (
            "Opposition leader Mara Lindqvist attacked what she called the government's "
            '"stealth tax" on pensions.',
            [],
        ),
        (
            "The minister rejected what she called the report's \"wild and unfounded claims "
            'about our record in the north".',
            [("wild and unfounded claims about our record in the north", "minister")],
        ),
    ],
)
def test_nicknames_and_scare_quotes_are_no_quotations(text: str, want: list) -> None:
    assert quotes(text) == want


# 4. A question "put to" someone, framed by a colon: the asker, the subject of "put", says
# it. Without the colon and quotation mark ("put the question to a vote") no one does.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Presenter Ilse Brandvold then put to him the criticism most often heard "
            'abroad: "Your critics say the vote was not free. What do you answer?"',
            [("Your critics say the vote was not free. What do you answer?", "Ilse Brandvold")],
        ),
        (
            "Presenter Tom Hale put the question to the minister directly: "
            '"Did you sign the order?"',
            [("Did you sign the order?", "Tom Hale")],
        ),
        (
            'Our correspondent Lina Park put the charge to her: "Did you know about the payments?"',
            [("Did you know about the payments?", "Lina Park")],
        ),
        (
            "Chairwoman Ruth Amadi put to them the question the whole chamber was asking: "
            '"Who signed the contract, and when?"',
            [("Who signed the contract, and when?", "Ruth Amadi")],
        ),
    ],
)
def test_question_put_to_someone(text: str, want: list) -> None:
    assert quotes(text) == want


def test_question_put_to_a_vote_frames_nothing() -> None:
    text = (
        "Speaker Ruth Amadi put the question to a vote after an hour of debate. The "
        'motion called the levy "unfair to every farmer in the valley."'
    )
    assert [w for _, w in quotes(text)] == [None]


# 5. "X issued a statement saying ...": the issuer says what the statement says; a plural
# or unreadable issuer (and a banner "saying") gives no one.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'The interior ministry later issued a statement saying it would "review every '
            'contract signed since 2019."',
            [("review every contract signed since 2019.", "interior ministry")],
        ),
        (
            'Harlow Council put out a short statement saying the scheme was "paused, not dropped."',
            [("paused, not dropped.", "Harlow Council")],
        ),
        (
            'Senator Ruth Calloway issued a statement saying she was "deeply disappointed '
            'by the vote."',
            [("deeply disappointed by the vote.", "Ruth Calloway")],
        ),
        (
            "The Varnish Party also released a two-line statement saying the leader "
            'would "not be taking questions until the weekend."',
            [("not be taking questions until the weekend.", "Varnish Party")],
        ),
        (
            'Protesters carried banners and a statement saying the mine was "a crime '
            'against the valley."',
            [("a crime against the valley.", None)],
        ),
    ],
)
def test_statement_saying_is_its_issuer(text: str, want: list) -> None:
    assert quotes(text) == want
