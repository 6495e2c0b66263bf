"""Who holds the floor in an exchange (fourteenth pass, branch x16o, issue 16).

Hearings, broadcast interviews, press conferences and debates alternate two parties, a
turn a paragraph. Two shapes gave a turn to the wrong one:

- A reply right after the other party's turn: '"You promised the number," the
  presenter, Clodagh Mulcahy, said. / "What I promised was safer streets," he replied.'
  "he" fell on the presenter, the latest person (and made her "he", so her own "she
  asked" later found nobody). Nobody replies to their own words: when the pronoun before
  replied, answered, responded, retorted, countered or shot/fired/hit back falls on the
  speaker of the quotation paragraph just before, the reply is the other party's: the
  latest other person cited in the sentences before (gender permitting), else nobody.
  (reply_side.py does the same at the quote stage after a question; this runs first, while
  the attributions are resolved, so a wrong gender is never learnt.)
- A gesture opening the answer: '"And who chose the contractor?" Boateng pressed. / She
  paused. "My agency did."' A pronoun with nobody cited before it in its paragraph, right
  after a question paragraph, is the one asked: the latest other person quoted before the
  question, only when the text has already called that person "she"/"he" (a person of
  unknown gender is no sure answer: nobody).
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.find import Attribution
from claimdesk.extract.attribution.put_to import asker_named, put_to
from claimdesk.extract.attribution.reply_side import Said, _office_holder
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry

Span = tuple[int, int]

# the pronoun, then a verb of answering: '"...," he replied', '"...," she shot back'
_REPLY_AFTER = re.compile(
    r"[ \u00a0]*(?:replied|replies|answered|answers|responded|responds|retorted|retorts"
    r"|countered|counters|(?:shot|fired|hit)[ \u00a0]+back)\b"
)
# or a verb of answering, after a question: '"Did you read it?" / "I did not," he conceded.'
_ANSWER_AFTER = re.compile(
    r"[ \u00a0]*(?:conceded|concedes|admitted|admits|acknowledged|acknowledges|explained"
    r"|explains|said|says|insisted|insists)\b"
)
# or of asking again: '"Even in Morrow?" he pressed.'
_ASK_AFTER = re.compile(
    r"[ \u00a0]*(?:asked|asks|pressed|presses|persisted|persists|demanded|demands|probed"
    r"|followed[ \u00a0]+up)\b"
)
_LOOK_BACK = 10  # sentences searched for the other party
_QUOTE_GAP = 4  # characters between the closing mark and the pronoun ('," he replied')


def _turn_opens_paragraph(masked: str, s: int) -> bool:
    """Whether the sentence at s opens its paragraph with a quotation."""
    i = s
    while i < len(masked) and masked[i] in " \t\u00a0":
        i += 1
    if i >= len(masked) or masked[i] != "\x00":
        return False
    j = s - 1
    while j >= 0 and masked[j] in " \t\u00a0":
        j -= 1
    return j < 0 or masked[j] == "\n"


def _run_start(masked: str, last: int, lo: int) -> int:
    """Where the masked quotation that ends at masked[last] starts (not before lo)."""
    first = last
    while first > lo and masked[first - 1] == "\x00":
        first -= 1
    return first


def _is_question(body: str, first: int, last: int) -> bool:
    """Whether the quotation body[first:last + 1] (its marks included) is a question."""
    return body[first : last + 1].rstrip("\"”’' \u00a0").endswith("?")


def _breaks(masked: str, a: int, b: int) -> int:
    """How many paragraph breaks stand between offsets a and b (runs of newlines)."""
    return len(_BREAK.findall(masked, a, b))


_BREAK = re.compile(r"\n+")


# the asker's turn names the one it is put to: "The host, Bill Tremaine, pressed her:"
_PRESSED = re.compile(
    r"\b(?:pressed|asked|challenged|interrupted|quizzed|questioned|grilled|confronted|pushed)"
    r"[ \u00a0]+(him|her)\b"
)
_OBJECT = {"he": "him", "she": "her"}


def _pressed(masked: str, ps: int, pe: int, pronoun: str) -> bool:
    """Whether sentence masked[ps:pe] puts a turn to "him"/"her", the object form of the
    pronoun now speaking: the quotation it frames is a turn put to the other party, as a
    question is ('The host pressed her: "But they funded it." / "...," she said')."""
    return any(m.group(1) == _OBJECT[pronoun] for m in _PRESSED.finditer(masked, ps, pe))


def _asks_in(masked: str, body: str, sent: Span) -> bool:
    """Whether the last quotation of sentence `sent` is a question."""
    last = masked.rfind("\x00", *sent)
    return last >= 0 and _is_question(body, _run_start(masked, last, sent[0]), last)


def reply_turn(
    masked: str,
    sentences: list[Span],
    si: int,
    att: Attribution,
    ent: Entry | None,
    per_sentence: list[list[tuple[object, Entry | None]]],
    resolved: list[tuple[object, Entry | None]],
    reg: Registry,
) -> Entry | None:
    """The speaker of '"...," he replied' (the sentence's first attribution, `att`) in
    sentence si, first resolved to `ent` (or to nobody): `ent` unless it spoke the
    quotation paragraph just before (see module)."""
    np = att.np
    if np is None or np.kind != "pronoun" or resolved or si < 1:
        return ent
    pronoun = np.words[0].lower()
    if pronoun not in ("he", "she") or (ent is not None and ent.kind != "person"):
        return ent
    s, at = sentences[si][0], att.span[0]
    after = at + len(pronoun)
    reply = _REPLY_AFTER.match(masked, after, after + 24) is not None
    answer = not reply and _ANSWER_AFTER.match(masked, after, after + 24) is not None
    asks = _ASK_AFTER.match(masked, after, after + 24) is not None
    if not (reply or answer or asks):
        return ent
    if not _turn_opens_paragraph(masked, s):
        return ent
    close = masked.rfind("\x00", s, at)
    if close < 0 or at - close > _QUOTE_GAP:
        return ent  # '"...," he replied' only: the pronoun right after the quotation
    ps, pe = sentences[si - 1]
    last = masked.rfind("\x00", ps, pe)
    verb = put_to(masked, ps, pe, pronoun) if last < 0 and not asks else -1
    reported = verb >= 0  # "Roe put it to her that ..." (put_to.py)
    if "\n" not in masked[pe:s] or (last < 0 and not reported):
        return ent  # the sentence before ends the paragraph before, holding a quotation
    first = _run_start(masked, last, ps) if not reported else ps
    question = reported or _is_question(reg.body, first, last) or _pressed(masked, ps, pe, pronoun)
    if asks:
        # '"In every case," Delacroix answered. / "Even in Morrow?" he pressed.': a
        # question after an answer is the asker's follow-up, never the answerer's
        if question or not _is_question(reg.body, _run_start(masked, close, s), close):
            return ent
    elif not reply and not question:
        return ent  # "he conceded" answers a question; "he replied" anything
    before = [e for _a, e in per_sentence[si - 1] if e is not None]
    k = si - 1
    while not before and k > 0 and "\n" not in masked[sentences[k - 1][1] : sentences[k][0]]:
        k -= 1  # '"...," she said. "Nobody has broken anything."': the paragraph's voice
        before = [e for _a, e in per_sentence[k] if e is not None]
    if reported and (named := asker_named(masked, ps, verb, reg)) is not None:
        before = [named]  # the asker is the subject ("... that the party had promised")
    if not before or (ent is not None and before[-1] is not ent):
        return ent
    asker = before[-1]
    if asker.kind not in ("person", "anonymous") or (
        answer and asker.gender == pronoun and not reported
    ):
        return ent  # "she said" after her own question, when she is known as "she": hers
    if (
        question
        and not reported
        and (held := _office_holder(reg.body[first : last + 1], reg, asker)) is not None
    ):
        return held if held.gender in (None, pronoun) else None  # '..., governor?'
    for k in range(si - 2, max(-1, si - 2 - _LOOK_BACK), -1):
        for _a, e in reversed(per_sentence[k]):
            if e is None or e is asker:
                continue
            if asks and not _asks_in(masked, reg.body, sentences[k]):
                return ent  # no exchange: '"We are fine," X said. / "Are we?" she asked.'
            if answer and _breaks(masked, sentences[k][1], ps) > 1:
                return ent  # the other voice spoke no turn just before the question
            if e.kind == "person" and e.gender in (None, pronoun):
                return e
            return None  # the latest other voice does not fit: nobody rather than a guess
    return None if reply else ent  # no other voice: "she said" goes on after her question


# a clause of asking before the main clause: "When a reporter asked whether ..., he said"
_FRONTED = re.compile(r"[ \u00a0]*(?:When|After|As|Once|Before|Until|While)\b")
_ASKING = ("asked", "pressed", "questioned", "quizzed", "challenged", "wondered", "demanded")


def past_fronted_askers(
    masked: str, s: int, resolved: list[tuple[Said, Entry | None]]
) -> list[tuple[Said, Entry | None]]:
    """The sentence's attributions less the asker of a fronted clause ('When a reporter
    asked whether he would resign, he replied ...': "he" is not the reporter)."""
    if not resolved or _FRONTED.match(masked, s) is None:
        return resolved
    return [
        (a, e)
        for a, e in resolved
        if not (masked[a.a : a.b].rstrip().endswith(_ASKING) and "," in masked[a.b : a.b + 400])
    ]


def gesture_turn(
    body: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    pronoun: str,
    who: Entry | None,
    cited: list[Entry],
) -> Entry | None:
    """Who "She paused." / "He hesitated." before the quotation raw[qi] is: `who` (the
    pronoun resolved) when it is the person cited last before it in the paragraph
    (`cited`); with nobody cited there, right after a question paragraph, the one asked,
    known by the pronoun (see module); else None."""
    if cited:
        return who if cited[-1] is who else None
    if qi < 2:
        return None
    q, prev = raw[qi], raw[qi - 1]
    asker = speakers[qi - 1]
    if prev.paragraph != q.paragraph - 1 or asker is None or asker.kind != "person":
        return None
    if not body[prev.start : prev.end].rstrip().endswith("?"):
        return None
    for j in range(qi - 2, max(-1, qi - 2 - _LOOK_BACK), -1):
        e = speakers[j]
        if e is None or e is asker:
            continue
        return e if e.kind == "person" and e.gender == pronoun else None
    return None


# the one being questioned, named by their part in the exchange
_QUESTIONED = re.compile(r"[Tt]he[ \u00a0]+(?:witness|interviewee|guest)\b")


def questioned_turn(
    body: str,
    masked: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    at: int,
    ent: Entry | None,
    reg: Registry,
) -> Entry | None:
    """'"Did you see the order?" Sen. Marchetti asked. / "I did," the witness replied.':
    "the witness" (or "the guest", "the interviewee") right after another's question is
    the one questioned: the latest other person quoted, else cited, before the question.
    Else `ent` (the bare description, as before)."""
    if qi < 1 or ent is None or ent.kind != "anonymous" or _QUESTIONED.match(masked, at) is None:
        return ent
    prev, asker = raw[qi - 1], speakers[qi - 1]
    if asker is None or prev.paragraph != raw[qi].paragraph - 1:
        return ent
    if not body[prev.start : prev.end].rstrip().endswith("?"):
        return ent
    for j in range(qi - 2, max(-1, qi - 2 - _LOOK_BACK), -1):
        e = speakers[j]
        if e is not None and e is not asker and e is not ent:
            return e if e.kind == "person" else ent
    cited = [
        e
        for e in reg.entries
        if e.kind == "person" and e.cited and e is not asker and e.last < prev.open_mark
    ]
    return max(cited, key=lambda e: e.last) if cited else ent
