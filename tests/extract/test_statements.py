"""Reported speech: the clause a source is said to have said, and sentence speakers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.extract.speech import analyse_text


def statements(text: str) -> list[tuple[str, str | None]]:
    speech, _ = analyse_text(text)
    for item in speech.statements:
        assert text[item.start : item.end] == item.text
    return [(item.text, item.speaker) for item in speech.statements]


def test_subject_said_clause():
    assert statements("Premier Dalia Ferro said the province had hired 2,400 nurses.") == [
        ("the province had hired 2,400 nurses", "Dalia Ferro")
    ]


def test_told_recipient_time_and_that_are_skipped():
    text = "Harbour master Ivo Renn told reporters on Monday that 14 ships were stuck offshore."
    assert statements(text) == [("14 ships were stuck offshore", "Ivo Renn")]


def test_trailing_attribution_takes_the_clause_before():
    text = "The outbreak began in a school kitchen, health officials said on Tuesday."
    assert statements(text) == [("The outbreak began in a school kitchen", "health officials")]


def test_inverted_trailing_attribution_with_role():
    text = "The bridge will reopen in May, said Colette Marchand, the regional transport director."
    assert statements(text) == [("The bridge will reopen in May", "Colette Marchand")]


def test_according_to_before_and_after():
    got = statements(
        "Exports fell 8% in the third quarter, according to the Valmont Trade Institute. "
        "According to Customs Director Amos Kibet, seizures doubled."
    )
    assert got == [
        ("Exports fell 8% in the third quarter", "Valmont Trade Institute"),
        ("seizures doubled", "Amos Kibet"),
    ]


def test_according_to_mid_sentence_stops_at_the_source():
    text = "Rebels took the airport, according to the Sahel Monitoring Group while talks stalled."
    assert statements(text) == [("Rebels took the airport", "Sahel Monitoring Group")]


def test_coordinated_speech_verbs_share_the_subject():
    text = "The Central Bank of Orvia cut its main rate and warned that growth would slow."
    assert statements(text) == [("growth would slow", "Central Bank of Orvia")]


def test_organization_description_as_speaker():
    text = "On Sunday, Orvia's coast guard said at least 12 migrants had been rescued near Pell."
    assert statements(text) == [
        ("at least 12 migrants had been rescued near Pell", "Orvia's coast guard")
    ]


def test_direct_quote_is_not_a_statement():
    assert statements('"The water is safe to drink," the utility said.') == []
    assert statements('Lena Ortiz said: "We are done here."') == []


def test_statement_keeps_embedded_partial_quote():
    text = 'Mayor Tobias Wren said the warning came "far too late" for the valley.'
    assert statements(text) == [('the warning came "far too late" for the valley', "Tobias Wren")]


def test_parenthetical_attribution():
    text = "Gerda Holm lost her shop.\nBy then, she said, the water was at the ceiling."
    assert statements(text) == [("the water was at the ceiling", "Gerda Holm")]


def test_not_speech():
    assert statements("It was reported that the dam had cracked.") == []
    assert statements("Eleven people reported missing were found alive on Tuesday.") == []
    assert statements("The claims could not be independently verified.") == []
    assert statements("Drone footage posted online shows a burning depot.") == []


def test_venue_after_verb_is_not_the_clause():
    text = "Energy prices will rise again, the minister said in a televised address."
    assert statements(text) == [("Energy prices will rise again", "minister")]


def test_plural_present_verbs_need_a_plural_subject():
    assert statements("Analysts at Norvik Bank estimate that rents will climb 6%.") == [
        ("rents will climb 6%", "Norvik Bank")
    ]
    assert statements("The estimate that rents will climb is old.") == []


def test_sentence_speakers_follow_sentences():
    text = (
        "Storm damage reached $40 million, the insurer Calvera Mutual said.\n"
        "Roads were closed for a day.\n"
        '"We had 900 claims by noon," said Beatrix Olsen, a Calvera spokeswoman.'
    )
    speech, sentences = analyse_text(text)
    assert len(speech.sentence_speakers) == len(sentences) == 3
    assert speech.sentence_speakers == ["Calvera Mutual", None, "Beatrix Olsen"]


_WORDS = [
    "said",
    "says",
    "told",
    "according",
    "to",
    "the",
    "a",
    "agency",
    "officials",
    "He",
    "she",
    "Maj.",
    "Gen.",
    "Pat",
    "Rowe",
    ",",
    ".",
    ":",
    "“",
    "”",
    '"',
    "'s",
    "U.S.",
    "of",
    "for",
    "Institute",
    "Newsweek",
    "that",
    "and",
    "warned",
    "(",
    ")",
    "RWA",
    "—",
    "\n",
    "\n\n",
    "estimate",
    "analysts",
    "familiar",
    "with",
    "report",
    "board's",
    "In",
    "June",
    "?",
    "asked",
    "Ms.",
    "Lee",
    "which",
    "who",
    "12,000",
    "by",
    "It",
    "was",
    "reported",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=80))
def test_any_text_gives_consistent_offsets(words):
    text = " ".join(words)
    speech, sentences = analyse_text(text)
    assert len(speech.sentence_speakers) == len(sentences)
    names = {s.name for s in speech.sources}
    for q in speech.quotes:
        assert text[q.start : q.end] == q.text and q.text
        assert q.speaker is None or q.speaker in names
    for s in speech.statements:
        assert text[s.start : s.end] == s.text and s.text
        assert s.speaker is None or s.speaker in names
    for name in speech.sentence_speakers:
        assert name is None or name in names


def test_quote_introductions_are_not_statements():
    text = (
        "Regional governor Ettore Lanza spoke on television. "
        'Speaking from Pavia, he said: "We have never seen water like this." '
        'Asked about the dams, he said, "They held."'
    )
    assert statements(text) == []


def test_inverted_attribution_with_age_is_not_a_clause():
    text = '"We took the dog and left," said Ada Mertens, 71, who has farmed here for decades.'
    assert statements(text) == []
    assert sources_of(text) == {"Ada Mertens": "person"}


def sources_of(text: str) -> dict[str, str]:
    speech, _ = analyse_text(text)
    return {s.name: s.kind for s in speech.sources}


def test_relative_pronoun_and_role_name_after_preposition():
    text = (
        "Losses could reach $2 billion, according to an estimate by the risk modelling "
        "firm Calder Analytics, which said most homes were not insured."
    )
    assert statements(text) == [
        ("Losses could reach $2 billion", "Calder Analytics"),
        ("most homes were not insured", "Calder Analytics"),
    ]
    assert sources_of(text) == {"Calder Analytics": "organization"}


def test_measurements_by_an_organisation():
    text = "Geophysicists at the Norrland Seismic Institute have recorded 40 aftershocks."
    assert statements(text) == [("40 aftershocks", "Norrland Seismic Institute")]


def test_negated_speech_cites_nobody_and_relative_clauses_are_cut():
    text = (
        "The Harbour Board has not said whether the pier will reopen. "
        "Beijing says it opposes the tariffs, which it says would harm both economies."
    )
    assert statements(text) == [
        ("it opposes the tariffs", "Beijing"),
        ("would harm both economies", "Beijing"),
    ]
    assert sources_of(text) == {"Beijing": "organization"}


def test_partitive_source_and_no_repeated_clause():
    text = (
        "Two officials familiar with the talks said the deal was close. "
        "The envoy argued that a delay would be costly, one of the officials said."
    )
    got = statements(text)
    assert got[0] == ("the deal was close", "two officials familiar with the talks")
    assert ("a delay would be costly", "envoy") in got
    assert len(got) == 2


def test_folding_keeps_offsets():
    from claimdesk.extract.attribution import fold, has_trigger

    text = "“Yes,” — (she) said: ‘no’… it’s “done”!!"
    assert len(fold(text)) == len(text)
    assert has_trigger(text, 0, len(text), fold(text))
    assert not has_trigger(text, 0, 10, fold(text))


def test_parenthetical_before_that_and_social_media_venues():
    assert statements("The minister said on Monday, in a rare interview, that talks failed.") == [
        ("talks failed", "minister")
    ]
    assert statements("The mayor said the plan, which costs 3 million, means that taxes rise.") == [
        ("the plan, which costs 3 million, means that taxes rise", "mayor")
    ]
    assert statements('Senator Ada Kell wrote on X, formerly Twitter: "This is a disgrace."') == []


def test_source_line_under_a_table_credits_its_rows():
    text = (
        "Turnout fell, the mayor said.\n"
        "Ana Rios; Votes: 21,480; Share: 50.9%\n"
        "Piet Hal; Votes: 16,975; Share: 38.9%\n"
        "Source: Harbour City Election Office"
    )
    speech, _ = analyse_text(text)
    assert speech.sentence_speakers[1:3] == ["Harbour City Election Office"] * 2
    assert speech.sentence_speakers[0] == "mayor"
    assert {s.name: s.kind for s in speech.sources}["Harbour City Election Office"] == (
        "organization"
    )


def test_position_verbs_and_but_coordination():
    text = (
        "The nurses' union wants a cap of one nurse to four patients. "
        "Orvia's central bank kept its rate at 4.75% but said it could cut in 2025. "
        "Lena Hart wants a new bike."
    )
    got = statements(text)
    assert ("a cap of one nurse to four patients", "nurses' union") in got
    assert ("it could cut in 2025", "Orvia's central bank") in got
    assert all(speaker != "Lena Hart" for _, speaker in got)


def test_trailing_attribution_reports_the_estimate_before_it():
    # the subject's estimate/belief is what the trailing speaker said
    got = statements(
        "Harbor Freight Lines closed its terminal. The company estimates the repairs will "
        "cost about 48 million crowns, Vance said, adding that the bill would be shared."
    )
    assert ("The company estimates the repairs will cost about 48 million crowns", "Vance") in got
    assert all(speaker == "Vance" for _t, speaker in got[1:])
    got = statements("The ministry believes 300 homes were flooded, spokeswoman Hanna Lind said.")
    assert got == [("The ministry believes 300 homes were flooded", "Hanna Lind")]
    got = statements(
        "Regulators estimate that 2,000 jobs could go, according to Mara Quill, an analyst."
    )
    assert got == [("Regulators estimate that 2,000 jobs could go", "Mara Quill")]
    got = statements(
        "Fire crews fear 30 houses were lost, the fire chief, Tomas Reyes, told local radio."
    )
    assert got == [("Fire crews fear 30 houses were lost", "Tomas Reyes")]


def test_sayer_beats_the_subject_of_the_reported_clause():
    got = statements(
        "The Dunmore Nurses Union called the strike. "
        "Benedetti said the union wants at most six patients per nurse."
    )
    assert got == [("the union wants at most six patients per nurse", "Benedetti")]
    got = statements("Mayor Ines Kolb said that the council estimates 500 homes are at risk.")
    assert got == [("the council estimates 500 homes are at risk", "Ines Kolb")]
    got = statements("Olsen told reporters the agency wants 12 more inspectors.")
    assert got == [("the agency wants 12 more inspectors", "Olsen")]
    # two speakers in coordinated clauses keep their own claims
    got = statements("Police said 12 people were arrested, and the city said 3 were hurt.")
    assert [s for _t, s in got] == ["Police", "city"]


def test_per_attribution_and_per_as_a_rate():
    got = statements("The bridge will stay closed until March, per the transport ministry.")
    assert got == [("The bridge will stay closed until March", "transport ministry")]
    assert statements("Per the ministry, 40 people died.") == [("40 people died", "ministry")]
    assert statements("Prices rose 3 per cent. Shares fell $2 per share.") == []


def test_two_joined_speakers_the_first_speaks_both_are_sources():
    speech, _ = analyse_text("Ukraine and South Korea warned that 11,000 troops had arrived.")
    assert [s.speaker for s in speech.statements] == ["Ukraine"]
    assert {s.name for s in speech.sources} == {"Ukraine", "South Korea"}
    speech, _ = analyse_text("Jane Holt and Tom Brandt said the fund had lost $3 million.")
    assert [s.speaker for s in speech.statements] == ["Jane Holt"]
    assert {s.name for s in speech.sources} == {"Jane Holt", "Tom Brandt"}
    # one name with "and" in it stays one source
    speech, _ = analyse_text("Bosnia and Herzegovina said 40 people were missing.")
    assert [s.name for s in speech.sources] == ["Bosnia and Herzegovina"]


def test_demands_without_a_claim_and_commissioned_reports():
    text = "The drones came after sightings over two bases, and lawmakers have demanded answers."
    assert statements(text) == []
    got = statements("A report commissioned by the city found that 14 of 22 gates were corroded.")
    assert got == [("14 of 22 gates were corroded", "report")]


def test_trigger_prefilter_keeps_plural_and_estimate_attributions():
    from claimdesk.extract.attribution import find_attributions, fold

    texts = [
        "Analysts, however, expect growth of 3% next year.",
        "People familiar with the matter believe 40 people died.",
        "Economists at the central bank estimate growth at 2%.",
        "Officials put the death toll at 40 on Monday.",
        "The firm raised prices and analysts predict a 5% drop.",
        "Experts also warn that 300 jobs will go.",
    ]
    for text in texts:
        fast = find_attributions(text, text, 0, 0, len(text), fold(text))
        full = find_attributions(text, text, 0, 0, len(text), fold(text), triggered=True)
        assert [a.span for a in fast] == [a.span for a in full], text
        assert full, text
    # and what the prefilter is for: no attribution in these
    for text in (
        "We put pressure on them.",
        "The plan would put 40 homes at risk.",
        "I expect so.",
    ):
        assert find_attributions(text, text, 0, 0, len(text), fold(text)) == []


def test_lone_name_opening_a_sentence_with_an_estimate_verb():
    got = statements(
        "The fishing industry warned that small boats would be hit. "
        "Fishmark estimated losses of €340 million next year."
    )
    assert ("losses of €340 million next year", "Fishmark") in got
