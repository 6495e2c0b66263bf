"""Speakers, fourteenth pass (branch x16t; issue 16): the wrong person (who holds the
floor), from round 15's fitted misses. Each construction is tried on invented sentences of
several registers (US wire, UK broadsheet, other outlets), with precision cases beside
them. No fixture text."""

from __future__ import annotations

import pytest

from claimdesk.extract.attribution import fwd_subject, tokenize
from tests.support.speech_cases import quotes


def _speaker(text: str, start: str) -> str | None:
    return next(s for q, s in quotes(text) if q.startswith(start))


# 1. "the judge" / "the Chief Minister" after the title was written before the name
# ("Lady Justice X", "Chief Minister X"): that one person, never a source "judge" nor a
# person whose surname is "Minister" (title_holder.py).
@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        (
            "Mark Tell, 52, had denied the charges, but Lady Justice Amara Wendo Kiprop found "
            'the case proved.\n\n"The accused sold his office," Justice Kiprop said.\n\n'
            'Defence lawyer Paul Otieno asked for mercy. "My client has lost everything," '
            "Mr Otieno said.\n\n"
            'The judge said she had weighed the plea. "Public trust carries a heavier duty," '
            "she said.",
            "Public trust",
            "Amara Wendo Kiprop",
        ),
        (
            "Gary Pell, 39, was convicted after Mr Justice Alan Brigstock directed the jury."
            '\n\n"This was a cynical fraud," Mr Justice Brigstock said.\n\n'
            'Prosecutor Jane Whitcombe said the sums were large. "It ran for years," Ms '
            "Whitcombe said.\n\n"
            'The judge said he would pass sentence next week. "Custody is inevitable," he said.',
            "Custody",
            "Alan Brigstock",
        ),
        (
            "Chief Minister Arjun Reddy said relief would come within two weeks.\n\n"
            '"Every family will receive the amount," Mr Reddy said.\n\n'
            "Asked by a reporter why payments had not arrived, the Chief Minister blamed "
            'verification. "That takes time," he said.\n\n'
            "Revenue Minister Meenakshi Iyengar said collectors had been told to clear files.",
            "That takes time",
            "Arjun Reddy",
        ),
        (
            "Prime Minister Helena Marsh faced questions in the Commons. Tory leader Ben Cole "
            'said she had failed. "She has failed," Mr Cole said.\n\n'
            'The Prime Minister hit back. "He has no plan," she said.',
            "He has no plan",
            "Helena Marsh",
        ),
        (
            "Premier Dougal Fraine announced the rebate in Halifax. Opposition critic Nell Ayo "
            'called it a stunt. "It is a stunt," Ayo said.\n\n'
            'The Premier shrugged. "People will judge," he said.',
            "People will judge",
            "Dougal Fraine",
        ),
    ],
)
def test_the_title_is_the_one_titled_so(text: str, start: str, want: str) -> None:
    assert _speaker(text, start) == want


# A longer title ("Deputy Chief Minister") is someone else: no surname "Minister".
def test_a_longer_title_is_someone_else() -> None:
    text = (
        'Deputy Chief Minister Lata Rao opened the session. "We begin today," Ms Rao said.\n\n'
        'Reporters waited. The Chief Minister arrived late. "Not now," she said.'
    )
    assert _speaker(text, "Not now") != "Minister Lata"


