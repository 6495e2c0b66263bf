"""Transcript layouts beyond "Name: answer" (issue 16, ninth pass): a parliamentary
record's headers and an interview printed as dash-led turns.

A record (Hansard and the assemblies that copy it) opens each speech with a header:
"The Minister for Islands (Mrs Ada Brisk):" the first time a minister speaks, the office
outside and the member inside the brackets; "Mr Tom Hale (Barra South):" a member and
the seat; later "Mrs Brisk:", and the chair by office alone ("Mr Speaker:", "The
Presiding Officer:"). The person is the bracketed name when it carries a title (Mr, Mrs,
Ms, Dr...), else the name outside; an office alone is the person the record named with
that office before ("The Minister:" the one office opening with "minister"), else an
unnamed source the office describes ("the Deputy Speaker"); such a label outside a
record is a caption, no turn. "Hon. Members:" is a chorus: its words are kept, credited
to no one. A record (a bracketed header, or a chamber's
office: the Speaker, the Presiding Officer, "Hon. Members") has no interviewer: a member
whose every speech ends in a question ("Will the Minister give way?") is still quoted.

A dash layout prints each turn on its own line opening with an em or en dash, the
question first and the answer on the next line ("— Will you miss it?" / "— Every
morning."; in a paragraph the reader joined, a dash after a sentence's end opens the
next turn). At least two such question-then-answer pairs make a transcript; the answers
are the interviewee's, whom the introduction names first, and the questions are nobody's
quotations (as "Q:" and "A:" turns).

Eleventh pass (round 10): labels in capitals read as names are written ("CLLR PEMBRIDGE:"
-> "Cllr Pembridge"), a committee's "CHAIR:" alone, and an interview whose questions
stand alone as paragraphs with no labels (`question_pairs`, guarded: an introduction
that says it is an interview, three questions, answers mostly in the first person).
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimdesk.extract.document import Span
from claimdesk.extract.lexicon import is_role_word, word_set
from claimdesk.extract.sources import classify_name, split_person

_WORD = r"[A-Z][\w'’.-]*"
# "The Minister for Islands (Mrs Ada Brisk):", "Mr Tom Hale (Barra South):"
_RECORD = re.compile(
    rf"(?P<out>{_WORD}(?:[ \u00a0]+(?:{_WORD}|for|of|the|and|on|de|van|von)){{0,7}})"
    r"[ \u00a0]*\((?P<inner>[^()\n]{2,80})\)[ \u00a0]*:[ \u00a0]+(?=\S)"
)
# the chair and the chorus, by office alone
_CHAIR = word_set("speaker chair chairman chairwoman chairperson officer president convener deputy")
_CHORUS = word_set("members lords senators")
_PARTICLES = word_set("de del della la van von der den da di du le al bin el")
_LONE_CHAIR = word_set("chair chairman chairwoman chairperson convener")
_LEAD_WORDS = word_set("the mr mrs ms madam hon. hon")
_DASH = re.compile(r"[ \t]*[—–][ \u00a0]+(?=\S)")
# a turn's end inside a paragraph the reader joined: "...the first? — I remember ..."
_BREAK = re.compile(r"(?<=[?.!…\"”’])\s+(?=[—–][ \u00a0]+\S)")
_MIN_PAIRS = 2


def office_key(words: list[str]) -> str:
    """An office as written, without "The" and the chair's "Mr"/"Madam": "presiding
    officer" for "The Presiding Officer" and "Mr Presiding Officer"."""
    i = 0
    while i < len(words) - 1 and words[i].lower() in _LEAD_WORDS:
        i += 1
    return " ".join(w.lower() for w in words[i:])


def is_office(words: list[str]) -> bool:
    """A label that is an office or a chorus, no one's name: "Mr Speaker", "The
    Presiding Officer", "Madam Deputy Speaker", "Hon. Members"."""
    last = words[-1].lower() if words else ""
    return last in _CHAIR or last in _CHORUS


