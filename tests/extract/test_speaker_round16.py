"""Speakers, fifteenth pass (issue 16, x16v): round 16's misses (fitted), written for the
construction each miss shows. Every text here is invented, with precision cases beside
the rules: where the text cannot tell, no speaker beats a wrong one."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. A nickname quoted inside a name stays part of the name (extract/nicknames.py).
@pytest.mark.parametrize(
    ("intro", "pronoun", "name"),
    [
        (  # UK feature
            'Just before seven, Marjorie "Midge" Pennycate unlocks the village hall.',
            "she",
            "Marjorie Pennycate",
        ),
        (  # US wire
            "State Sen. Harlan “Buddy” Oxendine, a Republican, voted against the measure "
            "on Tuesday.",
            "he",
            "Harlan Oxendine",
        ),
        (  # local news
            'Councillor Rosalind "Roz" Ebberley chaired the hearing at the civic centre.',
            "she",
            "Rosalind Ebberley",
        ),
        (  # international wire, two-word nickname
            'Opposition leader Tomasz "Big Tom" Wierzbicki addressed supporters in the square.',
            "he",
            "Tomasz Wierzbicki",
        ),
    ],
)
def test_nickname_inside_a_name(intro: str, pronoun: str, name: str) -> None:
    text = f'{intro}\n\n"We will not be moved on this," {pronoun} said.'
    assert _who(text) == [name]


def test_a_scare_quote_after_a_lowercase_word_is_still_a_quote() -> None:
    # precision: the gap stays a quotation when no name surrounds it
    text = (
        'The minister called the plan "Reckless" in a statement on Monday.\n\n'
        '"It will cost jobs," she said.'
    )
    assert "Reckless" in [q for q, _w in quotes(text)]


# 2. A saint's name is a church, a school, a parish: never a "she says" (saint_places.py).
@pytest.mark.parametrize(
    "intro",
    [
        "The doors of St Aldric's church hall open at seven on polling day.",
        "Polling cards went to every house in St Wendreda's ward this week.",
        "The count at Saint Oswin's parish rooms ran past midnight.",
        "Staff at St Cuthbald's were told of the closure on Friday.",
    ],
)
def test_saint_place_takes_no_pronoun(intro: str) -> None:
    text = f'{intro}\n\n"Nobody here was asked," she says.'
    assert _who(text) == [None]


def test_a_family_name_with_st_is_still_a_person() -> None:
    text = (
        "Ian St Rollox, the returning officer, opened the count at ten.\n\n"
        '"The turnout was the highest I have seen," he said.'
    )
    assert _who(text) == ["Ian St Rollox"]


# 3. A time phrase fronted without a comma, then a scene sentence naming no one, then
# the quotation (attribution/fronted_time.py, attribution/gap_subject.py).
@pytest.mark.parametrize(
    ("lede", "scene", "pronoun", "name"),
    [
        (  # US local news, election night
            "Marguerite Obianwu, a school board member, was elected mayor on Tuesday.",
            "Shortly before midnight Obianwu stepped onto a folding chair. The room went quiet.",
            "she",
            "Marguerite Obianwu",
        ),
        (  # UK broadsheet
            "Callum Heatherington held the seat for Labour by 212 votes.",
            "At about 3am Heatherington took the stage at the leisure centre. It was a long wait.",
            "he",
            "Callum Heatherington",
        ),
        (  # international wire
            "Opposition candidate Adaeze Nwankwo-Berg conceded the runoff on Sunday.",
            "Late on Sunday night Nwankwo-Berg addressed supporters in the capital. The "
            "crowd had thinned by then.",
            "she",
            "Adaeze Nwankwo-Berg",
        ),
        (  # US wire, statehouse
            "State Rep. Desmond Achterberg won the special election by 40 votes.",
            "Minutes after the result Achterberg walked into the union hall. There was no band.",
            "he",
            "Desmond Achterberg",
        ),
    ],
)
def test_subject_after_a_fronted_time_over_a_scene_sentence(
    lede: str, scene: str, pronoun: str, name: str
) -> None:
    text = f'{lede}\n\n{scene}\n\n"This belongs to every volunteer," {pronoun} said.'
    assert _who(text) == [name]


def test_a_fronted_clause_is_not_a_time_phrase() -> None:
    # precision: "After Ekwueme spoke" is a clause; its subject is not the sentence's
    text = (
        "Sabine Ekwueme and Gordon Trask debated at the town hall on Monday.\n\n"
        "After Ekwueme spoke the audience filed out. The hall emptied quickly.\n\n"
        '"We have work to do," he said.'
    )
    assert _who(text) != ["Sabine Ekwueme"]


# 4. A name inside a quotation within the quotation is who was spoken to, not a third
# person the quotation is about (attribution/nested_quote.py).
@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (  # victory speech, US local
            '"My father gave me one piece of advice," Lucinda Farrow said.',
            "\"He said, 'Lucinda, never promise what you can't deliver.' So I won't.\"",
            "Lucinda Farrow",
        ),
        (  # UK broadsheet interview
            '"People stop me in the street," Mr Pemberton-Okoro said.',
            "\"They say, 'Pemberton-Okoro, when are you going to fix the buses?' Fair question.\"",
            "Desmond Pemberton-Okoro",
        ),
        (  # international wire, curly marks
            "“I remember the night of the coup,” Halvorsen said.",
            "“My commander told me, ‘Halvorsen, stay at your post.’ I stayed.”",
            "Ingrid Halvorsen",
        ),
    ],
)
def test_a_name_in_a_nested_quotation(first: str, second: str, name: str) -> None:
    lede = f"{name} spoke to reporters on Thursday.\n\n"
    text = f"{lede}{first} {second}"
    assert _who(text) == [name, name]


def test_a_quotation_that_names_the_speaker_outside_nested_marks_is_not_theirs() -> None:
    # precision: the name outside any inner marks still stops the inheritance
    text = (
        "Lucinda Farrow spoke to reporters on Thursday.\n\n"
        '"We knocked on every door," Lucinda Farrow said. "Farrow was never going to win."'
    )
    assert _who(text)[1] is None


# 5. An unnamed source the writer reached, then called by its head noun: the fuller
# phrase is the source (attribution/contacted_source.py).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # US opinion column
            "I asked a veteran appropriations staffer, who has served both parties, how the "
            'standoff ends. "Badly and late," the staffer said.',
            "a veteran appropriations staffer",
        ),
        (  # local news
            "We reached a longtime county election worker by phone on Monday. "
            '"Nobody checks the seals any more," the worker said.',
            "a longtime county election worker",
        ),
        (  # UK broadsheet
            "The Chronicle spoke to a retired parliamentary clerk about the procedure. "
            '"It has not been used since the 1970s," the clerk said.',
            "a retired parliamentary clerk",
        ),
        (  # international wire
            "Reporters approached a junior trade negotiator outside the talks. "
            '"There is no text yet," the negotiator said.',
            "a junior trade negotiator",
        ),
    ],
)
def test_a_contacted_source_called_by_its_head(text: str, name: str) -> None:
    assert _who(text) == [name]


def test_two_contacted_sources_with_one_head_stay_the_bare_head() -> None:
    # precision: two staffers reached, "the staffer" cannot tell which
    text = (
        "I asked a senior staffer and then a junior staffer how the standoff ends. "
        '"Badly," the staffer said.'
    )
    assert _who(text) not in (["a senior staffer"], ["a junior staffer"])


# 6. Words read out from a named person's letter or statement are that person's, not
# the reader's (attribution/written_by.py).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # UK court report
            "Osric Pennywhistle, 61, admitted fraud at an earlier hearing.\n\n"
            "In mitigation, Anneliese Vogt said her client was deeply ashamed. She read "
            'from a letter Pennywhistle had written to the court: "I am sorry for every '
            'penny."',
            "Osric Pennywhistle",
        ),
        (  # US statehouse
            "Rep. Thaddeus Mbeki-Lowe missed the vote for a family funeral.\n\n"
            "The clerk, Rosalind Ames, read a statement Mbeki-Lowe issued on Tuesday: "
            '"I would have voted no, and I will say so on the floor next week."',
            "Thaddeus Mbeki-Lowe",
        ),
        (  # local council
            "Councillor Winifred Achebe-Stone was absent from the meeting.\n\n"
            "The chair, Douglas Pryce, read out a message from Achebe-Stone to members: "
            '"The library must stay open on Saturdays."',
            "Winifred Achebe-Stone",
        ),
        (  # international wire
            "Former foreign minister Ilse Marchetti is in hospital in Geneva.\n\n"
            "Her spokesman, Piotr Kasza, read a note signed by Marchetti to reporters: "
            '"I will be back at work before the summit."',
            "Ilse Marchetti",
        ),
    ],
)
def test_words_read_from_a_named_author(text: str, name: str) -> None:
    assert _who(text)[-1] == name


def test_a_letter_from_an_unnamed_author_is_not_credited_by_this_rule() -> None:
    # precision: "a letter from his client's family" names no author
    text = (
        "Osric Pennywhistle, 61, admitted fraud at an earlier hearing.\n\n"
        "Anneliese Vogt read from a letter from his family to the court: "
        '"He is a changed man and we stand by him."'
    )
    assert _who(text)[-1] != "Osric Pennywhistle"


# 7. A capitalised run never crosses a full stop: "January. In" is no company
# (extract/run_cut.py); a bus or ferry operator is a company (lexicon.ORG_HEADS).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # UK local news
            "Greyline Buses confirmed that the late services would end in January. In a "
            'statement, the company said: "Passenger numbers have fallen."',
            "Greyline Buses",
        ),
        (  # US wire
            "Halvard Ferries said the crossing would stop on Tuesday. In a filing, the "
            'company said: "The route loses money every winter."',
            "Halvard Ferries",
        ),
        (  # business wire
            "Pellworth Logistics cut 200 jobs at its depot in March. On Friday the company "
            'said: "We have no further plans."',
            "Pellworth Logistics",
        ),
    ],
)
def test_the_company_never_spans_a_sentence_end(text: str, name: str) -> None:
    assert _who(text) == [name]


def test_an_abbreviation_inside_a_company_name_keeps_the_run() -> None:
    text = (
        "Harrow & Pike Ltd. confirmed the closure on Tuesday. In a statement, the company "
        'said: "Demand has fallen."'
    )
    assert _who(text) == ["Harrow & Pike Ltd."]


# 8. A reported question by an unnamed asker that names the one asked, with the answer
# in the next paragraph: the answer is the one asked's (attribution/asked_object.py).
@pytest.mark.parametrize(
    ("intro", "question", "pronoun", "name"),
    [
        (  # Canadian press conference
            "Premier Odile Brassard-Quinn opened the briefing. "
            '"The review will be independent," she said.',
            "A reporter asked the Premier whether she still trusted her minister.",
            "she",
            "Odile Brassard-Quinn",
        ),
        (  # US White House pool copy
            'Press secretary Lionel Akinde took questions. "We expect a vote soon," he said.',
            "One reporter asked Akinde if the president would sign the bill.",
            "he",
            "Lionel Akinde",
        ),
        (  # UK doorstep
            "Home Secretary Priya Lindqvist-Obi left Downing Street at noon. "
            '"It was a useful meeting," she said.',
            "A journalist asked her whether she would resign.",
            "she",
            "Priya Lindqvist-Obi",
        ),
        (  # international wire
            'Foreign Minister Jurgen Halloway spoke after the talks. "Progress is slow," he said.',
            "Another reporter asked the minister why no date had been set.",
            "he",
            "Jurgen Halloway",
        ),
    ],
)
def test_an_answer_after_a_reported_question_naming_the_one_asked(
    intro: str, question: str, pronoun: str, name: str
) -> None:
    text = f'{intro}\n\n{question}\n\n"Not at this stage," {pronoun} said.'
    assert _who(text) == [name, name]


def test_the_asker_whose_pronoun_does_not_fit_the_one_asked_gets_no_one() -> None:
    # precision: the one quoted before is "he"; a "she" answer is nobody's
    text = (
        'Press secretary Lionel Akinde took questions. "We expect a vote soon," he said.\n\n'
        "A reporter asked Akinde whether the bill was dead.\n\n"
        '"Not at this stage," she said.'
    )
    assert _who(text)[1] in (None,)


# 9. "the first/second <head>" among unnamed sources cited one by one
# (attribution/ordinal_single.py).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # international wire
            '"The room was split," said one European diplomat who attended the meeting.\n\n'
            'A second diplomat called the talks "tense but polite."\n\n'
            '"We cannot wait until April," the first diplomat said.',
            "one European diplomat",
        ),
        (  # US wire
            '"The votes are not there," one Senate aide said on Tuesday.\n\n'
            'Another aide said leaders were "still counting."\n\n'
            '"Nobody wants to go first," the second aide said.',
            "another aide",
        ),
        (  # UK broadsheet
            '"The whips have lost control," a senior Tory source told the paper.\n\n'
            'A second source said the mood was "grim."\n\n'
            '"It will be settled at the weekend," the first source added.',
            "a senior Tory source",
        ),
        (  # Asia wire
            '"Beijing has been told," an Asian official said.\n\n'
            'An official from a neighbouring state said the message was "received."\n\n'
            '"There will be no reply this week," the second official said.',
            "an official from a neighbouring state",
        ),
    ],
)
def test_an_ordinal_among_unnamed_sources_cited_one_by_one(text: str, want: str) -> None:
    assert _who(text)[-1] == want


def test_an_ordinal_with_one_unnamed_source_stays_unresolved() -> None:
    # precision: one diplomat cited; "the second diplomat" is someone not yet met
    text = (
        '"The room was split," said one European diplomat.\n\n'
        '"We cannot wait," the second diplomat said.'
    )
    assert _who(text)[-1] != "one European diplomat"


# 10. "had written that '...'" quotes the writer; "written" is no verb of speech
# anywhere else (attribution/perfect_written.py).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # UK radio interview
            "The presenter read out a post by a backbencher, Peter Sallow, who had written "
            'that "anyone who votes for this can look for a new seat."',
            "Peter Sallow",
        ),
        (  # US wire
            'Sen. Ruth Ambrose-Kiel has written that the bill is "dead on arrival."',
            "Ruth Ambrose-Kiel",
        ),
        (  # local news
            'Councillor Neville Oduya, who had once written that the depot was "a blight", '
            "voted for it on Tuesday.",
            "Neville Oduya",
        ),
    ],
)
def test_had_written_that_quotes_the_writer(text: str, name: str) -> None:
    assert _who(text) == [name]


def test_a_letter_someone_had_written_is_no_attribution() -> None:
    # precision: "a letter he had written to the court" reports nothing; the quote is
    # the defendant's ("In it, he wrote"), never the barrister cited just before
    text = (
        "Osric Pennywhistle, 61, admitted fraud at an earlier hearing.\n\n"
        '"He is ashamed," his barrister, Anneliese Vogt, said.\n\n'
        "Pennywhistle wept as a letter he had written to the court was read aloud. In it, "
        'he wrote: "I let down everyone who trusted me."'
    )
    assert _who(text)[-1] == "Osric Pennywhistle"
