"""Two speaker precision fixes (xfix, issue 16), on invented sentences.

1. An anonymity participle aside ("speaking on condition of anonymity", "speaking
   anonymously") keeps the whole description before it, as "who declined to be named"
   does: a cut "a delegate" is a wrong name when the gold is "a delegate from ...".
2. A role relation ("lawyer of X") is built once: "his lawyer" read when "his" already
   points at the lawyer must not give "lawyer of lawyer of X"."""

from __future__ import annotations

import re

import pytest

from claimdesk.extract.speech import analyse_text


def speakers(text: str) -> set[str | None]:
    speech, _ = analyse_text(text)
    got = {q.speaker for q in speech.quotes}
    return got | {s.speaker for s in speech.statements}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # international wire, colon quote
            "A delegate from one of the smaller coastal states, speaking on condition of "
            'anonymity, said: "We were never consulted on the final text."',
            "a delegate from one of the smaller coastal states",
        ),
        (  # UK broadsheet
            "A senior civil servant at one of the departments involved, speaking anonymously, "
            "said ministers had been warned about the shortfall in the spring.",
            "a senior civil servant at one of the departments involved",
        ),
        (  # local news, a reason after the anonymity
            "A council officer from one of the neighbouring districts, speaking on condition "
            "of anonymity because he was not authorised to comment, said the bypass scheme "
            "would be shelved until next year.",
            "a council officer from one of the neighbouring districts",
        ),
        (  # US wire, "the condition"
            "An aide to one of the committee chairmen, speaking on the condition of "
            "anonymity, said the veto threat was a bargaining chip.",
            "an aide to one of the committee chairmen",
        ),
        (  # a long aside naming the outlet it spoke to
            "A member of the mayor's family, speaking to a local radio station by telephone "
            "on condition of anonymity, said the mayor was being held at a barracks.",
            "a member of the mayor's family",
        ),
        (  # the short form without "speaking"
            "A diplomat from one of the northern member states, on condition of anonymity, "
            'said the draft was "dead on arrival".',
            "a diplomat from one of the northern member states",
        ),
    ],
)
def test_anonymity_aside_keeps_the_whole_description(text: str, who: str):
    assert who in speakers(text)


def test_anonymity_aside_after_a_reason_is_not_an_aside():
    # "speaking" here is about something else; "anonymity" only after "because"
    text = (
        "A delegate from one of the smaller coastal states, speaking after the vote "
        "because reporters asked about anonymity rules, said the text was weak."
    )
    assert "a delegate from one of the smaller coastal states" not in speakers(text)


_DOUBLED = re.compile(r"\b([a-z]+) of \1 of ")


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        (  # court report
            "Former transport minister Ilse Varnholt denied the charges in court on Tuesday. "
            '"I never signed those contracts," Varnholt said.\n\nHer lawyer, Benedikt Aurel '
            'Strand, objected to what he called the prosecution\'s "circus" and asked the '
            "judge to strike the question.",
            "lawyer",
            "Benedikt Aurel Strand",
        ),
        (  # US political wire
            'Senator Dale Okonkwo-Price refused to resign on Friday. "I have done nothing '
            'wrong," Okonkwo-Price said.\n\nHis spokesman, Tariq Lemmon-Hale, dismissed what '
            'he called a "smear campaign" and urged reporters to read the filings.',
            "spokesman",
            "Tariq Lemmon-Hale",
        ),
        (  # international wire
            "The opposition leader, Maren Tuvalsson, was questioned by police on Monday. "
            '"This is political," Tuvalsson said.\n\nHer adviser, Jonas Erbe, rejected what '
            'he described as the government\'s "witch hunt" and told reporters the party '
            "would sue.",
            "adviser",
            "Jonas Erbe",
        ),
        (  # UK local news
            'Councillor Ruth Abernethy-Klein was suspended on Wednesday. "I will fight '
            'this," Abernethy-Klein said.\n\nHer solicitor, Piers Lanyon, criticised what he '
            'called the council\'s "kangaroo court" and warned that legal action would '
            "follow.",
            "solicitor",
            "Piers Lanyon",
        ),
    ],
)
def test_a_role_relation_is_not_stacked(text: str, role: str, name: str):
    names = {n for n in speakers(text) if n}
    assert not any(_DOUBLED.search(n) for n in names), names
    assert f"{role} of {name}" not in names  # the named lawyer is no one's client here
