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
that is no person's name ("Where", "Tickets", "Update") makes no turn, but for the
outlet's own name when it asks ("Valley Courier: Why a roof?"; a label may be bold,
"**Name:**"). Parliamentary records and dash-led interviews: transcript_layouts.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimdesk.extract.attribution.transcript_layouts import (
    cased,
    dash_pairs,
    is_chamber_office,
    is_chorus,
    is_lone_chair,
    is_office_label,
    office_holder,
    office_key,
    question_pairs,
    record_label,
)
from claimdesk.extract.document import Span
from claimdesk.extract.lexicon import is_role_word
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.record import Quote
from claimdesk.extract.sources import Entry, Registry, classify_name, split_person

_PARTICLE = r"de|del|la|van|von|der|da|di|le|al|bin|el"
_LABEL = re.compile(
    r"(?:(?P<qa>Q|A)[ \u00a0]*[.:)—–-]"  # "Q:", "A.", "Q -"
    r"|(?:\*\*|__)?(?P<label>Q|A|Question|Answer"  # "**Ames:**", "__Ames__:"
    rf"|[A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|{_PARTICLE})){{0,4}})"
    r"(?:[ \u00a0]*:(?:\*\*|__)?|(?:\*\*|__)[ \u00a0]*:))"
    r"[ \u00a0]+(?=\S)"
)


def _may_label(body: str, ps: int, pe: int) -> bool:
    """Whether _LABEL can match the paragraph: every match opens on "Q" or "A" or holds a
    colon (a quick C-level test: most paragraphs are prose, and _LABEL's name run backs
    off word by word before it fails on them)."""
    return body.startswith(("Q", "A"), ps, pe) or body.find(":", ps, pe) >= 0


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
    lead: int = -1  # where the turn's label (or dash) starts; -1: its paragraph's start
    office: str = ""  # a record's office or seat beside the name ("Minister for Islands")
    nameless: bool = False  # an office or a chorus with no name known: credits no one
    outlet: bool = False  # the publication as a label ("Valley Courier:"): only asks
    record: bool = False  # a parliamentary record's header: no interviewer
    office_only: bool = False  # "The Minister:", "Mr Speaker:": an office, no name
    anonymous: str = ""  # an office no one was named with: "the Deputy Speaker"
    upper: bool = False  # printed in capitals ("KALNINA:", "CLLR PEMBRIDGE:")


def transcript_turns(body: str, paragraphs: list[Span]) -> list[Turn]:
    """The labelled turns of a transcript, in order; [] for any other text."""
    turns: list[Turn] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        if body.find("(", ps, pe) >= 0 and (rec := record_label(body, ps, pe)) is not None:
            label, office, s = rec  # "The Minister (Mrs Ada Brisk):", "Mr Hale (Seat):"
            turn = Turn(label, s, s, pi, lead=ps, office=office, record=True)
        else:
            m = _LABEL.match(body, ps, pe) if _may_label(body, ps, pe) else None
            if m is None:
                continue
            written = m.group("qa") or m.group("label")
            label = cased(written)  # "CLLR PEMBRIDGE" -> "Cllr Pembridge"
            kind = "person" if label in _QA else classify_name(label.split())
            words = label.split()
            if kind != "publication" and (
                is_office_label(words) or (label != written and is_lone_chair(words))
            ):
                kind = "office"  # "Mr Speaker:", "Hon. Members:", "The Minister:"
            elif kind not in ("person", "publication", "organization"):
                continue
            s = m.end()
            turn = Turn(label, s, s, pi, lead=ps, outlet=kind in ("publication", "organization"))
            turn.upper = label != written
            turn.office_only = kind == "office"
            turn.record = turn.office_only and is_chamber_office(label.split())
        if body[s] in _QUOTE_OPEN:
            continue  # 'Ames: "..."' is an ordinary quotation with a colon lead
        if (st := _STAGE.match(body, s, pe)) is not None:
            turn.start = s = st.end()
        e = pe
        while e > s and body[e - 1].isspace():
            e -= 1  # not body[:pe].rstrip(): a copy of the body per turn
        turn.end = e
        if e > s:
            turns.append(turn)
    turns = _named_labels(body, turns, paragraphs)
    if len(turns) < _MIN_TURNS or len({_key(t.label) for t in turns}) < 2:
        return _dash_turns(body, paragraphs) or _question_turns(body, paragraphs)
    if not any(t.record or body[t.end - 1] == "?" for t in turns):
        return []  # "Ada Brisk: the mayor, 54." lines at a glance: no conversation
    record = any(t.record for t in turns)
    turns = [t for t in turns if record or not t.office_only]  # "The Minister:" in a record
    _mark_questions(body, turns)
    turns = [t for t in turns if t.question or not t.outlet]  # an outlet only asks
    if len(turns) < _MIN_TURNS or len({_key(t.label) for t in turns}) < 2:
        return []
    _offices(turns)
    return turns


def _dash_turns(body: str, paragraphs: list[Span]) -> list[Turn]:
    """An interview in dash layout as "Q"/"A" turns (transcript_layouts.dash_pairs)."""
    pairs = dash_pairs(body, paragraphs)
    if not pairs:
        return []
    starts = [ps for ps, _pe in paragraphs]
    return [
        Turn("Q" if q else "A", s, e, bisect_right(starts, lead) - 1, q, lead=lead)
        for lead, s, e, q in pairs
    ]


def _question_turns(body: str, paragraphs: list[Span]) -> list[Turn]:
    """An interview whose questions stand alone as paragraphs, no labels, as "Q"/"A"
    turns (transcript_layouts.question_pairs)."""
    return [
        Turn("Q" if q else "A", s, e, pi, q, lead=paragraphs[pi][0])
        for pi, s, e, q in question_pairs(body, paragraphs)
    ]


