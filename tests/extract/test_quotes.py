"""Direct quotes: pairing marks, partial quotes and who said them."""

from __future__ import annotations

from claimdesk.extract.quotes import find_quotes, mask_quotes
from claimdesk.extract.speech import analyse_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    speech, _ = analyse_text(text)
    for q in speech.quotes:
        assert text[q.start : q.end] == q.text  # offsets point into the body
    return [(q.text, q.speaker) for q in speech.quotes]


def test_curly_quote_after_attribution_keeps_trailing_comma():
    text = "“The river took the bridge in an hour,” said Hanna Morrow, a ferry operator."
    assert quotes(text) == [("The river took the bridge in an hour,", "Hanna Morrow")]


def test_straight_quotes_and_apostrophes():
    text = "\"It's the town's last clinic, and we're losing it,\" Dr. Raúl Ibarra said."
    assert quotes(text) == [("It's the town's last clinic, and we're losing it,", "Raúl Ibarra")]


def test_attribution_before_with_colon_and_outlet():
    text = (
        "Teodora Vlasic, a volcanologist at Brenmoor University, told the Ledger: "
        '"The dome is growing."'
    )
    assert quotes(text) == [("The dome is growing.", "Teodora Vlasic")]


def test_attribution_in_the_middle_covers_both_parts():
    text = (
        "Kofi Mensah runs the shelter. “We have beds for 80 people,” he told reporters, "
        "“and tonight we have 140.”"
    )
    assert quotes(text) == [
        ("We have beds for 80 people,", "Kofi Mensah"),
        ("and tonight we have 140.", "Kofi Mensah"),
    ]


def test_appositive_between_quote_and_verb():
    text = (
        '"Nobody read the inspection reports," Agnieszka Brandt, a former safety '
        "inspector at the port authority, told the Daily Courier."
    )
    assert quotes(text) == [("Nobody read the inspection reports,", "Agnieszka Brandt")]


def test_pronoun_resolves_to_last_named_speaker():
    text = (
        "Mayor Colm Ferris said the curfew would end on Friday.\n"
        '"We are not there yet," he said. "But we are close."'
    )
    assert quotes(text) == [
        ("We are not there yet,", "Colm Ferris"),
        ("But we are close.", "Colm Ferris"),
    ]


def test_pronoun_resolves_to_subject_of_previous_sentence():
    text = (
        "Ruth Adeyemi, 61, lost her bakery in the blaze.\n"
        "“Thirty years of work, gone in a night,” she said."
    )
    assert quotes(text) == [("Thirty years of work, gone in a night,", "Ruth Adeyemi")]


def test_pronoun_with_other_gender_is_not_forced():
    text = 'Mr. Petrov said the line was cut.\n"I have no idea," she said.'
    assert quotes(text) == [("I have no idea,", None)]


def test_title_only_mention_resolves_to_full_name():
    text = (
        "Brig. Gen. Selma Okoro, the brigade commander, said the pass was quiet.\n"
        "“We are watching every road,” General Okoro said."
    )
    assert quotes(text) == [("We are watching every road,", "Selma Okoro")]


def test_multi_paragraph_quote_and_pairing_afterwards():
    text = (
        'Chief Inspector Hal Brody told the inquiry: "We followed the plan we had.\n'
        '"It was not enough, and I accept that."\n'
        'Later, a resident, Mina Szabo, said the sirens "never sounded."\n'
        '"We heard nothing," Szabo said.'
    )
    assert quotes(text) == [
        ("We followed the plan we had.", "Hal Brody"),
        ("It was not enough, and I accept that.", "Hal Brody"),
        ("never sounded.", "Mina Szabo"),
        ("We heard nothing,", "Mina Szabo"),
    ]


def test_unattributed_follow_up_in_same_paragraph():
    text = '"Prices will rise," said Oskar Lind. "Nobody can stop that now."'
    assert quotes(text) == [
        ("Prices will rise,", "Oskar Lind"),
        ("Nobody can stop that now.", "Oskar Lind"),
    ]


def test_partial_quotes_are_flagged():
    speech, _ = analyse_text(
        'The minister, Ilse Varga, said the plan was "a first step" and would be '
        '"reviewed in spring." "It is a start," she added.'
    )
    got = [(q.text, q.partial, q.speaker) for q in speech.quotes]
    assert got == [
        ("a first step", True, "Ilse Varga"),
        ("reviewed in spring.", True, "Ilse Varga"),
        ("It is a start,", False, "Ilse Varga"),
    ]


def test_question_with_inverted_title_attribution():
    text = "“Who signed off on this?” asked Sen. Marisol Quade."
    assert quotes(text) == [("Who signed off on this?", "Marisol Quade")]


