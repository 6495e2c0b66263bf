"""Quotes and dates, thirteenth pass (issue 16, x16k): what is not a quotation, what is,
and the dates a court report and a wire story point forward to.

- Not quotations: a name after a naming verb ('folders marked "Eyes Only"', 'a bus she
  called "the Ballot Box"'), a nickname inside a name of up to three words, a term the
  writer reports ('what it calls "quiet weeks"', 'the term "ballot fatigue"', 'calls its
  scheme a "ladder to the chamber"'), a Title-Case name after a determiner or "for"
  ('told the "Sunday Ledger" podcast'), a thing "known among staff as" a name, a new
  name after "rebranded as", a work named after "work" or "feature". A real short
  quotation stays one, also after a work's noun ('called the film "a sermon ..."').
- The words on a placard, banner or T-shirt are a quotation nobody says: kept with no
  speaker (one word too), and the shirt is never a source.
- Dates: "3 October last year" is one date in last year; "adjourned to/until", "bailed
  until" and "brought forward to" point forward; a called-off "planned for Saturday" is the
  coming Saturday unless that day was at most two days before publication; "hoped to"
  looks ahead; a verb after ", and" is another clause's; Independence Day and "before the
  Thanksgiving break" are dates.

Classes found on the round-10 blind set (tests/fixtures/round10_blind) and the same shapes
in rounds 4-9; every sentence here is invented, about invented people and places."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.extract.dates import find_dates
from claimdesk.extract.speech import analyse_text
from tests.support.speech_cases import quotes

# --- not quotations -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a naming verb right before a Title-Case name (an article inside the marks or not)
        'The minister\'s office kept a folder of memos marked "Eyes Only" in a safe.',
        'Senator Ruth Okoro toured the state in a bus she called "the Ballot Box".',
        'The campaign sold its app, branded "Vote Ready", to two other parties.',
        # a nickname of more than one word inside a name
        'The party\'s treasurer, Omar "Big Books" Lindqvist, resigned on Friday.',
        # a term the writer reports
        'The audit recommends what it calls "quiet weeks" before each budget vote.',
        'Election analysts use the term "ballot fatigue" for the drop in turnout.',
        'The governor calls her youth scheme a "ladder to the chamber" in every speech.',
        # a Title-Case name after a determiner or "for"
        'Mayor Ines Varga told the "Sunday Ledger" podcast that the plan was fair.',
        'Tickets for "The Speaker\'s Hours" sold out within a day.',
        # "known ... as" with words between
        'The cuts were known among the council\'s staff as "The Autumn Axe".',
        # a new name after "adapted ... as", "rebranded as"
        'The scheme was rebranded as "Fair Start Homes" before the election.',
        # a work named after "work" or "feature"
        'His best-known work, "The Long Ballot", was reprinted this year.',
    ],
)
def test_names_nicknames_and_coined_terms_are_not_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # lower case after a naming verb: the person's words
        (
            'Senator Ruth Okoro called the bill "a betrayal of renters" on Monday.',
            ("a betrayal of renters", "Ruth Okoro"),
        ),
        (
            'The premier, Hal Dunmore, dubbed the plan "a disaster" at the rally.',
            ("a disaster", "Hal Dunmore"),
        ),
        # a work's noun before a lower-case quotation: a verdict, not a title
        (
            'The critic Ada Voss called the film "a sermon in slow motion" on Friday.',
            ("a sermon in slow motion", "Ada Voss"),
        ),
        # a Title-Case quotation after a speech verb, not a determiner
        ('Mayor Oda Fenn said "Bring Umbrellas" at the opening.', ("Bring Umbrellas", "Oda Fenn")),
    ],
)
def test_short_quotes_after_naming_words_stay_quotes(text, want):
    assert quotes(text) == [want]


# --- the words on a thing -----------------------------------------------------------


def test_placards_are_quotes_with_no_speaker():
    text = (
        'Protesters outside the assembly carried placards reading "No Cuts to Care" and'
        ' "Hands Off Our Clinic".'
    )
    speech, _ = analyse_text(text)
    assert [(q.text, q.speaker) for q in speech.quotes] == [
        ("No Cuts to Care", None),
        ("Hands Off Our Clinic", None),
    ]
    assert speech.sources == []


def test_a_t_shirt_is_never_a_source():
    text = (
        'Retired nurse Dana Pryce, whose T-shirt read "Vote Yes Twice", said she had voted'
        ' twice before. "I have never seen queues like it."'
    )
    speech, _ = analyse_text(text)
    assert [(q.text, q.speaker) for q in speech.quotes] == [
        ("Vote Yes Twice", None),
        ("I have never seen queues like it.", "Dana Pryce"),
    ]
    assert [s.name for s in speech.sources] == ["Dana Pryce"]


def test_a_one_word_sign_is_a_quote():
    text = 'Posters reading "#VoteThemOut" appeared in shop windows on Sunday.'
    assert quotes(text) == [("#VoteThemOut", None)]


def test_a_banner_said_simply():
    text = 'A banner held by a group of nurses said simply "We Stay Open".'
    assert quotes(text) == [("We Stay Open", None)]


def test_a_person_speaking_beside_a_banner_keeps_the_quote():
    text = 'A banner hung behind the stage as Mayor Ines Varga said "We will not close it."'
    assert quotes(text) == [("We will not close it.", "Ines Varga")]


# --- dates ----------------------------------------------------------------------------

THURSDAY = dt.date(2026, 11, 26)
TUESDAY = dt.date(2026, 12, 8)


def dates(text: str, pub: dt.date = THURSDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.resolved) for d in find_dates(text, [(0, len(text))], pub)]


def test_a_day_then_last_year_is_one_date():
    text = "The aide was arrested on 5 September last year and is due in court again."
    assert dates(text) == [("5 September last year", "2025-09-05")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The hearing against the party was adjourned to 12 January.", "2027-01-12"),
        ("The senator's trial was adjourned until Friday.", "2026-11-27"),
        ("The treasurer was bailed until Friday.", "2026-11-27"),
        ("The vote had been brought forward to Tuesday to free the chamber.", "2026-12-01"),
    ],
)
def test_a_court_or_calendar_moving_a_date_points_forward(text, want):
    assert [r for _, r in dates(text)] == [want]


def test_delayed_until_keeps_the_past_tense():
    # "delayed until" may be over already: no forward reading
    assert dates("Flights were delayed until Tuesday.") == [("Tuesday", "2026-11-24")]


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        # written on a Tuesday: the coming Saturday, four days ahead, not three days back
        ("A rally planned for Saturday was cancelled because of the storm.", TUESDAY, "2026-12-12"),
        # two days back is still the past one (written on a Tuesday, Sunday)
        ("A hustings set for Sunday was postponed.", TUESDAY, "2026-12-06"),
    ],
)
def test_a_called_off_day_is_the_coming_one(text, pub, want):
    assert [r for _, r in dates(text, pub)] == [want]


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        # the tense of another clause (", and trimmed ...") is not the date's
        (
            "Vessel Lines said it would pay a dividend to holders of record on Oct. 30, and"
            " trimmed its fleet plan.",
            dt.date(2026, 10, 20),
            ("Oct. 30", "2026-10-30"),
        ),
        # an intention looks ahead whatever the tense of the hoping
        (
            "The mayor hoped to sign the harbour deal before Christmas Eve.",
            dt.date(2026, 10, 27),
            ("Christmas Eve", "2026-12-24"),
        ),
        (
            "The governor vowed to reopen the bridge by Aug. 30, aides said.",
            dt.date(2026, 8, 16),
            ("Aug. 30", "2026-08-30"),
        ),
    ],
)
def test_a_clause_after_and_an_intention_before(text, pub, want):
    assert want in dates(text, pub)


def test_a_past_clause_before_the_date_still_counts():
    # no comma and conjunction between: the verb after the date is the date's
    text = "The party held its conference on Oct. 3 and elected a new leader."
    assert dates(text, dt.date(2026, 10, 20)) == [("Oct. 3", "2026-10-03")]


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        # Independence Day (4 July, US) is a holiday like Veterans Day
        (
            "Turnout at the county fair fell over the Independence Day weekend.",
            dt.date(2026, 7, 22),
            [("Independence Day", "2026-07-04")],
        ),
        # a holiday's break after a word of time
        (
            "The Senate will vote on the bill before the Thanksgiving break.",
            dt.date(2026, 11, 17),
            [("Thanksgiving", "2026-11-26")],
        ),
        # no word of time before it: no cue to its year, no date
        ("Lawmakers left for the Christmas recess.", dt.date(2026, 11, 17), []),
    ],
)
def test_holidays_and_their_breaks(text, pub, want):
    assert dates(text, pub) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a quotation right after the sign's is somebody speaking again, credited after it
        (
            'Among the crowd was Rhea Lund, 58. Her T-shirt read "Nurses Not Numbers." "I am'
            ' asking for what we were promised," Lund said.',
            [
                ("Nurses Not Numbers.", None),
                ("I am asking for what we were promised,", "Rhea Lund"),
            ],
        ),
        # ... or the same speaker going on after a sign seen mid-sentence
        (
            'A farmer, Otto Brandt, said he was undecided. "I am not switching," Brandt said,'
            ' adjusting a cap that read "Grain First." "I am listening."',
            [
                ("I am not switching,", "Otto Brandt"),
                ("Grain First.", None),
                ("I am listening.", "Otto Brandt"),
            ],
        ),
    ],
)
def test_a_quotation_right_after_a_sign_is_speech_again(text, want):
    assert quotes(text) == want