# 2. "A reporter asked whether ... '...,' he said": the one asked answers, never the
# unnamed asker (reported_asker.py).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Chief Minister Arjun Reddy took questions at the Secretariat. "Relief is coming," '
            "Mr Reddy said.\n\n"
            "Another reporter asked whether the government would seek more funds. "
            '"We have written twice," he said.',
            "Arjun Reddy",
        ),
        (
            'Mayor Dana Whitfield held a news conference on Tuesday. "The budget is balanced," '
            'Whitfield said.\n\nA reporter asked whether she would raise taxes. "Not this '
            'year," she said.',
            "Dana Whitfield",
        ),
        (
            "The Prime Minister, Helena Marsh, spoke to the press in Downing Street. "
            '"We are on track," Ms Marsh said.\n\n'
            'One journalist asked if she would resign. "Absolutely not," she said.',
            "Helena Marsh",
        ),
        (
            'Senator Tom Ridley met reporters outside the chamber. "The bill is dead," Ridley '
            'said.\n\nA radio host asked why he had changed his mind. "Because the facts '
            'changed," he said.',
            "Tom Ridley",
        ),
    ],
)
def test_the_one_asked_answers(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


# The last voice before is of the other gender: no one rather than the asker or a guess.
def test_no_fitting_voice_is_no_one() -> None:
    text = (
        'Finance Minister Kwame Asante briefed the media. "Inflation is falling," Mr Asante '
        'said.\n\nA reporter asked whether she agreed. "I do not," she said.'
    )
    assert quotes(text)[-1][1] is None


# 3. A past tense right after a name ends the name: "Danladi thanked voters" opens with
# Danladi, not a description "Danladi thanked voters" (past_verbs.py), so "he said" after
# it is Danladi, never the last one quoted.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Musa Danladi was declared winner of the governorship election.\n\n"
            "The returning officer, Chinwe Eze, said the count had been peaceful. "
            '"The winner is declared," Eze said.\n\n'
            "Danladi thanked voters and reached out to his rivals. "
            '"This victory belongs to everyone," he said.',
            "Musa Danladi",
        ),
        (
            "Gov.-elect Ellen Ward won by nine points on Tuesday. The county clerk, Jo Pike, "
            'certified the tally. "Every ballot was counted," Pike said.\n\n'
            'Ward thanked supporters at a downtown hotel. "We did this together," she said.',
            "Ellen Ward",
        ),
        (
            "Keir Lomas toured the valley on Friday. The NFU's regional chair, Sam Hurst, "
            'gave him a tour. "The margins are gone," Hurst said.\n\n'
            'Lomas thanked farmers for their time. "I have heard you today," he said.',
            "Keir Lomas",
        ),
        (
            "Priya Nair toured flood-hit villages on Sunday. Collector R. Subramanian briefed "
            'her on the relief effort. "Boats reached every hamlet," Subramanian said.\n\n'
            'Nair met families at a relief camp. "No one will be left behind," she said.',
            "Priya Nair",
        ),
    ],
)
def test_a_past_tense_ends_the_name(text: str, want: str) -> None:
    assert (quotes(text)[-1][1] or "").endswith(want)


# A participle used as an adjective stays in the description.
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("the U.S. armed forces said", ["U.S.", "armed", "forces"]),
        ("a U.S. official said", ["U.S.", "official"]),
        ("London based analysts said", ["London", "based", "analysts"]),
    ],
)
def test_an_adjectival_participle_stays(sentence: str, words: list[str]) -> None:
    toks = tokenize(sentence, 0, len(sentence))
    np = fwd_subject(toks, 0, sentence, appositive=True)
    assert np is not None and np.words == words


# 4. "Their daughter, Jasmine, works in a bank": a couple's child brought in by first
# name is who "she" is next, as "Her daughter, ..." was (kin_subject.py), not the mother
# quoted before.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'His wife, Mdm Tan Bee Lian, runs the toast side. "His knees are finished," she '
            "says.\n\nTheir daughter, Serene, works in a bank and helps on weekends. She "
            'says she was never tempted to take over. "I grew up in this stall," she says.',
            "Serene",
        ),
        (
            'The senator\'s wife, Ann Brody, sat in the front row. "He is tired," she said.\n\n'
            'Their daughter, Kate, flew in from Denver for the vote. "I am proud of him," she '
            "said.",
            "Kate",
        ),
        (
            'Mrs Helen Carr runs the campaign office. "We need volunteers," she said.\n\n'
            "The couple's daughter, Joan, handles the phones. "
            '"The calls never stop," she said.',
            "Joan",
        ),
        (
            'Sunita Rao, a councillor, spoke first. "We were ignored," she said. Her husband, '
            'Vikram Rao, agreed. "Nobody came," he said.\n\n'
            'Their son, Arjun, 19, missed his exams. "I lost a year," he said.',
            "Arjun",
        ),
    ],
)
def test_their_child_by_first_name(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


# The relative does not fit the pronoun: the rule stays out ("Their daughter" is no "he").
def test_their_child_of_the_other_gender_is_not_he() -> None:
    text = (
        'Farmer Tom Grady met the minister. "We need rain," Grady said.\n\n'
        'Their daughter, Kate, drove the tractor. "It is the worst year," he said.'
    )
    assert quotes(text)[-1][1] != "Kate"


# 5. "one regular says", "one local said": a person named by what they are to a place
# (an adjective used as a noun) is an unnamed source, never the last person named
# (lexicon.ANON_HEADS).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Mayor Jo Dunn cut the ribbon. "It is a great day," Dunn said.\n\n'
            '"Where else can I go?" one regular says, shaking his head.',
            "one regular",
        ),
        (
            'Councillor Ruth Pell backed the plan. "It is overdue," Ms Pell said.\n\n'
            '"We were never asked," one local said.',
            "one local",
        ),
        (
            'Transport Secretary Ian Moss defended the timetable. "It works," Mr Moss said.\n\n'
            '"It is chaos every morning," another regular told reporters.',
            "another regular",
        ),
        (
            'The owner, Ah Seng, shut the shutters at noon. "Enough," he said.\n\n'
            '"The food was the best in the estate," a regular at the stall said.',
            "a regular at the stall",
        ),
    ],
)
def test_a_regular_is_an_unnamed_source(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want
