"""Sentence segmentation: abbreviations, initials, quotes, glued text, headings."""

from __future__ import annotations

import re
import signal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.extract.sentences import split_sentences


def paras(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def sents(text: str, headings: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, paras(text), headings or [])]


def test_titles_and_ranks_do_not_end_sentences():
    text = (
        "Army Lt. Col. Dana Whitfield and Sgt. Omar Reyes spoke first. "
        "Then Gov. Ada Linwood, Sen. Ray Cobb and Rep. Ines Moraga answered questions."
    )
    assert sents(text) == [
        "Army Lt. Col. Dana Whitfield and Sgt. Omar Reyes spoke first.",
        "Then Gov. Ada Linwood, Sen. Ray Cobb and Rep. Ines Moraga answered questions.",
    ]


def test_honorifics_and_initials():
    text = (
        "Mr. Hale met Dr. Imre Kovacs and Prof. Lena J. Ostrow on Tuesday. "
        "Mrs. Hale and Ms. Greer were not there. Harold T. Vance Jr. said nothing."
    )
    assert sents(text) == [
        "Mr. Hale met Dr. Imre Kovacs and Prof. Lena J. Ostrow on Tuesday.",
        "Mrs. Hale and Ms. Greer were not there.",
        "Harold T. Vance Jr. said nothing.",
    ]


def test_multi_letter_initialisms_stay_inside_a_sentence():
    text = "U.S. officials and U.N. monitors briefed the U.K. delegation. J.R. Tolland agreed."
    assert sents(text) == [
        "U.S. officials and U.N. monitors briefed the U.K. delegation.",
        "J.R. Tolland agreed.",
    ]


def test_initialism_can_end_a_sentence_before_a_typical_opener():
    text = "The drones were made in the U.S. The buyer was never named."
    assert sents(text) == ["The drones were made in the U.S.", "The buyer was never named."]


def test_month_and_number_abbreviations():
    text = (
        "The vote moved from Sept. 14 to Oct. 2 at No. 4 Harbour Road. "
        "Brightline Inc. said it would appeal."
    )
    assert sents(text) == [
        "The vote moved from Sept. 14 to Oct. 2 at No. 4 Harbour Road.",
        "Brightline Inc. said it would appeal.",
    ]


def test_company_abbreviation_ends_sentence_before_opener():
    text = "Shares fell at Dunmore Holdings Ltd. The company declined to comment."
    assert sents(text) == [
        "Shares fell at Dunmore Holdings Ltd.",
        "The company declined to comment.",
    ]


def test_sentence_ending_inside_closing_quote():
    text = 'He said the bridge was "unsafe." On Monday, crews closed it.'
    assert sents(text) == ['He said the bridge was "unsafe."', "On Monday, crews closed it."]


def test_comma_inside_quote_is_not_a_boundary():
    text = "“We will rebuild,” the mayor said. “Every street of it.”"
    assert sents(text) == ["“We will rebuild,” the mayor said.", "“Every street of it.”"]


def test_question_in_quote_keeps_its_attribution():
    text = '"Where were the pumps?" Councillor Abebe asked. Nobody answered.'
    assert sents(text) == ['"Where were the pumps?" Councillor Abebe asked.', "Nobody answered."]
    text2 = "“Who pays for this?” asked Nora Fitch. The council was silent."
    assert sents(text2) == ["“Who pays for this?” asked Nora Fitch.", "The council was silent."]


def test_glued_sentences_are_split_but_glued_abbreviations_are_not():
    text = "Water rose fast in Tarnby.The levee held.U.S.officials flew in."
    assert sents(text) == [
        "Water rose fast in Tarnby.",
        "The levee held.",
        "U.S.officials flew in.",
    ]


def test_glued_after_closing_quote():
    text = "“The levee held.”Crews then moved north."
    assert sents(text) == ["“The levee held.”", "Crews then moved north."]


def test_em_dash_and_decimals_do_not_split():
    text = "The tally rose 2.5 percent—not enough—yet. Officials said 1,200 homes flooded."
    assert sents(text) == [
        "The tally rose 2.5 percent—not enough—yet.",
        "Officials said 1,200 homes flooded.",
    ]


def test_headings_and_paragraphs():
    text = "Why it matters\nThe port handles half the grain.\nWhat happens next\nTalks resume."
    start = text.index("What happens")
    heads = [(0, 14), (start, start + len("What happens next"))]
    assert sents(text, heads) == ["The port handles half the grain.", "Talks resume."]


def test_sentence_never_crosses_a_paragraph():
    text = "Officials in the U.S.\nofficials said it twice"
    assert sents(text) == ["Officials in the U.S.", "officials said it twice"]


def test_ellipsis_at_paragraph_end_and_exclamation():
    text = "Stop the pumps! The engineer shouted it twice. The report ends with th..."
    assert sents(text) == [
        "Stop the pumps!",
        "The engineer shouted it twice.",
        "The report ends with th...",
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Gen.",
                "U.S.",
                "said",
                "“We",
                "won,”",
                "Mr.",
                "Smith",
                "V.",
                "Putin",
                "the",
                "ship.",
                "It",
                "sank!",
                '"No."',
                "Why?",
                "3.5",
                "—",
                "\n",
                "\n\n",
                "Inc.",
                "Sept.",
                "11",
                "etc.",
                "officials",
                ".",
                "”",
                '"',
            ]
        ),
        max_size=60,
    )
)
def test_spans_are_ordered_trimmed_and_inside_paragraphs(words):
    text = " ".join(words)
    ps = paras(text)
    spans = split_sentences(text, ps, [])
    prev_end = -1
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert any(ps_ <= s and e <= pe for ps_, pe in ps)
        prev_end = e


def test_unsorted_or_overlong_paragraph_spans_are_tolerated():
    text = "Second one here.\nFirst one there."
    spans = split_sentences(text, [(17, 99), (0, 16)], [])
    assert [text[s:e] for s, e in spans] == ["Second one here.", "First one there."]


# Pathological input must stay linear. The alarm only catches a hang (a quadratic
# scan took minutes); it is no timing assertion.
@pytest.mark.parametrize(
    "text",
    [
        "A." * 100_000,
        "U.S." * 50_000,
        "said. " * 100_000,
        'said: "x" ' * 50_000,
        "Gen." * 80_000,
        'a."B' * 50_000,
        'Oro, who wore a cap reading "Vote," shouted, "Go!" ' * 15_000,
        "Ortiz said to the crowd that it rose. " * 40_000,
    ],
    ids=[
        "initials",
        "US",
        "said",
        "colon-quotes",
        "glued-titles",
        "glued-quotes",
        "relative-clause-quotes",
        "said-to-listener",
    ],
)
def test_pathological_input_does_not_hang(text):

    from claimdesk.extract.pipeline import extract_text

    def boom(*_):
        raise TimeoutError("extraction hung")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(60)
    try:
        ex = extract_text(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert ex.words > 0
