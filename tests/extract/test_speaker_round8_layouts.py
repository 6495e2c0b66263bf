"""Speakers, ninth pass (issue 16, round 8): transcripts and layouts a reader knows by
their shape (an interview with the outlet as the asker, dash-led turns, a parliamentary
record's headers, a live blog's bare time stamps), each tried on invented texts of its
own, with the precision cases beside them (a wrong speaker is worse than none). The
round-8 fixtures are not used here: these texts are new, about invented people and
events."""

from __future__ import annotations

import pytest

from claimdesk.extract.pipeline import extract_text
from tests.support.speech_cases import quotes
from tests.support.speech_cases import source_names as sources


def _quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) through the whole pipeline (the reader joins a paragraph's lines)."""
    return [(q.text, q.speaker) for q in extract_text(text).quotes]


# 1. The outlet as the interviewer: "Harbour Gazette: ...?" turns ask, the other label
# answers; the words inside an answer ("my nephew says") cite no one else.
_OUTLET_ASKS = (
    "Five questions for the last ropemaker in Tullow Quay\n\n"
    "Idris Okonedo-Vance has made rope by hand in the same shed since 1979.\n\n"
    "Harbour Gazette: Why does anyone still buy hand-laid rope?\n\n"
    "Okonedo-Vance: Because it does not slip. The yacht people know it, and my nephew "
    "says the film studios have started ringing.\n\n"
    "Harbour Gazette: Is there an apprentice?\n\n"
    "Okonedo-Vance: Two, and both of them are faster than me already.\n\n"
    "Harbour Gazette: What would you change?\n\n"
    "Okonedo-Vance: Nothing but the roof."
)


def test_an_outlet_label_asks_and_the_named_person_answers() -> None:
    got = quotes(_OUTLET_ASKS)
    assert [who for _q, who in got] == ["Idris Okonedo-Vance"] * 3
    assert got[2][0] == "Nothing but the roof."
    assert sources(_OUTLET_ASKS) == ["Idris Okonedo-Vance"]  # no "nephew", no asker


def test_bold_labels_are_labels() -> None:
    text = (
        "Marit Solberg-Ekwueme runs the ferry cafe on Lesser Holm.\n\n"
        "**Island Post:** What sells best in winter?\n\n"
        "**Solberg-Ekwueme:** Soup. Always soup.\n\n"
        "**Island Post:** And in summer?\n\n"
        "**Solberg-Ekwueme:** Still soup, if I am honest."
    )
    assert quotes(text) == [
        ("Soup. Always soup.", "Marit Solberg-Ekwueme"),
        ("Still soup, if I am honest.", "Marit Solberg-Ekwueme"),
    ]


def test_an_outlet_label_that_never_asks_makes_no_turns() -> None:
    # a press digest: outlets' headlines after colons, no one asks: no transcript
    text = (
        "What the papers say about the Tullow Quay strike.\n\n"
        "Harbour Gazette: The strike enters its third week.\n\n"
        "Island Post: Talks resume on Monday, the union says.\n\n"
        "Harbour Gazette: Ferry timetables are cut again."
    )
    assert quotes(text) == []


# 2. Dash-led turns: "— question?" then "— answer" on the next line; the answers are the
# person the introduction names first, the questions nobody's.
_DASHES = (
    "Henrietta Abiola-Crane retires on Friday after 41 years as the signalwoman at "
    "Marlow Junction. She spoke to our reporter Tobias Lindqvist.\n\n"
    "— What was the first thing you learned?\n"
    "— To trust the bell codes and not my ears.\n\n"
    "— Was there ever a near miss?\n"
    "— Once, in fog, in 1987. I still dream about it.\n\n"
    "— What will you do now?\n"
    "— Sleep past four, for a start."
)


def test_dash_turns_quote_the_person_the_introduction_names() -> None:
    assert _quotes(_DASHES) == [
        ("To trust the bell codes and not my ears.", "Henrietta Abiola-Crane"),
        ("Once, in fog, in 1987. I still dream about it.", "Henrietta Abiola-Crane"),
        ("Sleep past four, for a start.", "Henrietta Abiola-Crane"),
    ]


def test_dash_turns_one_per_line_as_paragraphs() -> None:
    got = quotes(_DASHES)  # every line its own paragraph
    assert [who for _q, who in got] == ["Henrietta Abiola-Crane"] * 3


def test_one_dash_exchange_or_dashes_in_prose_make_no_transcript() -> None:
    text = (
        "Engineer Paulo Vendramin-Oke inspected the viaduct on Tuesday.\n\n"
        "— Is it safe?\n"
        "— The report comes out next week.\n\n"
        "The council said repairs — if any are needed — would start in spring."
    )
    assert _quotes(text) == []


# 3. A parliamentary record: "Office (Title Name):", "Title Name (Seat):", later "Title
# Surname:", the chair by office; every speech is a quotation, questions too.
_RECORD = (
    "Extract from the record of the Coastal Assembly, sitting of Tuesday.\n\n"
    "Harbour Dues Bill - Report Stage\n\n"
    "The Minister for Harbours (Mr Leopold Anand-Fairweather): The dues rise by two per "
    "cent, no more.\n\n"
    "Mrs Wilhelmina Otieno-Grant (Kelp Point): Will the Minister give way?\n\n"
    "The Minister: Gladly.\n\n"
    "Mrs Otieno-Grant: Why do the small boats pay the same as the tankers?\n\n"
    "Hon. Members: Shame!\n\n"
    "The Deputy Presiding Officer: Order. The Minister has the floor.\n\n"
    "Mr Anand-Fairweather: They do not. The Bill halves the rate under ten tonnes."
)


def test_a_record_quotes_every_member_by_the_bracketed_name() -> None:
    assert quotes(_RECORD) == [
        ("The dues rise by two per cent, no more.", "Leopold Anand-Fairweather"),
        ("Will the Minister give way?", "Wilhelmina Otieno-Grant"),
        ("Gladly.", "Leopold Anand-Fairweather"),
        ("Why do the small boats pay the same as the tankers?", "Wilhelmina Otieno-Grant"),
        ("Shame!", None),  # a chorus: no one person
        ("Order. The Minister has the floor.", "the Deputy Presiding Officer"),
        ("They do not. The Bill halves the rate under ten tonnes.", "Leopold Anand-Fairweather"),
    ]


def test_a_chair_named_once_by_office_keeps_the_name() -> None:
    text = (
        "The Speaker (Ms Rosalind Achebe-Lund): Order. Questions to the Treasurer.\n\n"
        "Mr Cormac Delahunt-Ree (Stonehaven): How much is left in the reserve?\n\n"
        "The Treasurer (Ms Ingrid Kovacs-Obi): Enough for one winter.\n\n"
        "Mr Delahunt-Ree: And the next?\n\n"
        "The Speaker: Order. The Member will resume his seat."
    )
    got = quotes(text)
    assert got[-1] == ("Order. The Member will resume his seat.", "Rosalind Achebe-Lund")
    assert got[2] == ("Enough for one winter.", "Ingrid Kovacs-Obi")


def test_an_office_label_outside_a_record_makes_no_turn() -> None:
    # "The Minister:" with no record header around it is a caption, not a speech
    text = (
        "Who is who in the harbour row.\n\n"
        "The Minister: in office since March, for the new dues.\n\n"
        "The Harbourmaster: against, and saying so.\n\n"
        "The Chairman: undecided, or so he says."
    )
    assert quotes(text) == []


def test_a_seat_in_brackets_is_never_the_speaker() -> None:
    text = (
        "Mr Anselm Whitcombe-Ojo (Upper Dene): The road has been shut for a year.\n\n"
        "Ms Perpetua Landry (Dene Vale): Two years at my end.\n\n"
        "Mr Whitcombe-Ojo: Then we agree on something."
    )
    assert [who for _q, who in quotes(text)] == [
        "Anselm Whitcombe-Ojo",
        "Perpetua Landry",
        "Anselm Whitcombe-Ojo",
    ]


# 4. A live blog's bare stamps ("19:10 Council leader ...", no dash) hide no subject, in a
# blog of three or more such entries.
_BARE_BLOG = (
    "LIVE: Fenwick harbour vote - as it happened\n\n"
    "18:00 Good evening from the chamber. The gallery is full.\n\n"
    "18:05 Councillor Ottilie Brandvold-Achebe opens the debate. "
    '"We cannot dredge on hope. We need the money tonight."\n\n'
    "18:20 A short break while the clerk fixes the microphones.\n\n"
    "18:31 Brandvold-Achebe sits down to applause. She says the channel "
    '"silts up faster every year."'
)


def test_a_bare_stamp_hides_no_subject() -> None:
    assert quotes(_BARE_BLOG) == [
        ("We cannot dredge on hope. We need the money tonight.", "Ottilie Brandvold-Achebe"),
        ("silts up faster every year.", "Ottilie Brandvold-Achebe"),
    ]


def test_a_person_whose_pronoun_is_known_still_opens_a_bare_quotation() -> None:
    # the sentence before names her as its subject; that a later "She says" tells her
    # gender must not take the bare quotation from her
    text = (
        "Ferry manager Ingunn Achterberg-Sol walks the quay every morning. "
        '"I count the ropes before I count the passengers."\n\n'
        "Later she says the timetable is fixed until spring."
    )
    assert quotes(text) == [
        ("I count the ropes before I count the passengers.", "Ingunn Achterberg-Sol")
    ]


# 5. A pull quote credited by the sentence after it, however long that sentence runs:
# "That was how NAME described ...", "The words were those of NAME, who ...".
def test_a_long_that_was_how_sentence_credits_the_quote_before_it() -> None:
    text = (
        "Callers to the late show on Radio Dunmere were not kind about the new bins.\n\n"
        '"Three colours, two lids and a leaflet in a language I do not speak."\n\n'
        "That was how retired postman Evander Quist-Maloney described the scheme, which "
        "the council introduced in October after a trial on two estates and a survey."
    )
    assert quotes(text) == [
        (
            "Three colours, two lids and a leaflet in a language I do not speak.",
            "Evander Quist-Maloney",
        )
    ]


def test_the_words_were_those_of_credits_the_quote_before_it() -> None:
    text = (
        '"We were promised a bridge and we got a consultation."\n\n'
        "The words were those of Perpetua Hallworth-Ani, who chairs the residents' "
        "association, and they were cheered from the back of the hall."
    )
    assert quotes(text) == [
        ("We were promised a bridge and we got a consultation.", "Perpetua Hallworth-Ani")
    ]


# 6. Colon leads: "Her closing words:", "X is on his feet:", "X was blunt:", "closed the
# show with a warning of his own:"; a clause about something else stays no one's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The last speaker, Rosamund Okafor-Teague, kept silent for most of the evening. "
            'Her closing words: "Count the votes, not the leaflets."',
            "Rosamund Okafor-Teague",
        ),
        (
            'Deputy leader Casimir Oyelowo-Frost is on his feet: "This is a cut by any name."',
            "Casimir Oyelowo-Frost",
        ),
        (
            'Treasurer Ilse Brandvold-Mensah was blunt: "There is no more money."',
            "Ilse Brandvold-Mensah",
        ),
        (
            "Presenter Barnabas Edevane-Kwarteng ended the show with a warning of his own: "
            '"Next week, the parking wardens."',
            "Barnabas Edevane-Kwarteng",
        ),
    ],
)
def test_a_colon_lead_of_a_stance_or_a_noun_of_speech(text: str, want: str) -> None:
    assert [who for _q, who in quotes(text)] == [want]


