"""The last rules for a quotation nothing else credits (speech._unattributed_speaker's
fallback), in order: a name the sentence gives the words to ("in the words of X", "as X
put it", attribution/words_of.py), the person the paragraph before introduces
(paragraph_intro.py),
then the office holder of a gesture sentence right before the quotation ("Asked about
the protest, the president smiled. '...'", attribution/office_gesture.py) or of "she"/"he"
when the piece knows one person by it ("Asked what comes next, she smiled."), then, in a
piece about one person, a quotation paragraph after a paragraph that ends on "She ..."
("Does she worry about what happens when she stops? She puts down the pipe." then
'"Joaquim will be ready."'): the piece's lead person (attribution/lead_person.py), when
no other person cited is known by that pronoun.

Each runs only when every older rule left the quotation without a speaker, so none of
them can take a speaker away: they turn abstentions into names, under their own guards.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdesk.extract.attribution.asked_subject import asked_subject
from claimdesk.extract.attribution.gesture_lead import gesture_subject
from claimdesk.extract.attribution.lead_person import lead_person
from claimdesk.extract.attribution.message_series import series_writer
from claimdesk.extract.attribution.office_gesture import role_gesture
from claimdesk.extract.attribution.speech_frame import speech_frame
from claimdesk.extract.attribution.words_of import words_of
from claimdesk.extract.paragraph_intro import _BARE, _PRONOUNS, _Text, paragraph_intro
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry
from claimdesk.extract.speakers import _resolve


def prose_speaker(
    text: _Text,
    q: RawQuote,
    lo: int,
    per_sentence: Sequence[Sequence[tuple[object, Entry | None]]],
    reg: Registry,
) -> Entry | None:
    """The speaker of quotation `q` (sentence `lo`) by the fallback rules, or None."""
    s0 = text.sentences[lo][0]
    if (
        np := words_of(text.masked, s0, q.open_mark) or speech_frame(text.masked, s0, q.open_mark)
    ) is not None:
        ent = _resolve(np, "", reg, text.sentences[lo][0])  # "as Morrow put it, '...'"
        if ent is not None and ent.kind in ("person", "organization"):
            reg.note_speaker(ent, text.sentences[lo][0])
            return ent
    ent = paragraph_intro(text, q, lo, per_sentence, reg)
    if ent is None and q.close_mark is not None:
        # '"...," one message read. In another, X wrote:' (message_series.py)
        ent = series_writer(text.masked, text.sentences, lo, q.close_mark, per_sentence)
    if ent is not None or lo < 1 or q.partial or q.continues:
        return ent
    if (ent := _after_pronoun_paragraph(text, q, lo, per_sentence, reg)) is not None:
        return ent
    ps = text.paragraphs[q.paragraph][0]
    s, e = text.sentences[lo - 1]
    if s < ps or per_sentence[lo - 1] or q.open_mark > text.sentences[lo][0] + 1:
        return None  # the sentence before is another paragraph's, or credits someone
    ent = role_gesture(text.masked, s, e, reg)  # "..., the president smiled. '...'"
    if ent is None:
        ent = _sole_of_gender(text.masked, s, e, reg)  # "Asked what comes next, she smiled."
    if ent is not None:
        reg.note_speaker(ent, s)
    return ent


def _sole_of_gender(masked: str, s: int, e: int, reg: Registry) -> Entry | None:
    """For "she"/"he" as the subject of a gesture or of "was asked" (the sentence
    masked[s:e]), the latest person cited, when the article knows them by that pronoun
    and knows nobody else by it. speech.py takes the pronoun only for a person cited
    earlier in the same paragraph; a new paragraph opening "Asked what comes next, she
    smiled." points back to the one "she" of the piece."""
    np = gesture_subject(masked, s, e) or asked_subject(masked, s, e)
    if np is None or np.kind != "pronoun":
        return None
    pronoun = np.words[0].lower()
    who = reg.last_person
    if who is None or who.kind != "person" or who.gender != pronoun:
        return None
    return None if reg.other_of_gender(pronoun, who) else who


def _after_pronoun_paragraph(
    text: _Text,
    q: RawQuote,
    lo: int,
    per_sentence: Sequence[Sequence[tuple[object, Entry | None]]],
    reg: Registry,
) -> Entry | None:
    """The lead person of a one-person piece, for a quotation filling its paragraph
    after a paragraph whose last sentence is about "she"/"he" and credits no one."""
    pi = q.paragraph
    ps, pe = text.paragraphs[pi]
    if pi < 1 or q.open_mark > ps + 1 or text.masked[ps:pe].strip(_BARE):
        return None  # framed by narrative: the other rules decide
    pps, ppe = text.paragraphs[pi - 1]
    si = lo - 1
    if text.masked.find("\x00", pps, ppe) >= 0 or text.sentences[si][0] < pps:
        return None  # a quotation in the paragraph before, or no sentence of its own
    if any(per_sentence[k] for k in range(si, lo) if text.sentences[k][0] >= pps):
        return None
    opening = text.masked[text.sentences[si][0] : text.sentences[si][0] + 4].lstrip()
    pronoun = next((p for o, p in _PRONOUNS.items() if opening.startswith(o)), None)
    if pronoun is None:
        return None
    who = lead_person(text.masked, text.sentences[: lo + 1], pronoun, reg)
    if who is None or who.gender != pronoun or reg.other_of_gender(pronoun, who):
        return None  # the lead never known by this pronoun, or another one is
    reg.note_speaker(who, ps)
    return who