def is_office_label(words: list[str]) -> bool:
    """An office or a chorus as a label: "Mr Speaker", "Hon. Members", or "The" and a
    role ("The Minister", "The Deputy Speaker"; not "The Ledger")."""
    if len(words) < 2:
        return False
    return is_office(words) or (words[0] == "The" and is_role_word(words[-1].lower()))


def office_holder(holders: dict[str, str], key: str) -> str | None:
    """The member the record named with this office: the same office, else the one
    office that opens with it ("minister" -> "minister for fisheries"); None if none or
    two."""
    if key in holders:
        return holders[key]
    found = {name for office, name in holders.items() if office.startswith(key + " ")}
    return found.pop() if len(found) == 1 else None


def is_chamber_office(words: list[str]) -> bool:
    """An office only a chamber has, so its label marks a record (no interviewer): "Mr
    Speaker", "Madam Deputy Speaker", "The Presiding Officer", "Hon. Members"; not "The
    President" or "The Chair", who may be interviewed or hold a hearing."""
    key = office_key(words)
    return is_chorus(words) or key.endswith(("speaker", "presiding officer"))


def is_chorus(words: list[str]) -> bool:
    """ "Hon. Members", "Noble Lords": many voices, no one person."""
    return bool(words) and words[-1].lower() in _CHORUS


def is_lone_chair(words: list[str]) -> bool:
    """ "CHAIR:" alone, a committee record's label for its chair in capitals."""
    return len(words) == 1 and words[0].lower() in _LONE_CHAIR


def cased(label: str) -> str:
    """A label printed in capitals as a name is written ("CLLR PEMBRIDGE" -> "Cllr
    Pembridge", "LUCAS MOREIRA DA SILVA" -> "Lucas Moreira da Silva"), so the name rules
    read it; "Q", "A" and mixed case stay as they are."""
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return label
    words = label.split()
    return " ".join(
        w.lower() if i and w.lower() in _PARTICLES else w.title() for i, w in enumerate(words)
    )


def record_label(body: str, ps: int, pe: int) -> tuple[str, str, int] | None:
    """(the member's name as written, the office or seat beside it, where the speech
    starts) for a record's bracketed header at the paragraph start, else None."""
    if body.find("(", ps, pe) < 0:
        return None  # most paragraphs: no bracket, no header (a scan in C, not the regex)
    m = _RECORD.match(body, ps, pe)
    if m is None:
        return None
    out, inner = cased(m.group("out")).split(), m.group("inner").split()
    title, name = split_person(inner)
    if title and name and classify_name(inner) == "person":
        return " ".join(inner), " ".join(out), m.end()  # office (Title Name)
    if classify_name(out) == "person" and not is_office(out):
        return " ".join(out), "", m.end()  # Title Name (seat)
    return None


def dash_pairs(body: str, paragraphs: list[Span]) -> list[tuple[int, int, int, bool]]:
    """(line start, words start, words end, question) of each dash-led turn of an
    interview in dash layout, else []: a question line directly followed by an answer
    line, at least two such pairs."""
    if "—" not in body and "–" not in body:
        return []  # no dash for any line to open on (two scans in C, no paragraph's match)
    # a reader that joins the lines leaves "...miss it? — Every morning." in one paragraph
    last_end = -1  # where the previous dash turn ended, to see they are adjacent
    runs: list[list[tuple[int, int, int]]] = []  # (line start, words start, words end)
    for ps, pe in paragraphs:
        if _DASH.match(body, ps, pe) is None:
            continue
        cuts = [ps] + [m.end() for m in _BREAK.finditer(body, ps, pe)] + [pe]
        for a, b in pairwise(cuts):
            m = _DASH.match(body, a, b)
            e = b
            while e > a and body[e - 1].isspace():
                e -= 1
            if m is None or e <= m.end():
                continue
            if last_end < 0 or body[last_end:a].strip():
                runs.append([])  # other text between: a new run of turns
            runs[-1].append((a, m.end(), e))
            last_end = e
    out: list[tuple[int, int, int, bool]] = []
    for run in runs:
        i = 0
        while i + 1 < len(run):
            q, a = run[i], run[i + 1]
            if body[q[2] - 1] == "?" and body[a[2] - 1] != "?":
                out += [(*q, True), (*a, False)]
                i += 2
            else:
                i += 1
    return out if len(out) >= 2 * _MIN_PAIRS else []