def test_outlet_told_is_never_the_speaker():
    text = (
        "A battalion commander, Maj. Petra Lindahl, told The Coastal Times that the unit "
        'was "exhausted."'
    )
    assert quotes(text) == [("exhausted.", "Petra Lindahl")]


def test_colon_lead_without_verb():
    text = (
        "What people are saying\n"
        'Anton Serra, harbour master at Port Elin: "The channel is open again."'
    )
    assert quotes(text) == [("The channel is open again.", "Anton Serra")]


def test_quote_without_attribution_has_no_speaker():
    text = (
        'Residents call the road "the gauntlet" and avoid it at night.\n'
        '"Drive slowly" signs went up.'
    )
    got = quotes(text)
    assert got == [("the gauntlet", None), ("Drive slowly", None)]


def test_speaker_unknown_rather_than_wrong_across_paragraphs():
    text = (
        '"The harvest is lost," said farmer Gideon Hale.\n'
        "The cooperative has 300 members across the valley.\n"
        '"We need help by spring."'
    )
    assert quotes(text)[-1] == ("We need help by spring.", None)


def test_single_word_scare_quote_without_speaker_is_dropped():
    text = 'The so-called "reforms" passed on Tuesday.'
    assert quotes(text) == []


def test_inch_marks_do_not_open_quotes():
    text = 'The 6" pipe burst. "It was old," said engineer Wendell Ames.'
    assert quotes(text) == [("It was old,", "Wendell Ames")]


def test_stray_mark_only_confuses_its_own_paragraph():
    body = 'He said "fine and left.\n"Next," said Ola Berg.'
    paragraphs = [(0, 23), (24, len(body))]
    raw = find_quotes(body, paragraphs)
    assert [body[q.start : q.end] for q in raw] == ["fine and left.", "Next,"]
    assert raw[0].open_end and raw[0].close_mark is None
    assert raw[1].continues and raw[1].close_mark is not None
    masked = mask_quotes(body, raw)
    assert len(masked) == len(body) and "said Ola Berg" in masked and "Next" not in masked


def test_british_single_quotes_when_no_double_marks():
    text = (
        "‘We lost the lot,’ said Karen Whitlock, 52. ‘Nobody warned us.’\n"
        "The residents’ association said the council’s plan was ‘a disgrace’."
    )
    assert quotes(text) == [
        ("We lost the lot,", "Karen Whitlock"),
        ("Nobody warned us.", "Karen Whitlock"),
        ("a disgrace", "residents’ association"),
    ]


def test_single_marks_are_apostrophes_when_double_quotes_are_used():
    text = "“It’s the boys’ club again,” said Ivo Karsten. Officials called it ‘routine’."
    assert quotes(text) == [("It’s the boys’ club again,", "Ivo Karsten")]


def test_missing_closing_mark_before_an_attribution_is_repaired():
    text = (
        '"Rates will hold on Thursday, said Ines Moravec of Harwell Research.\n'
        'Governor Piet Alder said last week that he expected "gradual" cuts.'
    )
    assert quotes(text) == [
        ("Rates will hold on Thursday,", "Ines Moravec"),
        ("gradual", "Piet Alder"),
    ]


def test_multi_paragraph_quote_named_in_its_last_paragraph():
    text = (
        "The shelter opened at dawn.\n"
        '"We tried every door on the street.\n'
        '"Nothing opened," said volunteer Hester Quinn.'
    )
    assert quotes(text) == [
        ("We tried every door on the street.", "Hester Quinn"),
        ("Nothing opened,", "Hester Quinn"),
    ]


def test_quote_paragraph_after_a_reported_statement():
    text = (
        "Councillor Bea Marsh said the council had failed the estate.\n"
        '"We let these families down."\n'
        "The estate has 400 flats.\n"
        '"It is damp everywhere."'
    )
    assert quotes(text) == [
        ("We let these families down.", "Bea Marsh"),
        ("It is damp everywhere.", None),
    ]


def test_statement_read_introduces_a_quote():
    text = 'A statement from the harbour authority read: "We deny the claims."'
    assert quotes(text) == [("We deny the claims.", "harbour authority")]
    # a sign's words are a quotation nobody says, one word too (the blind sets' gold;
    # tests/extract/test_quotes_dates_round10.py); reading a report quotes nothing
    assert quotes("She read the report twice. The sign read “Closed”.") == [("Closed", None)]


def test_speaker_named_in_the_next_sentence_signs_the_statement():
    got = quotes(
        "“We will not accept any cuts to the 40 rural routes,” the statement read. "
        "It was signed by Mayor Elin Sato and two council members."
    )
    assert got == [("We will not accept any cuts to the 40 rural routes,", "Elin Sato")]
    # a sentence that already cites someone keeps its speaker
    got = quotes(
        "“We will rebuild,” said Jon Prell, the harbour master. It was signed by Mayor Elin Sato."
    )
    assert got == [("We will rebuild,", "Jon Prell")]
