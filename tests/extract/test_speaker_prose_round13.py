"""Speakers, fourteenth pass (branch x16q; issue 16): quotations a reader credits at once
but the extractor left without a speaker, in prose: an office holder's gesture before a
bare quotation, a feature's present tense ("That is how X explains ...", "he says"), a
relative brought in with an age. Each construction is tried on invented sentences of its
own, in several registers, with the precision cases beside them (a wrong speaker is worse
than none). No fixture text is used here: these are new, about invented people."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import quotes


# 1. A gesture by an office, then a bare quotation: the office's one holder.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "President Teodora Virkkunen of Ostmark said on Monday that the gas link was "
            '"a matter of months, not years."\n\n'
            "Asked about the demonstrators outside, the president smiled. "
            '"In Ostmark they would have needed a permit. Here they have a microphone."',
            "Teodora Virkkunen",
        ),
        (
            "Sen. Amadou Kerrigan-Vale, the senator for the northern district, said the "
            'bill was "dead on arrival."\n\n'
            "Pressed on whether he would filibuster, the senator shrugged. "
            '"I have comfortable shoes."',
            "Amadou Kerrigan-Vale",
        ),
        (
            "The finance minister, Rosalind Achterberg-Nunes, presented the budget. "
            '"It balances," Achterberg-Nunes said.\n\n'
            "Asked whether taxes would rise next year, the finance minister shrugged. "
            '"Ask me after the election."',
            "Rosalind Achterberg-Nunes",
        ),
        (
            "WESTBRIDGE — Obafemi Adeyemi, a retired schoolteacher who had never run for "
            "anything, was elected mayor of Westbridge on Tuesday night.\n\n"
            '"This town voted for its libraries," Adeyemi told supporters.\n\n'
            "Asked what he would do on his first day, the mayor-elect laughed. "
            '"Find the keys to the office."',
            "Obafemi Adeyemi",
        ),
        (
            "Priya Castellanos-Ode, the governor-elect, spent the morning at a diner. "
            '"The coffee here is the best in the state," Castellanos-Ode said.\n\n'
            "Asked about the budget gap, the governor-elect grinned. "
            '"Ask me in January."',
            "Priya Castellanos-Ode",
        ),
    ],
)
def test_an_office_gestures_before_a_bare_quote(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


@pytest.mark.parametrize(
    "text",
    [
        # two senators named beside the role: unsure which one
        "Sen. Ada Morrow, the senator for the east, and Sen. Bo Lindahl, the senator for "
        'the west, both spoke. "We agree," Morrow said. "We do," Lindahl said.\n\n'
        'Asked about the vote, the senator shrugged. "Maybe on Tuesday."',
        # several people laughing: no one
        '"The count is slow," said Rhian Osei, the mayor.\n\n'
        'When the lights failed, the councillors laughed. "Typical of this place."',
        # an office nobody in the article holds
        '"We will open at nine," said Ilse Brandvold, the curator.\n\n'
        'Asked about the roof, the treasurer smiled. "It is on the list."',
    ],
)
def test_an_office_without_one_holder_is_no_one(text: str) -> None:
    assert quotes(text)[-1][1] is None


# 2. A feature's present tense: "That is how X, 79, explains why ..." credits the quotation
# before it; an age is no role.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The forge has stood by the canal since 1820.\n\n"
            '"Iron forgives you once. Never twice."\n\n'
            "That is how Wilfred Anstruther-Bligh, 83, explains why he still checks every "
            "weld himself.",
            "Wilfred Anstruther-Bligh",
        ),
        (
            "The committee met for the last time on Friday.\n\n"
            '"We were the brakes on a car with no engine."\n\n'
            "That is how Ngozi Farraday-Lund puts it, looking back on six years of audits.",
            "Ngozi Farraday-Lund",
        ),
        (
            "The party's old guard is not impressed.\n\n"
            '"They are running a campaign for the cameras, not for the county."\n\n'
            "That is how Councillor Hamish Oyelaran sees it.",
            "Hamish Oyelaran",
        ),
        (
            "The strike ended on the ninth day.\n\n"
            '"Nobody won. We just stopped losing."\n\n'
            "That was how Maud Kettering, a shop steward at the depot, explained the vote.",
            "Maud Kettering",
        ),
    ],
)
def test_that_is_how_x_explains_it(text: str, want: str) -> None:
    got = quotes(text)
    assert got[0][1] == want


def test_an_age_is_no_role() -> None:
    from claimdesk.extract.speech import analyse_text

    text = (
        '"Iron forgives you once. Never twice."\n\n'
        "That is how Wilfred Anstruther-Bligh, 83, explains why he still checks every weld."
    )
    speech, _ = analyse_text(text)
    assert [q.speaker for q in speech.quotes] == ["Wilfred Anstruther-Bligh"]
    (src,) = speech.sources
    assert "83" not in (src.role or "")


# 3. A relative brought in by first name with an age, or before a quotation of several
# sentences, then "he says"/"she says": the relative, not the profile's subject.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"I started at fifteen," Halvard Brennan says of the boatyard.\n\n'
            "His son, Torin, 24, came back from the city last spring. "
            '"Everyone said I was mad. Maybe I am," he says.',
            "Torin",
        ),
        (
            '"The shop is my life," says Agathe Mwangi-Roux, who opened it in 1979.\n\n'
            "Her daughter, Lise, was twelve when the flood came. "
            '"We slept upstairs for a week. Mum sold bread from the window," she says.',
            "Lise",
        ),
        (
            '"Politics is a long game," Senator Ruairi Castellane said at the dinner.\n\n'
            "His wife, Margarethe, 61, has run every one of his campaigns. "
            '"He hates fundraising. He loves the door-knocking," she said.',
            "Margarethe",
        ),
        (
            '"I keep the ledger," Wenona Achebe-Ross says.\n\n'
            "Her brother, Caspian, 58, does the deliveries. "
            '"She counts. I drive. It works," he says. "Mostly."',
            "Caspian",
        ),
    ],
)
def test_a_relative_then_a_pronoun(text: str, want: str) -> None:
    got = quotes(text)
    assert got[1][1] == want


def test_a_relative_of_the_other_gender_is_not_the_pronoun() -> None:
    text = (
        '"I started at fifteen," Halvard Brennan says of the boatyard.\n\n'
        "His daughter, Ines, 24, came back from the city last spring. "
        '"Nobody builds them like this now. Nobody," he says.'
    )
    assert quotes(text)[1][1] != "Ines"


# 4. Scare quotes of several words in analysis copy: the writer's own article outside the
# marks, no attribution in the sentence. Quoted claims stay quotations.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            'Every spring the assembly rediscovers the "grand bargain", and every spring '
            "it settles for less.",
            "grand bargain",
        ),
        (
            'The majority leader again threatened the "nuclear option" before backing down.',
            "nuclear option",
        ),
        (
            'The self-described "adults in the room" will say the government stays open.',
            "adults in the room",
        ),
        (
            'Each budget now arrives as a "continuing resolution" dressed up as reform.',
            "continuing resolution",
        ),
        (
            'Ministers spent the summer selling an "opportunity economy" nobody could define.',
            "opportunity economy",
        ),
    ],
)
def test_a_stock_phrase_in_marks_is_no_quote(text: str, term: str) -> None:
    assert term not in [q for q, _s in quotes(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # an attribution in the sentence: a quoted fragment of what someone said
        (
            'Sen. Ada Morrow said the deal was the "worst budget in a generation."',
            "worst budget in a generation.",
        ),
        # a promise is someone's words
        (
            'A statement from the governor promised a "smooth and orderly handover" to '
            "the new administration.",
            "smooth and orderly handover",
        ),
        # punctuation inside the marks: a sentence, not a phrase
        (
            'The sponsor described the deal as "a truce, not a treaty."',
            "a truce, not a treaty.",
        ),
    ],
)
def test_a_quoted_claim_stays_a_quote(text: str, quoted: str) -> None:
    assert quoted in [q for q, _s in quotes(text)]


def test_a_nickname_after_call_is_no_quote() -> None:
    text = 'Varga, whom colleagues call "the Broker" for her years of deal-making, left early.'
    assert quotes(text) == []


# 5. "X's team plans more. '...,' she said": a team, a lab, a campaign is never "she";
# the owner is. A person owned ("X's daughter") may be the "she" herself: no rule.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"The ice is thinner than any model said," said Dr Ingrid Solvang-Ahmed, who '
            "led the survey.\n\n"
            "Other glaciologists were more cautious. Prof. Aled Brannigan called the "
            'results "preliminary."\n\n'
            "Solvang-Ahmed's team returns to the shelf in March. \"We will drill this "
            'time," she said.',
            "Ingrid Solvang-Ahmed",
        ),
        (
            '"We are not done," Sen. Corentin Mabuza said of the bill.\n\n'
            "Critics, including Rep. Dolores Vantongeren, said the cost was too high.\n\n"
            'Mabuza\'s office plans a second vote next week. "We have the numbers now," he '
            "said.",
            "Corentin Mabuza",
        ),
    ],
)
def test_the_owner_of_a_thing_is_the_pronoun(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_an_owned_person_is_not_the_owner() -> None:
    text = (
        '"We are not done," Sen. Corentin Mabuza said of the bill.\n\n'
        "Critics, including Rep. Dolores Vantongeren, said the cost was too high.\n\n"
        "Mabuza's daughter plans to run for the seat herself. "
        '"Someone in this family should win an argument," she said.'
    )
    assert quotes(text)[-1][1] != "Corentin Mabuza"


# 6. "Consider what X, role, said ...: '...'": the speaker of a "what" clause with an
# appositive (a party label, a role) before the colon.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "But consider what Sen. Ada Morrow, D-Ore., said when the talks began: "
            '"If we patch this again, we teach every agency to wait."',
            "Ada Morrow",
        ),
        (
            "Recall what Gov. Halvard Eikeland, R-Idaho, promised in his first campaign: "
            '"No new taxes. Not one."',
            "Halvard Eikeland",
        ),
        (
            "It is worth recalling what Rep. Ines Duarte-Hale, R-Texas, said in 2022: "
            '"A shutdown is a tax on the people who can least afford it."',
            "Ines Duarte-Hale",
        ),
    ],
)
def test_what_x_with_an_appositive_said(text: str, want: str) -> None:
    assert quotes(text) == [(quotes(text)[0][0], want)]


# 7. A chant is said, not a title: 'a chant of "Mag-da-le-na!"' stays a quotation (no
# speaker: a crowd), while 'the book of "Common Prayer"' stays a title.
@pytest.mark.parametrize(
    ("text", "chant"),
    [
        (
            'When she came out, supporters broke into a chant of "Vuk-o-vic! Vuk-o-vic!"',
            "Vuk-o-vic! Vuk-o-vic!",
        ),
        ('The chamber rang with cries of "Shame! Shame!" as the vote was read.', "Shame! Shame!"),
        (
            'Outside, the crowd answered with a chorus of "Not Our Mayor" until midnight.',
            "Not Our Mayor",
        ),
    ],
)
def test_a_chant_stays_a_quote(text: str, chant: str) -> None:
    assert quotes(text) == [(chant, None)]


# 8. A profile: "X, 58, is the last ... . She took over ..." then a bare quotation
# paragraph; or a paragraph ending "She puts down the pipe." before one. The person the
# piece is about, when nobody else cited is known by that pronoun.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The last ropemaker\n\n"
            "At dawn the walk in Ottilie Brannagh-Sefu's ropeworks is already humming.\n\n"
            '"Hemp remembers every mistake," she says, twisting a strand.\n\n'
            "Brannagh-Sefu, 61, is the last ropemaker on a quay that once had twelve. She "
            "took over the walk when her uncle retired.\n\n"
            '"He never asked me. He just left the gloves on the hook."',
            "Ottilie Brannagh-Sefu",
        ),
        (
            "The senator's long goodbye\n\n"
            "In Senator Marguerite Olayinka-Hart's office the boxes are half packed.\n\n"
            '"Thirty years is enough for anyone," she says.\n\n'
            "Her chief of staff, Ben Trask, has already found another job. "
            '"She trained half the people in this building," he says.\n\n'
            "Will she miss it? She looks out of the window for a long time.\n\n"
            '"The votes, no. The people, yes. Some of them."',
            "Marguerite Olayinka-Hart",
        ),
        (
            "The night baker\n\n"
            "Konstantin Ilves-Mbatha lights the bakery ovens at two in the morning.\n\n"
            '"Bread does not wait for anybody," he says.\n\n'
            "Ilves-Mbatha, 47, bought the bakery in 2009. He has not had a full night's "
            "sleep since.\n\n"
            '"My wife says I talk to the dough. I do. It listens better than customers."',
            "Konstantin Ilves-Mbatha",
        ),
    ],
)
def test_a_profile_quote_after_a_paragraph_about_its_subject(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_two_people_of_the_pronoun_is_no_one() -> None:
    text = (
        "The senator's long goodbye\n\n"
        "In Senator Marguerite Olayinka-Hart's office the boxes are half packed.\n\n"
        '"Thirty years is enough for anyone," she says.\n\n'
        "Her chief of staff, Bernadette Trask, has already found another job. "
        '"She trained half the people in this building," she says.\n\n'
        "Will she miss it? She looks out of the window for a long time.\n\n"
        '"The votes, no. The people, yes. Some of them."'
    )
    assert quotes(text)[-1][1] is None


# 9. A profile's present tense: "The ropemaker smiles when this is put to her. '...'":
# the one cited person the article said "is the ... ropemaker".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"Hemp remembers every mistake," Ottilie Brannagh-Sefu says.\n\n'
            "Brannagh-Sefu, 61, is the last ropemaker on a quay that once had twelve.\n\n"
            "Her apprentice, Jonah Pike, says she never raises her voice. "
            '"She just looks at the rope," he says.\n\n'
            "The ropemaker smiles when this is put to her. "
            '"Looking is louder than shouting."',
            "Ottilie Brannagh-Sefu",
        ),
        (
            '"Nobody wanted the job," Sen. Dariusz Okoye-Lind said in an interview.\n\n'
            "Okoye-Lind, 70, is the longest-serving whip in the chamber's history.\n\n"
            "A younger colleague, Rep. Tamsin Greaves, called him "
            '"the last of the arm-twisters."\n\n'
            "The whip smiles when this is read to him. "
            '"I never twisted an arm. I held a lot of hands."',
            "Dariusz Okoye-Lind",
        ),
    ],
)
def test_a_role_laughs_when_told(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_a_role_of_the_other_gender_is_no_one() -> None:
    text = (
        '"Nobody wanted the job," Sen. Dariusz Okoye-Lind said in an interview.\n\n'
        "Okoye-Lind, 70, is the longest-serving whip in the chamber's history. "
        '"I count votes," he said.\n\n'
        "The whip smiles when this is read to her. "
        '"I never twisted an arm. I held a lot of hands."'
    )
    assert quotes(text)[-1][1] is None


# 10. "X was asked about/whether ... . '...'": the answer of the one person asked.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At a town hall in Marlow on Monday, Rep. Ines Duarte-Hale was asked about the "
            'shutdown. "Nobody wins a shutdown. Nobody."',
            "Ines Duarte-Hale",
        ),
        (
            "Sen. Bohdan Achterberg spoke for an hour on the floor. Achterberg was later "
            'asked whether he would back the compromise. "I will read it first, like '
            'everyone should."',
            "Bohdan Achterberg",
        ),
        (
            "Leaving the cabinet meeting, Home Secretary Priya Okonjo-Vance was asked why "
            'the review had been delayed. "It has not been delayed. It has been done '
            'properly."',
            "Priya Okonjo-Vance",
        ),
    ],
)
def test_a_question_put_then_the_answer(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_several_people_asked_is_no_one() -> None:
    text = (
        "Sen. Bohdan Achterberg and Sen. Ada Morrow were asked about the bill. "
        '"We have not read it yet."'
    )
    assert quotes(text)[-1][1] is None


# 11. "Her priorities for the ward: '...'": a possessive frame naming who the words are
# for is the pronoun's person.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sen. Adaeze Morrow-Kell toured the flooded farms on Friday. Her message to the "
            'growers: "Keep your receipts. Help is coming."',
            "Adaeze Morrow-Kell",
        ),
        (
            "Gov. Tomas Reyes-Okafor arrived late to the rally, on foot. His priorities for "
            'a second term: "Schools, roads and the water bill. In that order."',
            "Tomas Reyes-Okafor",
        ),
        (
            "Prime Minister Halima Oduya-Brandt closed the conference after midnight. Her "
            'parting line to the delegates: "Go home, knock on doors, and bring me a '
            'majority."',
            "Halima Oduya-Brandt",
        ),
    ],
)
def test_a_possessive_frame_for_someone(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_a_possessive_frame_of_the_other_gender_is_no_one() -> None:
    text = (
        '"We walked," Gov. Tomas Reyes-Okafor said, arriving late to the rally, and he '
        'laughed. "It is good for the knees," he said. Her message to the growers: '
        '"Keep your receipts. Help is coming."'
    )
    assert quotes(text)[-1][1] != "Tomas Reyes-Okafor"


# 12. A new paragraph opening on "she"/"he" with a gesture or "was asked": the one person
# the piece knows by that pronoun; two of them, no one.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"If everybody likes it, I have made a postcard," said the director, Ilse '
            'Marchetti-Obi, at the premiere. "I wanted to make a letter," she said.\n\n'
            "Critics were divided. One of them, Rolf Banner, called it slow, and he "
            'added: "Too slow by half."\n\n'
            'Asked what comes next, she smiled. "A comedy. Nobody believes me."',
            "Ilse Marchetti-Obi",
        ),
        (
            '"Who signed the contract?" Rep. Colm Ashdown asked.\n\n'
            "Administrator Vibeke Rasmussen-Lowe looked at her notes. "
            '"I would have to check," she said.\n\n'
            '"You would have to check?" he said.\n\n'
            'She paused. "My agency did."',
            "Vibeke Rasmussen-Lowe",
        ),
        (
            '"We are ready," Gov. Idris Mancini-Roe said on the steps of the capitol. '
            '"We were ready last year," he said.\n\n'
            "Lawmakers return on Tuesday.\n\n"
            'Later he was asked whether he would sign the bill. "If it reaches my desk '
            'intact, yes."',
            "Idris Mancini-Roe",
        ),
    ],
)
def test_a_pronoun_gesture_opening_a_paragraph(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_two_people_of_that_pronoun_is_no_one() -> None:
    text = (
        '"If everybody likes it, I have made a postcard," said the director, Ilse '
        'Marchetti-Obi. "I wanted to make a letter," she said.\n\n'
        '"It is far too long," said the critic Rosa Banner, who walked out. "Far," she '
        "said.\n\n"
        'Asked what comes next, she smiled. "A comedy. Nobody believes me."'
    )
    assert quotes(text)[-1][1] is None


# 13. A fragment in reported speech whose naming verb lost its object to a relative
# clause: 'the talks, which X described as "..."'. A passive stays no one's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'The talks, which Sen. Adaeze Morrow-Kell described as "brutal but honest," '
            "ended at dawn.",
            "Adaeze Morrow-Kell",
        ),
        (
            "The bill cleared the committee after a late deal Rep. Tomas Reyes-Okafor "
            'characterised as "a truce, not a treaty."',
            "Tomas Reyes-Okafor",
        ),
        (
            "It was a budget that the finance minister, Halima Oduya-Brandt, once "
            'dismissed as "a wish list with a calculator."',
            "Halima Oduya-Brandt",
        ),
    ],
)
def test_described_as_in_a_relative_clause(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_a_passive_described_as_is_no_one() -> None:
    text = 'The plan, which was described as "a wish list with a calculator," failed.'
    assert quotes(text)[-1][1] is None


# 14. "in the words of X", "as X put it", "to quote X", "in X's own words": the words
# are X's; a song or a saying is no one.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'The deal is, in the words of Sen. Adaeze Morrow-Kell, "a truce, not a treaty."',
            "Adaeze Morrow-Kell",
        ),
        (
            "The coalition survived the night, but only just, or, as Deputy Prime Minister "
            'Joost Verhagen-Lind put it, "by the length of a fingernail."',
            "Joost Verhagen-Lind",
        ),
        (
            "To quote the party's own treasurer, Rita Amsel-Boateng, the accounts are "
            '"fully audited and dull as ditchwater."',
            "Rita Amsel-Boateng",
        ),
        (
            "Pensions are now, in Gov. Idris Mancini-Roe's own words, "
            '"on the table, like everything else."',
            "Idris Mancini-Roe",
        ),
    ],
)
def test_in_the_words_of(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


@pytest.mark.parametrize(
    "text",
    [
        'In the words of the old song, it is "a long way to the harbour."',
        'As the saying goes, the deal is "a truce, not a treaty."',
    ],
)
def test_a_song_or_a_saying_is_no_one(text: str) -> None:
    assert quotes(text)[-1][1] is None


# 15. "X did something and told reporters ...": the subject is X, never "X met the
# governor" (a wrong name the noun-phrase reader built from the first clause).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sen. Adaeze Morrow-Kell met the governor on Friday and told reporters the bill "
            'was "dead on arrival."',
            "Adaeze Morrow-Kell",
        ),
        (
            "Gov. Idris Mancini-Roe left office in 2019 and said the state was "
            '"in better hands than I found it."',
            "Idris Mancini-Roe",
        ),
        (
            "Deputy Halima Oduya-Brandt left the chamber early and told the waiting "
            'cameras that the vote had been "a stitch-up from start to finish."',
            "Halima Oduya-Brandt",
        ),
    ],
)
def test_a_coordinated_clause_keeps_its_subject(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Brennia\'s central bank raised its main rate and said inflation was "still too high."',
            "Brennia's central bank",
        ),
        (
            "Kessarian state television reported heavy fighting and said the pass was "
            '"fully secured."',
            "Kessarian state television",
        ),
    ],
)
def test_a_noun_phrase_with_a_name_in_it_stays_whole(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


# 16. "X had the last word: '...'", "X had one last line:": the noun is the quotation.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The moderator, Gwilym Ashcroft-Nnadi, had the last word: "
            '"Thank you all. Please vote, whoever you vote for."',
            "Gwilym Ashcroft-Nnadi",
        ),
        (
            'The ministry\'s answer was brief: "The loan can end with notice." '
            'Sen. Ottoline Brackwater had one last line: "I have asked to keep the box."',
            "Ottoline Brackwater",
        ),
        (
            'Speaker Ruairi Castellane-Obi had the final say: "The House will come to '
            'order, or the House will go home."',
            "Ruairi Castellane-Obi",
        ),
    ],
)
def test_had_the_last_word(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


# 17. ", shouting '...'", ", vowing '...'": a participle of speech after a comma is the
# main clause's subject's, as ", saying" is.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sen. Adaeze Morrow-Kell stormed out of the chamber, shouting "
            '"This is a disgrace to every one of us."',
            "Adaeze Morrow-Kell",
        ),
        (
            "Gov. Idris Mancini-Roe signed the order at dawn, vowing "
            '"not one more winter without heat."',
            "Idris Mancini-Roe",
        ),
        (
            "Halima Oduya-Brandt climbed onto a chair in the count hall, yelling "
            '"the voters are never wrong, only early."',
            "Halima Oduya-Brandt",
        ),
    ],
)
def test_a_participle_of_speech_after_a_comma(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


def test_five_words_after_an_article_stay_a_quote() -> None:
    text = 'It was, by any measure, a "bad night for the party" in the suburbs.'
    assert quotes(text) == [("bad night for the party", None)]


# 18. "The whip laughs when this is read to him. '...'": "laughs" makes an attribution of
# its own, whose subject "the whip" is the one cited person the article said "is the ...
# whip" (office_gesture.office_holder), never a source "whip".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"Nobody wanted the job," Sen. Dariusz Okoye-Lind said in an interview.\n\n'
            "Okoye-Lind, 70, is the longest-serving whip in the chamber's history.\n\n"
            "The whip laughs when this is read to him. "
            '"I never twisted an arm. I held a lot of hands."',
            "Dariusz Okoye-Lind",
        ),
        (
            '"The water is never the same twice," Ingrid Solvang-Ahmed says.\n\n'
            "Solvang-Ahmed, 64, is the last ferry skipper on a route that once had six "
            "boats.\n\n"
            'The skipper laughs when this is put to her. "The engine is the only one who '
            'listens."',
            "Ingrid Solvang-Ahmed",
        ),
    ],
)
def test_a_role_that_laughs_is_its_holder(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want


# 19. A longer fronted phrase before the main clause of ", shouting '...'" / "and said":
# "With a small majority in the late count, X ..." (up to twelve words before the comma).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "With a small majority in the very late count, Sen. Adaeze Morrow-Kell climbed "
            'onto a table, shouting "We did it, and we did it honestly!"',
            "Adaeze Morrow-Kell",
        ),
        (
            "After nine hours of talks in the old finance ministry, Gov. Idris Mancini-Roe "
            'left the building and said the deal was "done, bar the shouting."',
            "Idris Mancini-Roe",
        ),
    ],
)
def test_a_long_fronted_phrase_before_the_clause(text: str, want: str) -> None:
    assert quotes(text)[-1][1] == want
