"""Speakers, second round: listeners after "to", more speech verbs, '?" Name, role,
asked', a quote after a reported-speech sentence, relative clauses, colon framing,
pull-quote credits, titles and scare quotes (all invented text)."""

from __future__ import annotations

from claimdesk.extract.speech import analyse_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    speech, _ = analyse_text(text)
    for q in speech.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text.strip(), q.speaker) for q in speech.quotes]


def statements(text: str) -> list[tuple[str, str | None]]:
    speech, _ = analyse_text(text)
    return [(s.text, s.speaker) for s in speech.statements]


def test_speech_verb_then_to_and_a_listener_still_attributes():
    text = '"We will rebuild the pier," Corin Ortiz said to the crowd.'
    assert quotes(text) == [("We will rebuild the pier,", "Corin Ortiz")]


def test_listener_is_skipped_before_the_reported_clause():
    text = "Nadia Ferro said to reporters that the ferry would sail on Friday."
    assert statements(text) == [("the ferry would sail on Friday", "Nadia Ferro")]


def test_to_be_and_to_have_are_not_speech():
    text = "The warden is said to be furious. Olek Brann was reported to have left the city."
    speech, _ = analyse_text(text)
    assert speech.statements == [] and speech.sources == []


def test_colourful_speech_verbs():
    text = (
        '"Not the pumps again," Tova Pruitt fumed.\n'
        '"It is perfect," gushed Ola Berg, a tenant.\n'
        '"We waited ten years," Ivo Sand sighed.\n'
        '"That is simply wrong," Dov Petrak interjected.\n'
        'Hana Lin chimed in: "Same for our street."'
    )
    assert quotes(text) == [
        ("Not the pumps again,", "Tova Pruitt"),
        ("It is perfect,", "Ola Berg"),
        ("We waited ten years,", "Ivo Sand"),
        ("That is simply wrong,", "Dov Petrak"),
        ("Same for our street.", "Hana Lin"),
    ]


def test_blurted_out_that_reports_a_statement():
    assert statements("Mira Coe blurted out that the audit was late.") == [
        ("the audit was late", "Mira Coe")
    ]


def test_question_quote_then_name_role_and_verb_is_one_sentence():
    text = '"Why now, after six years?" Ada Krol, the city\'s budget chief, asked.'
    assert quotes(text) == [("Why now, after six years?", "Ada Krol")]


def test_quote_after_a_reported_speech_sentence_inherits_its_speaker():
    text = 'The levy could work, said Tomas Brill, a councillor. "It saves a fight."'
    assert quotes(text) == [("It saves a fight.", "Tomas Brill")]


def test_partial_quote_after_reported_speech_is_not_inherited():
    text = 'The levy could work, said Tomas Brill. Critics call it "a tax on tenants" instead.'
    assert ("a tax on tenants", "Tomas Brill") not in quotes(text)
