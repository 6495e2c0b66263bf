"""Quotes, reported statements, sources and the speaker of every sentence.

The steps: pair quote marks (extract/quotes.py), blank the quotations out of the body,
find attributions around speech verbs in the narrative (extract/attribution/), resolve
each attribution's subject to a source (extract/speakers.py, against the registry of
extract/sources.py) in reading order so pronouns and surnames point back to the latest fitting
speaker, then give each quote its sentences' nearest attribution, else its paragraph's speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import itemgetter

from claimdesk.extract.attribution import (
    NP,
    Attribution,
    find_attributions,
    fold,
    fwd_subject,
    sentence_subjects,
    tokenize,
)
from claimdesk.extract.attribution.addressee import addressed, other_side, unaddressed
from claimdesk.extract.attribution.antecedent_parts import (
    skip_possessors,
    subject_over_gap,
    titled_subject,
)
from claimdesk.extract.attribution.asked_subject import asked_subject
from claimdesk.extract.attribution.asker_pronoun import turn_fix
from claimdesk.extract.attribution.colon_frames import be_manner, clause_in, colon_frame, dateline
from claimdesk.extract.attribution.colon_paragraph import quote_after_colon
from claimdesk.extract.attribution.conduit_report import relays
from claimdesk.extract.attribution.former_role import former_speaker
from claimdesk.extract.attribution.fronted_clause import fronted_person
from claimdesk.extract.attribution.gesture_lead import gesture_subject
from claimdesk.extract.attribution.group_member import group_member
from claimdesk.extract.attribution.handle_credit import handle_credit
from claimdesk.extract.attribution.intro_subject import intro_subject
from claimdesk.extract.attribution.kin_link import kin_named
from claimdesk.extract.attribution.kin_subject import kin_subject
from claimdesk.extract.attribution.label_after import past_label
from claimdesk.extract.attribution.letter_signature import letter_signer
from claimdesk.extract.attribution.live_blog import blank_stamps
from claimdesk.extract.attribution.name_then_verb import name_then_verb
from claimdesk.extract.attribution.named_as import named_as
from claimdesk.extract.attribution.named_beside import when_last_is_other
from claimdesk.extract.attribution.negated_manner import unflinching
from claimdesk.extract.attribution.opened_with import lead_end, pronoun_turn, turn_opener
from claimdesk.extract.attribution.owner_past_role import past_role
from claimdesk.extract.attribution.owner_subject import owner_subject
from claimdesk.extract.attribution.party_role import is_party_label, name_before
from claimdesk.extract.attribution.pronoun_run import pronoun_run
from claimdesk.extract.attribution.pull_credit import credit_sentence, next_line
from claimdesk.extract.attribution.relation_once import relation_of
from claimdesk.extract.attribution.reply_side import exchange_side, without_askers
from claimdesk.extract.attribution.role_back import named_with_role, role_beside
from claimdesk.extract.attribution.role_words import former_description
from claimdesk.extract.attribution.scare_phrase import scare_phrase
from claimdesk.extract.attribution.scare_quotes import Quoted, coined_term
from claimdesk.extract.attribution.source_gender import genderless_source
from claimdesk.extract.attribution.spoken_noun import spoken_noun
from claimdesk.extract.attribution.stance_lead import cited_voice, unnamed_or_stance
from claimdesk.extract.attribution.statement_owner import is_statement, statement_owner
from claimdesk.extract.attribution.straight_single import curly_copy, quotes_with_straight_singles
from claimdesk.extract.attribution.surname_subject import surname_subject
from claimdesk.extract.attribution.title_holder import office_or_title, titled_subjects
from claimdesk.extract.attribution.titled_pronoun import titled_of_gender
from claimdesk.extract.attribution.tokens import is_possessive
from claimdesk.extract.attribution.transcript import credit_turns, transcript_turns, with_turns
from claimdesk.extract.attribution.turn_taking import gesture_turn, past_fronted_askers, reply_turn
from claimdesk.extract.attribution.unnamed_who import plural_head
from claimdesk.extract.attribution.writer_aside import FIRST_PERSON, writer_aside
from claimdesk.extract.document import Document, Span
from claimdesk.extract.embedded_speech import embedded_speaker, relative_gloss
from claimdesk.extract.inherited_speaker import gesture_fits, inherited, keeps_next
from claimdesk.extract.lexicon import ORG_NOUNS, SPEECH_VERBS, word_set
from claimdesk.extract.prose_credit import prose_speaker
from claimdesk.extract.quote_terms import is_title_or_term
from claimdesk.extract.quoted_as import quoted_as
from claimdesk.extract.quotes import RawQuote, find_quotes, mask_quotes, uses_single_quotes
from claimdesk.extract.record import Quote, Source, Statement
from claimdesk.extract.refer_back import described_person, kin_first_name, points_back
from claimdesk.extract.said_per_sentence import sentence_entries
from claimdesk.extract.said_per_sentence import statements as reported_statements
from claimdesk.extract.sentences import split_sentences
from claimdesk.extract.sign_words import is_sign_thing, sign_words
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    split_person,
    strip_possessive,
)
from claimdesk.extract.speakers import _resolve, before_quote, dash_credit_line
from claimdesk.extract.speech_nouns import owner_of_words


@dataclass(slots=True)
class Speech:
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    sentence_speakers: list[str | None] = field(default_factory=list)  # one per sentence


def _body_paragraphs(doc: Document) -> list[Span]:
    paras = doc.paragraphs or [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.body)]
    n = len(doc.body)
    paras = sorted([(a if a > 0 else 0, b if b < n else n) for a, b in paras if a < b])
    if not doc.headings:
        return paras
    heads = set(doc.headings)
    return [p for p in paras if p not in heads]


class _Said:
    """What the later steps read of a resolved attribution, its offsets held flat. Keeping
    the whole Attribution (its noun phrase, words, surface, offset pairs) for every
    sentence was most of the speech stage's memory on a long article (issue 12,
    finding 9)."""

    __slots__ = ("_b", "_ce", "_cs", "a", "pronoun", "weak")

    def __init__(
        self, span: tuple[int, int], clause: tuple[int, int] | None, weak: bool, pronoun: str | None
    ) -> None:
        # Offsets past 256 are 32-byte ints: later ones are kept as small distances from `a`
        self.a = span[0]  # body offset of the subject
        self._b = span[1] - span[0]  # ... and of the end of subject + verb
        self._cs = None if clause is None else clause[0] - span[0]  # the reported clause
        self._ce = None if clause is None else clause[1] - clause[0]
        self.weak = weak
        self.pronoun = pronoun  # the subject, lowercase, when it is a pronoun

    @property
    def b(self) -> int:
        return self.a + self._b

    @property
    def span(self) -> tuple[int, int]:
        return (self.a, self.a + self._b)

    @property
    def clause(self) -> tuple[int, int] | None:
        if self._cs is None:
            return None
        cs = self.a + self._cs
        return (cs, cs + self._ce)


def _lean(att: Attribution) -> _Said:
    np = att.np
    pronoun = np.words[0].lower() if np is not None and np.kind == "pronoun" else None
    return _Said(att.span, att.clause, att.weak, pronoun)


_Resolved = list[tuple[_Said, Entry | None]]  # one sentence's attributions, resolved


_SIGNED_NOUNS = ("statement", "letter", "note", "post", "message", "petition", "document")
_SIGNED = re.compile(
    rf"(?:It|The (?:{'|'.join(_SIGNED_NOUNS)})) was "
    r"(?:signed|issued|written|sent|posted|released|published) by (?:the )?"
)
_SIGNED_WAS = len("The ") + max(map(len, _SIGNED_NOUNS)) + len(" was ")  # where " was " ends


def _signed_by(
    a: int,
    e: int,
    prev: Span,
    prev_atts: _Resolved,
    masked: str,
    reg: Registry,
) -> None:
    """'"...," the statement read. It was signed by X': X speaks the quote before,
    when that sentence cites nobody but a document."""
    ps, pe = prev
    if masked.find("\x00", ps, pe) < 0:
        return
    if any(ent is not None and ent.kind != "publication" for _att, ent in prev_atts):
        return
    np = fwd_subject(tokenize(masked, a, min(e, a + 200)), 0, masked, appositive=True)
    if np is None or np.kind == "pronoun":
        return
    ent = _resolve(np, "", reg, a)
    if ent is None:
        return
    reg.note_speaker(ent, a)
    for _att, old in prev_atts:
        if old is not None and old is not ent and old.last <= pe:
            old.cited = False  # the document only carried X's words
    prev_atts[:] = [(_Said((pe, pe), None, False, None), ent)]


def _nearest(q: RawQuote, cands: _Resolved, masked: str):
    best = None
    best_d = None
    qa = q.open_mark
    qb = q.close_mark if q.close_mark is not None else q.end
    before = None
    for att, ent in cands:
        a, b = att.span
        d = qa - b if b <= qa else (a - qb if a >= qb else 0)
        if b <= qa:
            before = (att, ent)
        if best_d is None or d < best_d:
            best, best_d = (att, ent), d
    if (
        q.partial
        and best is not None
        and before is not None
        and best[0].span[0] >= qb
        and (_NEXT_CLAUSE.search(masked, qb, best[0].span[0]) or relays(best[0], masked, before))
    ):  # 'X remembered her as "a genius", and Y recalled', '..., the agency reported'
        return before
    return best


# Where a new clause starts between a partial quote and a later attribution.
_NEXT_CLAUSE = re.compile(r"[,;][ \u00a0]*(?:and|but|while|whereas)\b|;")


def quotes_for(raw: list[RawQuote], quotes: list[Quote]) -> list[Quote | None]:
    """The Quote record made from each raw quotation (None when it was dropped)."""
    by_start = {q.start: q for q in quotes}
    return [by_start.get(r.start) for r in raw]


_CREDIT = re.compile(r"(?:Data )?Sources?:\s*([A-Z][^\n.;]{2,80}?)\.?\s*$")


def _credit_lines(
    body: str,
    paragraphs: list[Span],
    starts: list[int],
    per_sentence: list[_Resolved],
    reg: Registry,
) -> None:
    """ "Source: Aldmoor City Election Commission" under a table credits the rows above
    it (up to 12 paragraphs, back to the first one that cites someone; `starts`: where
    each sentence starts)."""
    for pi, (ps, pe) in enumerate(paragraphs):
        if pe - ps > 100 or not body.startswith(("Source", "Data"), ps):
            continue
        m = _CREDIT.match(body, ps, pe)
        if m is None:
            continue
        name = m.group(1).strip()
        words = name.split()
        kind = classify_name(words)
        ent = reg.named(name, "organization" if kind == "person" else kind, m.start(1))
        reg.note_speaker(ent, m.start(1))
        for qi in range(pi - 1, max(-1, pi - 13), -1):
            qs, qe = paragraphs[qi]
            lo = bisect_right(starts, qs - 1)
            hi = bisect_right(starts, qe - 1)
            if any(per_sentence[si] for si in range(lo, hi)):
                break
            for si in range(lo, hi):
                per_sentence[si].append((_CREDIT_ATT, ent))


_CREDIT_ATT = _Said((-1, -1), None, False, None)


_ODD = re.compile("[\ufffd\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_MAX_LEAD = 300  # characters before the colon of 'Name, role: "..."'
_MAX_FRONTED = 15  # tokens of a fronted phrase before the name of a colon lead


_SAID_FIRST = frozenset(("said", "says", "added", "adds"))


_REL_CLAUSE = re.compile(r", (?:who|which|whose) ")
_CLAUSE_VERBS = word_set("had has have was were is are would will could did does")


def _colon_attribution(masked: str, si: int, s: int, e: int) -> Attribution | None:
    """ "Ilona Vásquez, in her victory speech: "..."": a speaker without a verb."""
    q = masked.find("\x00", s, e if e - s < _MAX_LEAD else s + _MAX_LEAD)
    if q < 0 and (q := quote_after_colon(masked, s, e)) < 0:  # "X was blunt:" / '"..."'
        return None
    j = q - 1
    while j > s and masked[j].isspace():
        j -= 1
    if masked[j] != ":":
        return None
    np = _colon_lead(masked, (s, max(e, q)), q)
    if np is None:
        return None
    return Attribution(sent=si, verb=q, span=(s, q), np=np, clause=None, surface="")


def _colon_lead(masked: str, sent: Span, open_mark: int) -> NP | None:
    """The name opening a sentence that ends in a colon right before the quote."""
    s = sent[0]
    if not (s <= open_mark <= sent[1]) or open_mark - s > _MAX_LEAD:
        return None  # a lead of hundreds of characters is no name: keeps it linear
    if (end := lead_end(masked, s, open_mark)) is None:
        return None  # no colon, nor "X opened with '...'" (opened_with.py)
    toks = tokenize(masked, s, end)
    first = dateline(toks, 1 if toks and toks[0].low in _SAID_FIRST else 0)  # 'Said Ada Ek:'
    np = fwd_subject(toks, first, masked, appositive=True) or pronoun_turn(toks, first)
    if np is None or (np.kind == "pronoun" and not turn_opener(toks, np.end)):
        # "Asked whether the town was safe, Amundsen shook her head:": a fronted phrase
        comma = next((i for i, t in enumerate(toks[:_MAX_FRONTED]) if t.text == ","), None)
        if comma is None:
            return colon_frame(toks, masked)  # "Her charge was simple:"
        np = fwd_subject(toks, comma + 1, masked, appositive=True)
        if np is None or np.kind != "name":
            return colon_frame(toks, masked)  # "When ..., he answered:"
    rest = toks[np.end :]
    if rest and rest[0].text == ",":
        rest = rest[1:]
    # only the name, its role, or "in a statement on Monday" before the colon (no clause)
    if clause_in(rest, _CLAUSE_VERBS):
        # "X had a simple demand:", "X was unrepentant:" (colon_frames.be_manner)
        # "X did not hesitate:" (negated_manner.py) says how X spoke, too
        return (
            np if spoken_noun(np, rest) or be_manner(rest[:-1]) or unflinching(rest[:-1]) else None
        )
    return np


def _antecedent(
    pronoun: str,
    si: int,
    resolved: _Resolved,
    per_sentence: list[_Resolved],
    sentences: list[Span],
    masked: str,
    reg: Registry,
) -> Entry | None:
    """Who "he"/"she" is: a person cited earlier in this sentence or in the previous
    one, else the person the previous sentence is about ("John Doe, 52, lost his home.
    'We tried,' he said."), else the latest person cited."""

    def fits(ent: Entry | None) -> bool:
        # a person, or one unnamed individual ("a port worker ... he said")
        if ent is None or ent.gender not in (None, pronoun) or genderless_source(ent.name):
            return False  # a "source" is never "she" (source_gender.py)
        return ent.kind == "person" or (ent.kind == "anonymous" and not plural_head(ent.name))

    for _att, ent in reversed(past_fronted_askers(masked, sentences[si][0], resolved)):
        if fits(ent):
            return ent
    si = before_quote(masked, sentences, si)
    si = pronoun_run(masked, sentences, si, pronoun, per_sentence)  # "She met us. '...'"
    if si > 0:
        for _att, ent in reversed(per_sentence[si - 1]):
            if fits(ent):
                return ent
        ps, pe = sentences[si - 1]
        cands = sentence_subjects(masked, ps, pe) + without_askers(masked, ps, pe)[:1]
        for np in skip_possessors(titled_subjects(cands, reg, ps)):
            words = list(np.words)
            words[-1] = strip_possessive(words[-1])
            known = reg.by_alias(" ".join(words))
            if known is not None and fits(known):
                return known
            if len(words) == 1 and classify_name(words) == "person":
                full = reg.full_name_for(words[0]) or reg.given_names.full(words[0], ps)
                if full:
                    ent = reg.person(full.split(), words[0], ps)
                    if fits(ent):
                        return ent
                continue
            if classify_name(words) == "person":
                title_words, name_words = split_person(words)
                if len(name_words) >= 2 or (title_words and name_words):
                    ent = reg.person(name_words, " ".join(words), ps)
                    if not fits(ent):
                        continue
                    if title_words:
                        ent.add_role(" ".join(title_words))
                    ent.add_role(np.role)
                    return ent
        titled = titled_subject(masked, ps, pe, reg) or owner_subject(masked, ps, pe, reg)
        if titled is not None and fits(titled):
            return titled  # "The mayor did not let that pass. '...,' she said": Mayor X
        if (named := titled_of_gender(masked, ps, pe, pronoun)) is not None:
            ent = reg.person(named[1:], " ".join(named), ps)  # "..., Mrs Ada Wilde. ... she"
            if fits(ent):
                ent.add_role(named[0])
                return ent
        gap = subject_over_gap(masked, *sentences[si - 2], ps, pe, reg) if si > 1 else None
        if fits(gap):
            return gap  # "Ek plans more. The team has a name for it. '...,' she said"
    last = reg.last_person
    if last is None or not fits(last):
        return when_last_is_other(masked, sentences, si, pronoun, reg)  # named_beside.py
    return last if last.gender == pronoun or not reg.other_of_gender(pronoun, last) else None


def analyse(doc: Document, sentences: list[Span]) -> Speech:
    """Quotes, statements, cited sources and one speaker (or None) per sentence.

    Every speaker is the canonical name of an entry in `sources`; offsets index doc.body.
    """
    body = doc.body
    paragraphs = _body_paragraphs(doc)
    if quotes_with_straight_singles(body):
        raw = find_quotes(curly_copy(body), paragraphs, single=True)
    else:
        raw = find_quotes(body, paragraphs, single=uses_single_quotes(body))
    if turns := transcript_turns(body, paragraphs):
        raw = with_turns(raw, turns, paragraphs)  # "Name: answer" in an interview
    masked = blank_stamps(mask_quotes(body, raw), paragraphs)  # "22:30 — ..." entries
    if not masked.isascii() and _ODD.search(masked):
        # U+FFFD (a replaced control or bidi character) and format marks read as spaces
        masked = _ODD.sub(" ", masked)
    reg = Registry(body)
    # 1. attributions, resolved in reading order so pronouns see earlier speakers
    per_sentence = _attributions(body, masked, sentences, reg)
    # 2. quotes: the nearest attribution in the sentences they touch
    text = _Text(body, masked, sentences, paragraphs, doc.headings)
    quotes, speakers = _quotes(text, raw, per_sentence, reg)
    if turns:
        quotes = credit_turns(body, turns, raw, quotes, speakers, reg)
    starts = text.starts
    del text, masked  # the last reader of the masked copy: a long article's size less
    # 3. each sentence's speaker: its quote's, its attribution's, or a "Source: X" line
    if "Source" in body:  # every credit line holds it (most bodies do not: no sorting)
        all_paragraphs = sorted(set(paragraphs) | set(doc.headings))  # credits may be headings
        _credit_lines(body, all_paragraphs, starts, per_sentence, reg)
    sent_ent = sentence_entries(starts, per_sentence, raw, speakers)  # said_per_sentence.py
    # 4. statements: reported clauses that are not just a quotation; last, as they take
    # each sentence's attributions away (a credit line's have no clause: none is one)
    statements = reported_statements(body, per_sentence)

    merged = reg.merge_descriptions()
    own = reg.drop_publisher(doc.publisher)  # "documents obtained by The New York Times"

    def name_of(ent: object) -> str | None:
        if not isinstance(ent, Entry) or id(ent) in own:
            return None
        return merged.get(id(ent), ent).name

    for item in unaddressed(quotes, reg):  # not the one it calls "Ms X" (addressee.py)
        item.speaker = name_of(item.speaker)
    for st in statements:
        st.speaker = name_of(st.speaker)
    return Speech(
        sources=reg.cited_sources(),
        quotes=quotes,
        statements=statements,
        sentence_speakers=[None if e is None else name_of(e) for e in sent_ent],
    )


def _attributions(body: str, masked: str, sentences: list[Span], reg: Registry) -> list[_Resolved]:
    """Each sentence's attributions with the source each names, in reading order, so a
    pronoun or a surname finds the speakers cited before it."""
    folded = fold(masked)
    per_sentence: list[_Resolved] = []
    per = ", per " in masked or "Per " in masked  # ", per the ministry"
    colon = masked.find(":")  # the first: a colon lead holds one from the character before
    for si, (s, e) in enumerate(sentences):
        resolved: _Resolved = []
        atts = find_attributions(body, masked, si, s, e, folded, per=per)
        if not atts and (not s or (0 <= colon < e and masked.find(":", s - 1, e) >= 0)):
            lead_att = _colon_attribution(masked, si, s, e)
            if lead_att is not None:
                atts = [lead_att]
        for att in atts:
            ent = _attribution_source(att, si, resolved, per_sentence, sentences, masked, reg)
            if is_sign_thing(att.np):
                ent = None  # 'whose T-shirt read "..."': a shirt is no source
            if ent is not None:
                reg.note_speaker(ent, att.span[0])
            resolved.append((_lean(att), ent))
        if (
            si > 0
            and masked[s] in "IT"
            and masked.find(" was ", s + 2, s + _SIGNED_WAS) >= 0  # "It was", "The note was"
            and (m := _SIGNED.match(masked, s, e)) is not None
        ):
            _signed_by(m.end(), e, sentences[si - 1], per_sentence[si - 1], masked, reg)
        per_sentence.append(resolved)
    return per_sentence


def _attribution_source(
    att: Attribution,
    si: int,
    resolved: _Resolved,
    per_sentence: list[_Resolved],
    sentences: list[Span],
    masked: str,
    reg: Registry,
) -> Entry | None:
    """The source one attribution names: the one before it in the sentence (", saying"),
    the person "he"/"she"/"his"/"her" points back to (or someone speaking for them:
    "his lawyer"), else its subject resolved (speakers._resolve)."""
    np = att.np
    if np is None:
        return resolved[-1][1] if resolved else None
    if np.kind == "pronoun" and np.words[0] == "I":
        return letter_signer(reg.body, att.span[0], reg)  # a letter's signature line
    if (
        np.kind == "name"
        and is_party_label(np.words)
        and (words := name_before(masked, sentences[si][0], att.span[0]))
        and len((split := split_person(words))[1]) >= 2
    ):
        # "Rep. Lorna Ash, Republican of Westmoor, ... said": Ash, with that role
        ent = reg.person(split[1], " ".join(words), sentences[si][0])
        ent.add_role(" ".join(np.words))
        if split[0]:
            ent.add_role(" ".join(split[0]))
        return ent
    if (np.kind == "pronoun" and np.words[0].lower() in ("he", "she")) or (
        np.kind == "desc" and np.det in ("his", "her")
    ):
        pron = np.words[0].lower() if np.kind == "pronoun" else "he"  # "Her campaign said"
        if np.det == "her":
            pron = "she"
        ent = None
        if np.kind == "pronoun" and not resolved:
            ent = fronted_person(masked, sentences[si][0], att.span[0], pron, reg)
        if ent is None and np.kind == "pronoun" and (k := before_quote(masked, sentences, si)):
            ent = kin_subject(masked, sentences[k - 1], pron, reg, per_sentence[k - 1])
        if ent is None:
            ent = _antecedent(pron, si, resolved, per_sentence, sentences, masked, reg)
            ent = reply_turn(masked, sentences, si, att, ent, per_sentence, resolved, reg)
            ent = past_role(masked, np.det, sentences[max(si - 1, 0)][0], att.span[0], ent)
        if ent is None and (kin := kin_named(np, att.span[0], None, reg)) is not None:
            return kin  # "his lawyer said", "his" unsure: the one written "His lawyer, X" (x16w)
        if ent is not None and ent.gender is None:
            ent.gender = pron
        head = np.head or ""
        if ent is not None and np.kind == "desc" and head not in ORG_NOUNS:
            # "his lawyer said": someone else, speaking for him
            if (kin := kin_named(np, att.span[0], ent, reg)) is not None:
                return kin  # after "Her son, Fabian Oduya-Marsh, said" (kin_link.py)
            who = " ".join(np.words)
            if (first := kin_first_name(np)) is not None:
                # '"...," recalled his son, Sam.': Sam, the son
                named = reg.person([first], first, att.span[0])
                named.add_role(f"{who} of {ent.name}")
                return named
            ent = relation_of(who, ent, reg, att.span[0], sentences[si][0])  # relation_once.py
        return ent
    if (
        np.kind == "desc"
        and np.det is None
        and len(np.words) == 2
        and is_possessive(np.words[0])
        and np.words[0][:1].isupper()
        and (first := kin_first_name(np)) is not None
    ):
        # "Quill's wife, Hetty, chimed in": Hetty, the wife, never a source "Quill's wife"
        named = reg.person([first], first, att.span[0])
        named.add_role(" ".join(np.words))
        return named
    if np.kind == "desc" and (who := named_as(masked, *att.span, np.role or "", reg)):
        return who  # "Another caller, a nurse who gave her name only as Jacinta, said"
    if is_statement(np):
        return statement_owner(np, att.span[0], reg)  # '"...," the statement said'
    if (
        np.kind == "desc"
        and np.det == "the"
        and all(w[:1].islower() for w in np.words)
        and (
            (named := named_with_role(reg.body, np.words, att.span[0], reg))
            or (named := office_or_title(reg.body, np.words, att.span[0], reg))
        )
    ):
        return named  # "the deputy chair said" after "the deputy chair, Dominic Hartley"
    if points_back(np):
        # '"...," the teenager grinned': the person just named (refer_back.py)
        ent = described_person(np, att.span[0], si, sentences, masked, reg)
        if ent is not None:
            return ent
    if np.kind == "desc" and former_description(np.words, np.det) and si > 0:
        # '"...," she said. The former teacher added: "..."' (former_role.py)
        prev = [e for _a, e in per_sentence[si - 1] if e is not None]
        if (ent := former_speaker(masked, sentences, si, prev, reg)) is not None:
            return ent
    return _resolve(np, att.surface, reg, att.span[0])


@dataclass(slots=True)
class _Text:
    """The article as the quote steps read it, with where each sentence and paragraph
    starts (worked out once, not per quote)."""

    body: str
    masked: str
    sentences: list[Span]
    paragraphs: list[Span]
    headings: list[Span] = field(default_factory=list)  # a pull quote's credit may be one
    starts: list[int] = field(init=False)
    para_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = list(map(itemgetter(0), self.sentences))  # (in C, not a comprehension)
        self.para_starts = list(map(itemgetter(0), self.paragraphs))


def _quotes(
    text: _Text, raw: list[RawQuote], per_sentence: list[_Resolved], reg: Registry
) -> tuple[list[Quote], list[Entry | None]]:
    """The quotations (not scare quotes or titles), each raw quote's speaker entry."""
    body, starts = text.body, text.starts
    quotes: list[Quote] = []
    speakers: list[Entry | None] = []
    quoted = Quoted()  # the quotations before, their word runs written out only for an
    unread: list[str] = []  # echo test (most quotations have none): these are not yet
    for qi, q in enumerate(raw):
        qa = q.open_mark
        qb = q.close_mark if q.close_mark is not None else q.end
        lo = max(0, bisect_right(starts, qa) - 1)
        hi = max(lo, bisect_right(starts, qb) - 1)
        cands = [c for si in range(lo, hi + 1) for c in per_sentence[si]]
        if len(cands) > 1 and any(c[0].pronoun in FIRST_PERSON for c in cands):
            # 'She also said, and I wrote this down, "..."': the writer's aside between
            # commas is not who speaks when someone else is cited beside it
            asides = [c for c in cands if writer_aside(text.masked, c[0].pronoun, c[0].a)]
            cands = [c for c in cands if c not in asides] or cands
        if cands:
            # The nearest attribution decides, even with no speaker: a wrong one is worse
            att, ent = _nearest(q, cands, text.masked)
            ent = past_label(text.masked, qa, qb, att, ent, cands)  # "which X described as"
            if att.a < qa and qb < att.b and _REL_CLAUSE.search(text.masked, att.a, qa):
                ent = None  # 'X, who wore a cap reading "Sand Is Life", said': not X's words
            if att.b <= qa:  # 'X said Y had told them it was "..."': Y's words
                inner, who = embedded_speaker(text.masked, att.b, qa, reg)
                ent = who if inner else ent
                outer = [c for c in cands if c[0].b <= att.a]
                if outer and relative_gloss(text.masked, att.b, qa):
                    ent = outer[-1][1]  # 'X said Y promised returns that were "..."'
            ent = turn_fix(body, text.masked, raw, speakers, qi, att, ent, reg)  # "she replied"
        else:
            ent = name_then_verb(body, qb, reg) or _unattributed_speaker(
                text, raw, qi, lo, speakers, per_sentence, reg
            )  # '"...?" Ruddle pressed.' (name_then_verb.py), else the older rules
        if ent is None:  # "One user, @pastalawyer, posted: '...'"; "quoted X as saying"
            ent = handle_credit(text.masked, qa, reg) or quoted_as(text.masked, starts[lo], qa, reg)
        if (ent is None or ent.kind == "anonymous" or not cands) and (
            role := role_beside(text.masked, q)
        ):
            # '"...!" the vice-chair said' after "the panel's vice-chair, Dominic Hartley";
            # a role nobody was given is no one the quote may inherit
            named = named_with_role(body, role, q.open_mark, reg)
            ent = named or (ent if cands else None)
        if not cands and (member := group_member(text.masked, starts[lo], lo, per_sentence)):
            ent = member  # "One of them said", "The other added:" (group_member.py)
        sign = sign_words(text.masked, qa, text.paragraphs[q.paragraph][0])
        if sign:
            ent = None  # 'whose T-shirt read "..."': a slogan nobody says, no source
        speakers.append(ent)
        said = body[q.start : q.end]
        # a mid-sentence echo ('That phrase, "ring-fenced", is ...'), not an answer ("Four.")
        echo = not cands and said.rstrip()[-1:] not in ".!?," and _echoes(quoted, unread, said)
        unread.append(said)
        if (
            echo  # 'That phrase, "ring-fenced", is doing a lot of work'
            or (q.partial and not cands and not sign and scare_phrase(body, qa, said))
            or coined_term(body, q.open_mark, said)  # 'calls it a "congestion dividend"'
        ):
            speakers[-1] = None  # 'Locals know him as "Big Dennis"' lends no one a quote
            continue  # the writer's words, not a quotation
        if ent is not None:
            ent.cited = True
        if ent is None and len(said.split()) < 2 and not sign:
            continue  # a scare quote or a title, not a quotation
        if not sign and is_title_or_term(
            body, q.open_mark, q.start, q.end, text.paragraphs[q.paragraph][0]
        ):
            speakers[-1] = None
            continue  # 'told NBC's "Morning Desk"', 'a so-called "quiet tax"'
        quotes.append(Quote(text=said, speaker=None, partial=q.partial, start=q.start, end=q.end))
        quotes[-1].speaker = ent  # type: ignore[assignment]  # named at the end
    _carry_back(raw, quotes, speakers)
    return quotes, speakers


def _echoes(quoted: Quoted, unread: list[str], said: str) -> bool:
    """quoted.echoes(said) once the quotations not yet read are added."""
    for before in unread:
        quoted.add(before)
    unread.clear()
    return quoted.echoes(said)


def _unattributed_speaker(
    text: _Text,
    raw: list[RawQuote],
    qi: int,
    lo: int,
    speakers: list[Entry | None],
    per_sentence: list[_Resolved],
    reg: Registry,
) -> Entry | None:
    """The speaker of a quote no attribution touches: a 'Name, role: "..."' lead, the
    quote before it in the paragraph (or the one it continues), else, for a quote
    opening its paragraph, whoever the previous paragraph's last sentence cited."""
    q = raw[qi]
    sentences, paragraphs = text.sentences, text.paragraphs
    starts, para_starts = text.starts, text.para_starts
    ent: Entry | None = None
    if (owner := owner_of_words(text.masked, sentences[lo], q.open_mark)) is not None:
        # 'Councillor Ruth Fenn's claim that the bypass is "the only option"'
        ent = _resolve(owner, "", reg, sentences[lo][0])
        if ent is not None:
            reg.note_speaker(ent, sentences[lo][0])
    elif (lead := _colon_lead(text.masked, sentences[lo], q.open_mark)) is not None:
        # 'Lt. Col. Ines Faraday, commander of the fire service: "..."'
        ent = _resolve(lead, "", reg, sentences[lo][0])
        if ent is not None:
            reg.note_speaker(ent, sentences[lo][0])
    elif q.open_mark <= para_starts[q.paragraph] + 1 and (
        pulled := _pull_quote_credit(text, q, reg)
    ):
        ent = pulled  # '"..."' / 'Rita Ames, analyst.'
    elif qi > 0:
        prev = raw[qi - 1]
        prev_ent = speakers[qi - 1]
        if (
            q.continues
            or prev.paragraph == q.paragraph
            or (prev.paragraph == q.paragraph - 1 and q.open_mark <= para_starts[q.paragraph] + 1)
        ):
            ent = inherited(text, lo, q, prev, prev_ent, bool(lo and per_sentence[lo - 1]), reg)
            if not q.continues and prev.paragraph == q.paragraph - 1:
                # "...," Crane replied. / "That is not what I asked, Mr Crane." / "...":
                # the addressee is not the speaker; the next bare quote is the answer
                listener = addressed(text.body[q.start : q.end], reg)
                if listener is not None and listener is ent:
                    ent = other_side(speakers, listener, qi)
                elif (side := exchange_side(text.body, raw, speakers, qi)) is not None:
                    ent = side  # '"...?" Ruddle pressed.' / '"We already have."'
                else:
                    asked = addressed(text.body[prev.start : prev.end], reg)
                    if asked is not None and asked is not prev_ent:
                        ent = asked
    if ent is None and not q.partial and lo > 0:
        # '..., said Ames. "It saves a fight."': a whole-sentence quote right after a
        # reported-speech sentence of its paragraph is that person's
        ps = paragraphs[q.paragraph][0]
        if sentences[lo - 1][0] >= ps and per_sentence[lo - 1]:
            last = per_sentence[lo - 1][-1][1]
            if last is not None and keeps_next(last, text.body[q.start : q.end]):
                ent = last  # "One staff member ... said she learned of it. '...'" too
        elif sentences[lo - 1][0] >= ps and q.open_mark <= sentences[lo][0] + 1:
            # 'Asked whether it would last, Ek shook her head. "Not this year."'
            anon = None  # "A board member, speaking on condition of anonymity, ..."
            gesture = (
                gesture_subject(text.masked, *sentences[lo - 1])
                or asked_subject(text.masked, *sentences[lo - 1])  # "X was asked about ..."
                or intro_subject(text.masked, *sentences[lo - 1], reg)
                or surname_subject(text.masked, *sentences[lo - 1], reg)
                or (anon := unnamed_or_stance(text.masked, *sentences[lo - 1]))  # stance_lead
            )  # '... shook her head. "Not this year."' / "Ada Ek ... . '...'" (intro_subject.py)
            if gesture is not None:
                who = cited_voice(gesture, reg, sentences[lo - 1][0])  # stance_lead.py
                who = _resolve(gesture, "", reg, sentences[lo - 1][0]) if who is False else who
                said_as = gesture.words[0].lower() if gesture.kind == "pronoun" else None
                if said_as is not None:
                    cited = [  # the people cited before in this paragraph (turn_taking.py)
                        e
                        for k in range(bisect_right(starts, ps - 1), lo - 1)
                        for _a, e in per_sentence[k]
                        if e is not None and e.kind == "person"
                    ]
                    who = gesture_turn(text.body, raw, speakers, qi, said_as, who, cited)
                if gesture_fits(who, said_as) or (who is not None and gesture is anon):
                    ent = who
    if ent is None and q.open_mark <= para_starts[q.paragraph] + 1:
        # A quote paragraph without attribution speaks for whoever the previous
        # paragraph's last sentence cited ('X said:', 'X said the plan failed.').
        ppi = q.paragraph - 1
        pe_ = paragraphs[q.paragraph][1]
        own = range(lo, bisect_right(starts, pe_ - 1))
        if ppi >= 0 and not any(per_sentence[si] for si in own if si < len(per_sentence)):
            si = bisect_right(starts, paragraphs[ppi][1] - 1) - 1
            if 0 <= si < len(per_sentence) and per_sentence[si]:
                last = per_sentence[si][-1][1]
                if last is not None and (
                    last.kind == "person"
                    or text.body[paragraphs[ppi][0] : paragraphs[ppi][1]].rstrip().endswith(":")
                ):
                    ent = last
    return ent if ent is not None else prose_speaker(text, q, lo, per_sentence, reg)


# A pull quote's credit on the next line: "Rita Ames, analyst." / "— Rita Ames"; or a
# line that names who put it so: "That was how Ames put it."
_PULL_CREDIT = re.compile(
    r"[—–-]?[ \u00a0]*([A-Z][\w'’.-]+(?:[ \u00a0]+[A-Z][\w'’.-]+){1,3})"
    r"(?:,[ \u00a0]+([^.!?\n\"“”]{1,60}))?\.?[ \u00a0]*$"
)
# a quotation that ends a sentence, then its closing mark
_CLOSE_STOPS = frozenset(a + b for a in ".!?…" for b in "”\"’'")


def _pull_quote_credit(text: _Text, q: RawQuote, reg: Registry) -> Entry | None:
    """A quotation filling its paragraph, credited by the next paragraph alone: a bare
    'Name, role.' line, or 'That was how Name put it.' (also right after the quotation:
    '"It is over." That was the verdict of chairman Rob Fenn.')"""
    pi = q.paragraph
    pe = text.paragraphs[pi][1]
    close = q.close_mark if q.close_mark is not None else q.end
    rest = close + 1
    while rest < pe and text.body[rest] in " \t\u00a0":
        rest += 1
    if (line := dash_credit_line(text.body, close + 1, pe)) is not None:
        ns, ne = line  # '"..."' and '— Rita Ames, analyst' on the next line
    elif rest < pe and credit_sentence(text.body, rest, pe):
        ns, ne = rest, pe  # '"It is over." That was the verdict of chairman Rob Fenn.'
    elif (
        rest < pe
        and text.body[close - 1 : close + 1] in _CLOSE_STOPS
        and _PULL_CREDIT.fullmatch(text.body, rest, pe)
    ):
        ns, ne = rest, pe  # '"... you."' and 'Ada Ek, director' on one line: joined lines
    elif pi + 1 >= len(text.paragraphs) or pe - close > 4 or text.body[close + 1 : pe].strip():
        return None
    else:
        ns, ne = next_line(text.paragraphs[pi + 1], text.headings, pe)
    # a bare credit line holds no quotation; "That was how X described ..." may run on
    short = ne - ns <= 120 and text.masked.find("\x00", ns, ne) < 0
    m = (_PULL_CREDIT.fullmatch(text.body, ns, ne) if short else None) or credit_sentence(
        text.body, ns, ne
    )
    if m is None or text.masked.find("\x00", ns, m.end()) >= 0:
        return None  # a quotation after the credit sentence is no matter (x16n)
    words = m.group(1).split()
    if any(w.lower() in SPEECH_VERBS for w in words) or classify_name(words) != "person":
        return None
    title, words = split_person(words)  # "Dr. Lena Fiskum, hydrologist at ..."
    if not words:
        return None
    if len(words) == 1:  # "Mr Lim" after "Lim Ah Huat"; else "Lim" alone, not the last voice
        words = (reg.lone_full(words[0], m.start(1)) or words[0]).split()
    ent = reg.person(words, m.group(1), m.start(1))
    if title:
        ent.add_role(" ".join(title))
    if m.group(2) and not m.group(2).strip().isdigit():  # ", 79,": an age
        ent.add_role(m.group(2).strip().removeprefix("the ").removeprefix("a "))
    reg.note_speaker(ent, m.start(1))
    return ent


def _carry_back(raw: list[RawQuote], quotes: list[Quote], speakers: list[Entry | None]) -> None:
    """A quote running over paragraphs takes the speaker named in a later part:
    '"We tried everything.' / '"Nothing worked," she said.'"""
    by_start = {q.start: item for q, item in zip(raw, quotes_for(raw, quotes), strict=True)}
    for qi in range(len(raw) - 2, -1, -1):
        if speakers[qi] is None and raw[qi].open_end and raw[qi + 1].continues:
            speakers[qi] = speakers[qi + 1]
            item = by_start.get(raw[qi].start)
            if item is not None:
                item.speaker = speakers[qi]  # type: ignore[assignment]


def analyse_text(text: str) -> tuple[Speech, list[Span]]:
    """Speech of plain text whose non-empty lines are paragraphs (tests, tools)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    doc = Document(path="<text>", body=text, paragraphs=paragraphs)
    sentences = split_sentences(text, paragraphs, [])
    return analyse(doc, sentences), sentences
