"""Who answers in a question/answer exchange (thirteenth pass, branch x16m, issue 16).

Press conferences, broadcast interviews and hearings run as paragraphs of question and
answer. Two shapes gave the asker the answer:

- '"That's not a no, then?" Mabry asked. / "It's not anything," she replied.': the
  pronoun before a reply verb fell on the latest person, the one who asked. A reply is
  the other party's: the person the question names ('..., governor?'), else the speaker
  of the quote paragraph just before the question; else nobody (a wrong name is worse).
- '"How many ...?" Fortier asked. / "Most of them," Szymanski said. / "Most of them. And
  you think that's safe?"': a bare follow-up question after an answer goes back to the
  one who asked the first question, not to the witness who just answered.
"""

from __future__ import annotations

import re
from typing import Protocol

from claimdesk.extract.attribution.interrupted import resumed_turn
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.question_answer import answer_side
from claimdesk.extract.attribution.subjects import sentence_names
from claimdesk.extract.attribution.unnamed_who import plural_head
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry


class Said(Protocol):
    """An attribution as speech.py keeps it: the subject's offset, its end with the verb,
    and the subject when it is a pronoun."""

    a: int
    pronoun: str | None

    @property
    def b(self) -> int: ...


# the verb of an answer after its subject: "she replied", "he shot back"
_REPLY = re.compile(
    r"\A[ \u00a0]*(?:replied|replies|answered|answers|responded|responds|retorted|retorts"
    r"|countered|counters|shot[ \u00a0]+back|fired[ \u00a0]+back)\b"
)
# a lower-case office named at the end of a question: "..., governor?"
_OFFICE_VOCATIVE = re.compile(
    r",[ \u00a0]+(?:Madam[ \u00a0]+|Mr\.?[ \u00a0]+)?"
    r"([A-Za-z]+(?:[ \u00a0]+[a-z]+)?)[ \u00a0]*\?[ \u00a0]*$"
)
_OFFICES = word_set(
    """governor mayor minister chancellor senator congressman congresswoman president
    premier secretary commissioner chair chairman chairwoman councillor councilor judge
    prime"""
)

# a title's short form as a role keeps it: "Gov. Mariana Castro" is the governor
_ABBREVIATED = {"gov": "governor", "sen": "senator", "pres": "president", "sec": "secretary"}


def is_reply(masked: str, start: int, end: int) -> bool:
    """Whether the words after the subject, masked[start:end], are a verb of answering."""
    return _REPLY.match(masked[start : end + 1]) is not None


def _office_holder(question: str, reg: Registry, asker: Entry) -> Entry | None:
    """The person whose office the question names as its listener ('..., governor?')."""
    m = _OFFICE_VOCATIVE.search(question[-80:])
    if m is None:
        return None
    words = m.group(1).lower().split()
    if not words or words[0] not in _OFFICES:
        return None
    held = [
        e
        for e in reg.entries
        if e.kind == "person"
        and e is not asker
        and e.role is not None
        and words[0] in [_ABBREVIATED.get(w, w) for w in re.findall(r"[a-z]+", e.role.lower())]
    ]
    return held[0] if len(held) == 1 else None


def reply_owner(
    body: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    ent: Entry,
    pronoun: str,
    reg: Registry,
) -> tuple[bool, Entry | None]:
    """(changed, who) for a quote at raw[qi] credited by '<pronoun> replied' to `ent`:
    changed is False when `ent` did not ask the question just before (see module)."""
    if qi < 1:
        return False, None
    prev = raw[qi - 1]
    if speakers[qi - 1] is not ent or prev.paragraph != raw[qi].paragraph - 1:
        return False, None
    question = body[prev.start : prev.end].rstrip()
    if not question.endswith("?"):
        return False, None
    if (held := _office_holder(question, reg, ent)) is not None and held.gender in (
        None,
        pronoun,
    ):
        return True, held
    if qi >= 2 and raw[qi - 2].paragraph == prev.paragraph - 1:
        other = speakers[qi - 2]
        if (
            other is not None
            and other is not ent
            and other.kind == "person"
            and other.gender in (None, pronoun)
        ):
            return True, other
    return True, None