def test_a_colon_after_a_clause_about_something_else_credits_no_one() -> None:
    text = 'Caretaker Anselm Fairclough-Obi had pinned a notice to the door: "Hall closed."'
    assert [who for _q, who in quotes(text)] != ["Anselm Fairclough-Obi"]


# 7. A bare quotation after a sentence opening with a known person's surname (an excerpt
# list's entry: the lead line named them in full).
_EXCERPTS = (
    'Candidate Horatio Vance-Adeyemi Promises "A Library in Every Ward"\n\n'
    'Vance-Adeyemi, the youngest on the stage, waved a library card. "I still use this '
    'one every week."\n\n'
    'Councillor Imelda van Rijn Says "The Roads Come First"\n\n'
    'Van Rijn leaned on twelve years of council work. "Ask anyone on Mill Street."'
)


def test_a_known_surname_opening_the_sentence_before_a_quote_is_the_speaker() -> None:
    assert quotes(_EXCERPTS)[1::2] == [
        ("I still use this one every week.", "Horatio Vance-Adeyemi"),
        ("Ask anyone on Mill Street.", "Imelda van Rijn"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        'Oduya leaned on the lectern. "Nobody reads the minutes."',  # a surname never named
        'Vance-Adeyemi was heckled from the floor. "Nobody reads the minutes."',  # acted on
    ],
)
def test_a_surname_sentence_that_is_not_the_speakers_credits_no_one(second: str) -> None:
    text = 'Candidate Horatio Vance-Adeyemi Promises "A Library in Every Ward"\n\n' + second
    assert quotes(text)[-1] == ("Nobody reads the minutes.", None)


