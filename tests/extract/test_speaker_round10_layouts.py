"""Speakers, eleventh pass (issue 16, round 10): transcript layouts the ninth pass missed
(labels in capitals, a committee record's "CHAIR (Councillor Name):" headers, an
interview whose questions stand alone with no labels), each with its precision case. The
round-10 fixtures are not used here: these texts are new, about invented people and
events."""

from __future__ import annotations

from claimdesk.extract.pipeline import extract_text
from tests.support.speech_cases import quotes
from tests.support.speech_cases import source_names as sources

# 1. Surname labels in capitals: "OYELARAN:" is the person the introduction names.
_CAPITALS = (
    "Ten minutes with the lock keeper of Brindle Cut\n\n"
    "Lock keeper Ifeoma Oyelaran has worked the Brindle Cut flight for nineteen years. "
    "She talked to our canals reporter, Piers Tennant.\n\n"
    "TENNANT: How many boats on a busy day?\n\n"
    "OYELARAN: Forty in summer. In January you could count them on a mitten.\n\n"
    "TENNANT: Do people still fall in?\n\n"
    "OYELARAN: Every August. I keep a towel in the hut for them.\n\n"
    "TENNANT: What would you change?\n\n"
    "OYELARAN: The paddle gear on lock six. It was old when I started."
)


def test_surname_labels_in_capitals_are_turns() -> None:
    got = quotes(_CAPITALS)
    assert [who for _q, who in got] == ["Ifeoma Oyelaran"] * 3
    assert got[1][0] == "Every August. I keep a towel in the hut for them."
    assert sources(_CAPITALS) == ["Ifeoma Oyelaran"]


def test_capital_headings_are_no_speakers() -> None:
    # a newsletter's capital headings before colons: no one's turns
    text = (
        "The week on the Brindle Cut\n\n"
        "TOP STORY: Lock six closes for repairs on Monday?\n\n"
        "BOATERS NOTICE: Moorings at the basin are free until March.\n\n"
        "TOP STORY: Volunteers are wanted for the towpath clean-up?\n\n"
        "BOATERS NOTICE: The water point at Farley is working again."
    )
    assert quotes(text) == []


# 2. A committee record: "CHAIR (Councillor Name):", "MS NAME (Officer):", then the
# bare labels in capitals; "CHAIR:" is the member the header named chair.
_COMMITTEE = (
    "Dunmere Town Council\n"
    "Licensing Committee, verbatim record, item 2: the Quayside night market\n\n"
    "CHAIR (Councillor Osei Brannagh): Item two. Mr Lindqvist, you are the applicant.\n\n"
    "MR LINDQVIST (applicant): Thank you. We would close at ten, not midnight.\n\n"
    "CLLR FAIRWEATHER: And the noise from the generators?\n\n"
    "MR LINDQVIST: We have switched to the harbour's mains supply.\n\n"
    "CHAIR: Then we will decide after the break."
)


def test_a_committee_record_in_capitals_credits_each_member() -> None:
    got = quotes(_COMMITTEE)
    assert got == [
        ("Item two. Mr Lindqvist, you are the applicant.", "Osei Brannagh"),
        ("Thank you. We would close at ten, not midnight.", "Lindqvist"),
        ("And the noise from the generators?", "Fairweather"),
        ("We have switched to the harbour's mains supply.", "Lindqvist"),
        ("Then we will decide after the break.", "Osei Brannagh"),
    ]


# 3. Questions alone as paragraphs (bold or plain), the answers plain, no labels.
_ALONE = (
    "Jun Takahara has repaired church organs across the valley since 1994. He spoke to "
    "Elin Mabry at his workshop; the interview has been edited for length.\n\n"
    "**What breaks first?**\n\n"
    "The leather. Mice love it, and so does damp. I replace more bellows than pipes.\n\n"
    "**Is the trade dying?**\n\n"
    "No. My apprentice is twenty-three and better with the tuning than I ever was.\n\n"
    "**Your favourite instrument?**\n\n"
    "The little one at Saint Brede's. It wheezes, but it is honest.\n\n"
    "And after all that, do you play?\n\n"
    "Only when nobody is listening."
)


