"""Interview transcripts: "NAME: answer" and "Q:"/"A:" turns are quotations.

An interview printed as a transcript quotes without marks: each paragraph opens with the
speaker's label and a colon ("Ilse Marrow: Because ...", later "Marrow: ..."), or with
"Q:" and "A:" ("Q." and "A." too). A text is a transcript when at least three paragraphs
open with a label, at least two labels take turns and someone asks a question. The
interviewer is "Q", else the label whose turns mostly end in "?"; every other turn is a
quotation of its label's person, from after the label to the paragraph end (a stage note
such as "(laughs)" at its start left out). The interviewer's turns are no quotations,
and the speech verbs inside them cite nobody ("Critics say ...?"): both kinds of turn are
blanked out of the narrative. "A" is the person the introduction names first. A label
that is no person's name ("Where", "Tickets", "Update") makes no turn.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimdesk.extract.document import Span
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.record import Quote
from claimdesk.extract.sources import Entry, Registry, classify_name, split_person

_PARTICLE = r"de|del|la|van|von|der|da|di|le|al|bin|el"
_LABEL = re.compile(
    r"(?:(?P<qa>Q|A)[ \u00a0]*[.:)—–-]"  # "Q:", "A.", "Q -"
    r"|(?P<label>Q|A|Question|Answer"
    rf"|[A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|{_PARTICLE})){{0,4}})[ \u00a0]*:)"
    r"[ \u00a0]+(?=\S)"
)
_STAGE = re.compile(r"\((?:[a-z]+(?:[ \u00a0]+[a-z]+){0,3})\)[ \u00a0]*")
_QUOTE_OPEN = "\"“‘'«„"
_INTRO_NAME = re.compile(rf"\b[A-Z][\w'’-]+(?:[ \u00a0]+(?:[A-Z][\w'’-]+|{_PARTICLE})){{1,4}}")
_MIN_TURNS = 3
_QA = frozenset(("Q", "A", "Question", "Answer"))


@dataclass(slots=True)
class Turn:
    """One labelled paragraph: who (the label as written), where its words are."""

    label: str
    start: int  # the words after the colon (and any stage note)
    end: int
    paragraph: int
    question: bool = False  # the interviewer's turn: no quotation


def transcript_turns(body: str, paragraphs: list[Span]) -> list[Turn]:
    """The labelled turns of a transcript, in order; [] for any other text."""
    turns: list[Turn] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        m = _LABEL.match(body, ps, pe)
        if m is None:
            continue
        label = m.group("qa") or m.group("label")
        if label not in _QA and classify_name(label.split()) != "person":
            continue
        s = m.end()
        if body[s] in _QUOTE_OPEN:
            continue  # 'Ames: "..."' is an ordinary quotation with a colon lead
        if (st := _STAGE.match(body, s, pe)) is not None:
            s = st.end()
        e = len(body[:pe].rstrip())
        if e > s:
            turns.append(Turn(label, s, e, pi))
    turns = _named_labels(body, turns, paragraphs)
    if len(turns) < _MIN_TURNS or len({_key(t.label) for t in turns}) < 2:
        return []
    if not any(body[t.end - 1] == "?" for t in turns):
        return []  # "Ada Brisk: the mayor, 54." lines at a glance: no conversation
    _mark_questions(body, turns)
    return turns


def _named_labels(body: str, turns: list[Turn], paragraphs: list[Span]) -> list[Turn]:
    """The turns whose label is Q/A, a full name, or a surname of a full name the
    transcript or its introduction gives ("Update:", "Background:" are no one)."""
    if not turns:
        return turns
    intro = body[: paragraphs[turns[0].paragraph][0]]
    full = [t.label.split() for t in turns if len(t.label.split()) > 1]
    full += [m.group().split() for m in _INTRO_NAME.finditer(intro)]
    surnames = {w[-1].lower() for w in full if classify_name(w) == "person"}
    return [
        t
        for t in turns
        if t.label in _QA or len(t.label.split()) > 1 or t.label.lower() in surnames
    ]


def _key(label: str) -> str:
    """A label's last word: "Renwick" for "Tobias Renwick" and "Renwick"."""
    return label.split()[-1].lower()