def test_a_known_surname_subject_keeps_the_quote_when_the_sentence_names_another() -> None:
    # Merged with the prose rules (intro_subject, x16f): the subject already cited acts,
    # the other name is only acted towards; the subject speaks, as a reader takes it.
    text = (
        'Candidate Horatio Vance-Adeyemi Promises "A Library in Every Ward"\n\n'
        'Vance-Adeyemi leaned towards Marlowe. "Nobody reads the minutes."'
    )
    assert quotes(text)[-1] == ("Nobody reads the minutes.", "Horatio Vance-Adeyemi")


# 8. An unnamed caller who gives a name is that person.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Another caller, a porter who gave his name only as Benedikt, said the lifts "
            'had been broken since June. "I carry the trolleys up the stairs."',
            "Benedikt",
        ),
        (
            "A cyclist identified only as Marisol told the phone-in she had been knocked off "
            'twice. "Nobody paints the lines again."',
            "Marisol",
        ),
    ],
)
def test_an_unnamed_source_who_gives_a_name_is_that_person(text: str, want: str) -> None:
    assert [who for _q, who in quotes(text)] == [want]
    assert want in sources(text)


def test_a_name_given_outside_the_subject_is_not_the_speaker() -> None:
    # the name is the object of the reported clause, not a name the caller gave
    text = (
        "Another caller said the warden gave his name only as Officer Pym and left. "
        '"He never even looked at the ticket machine."'
    )
    assert "Pym" not in " ".join(who or "" for _q, who in quotes(text))


def test_an_interview_with_a_president_is_no_record() -> None:
    # "The President:" is no chamber's office: the interviewer's questions stay hers
    text = (
        "Ten minutes with the president of the Verland rowing federation.\n\n"
        "Ilse Marrow: Why did you cancel the regatta?\n\n"
        "The President: Because the river flooded the boathouse.\n\n"
        "Ilse Marrow: Will it run next year?\n\n"
        "The President: Yes, in June."
    )
    assert all(who != "Ilse Marrow" for _q, who in quotes(text))