def _offices(turns: list[Turn]) -> None:
    """A record's chair by office alone ("The Presiding Officer:") is the member named
    with that office before; an office no one was named with, or a chorus, credits no
    one."""
    holders: dict[str, str] = {}
    for t in turns:
        if t.office:
            holders.setdefault(office_key(t.office.split()), t.label)
            continue
        if not t.office_only:
            continue
        words = t.label.split()
        held = None if is_chorus(words) else office_holder(holders, office_key(words))
        if held is not None:
            t.label = held  # "The Minister:" after "The Minister for Fisheries (Mr X):"
        elif is_chorus(words):
            t.nameless = True  # "Hon. Members:"
        else:
            t.anonymous = "the " + office_key(words).title()  # "the Deputy Speaker"


def _named_labels(body: str, turns: list[Turn], paragraphs: list[Span]) -> list[Turn]:
    """The turns whose label is Q/A, a full name, or a surname of a full name the
    transcript or its introduction gives ("Update:", "Background:" are no one). A name
    in capitals ("HAMISH ODUDUWA-PRYCE:") counts when a title opens it or its surname is
    given in full or used alone as a label ("ODUDUWA-PRYCE:")."""
    if not turns:
        return turns
    intro = body[: paragraphs[turns[0].paragraph][0]]
    full = [t.label.split() for t in turns if len(t.label.split()) > 1 and not t.upper]
    full += [m.group().split() for m in _INTRO_NAME.finditer(intro)]
    surnames = {w[-1].lower() for w in full if classify_name(w) == "person"}
    lone = {t.label.lower() for t in turns if len(t.label.split()) == 1}
    capitals = {
        t.label
        for t in turns
        if t.upper and len(t.label.split()) > 1 and _titled(t.label, surnames | lone)
    }
    surnames |= {label.split()[-1].lower() for label in capitals}
    return [
        t
        for t in turns
        if t.label in _QA
        or t.label.lower() in surnames
        or (len(t.label.split()) > 1 and (not t.upper or t.label in capitals))
        or (t.upper and t.office_only)  # "CHAIR:" in a record
    ]


def _titled(label: str, surnames: set[str]) -> bool:
    """A label in capitals of more than one word is a person's when it is a title and a
    name ("MS CASTILLO") or ends in a surname the text gives; "BREAKING NEWS:" and "TOP
    STORIES:" are no one."""
    words = label.split()
    title, name = split_person(words)
    return bool(title and name) or words[-1].lower() in surnames


def _key(label: str) -> str:
    """A label's last word: "Renwick" for "Tobias Renwick" and "Renwick"."""
    return label.split()[-1].lower()


def _mark_questions(body: str, turns: list[Turn]) -> None:
    """The interviewer: "Q", else the label whose turns mostly end in "?". A record
    has none ("Will the Minister give way?" is a member's speech)."""
    keys = {_key(t.label) for t in turns}
    asker: str | None = None
    if "q" in keys or "question" in keys:
        asker = "q" if "q" in keys else "question"
    elif not any(t.record for t in turns):
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
    intro_names = [_unroled(m.group().split()) for m in _INTRO_NAME.finditer(intro)]
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


def _unroled(words: list[str]) -> list[str]:
    """A name the introduction opens a sentence with, without the role before it:
    "Restaurateur Teodora Kalnina" -> "Teodora Kalnina"."""
    if split_person(words)[0]:
        return words  # "Captain Yusuf Brennan-Ilori": a title the person keeps as a role
    i = 0
    while i < len(words) - 2 and _role(words[i].lower()):
        i += 1
    return words[i:]


def _role(low: str) -> bool:
    """A role noun, listed, or one of the French agent nouns English keeps
    ("restaurateur", "entrepreneur", "chauffeur")."""
    return is_role_word(low) or (len(low) > 6 and low.endswith("eur"))


def with_turns(raw: list[RawQuote], turns: list[Turn], paragraphs: list[Span]) -> list[RawQuote]:
    """The quotations with each turn as one (its label blanked with it, so the narrative
    scan reads neither); quotations inside a turn are part of it."""
    spans = [(t.lead if t.lead >= 0 else paragraphs[t.paragraph][0], t.end) for t in turns]
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
        if t.question or t.nameless:
            speakers[i] = None  # the interviewer's; "Hon. Members:", an unnamed chair
            continue
        if t.anonymous:
            speakers[i] = ent = reg.named(t.anonymous, "anonymous", t.start)
            reg.note_speaker(ent, t.start)
            continue
        words = names[t.label]
        title, name = split_person(words) if words else ([], [])
        ent = reg.person(name, " ".join(words or ()), t.start) if name else None
        if ent is not None and title:
            ent.add_role(" ".join(title))  # "Chair Ada Brandt:"
        if ent is not None and t.office and classify_name(t.office.split()) != "person":
            ent.add_role(t.office)  # "The Minister for Islands (Mrs Ada Brisk):"
        if ent is not None:
            reg.note_speaker(ent, t.start)
        speakers[i] = ent
    asked = {t.start for t in turns if t.question}
    out = [q for q in quotes if q.start not in asked]
    kept = {q.start for q in out}
    # a one-word turn ("Gladly.", "Shame!") is a speech, not a scare quote or a title
    out += [
        Quote(text=body[t.start : t.end], speaker=None, partial=False, start=t.start, end=t.end)
        for t in turns
        if not t.question and t.start not in kept
    ]
    out.sort(key=lambda q: q.start)
    index = {r.start: i for i, r in enumerate(raw)}
    for q in out:
        if q.start in by_start:
            q.speaker = speakers[index[q.start]]  # type: ignore[assignment]  # named at the end
    return out