def _mark_questions(body: str, turns: list[Turn]) -> None:
    """The interviewer: "Q", else the label whose turns mostly end in "?"."""
    keys = {_key(t.label) for t in turns}
    asker: str | None = None
    if "q" in keys or "question" in keys:
        asker = "q" if "q" in keys else "question"
    else:
        best = 0.0
        for k in keys:
            own = [t for t in turns if _key(t.label) == k]
            share = sum(body[t.end - 1] == "?" for t in own) / len(own)
            if share > best and share >= 0.5:
                asker, best = k, share
    for t in turns:
        t.question = _key(t.label) == asker


def turn_names(body: str, turns: list[Turn]) -> dict[str, list[str] | None]:
    """The name words of each label's person: the fullest form of the label in the
    transcript or the text before it ("De la Cruz Abara" -> "Marisol de la Cruz Abara");
    for "A", the first person the introduction names."""
    first = turns[0]
    intro = body[: max(0, first.start - len(first.label) - 2)]
    intro_names = [m.group().split() for m in _INTRO_NAME.finditer(intro)]
    labels = {t.label for t in turns}
    forms = [label.split() for label in labels] + intro_names
    out: dict[str, list[str] | None] = {}
    for label in labels:
        if label in ("A", "Answer"):
            out[label] = next((w for w in intro_names if classify_name(w) == "person"), None)
            continue
        words = label.split()
        low = [w.lower() for w in words]
        best = words
        for form in forms:
            if len(form) > len(best) and [w.lower() for w in form[-len(low) :]] == low:
                best = form
        out[label] = best
    return out


def with_turns(raw: list[RawQuote], turns: list[Turn], paragraphs: list[Span]) -> list[RawQuote]:
    """The quotations with each turn as one (its label blanked with it, so the narrative
    scan reads neither); quotations inside a turn are part of it."""
    spans = [(paragraphs[t.paragraph][0], t.end) for t in turns]
    starts = [a for a, _b in spans]

    def inside(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and at < spans[i][1]

    kept = [q for q in raw if not inside(q.open_mark)]
    for t, (a, _b) in zip(turns, spans, strict=True):
        kept.append(
            RawQuote(
                start=t.start,
                end=t.end,
                open_mark=a,
                close_mark=t.end - 1,
                paragraph=t.paragraph,
                partial=False,
                open_end=False,
            )
        )
    kept.sort(key=lambda q: q.open_mark)
    return kept


def credit_turns(
    body: str,
    turns: list[Turn],
    raw: list[RawQuote],
    quotes: list[Quote],
    speakers: list[Entry | None],
    reg: Registry,
) -> list[Quote]:
    """Each answer's quotation credited to its label's person; the questions dropped."""
    by_start = {t.start: t for t in turns}
    names = turn_names(body, turns)
    for i, q in enumerate(raw):
        t = by_start.get(q.start)
        if t is None:
            continue
        if t.question:
            speakers[i] = None
            continue
        words = names[t.label]
        title, name = split_person(words) if words else ([], [])
        ent = reg.person(name, " ".join(words or ()), t.start) if name else None
        if ent is not None and title:
            ent.add_role(" ".join(title))  # "Chair Ada Brandt:"
        if ent is not None:
            reg.note_speaker(ent, t.start)
        speakers[i] = ent
    asked = {t.start for t in turns if t.question}
    out = [q for q in quotes if q.start not in asked]
    index = {r.start: i for i, r in enumerate(raw)}
    for q in out:
        if q.start in by_start:
            q.speaker = speakers[index[q.start]]  # type: ignore[assignment]  # named at the end
    return out