_ANSWER_QUOTES = 6  # quotes of one answer paragraph looked through


def follow_up(
    body: str, raw: list[RawQuote], speakers: list[Entry | None], qi: int
) -> Entry | None:
    """The asker of a bare follow-up question at raw[qi] after an answer (see module)."""
    if qi < 2:
        return None
    # the answer paragraph may hold several quotes, all the answerer's (x16o)
    a = qi - 1
    while a > 0 and qi - a < _ANSWER_QUOTES and raw[a - 1].paragraph == raw[qi - 1].paragraph:
        a -= 1
    if a < 1:
        return None
    q, prev, before = raw[qi], raw[a], raw[a - 1]
    answerer, asker = speakers[qi - 1], speakers[a - 1]
    if asker is None or answerer is None or asker is answerer:
        return None
    if any(speakers[k] is not answerer for k in range(a, qi - 1)):
        return None
    if asker.kind != "person" and (asker.kind != "anonymous" or plural_head(asker.name)):
        return None  # "one reporter" asks again (x16o); "reporters" are no one voice
    if not body[q.start : q.end].rstrip().endswith("?"):
        return None
    if not body[before.start : before.end].rstrip().endswith("?"):
        return None
    if prev.paragraph != q.paragraph - 1 or before.paragraph != prev.paragraph - 1:
        return None
    return asker


def reply_fix(
    body: str,
    masked: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    att: Said,
    ent: Entry | None,
    reg: Registry,
) -> Entry | None:
    """The speaker for '"...," she replied.' at raw[qi]: `ent` unless it asked (module)."""
    pron = att.pronoun or ""
    if ent is None or pron not in ("he", "she") or not is_reply(masked, att.a + len(pron), att.b):
        return ent
    changed, who = reply_owner(body, raw, speakers, qi, ent, pron, reg)
    return who if changed else ent


# 'Asked by Lena Forsythe of the Courier whether ..., Castro paused.': the asker
_ASKED_BY = re.compile(
    r"\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed|[Cc]hallenged|[Ii]nterrupted)"
    r"[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?,[ \u00a0]+)?"
    r"((?:[A-Z][\w'’.-]*[ \u00a0]+){0,3}[A-Z][\w'’-]+)"
)


# the main clause's subject after the asking: "Castro paused", "Ms Raman said"
_SUBJECT = re.compile(r"((?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}[A-Z][\w'’-]+)[ \u00a0]+[a-z]")
_CLAUSE_END = re.compile(r",[ \u00a0]+(?=[A-Z])")


def without_askers(masked: str, ps: int, pe: int) -> list[NP]:
    """The names of sentence masked[ps:pe] less those in a clause of asking ('Asked by X
    of the Courier whether ..., Y paused': "she" after it is Y, not X nor the Courier)."""
    names = sentence_names(masked, ps, pe)
    m = _ASKED_BY.search(masked, ps, pe)
    if m is None:
        return names
    stop = _CLAUSE_END.search(masked, m.end(), pe)
    clause = masked[m.start() : stop.start() if stop else pe].replace("\u00a0", " ")
    kept = [np for np in names if " ".join(np.words) not in clause]
    if stop is not None and (subj := _SUBJECT.match(masked, stop.end(), pe)) is not None:
        words = subj.group(1).split()
        kept.insert(0, NP(kind="name", start=0, end=0, words=words))  # "..., Castro paused"
    return kept


def exchange_side(
    body: str, raw: list[RawQuote], speakers: list[Entry | None], qi: int
) -> Entry | None:
    """Who speaks a bare quote paragraph in an exchange: the answer to a question
    (question_answer.py), else a follow-up question's asker, else None."""
    return (
        answer_side(body, raw, speakers, qi)
        or follow_up(body, raw, speakers, qi)
        or resumed_turn(body, raw, speakers, qi)  # after an interruption (interrupted.py)
    )