# an interview whose questions stand alone (issue 16, eleventh pass): "How has the
# season been?" (or "**...?**") as its own paragraph, the answer the next, no labels
_BOLD = re.compile(r"(?:\*\*|__)(?P<words>[^*_\n]+?)(?:\*\*|__)[ \t]*$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us|My)\b")
_INTERVIEW = re.compile(
    r"\b(?:interview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|in conversation|"
    r"edited for (?:length|clarity)|Q&A|questions? for)\b",
    re.IGNORECASE,
)
# "TR: How many steps?" opens with a label: the label rules' layout, not this one
_LABELLED = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3}[ \u00a0]*:\s")
_MAX_QUESTION = 200
_MIN_QUESTIONS = 3


def _question(body: str, ps: int, pe: int) -> tuple[int, int] | None:
    """(words start, words end) of a paragraph that is one question alone: one line, at
    most 200 characters, ending in "?", no quotation mark (bold marks left out)."""
    e = pe
    while e > ps and body[e - 1].isspace():
        e -= 1
    if e == ps or body[e - 1] not in "?*_" or e - ps > _MAX_QUESTION:
        return None  # most paragraphs: no copy of their text
    text = body[ps:e]
    if "\n" in text:
        return None
    s = ps
    if (m := _BOLD.fullmatch(text)) is not None:
        s, e = ps + m.start("words"), ps + m.end("words")
    words = body[s:e].strip()
    if _LABELLED.match(words) or not words.endswith("?") or any(c in words for c in '"“”«»„'):
        return None
    s += len(body[s:e]) - len(body[s:e].lstrip())
    return s, s + len(words)


def question_pairs(body: str, paragraphs: list[Span]) -> list[tuple[int, int, int, bool]]:
    """(paragraph, words start, words end, question) of an interview printed as
    questions alone on their lines and plain answers, else []. The run opens after an
    introduction that says it is an interview ("spoke to", "edited for length"); every
    paragraph between two questions is an answer, after the last question one; at least
    three questions, and most answers speak in the first person (an explainer's
    "What happens next?" subheads answer in the third)."""
    if body.count("?") < _MIN_QUESTIONS:
        return []  # each question holds one: no paragraph needs reading (one scan in C)
    qs = [_question(body, ps, pe) for ps, pe in paragraphs]
    first = next((i for i, q in enumerate(qs) if q is not None), None)
    if first is None or not _INTERVIEW.search(body, 0, paragraphs[first][0]):
        return []
    out: list[tuple[int, int, int, bool]] = []
    answers: list[tuple[int, int]] = []
    i, asked = first, 0
    while i < len(paragraphs):
        q = qs[i]
        if q is None:
            break  # narrative where a question should be: the interview is over
        nxt = i + 1
        while nxt < len(paragraphs) and qs[nxt] is None:
            nxt += 1
        last = nxt >= len(paragraphs)
        own = list(range(i + 1, i + 2 if last else nxt))
        own = [j for j in own if j < len(paragraphs)]
        if not own:
            break  # a question with no answer
        out.append((i, *q, True))
        asked += 1
        for j in own:
            ps, pe = paragraphs[j]
            e = pe
            while e > ps and body[e - 1].isspace():
                e -= 1
            if body[ps] in "\"“‘'«„" or _LABELLED.match(body, ps, e):
                return []  # a quotation after a question: a report, not a transcript
            out.append((j, ps, e, False))
            answers.append((ps, e))
        i = nxt
    if asked < _MIN_QUESTIONS:
        return []
    firsts = sum(_FIRST_PERSON.search(body, a, b) is not None for a, b in answers)
    return out if 2 * firsts >= len(answers) else []