def test_questions_alone_make_an_interview() -> None:
    got = quotes(_ALONE)
    assert [who for _q, who in got] == ["Jun Takahara"] * 4
    assert (
        got[0][0]
        == "The leather. Mice love it, and so does damp. I replace more bellows than pipes."
    )
    assert got[3][0] == "Only when nobody is listening."


def test_an_explainer_with_question_headings_is_no_interview() -> None:
    # subheads that ask, answers in the third person: no turns, no quotes
    text = (
        "The council spoke to residents about the new bin rounds last week.\n\n"
        "What is changing?\n\n"
        "Collections move from Tuesday to Thursday in the north ward from 3 March.\n\n"
        "Who decided?\n\n"
        "The environment committee voted for the change in January.\n\n"
        "What if a collection is missed?\n\n"
        "Residents can report it online and a crew returns within two days."
    )
    assert quotes(text) == []


def test_questions_alone_with_no_interview_introduced_are_no_turns() -> None:
    # an opinion column asking itself questions in the first person
    text = (
        "Our street voted on the new crossing last week.\n\n"
        "Was it worth the fuss?\n\n"
        "I think so. My children cross there every morning.\n\n"
        "Would I do it again?\n\n"
        "We would, all of us, and our neighbours agree.\n\n"
        "Will the council listen?\n\n"
        "I have my doubts, but we will keep asking."
    )
    assert quotes(text) == []


def test_full_names_in_capitals_keep_their_particles() -> None:
    # full names in capitals, later the surnames alone; a particle stays lower-case
    text = (
        "From the studio: The Night Garden, episode 40\n\n"
        "ROSALIND VAN DER MEULEN (host): Tonight, frost. Is it too late to cover the dahlias?\n\n"
        "TOMASZ OKAFOR-LYNCH: Never too late. Fleece tonight, lift them at the weekend.\n\n"
        "VAN DER MEULEN: And the tubers?\n\n"
        "OKAFOR-LYNCH: A cardboard box in the shed, dry, with newspaper between them."
    )
    assert quotes(text) == [
        ("Tonight, frost. Is it too late to cover the dahlias?", "Rosalind van der Meulen"),
        ("Never too late. Fleece tonight, lift them at the weekend.", "Tomasz Okafor-Lynch"),
        ("And the tubers?", "Rosalind van der Meulen"),
        ("A cardboard box in the shed, dry, with newspaper between them.", "Tomasz Okafor-Lynch"),
    ]


def test_labelled_questions_are_not_questions_alone() -> None:
    # "KR: ...?" lines belong to the label rules; the answers keep no "HB:" in their words
    text = (
        "Hedda Brightwater ran the ferry kiosk for thirty years. She talked to Kofi "
        "Rasmussen (KR) before her last shift.\n\n"
        "KR: Busiest day?\n\n"
        "HB: The regatta. We sold out of tea by nine.\n\n"
        "KR: Quietest?\n\n"
        "HB: Christmas morning. I brought my knitting.\n\n"
        "KR: Will you miss it?\n\n"
        "HB: I will miss my regulars, not the wind."
    )
    assert not any(q.startswith("HB:") for q, _who in quotes(text))


def test_a_role_opening_the_introduction_is_no_name_but_a_title_stays_a_role() -> None:
    # "Beekeeper Name" and "Chauffeur Name" lose the role word (a listed role, a French
    # agent noun); "Captain Name" keeps its title as a role
    def interview(intro: str) -> str:
        return (
            f"{intro} spoke to Anouk Vermeulen for this interview.\n\n"
            "VERMEULEN: How did you start?\n\n"
            "OSTROWSKA-BELL: By accident. I was driving for a man who kept hives.\n\n"
            "VERMEULEN: And now?\n\n"
            "OSTROWSKA-BELL: Now I drive to my own hives every Sunday."
        )

    for role in ("Beekeeper", "Chauffeur"):
        plain = extract_text(interview(f"{role} Zofia Ostrowska-Bell"))
        assert [q.speaker for q in plain.quotes] == ["Zofia Ostrowska-Bell"] * 2
    titled = extract_text(interview("Captain Zofia Ostrowska-Bell"))
    assert [q.speaker for q in titled.quotes] == ["Zofia Ostrowska-Bell"] * 2
    assert [s.role for s in titled.sources] == ["Captain"]
