"""Quotes, reported statements, sources and the speaker of every sentence.

The steps: pair quote marks (extract/quotes.py), blank the quotations out of the body,
find attributions around speech verbs in the narrative (extract/attribution/),
resolve each attribution's subject to a source (extract/sources.py) in reading order so
pronouns and surnames point back to the latest fitting speaker, then give each quote
the nearest attribution of its sentence(s), or else its paragraph's previous speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from claimdesk.extract.attribution import (
    NP,
    Attribution,
    find_attributions,
    fold,
    fwd_subject,
    sentence_names,
    sentence_subjects,
    tokenize,
)
from claimdesk.extract.document import Document, Span
from claimdesk.extract.lexicon import (
    DOCUMENT_NOUNS,
    KNOWN_ORGS,
    MULTIWORD_PLACES,
    NEVER_FINAL,
    NOT_NAME,
    ORG_NOUNS,
    PLACES,
    PUBLICATION_NOUNS,
    REPORT_HEADS,
    SPEECH_VERBS,
    TITLES,
    word_set,
)
from claimdesk.extract.quotes import RawQuote, find_quotes, mask_quotes, uses_single_quotes
from claimdesk.extract.record import Quote, Source, Statement
from claimdesk.extract.sentences import split_sentences
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    is_acronym,
    split_person,
    strip_possessive,
)


@dataclass(slots=True)
class Speech:
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    sentence_speakers: list[str | None] = field(default_factory=list)  # one per sentence


def _body_paragraphs(doc: Document) -> list[Span]:
    paras = doc.paragraphs or [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.body)]
    n = len(doc.body)
    paras = sorted((max(0, a), min(b, n)) for a, b in paras if a < b)
    if not doc.headings:
        return paras
    heads = set(doc.headings)
    return [p for p in paras if p not in heads]


def _plausible_single(word: str, reg: Registry) -> bool:
    """A lone capitalised word opening a sentence ("Fighting continued") is a name only
    when the article writes it capitalised mid-sentence too, or it is a known entity."""
    if word in PLACES or word in KNOWN_ORGS or is_acronym(word):
        return True
    if reg.by_alias(word) is not None or reg.full_name_for(word):
        return True
    return re.search(r"[a-z,;:] " + re.escape(word) + r"\b", reg.body) is not None


def _resolve(np: NP, surface: str, reg: Registry, pos: int) -> Entry | None:
    """The source an attribution's subject stands for: a pronoun's antecedent, a name's
    entry, or what a description ("the agency", "officials") refers to."""
    if np.kind == "pronoun":
        return _resolve_pronoun(np, reg, pos)
    if np.kind == "name":
        return _resolve_name(np, surface, reg, pos)
    return _resolve_description(np, reg, pos)


def _resolve_pronoun(np: NP, reg: Registry, pos: int) -> Entry | None:
    """ "he"/"she": the last person; "they": the last group; "it": a report or an
    organisation just cited, and only after verbs a body or a document says things with."""
    p = np.words[0].lower()
    if p in ("he", "she"):
        return reg.last_person
    if p == "they":
        return reg.last_group
    if p == "it":
        if np.verb in _IT_VERBS:
            doc = _report_subject(reg, pos)  # "A U.N. report came out. It said ..."
            if doc is not None:
                return doc
        org = reg.last_org
        # "It suggests ..." is seldom the organisation quoted a sentence ago.
        if org is not None and pos - org.last < 300 and np.verb in _IT_VERBS:
            return org
        return None
    return None


def _resolve_name(np: NP, surface: str, reg: Registry, pos: int) -> Entry | None:
    """A name's entry, with the roles around it: a joint subject ("Ukraine and South Korea
    warned") cites both, "X of Y University" is the person with the body as role."""
    pair = _joint_speakers(np.words, reg)
    if pair is not None:
        # "Ukraine and South Korea warned": both are sources, the first speaks
        left, right = pair
        other = _resolve(replace(np, words=right, premod=[], role=None), surface, reg, pos)
        if other is not None:
            reg.note_speaker(other, pos)
            if other.order == pos:
                other.order = pos + 1  # listed after the first speaker
        np = replace(np, words=left, alias=None)
    words = list(np.words)
    words[-1] = strip_possessive(words[-1])
    role_bits = [" ".join(np.premod)] if np.premod else []
    person_of = _person_of(words)
    if person_of is not None:
        # "Tomas Berg of Aldmoor University": the person, the body as role
        words, org_words = person_of
        role_bits.append(" ".join(org_words))
    text = " ".join(words)
    hit = reg.by_alias(text)
    if hit is None:
        hit = _new_name(np, words, text, reg, pos, role_bits)
        if hit is None:
            return None
    elif np.alias:
        hit.add_alias(np.alias)
    for bit in role_bits:
        hit.add_role(bit)
    hit.add_role(np.role)
    return hit


def _new_name(
    np: NP, words: list[str], text: str, reg: Registry, pos: int, role_bits: list[str]
) -> Entry | None:
    """The entry of a name not cited before: a person (titles go to `role_bits`) or an
    organisation or publication; None for a lone word opening a sentence that is no name
    ("Fighting continued")."""
    premod_head = np.premod[-1].lower() if np.premod else None
    kind = classify_name(words, premod_head)
    if np.org_hint and kind == "person":
        kind = "organization"
    if kind == "person":
        title_words, name_words = split_person(words)
        if not name_words:
            return None
        if (
            len(name_words) == 1
            and not title_words
            and np.sentence_initial
            and np.verb not in _STRONG_VERBS
            and not _plausible_single(name_words[0], reg)
        ):
            return None
        hit = reg.person(name_words, text, pos)
        if title_words:
            role_bits.append(" ".join(title_words))
        return hit
    if (
        len(words) == 1
        and np.sentence_initial
        and np.verb not in _STRONG_VERBS
        and not _plausible_single(words[0], reg)
    ):
        return None
    if kind == "publication" and np.det == "the":
        text = f"The {text}"  # "The Times"
    return reg.named(text, kind, pos, alias=np.alias)


def _resolve_description(np: NP, reg: Registry, pos: int) -> Entry | None:
    """A description: "the agency", "Ukraine's military intelligence agency", "officials":
    a body it belongs to, one described before, or a new (often anonymous) source."""
    head = np.head or np.words[-1].lower()
    det = np.det
    words = np.words
    if det in ("its", "their"):
        return _owned_description(head, det, words, reg, pos)
    if (
        len(words) > 1
        and head in ORG_NOUNS
        and words[0][:-2].lower() in _PLACE_NOUNS
        and words[0].endswith(("'s", "’s"))
    ):
        owned = " ".join(words)  # kept as an alias: "the council" still finds it
        words = words[1:]  # "the country's civil defence agency" ("nurses' union" stays)
    else:
        owned = None
    org = _plural_at_org(words, head)
    if org is not None:
        # "Seismologists at the Verland Geological Survey": the organisation speaks
        hit = reg.by_alias(org) or reg.named(org, classify_name(org.split()), pos)
        if hit.kind == "person":
            hit.kind = "organization"
        return hit
    prev = _described_before(head, det, words, reg, pos)
    if prev is not None:
        return prev
    if head in ORG_NOUNS:
        kind = "organization"
    elif head in PUBLICATION_NOUNS or head in DOCUMENT_NOUNS:
        kind = "publication"  # a newspaper, or "the study", "the report"
    else:
        kind = "anonymous"
    lead = [det] if det and det not in ("the", "a", "an") else []
    name = " ".join([*lead, *words])
    e = reg.named(name, kind, pos, alias=np.alias)
    e.add_alias(owned)
    if kind == "anonymous" and _FOR_NAMED.search(name):
        e.add_role(name)  # "spokesman for Prime Minister X": X's spokesman, never X
    e.add_role(np.role)
    if det == "the" and kind == "anonymous":
        e.definite = True  # "the head of the port authority": may be named later
    return e


def _owned_description(
    head: str, det: str, words: list[str], reg: Registry, pos: int
) -> Entry | None:
    """ "Its leaders said": the body the sentence is about, else (for "its") the one the
    sentence before opens with, else the organisation named before, else no source."""
    org = _sentence_subject_org(reg, pos)
    state = None
    if org is None and det == "its" and head in ORG_NOUNS:
        found = _subject_of(reg, _sentence_start(reg.body, pos), pos)
        if found is None:
            found = _previous_subject(reg, pos)
        if isinstance(found, str):
            state = found
        else:
            org = found
    if org is None and state is None:
        if reg.last_org is not None and pos - reg.last_org.last < 600:
            org = reg.last_org
        org = org or reg.recent_org(pos, 600)
    if head in ORG_NOUNS and det == "its":
        if state is None and org is not None and _is_state(org.name):
            state = org.name
        if state is not None and head in _STATE_BODIES:
            # "Kessaria denied it. Its foreign ministry said": the state's ministry
            return reg.named(f"{state}'s {' '.join(words)}", "organization", pos)
        if state is not None and org is None:
            org = reg.named(state, "organization", pos)  # "Dravik ... Its board said"
        if org is None:
            return reg.named(" ".join(words), "organization", pos)  # "foreign ministry"
    if org is None or head in ORG_NOUNS or head.endswith("s"):
        return org
    e = reg.named(f"{' '.join(words)} of {org.name}", "anonymous", pos)
    e.add_role(" ".join(words))
    return e


def _described_before(
    head: str, det: str | None, words: list[str], reg: Registry, pos: int
) -> Entry | None:
    """The source a definite description refers back to: "the report" (a document named
    before), "the agency", "the fire service" after "the Velmora fire service", "the
    former president" after the president cited before; None for a new one."""
    report = head in REPORT_HEADS and det in ("the", "this", "that") and words[0][:1].islower()
    if report:
        doc = reg.document(head, pos)  # "A United Nations report ... ." "The report said"
        if doc is not None:
            return doc
    definite = det in (None, "the", "this", "that", "its", "his", "her", "their")
    if report and len(words) == 1:
        pass  # no report named before: "report" itself, never "X rejected the report"
    elif len(words) == 1 and definite and (det is not None or words[0][:1].islower()):
        prev = reg.described(head, pos if det == "the" else None)
        if prev is not None and (det is not None or head.endswith("s")):
            return prev
    elif det == "the" and all(w[:1].islower() for w in words):
        # "the fire service" after "the Velmora fire service"
        prev = reg.ending_with(" ".join(words))
        if prev is None and head in ORG_NOUNS and len(words) >= 2:
            # "the city election commission" -> "Aldmoor City Election Commission"
            prev = reg.capitalised_variant(words)
        if prev is not None:
            return prev
        if head not in ORG_NOUNS:
            # "the former president" -> the president cited before; every other
            # modifier must fit ("the Russian president" is not "President Biden")
            mods = [w.lower() for w in words[:-1] if w.lower() not in _LOOSE_MODIFIERS]
            prev = reg.described(head)
            if prev is not None:
                hay = " ".join([prev.name, prev.role or "", *prev.aliases]).lower()
                if all(m in hay for m in mods if not m[:1].isdigit()):
                    return prev
    return None


# Verbs after which a lone capitalised word opening the sentence is a name ("Trump
# wrote"), unlike "Fighting continued".
_STRONG_VERBS = word_set(
    """said says told tells wrote writes added adds tweeted posted stated announced
    insisted argued warned claimed noted explained according estimated estimates
    predicted predicts reported confirmed denied"""
)
_IT_VERBS = word_set(
    """said says added stated announced reported wrote noted confirmed denied claimed
    warned told posted tweeted found finds showed concluded estimated"""
)


# Generic places whose possessive adds nothing to a body's name ("the country's civil
# defence agency"); "the sheriff's office" keeps its possessor.
_PLACE_NOUNS = word_set(
    "country nation city state region province county town island capital territory district"
)
_SUBJECT_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:[ \u00a0]+(?:of |for |and |the )*[A-Z][\w&'’.-]*)*")


def _sentence_start(body: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (a cheap look back, at most 400 chars)."""
    lo = max(0, pos - 400)
    dot = body.rfind(". ", lo, pos)
    while dot > lo:
        w = body[max(lo, dot - 6) : dot].split()
        if not w or not (w[-1].lower() in NEVER_FINAL or len(w[-1]) == 1):
            break  # "St. Brigid's Hospital" is no sentence end
        dot = body.rfind(". ", lo, dot)
    start = max(dot, body.rfind("\n", lo, pos))
    return start + 2 if start >= 0 and body[start] == "." else start + 1


def _previous_sentence(body: str, pos: int) -> tuple[int, int] | None:
    """Where the sentence before the one holding `pos` starts and ends (None: none)."""
    end = _sentence_start(body, pos)
    while end > 0 and body[end - 1] in " \t\n\u00a0":
        end -= 1
    return (_sentence_start(body, end), end) if end > 0 else None


def _previous_subject(reg: Registry, pos: int) -> Entry | str | None:
    """ "Kessaria has denied it. Its foreign ministry said": what the sentence before
    opens with, when "its" can mean it — an organisation (its entry) or a state (its
    name: a country, or a lone unknown name no person of the article goes by)."""
    before = _previous_sentence(reg.body, pos)
    return _subject_of(reg, *before) if before else None


def _subject_of(reg: Registry, start: int, end: int) -> Entry | str | None:
    """The organisation (entry) or state (name) opening the sentence at `start`."""
    body = reg.body
    while start < end and body[start] in ' \t"“‘(':
        start += 1
    m = _SUBJECT_RUN.match(body, start, end)
    if m is None or body[m.end() : m.end() + 1] not in (" ", ","):
        return None
    words = m.group().split()
    if words[0] == "The" and len(words) > 1:
        words = words[1:]
    if words[0] in NOT_NAME or words[0] in TITLES or words[0] in ("Its", "Their"):
        return None
    name = " ".join(words)
    known = reg.by_alias(name)
    if known is not None and known.kind != "person":
        return known
    if len(words) == 1:
        if known is not None:  # a one-word "person" ("Kessaria has denied it") is a state
            return name if known.name == name else None  # not a surname cited before
        if reg.full_name_for(name) or reg._similar_person(name.lower()) is not None:
            return None
        return name if _plausible_single(name, reg) else None
    if known is None and classify_name(words) == "organization":
        return reg.named(name, "organization", m.start())
    if name in PLACES or name.lower() in MULTIWORD_PLACES:
        return name
    return None


# What a state has ("its foreign ministry", "its army"); "its board" is the company's own.
_STATE_BODIES = word_set(
    """ministry department government military army navy police cabinet parliament
    legislature presidency embassy agency forces force guard regime administration
    office service"""
)


_REPORT_OPENING = re.compile(
    r"(?:A|An|The|This)[ \u00a0]+(?:[\w.'’-]+[ \u00a0]+){0,5}?(report|study|survey|review|audit)\b"
)


def _report_subject(reg: Registry, pos: int) -> Entry | None:
    """ "A United Nations report published Tuesday paints a grim picture. It said ...":
    the report the sentence before opens with."""
    body = reg.body
    before = _previous_sentence(body, pos)
    if before is None:
        return None
    m = _REPORT_OPENING.match(body, *before)
    if m is None:
        return None
    return reg.document(m.group(1), m.end())


def _is_state(name: str) -> bool:
    """A country or other place rather than a body: "Kessaria", "South Korea", "Verland"
    (an unknown one-word name), not "Orbis Bank" or "the GUR"."""
    words = name.split()
    if name in PLACES or name.lower() in MULTIWORD_PLACES:
        return True
    return len(words) == 1 and not is_acronym(name) and name not in KNOWN_ORGS


def _sentence_subject_org(reg: Registry, pos: int) -> Entry | None:
    """ "Civic Renewal, founded in 2021, ... and its leaders said": the capitalised name
    opening the sentence that holds `pos`, as an organisation."""
    if pos <= 0:
        return None
    body = reg.body
    start = _sentence_start(body, pos)
    while start < pos and body[start] in ' \t"“‘(':
        start += 1
    m = _SUBJECT_RUN.match(body, start, pos)
    if m is None:
        return None
    words = m.group().split()
    words[-1] = strip_possessive(words[-1])
    if words[0] == "The" and len(words) > 1:
        words = words[1:]  # "The Velmora Farmers Cooperative rejected it, and its ..."
    if words[0] in NOT_NAME:
        return None
    if len(words) == 1 and not (
        words[0] in PLACES or words[0] in KNOWN_ORGS or is_acronym(words[0])
    ):
        return None
    nxt = body[m.end() : m.end() + 2]
    if not (nxt.startswith((",", " ")) or nxt[:1] in "'’"):
        return None
    known = reg.by_alias(" ".join(words))
    if known is not None:
        return known if known.kind != "person" else None
    kind = classify_name(words)
    if kind == "person" and reg.by_alias(words[-1]) is not None:
        return None  # a person cited by surname: "its" points elsewhere
    return reg.named(" ".join(words), "organization" if kind == "person" else kind, m.start())


_FOR_NAMED = re.compile(r" (?:for|of|to) (?:the )?[A-Z]")
_SIGNED = re.compile(
    r"(?:It|The (?:statement|letter|note|post|message|petition|document)) was "
    r"(?:signed|issued|written|sent|posted|released|published) by (?:the )?"
)


def _signed_by(
    a: int,
    e: int,
    prev: Span,
    prev_atts: list[tuple[Attribution, Entry | None]],
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
    prev_atts[:] = [
        (Attribution(sent=-1, verb=pe, span=(pe, pe), np=np, clause=None, surface=""), ent)
    ]


def _standalone(words: list[str], reg: Registry) -> bool:
    """A name that can speak by itself: a place, a known body, a person's full name."""
    if not words or any(w.lower() in ("of", "for", "the", "and", "&") for w in words):
        return False
    text = " ".join(words)
    if reg.by_alias(text) is not None:
        return True
    if all(w in PLACES or w in KNOWN_ORGS or is_acronym(w) for w in words):
        return True
    if text.lower() in MULTIWORD_PLACES:
        return True
    return len(words) >= 2 and classify_name(words) == "person"


def _joint_speakers(words: list[str], reg: Registry) -> tuple[list[str], list[str]] | None:
    """Split "Ukraine and South Korea" / "Jane Holt and Tom Brandt" into two speakers;
    "Procter and Gamble", "Bosnia and Herzegovina" stay one name."""
    if "and" not in words:
        return None
    k = words.index("and")
    left, right = list(words[:k]), list(words[k + 1 :])
    right[-1] = strip_possessive(right[-1])
    if _standalone(left, reg) and _standalone(right, reg):
        return left, right
    return None


def _person_of(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Split "Tomas Berg of Aldmoor University" into the name and the organisation."""
    for i, w in enumerate(words):
        if w in ("of", "at", "from") and 0 < i < len(words) - 1:
            left, right = words[:i], words[i + 1 :]
            if right[0] == "the":
                right = right[1:]
            if not right:
                return None
            _titles, name = split_person(left)
            if any("." in w and len(w) > 2 for w in name):
                return None  # "U.S. Secretary of State ..."
            if len(name) >= 2 and classify_name(name) == "person" and right[0] not in TITLES:
                return left, right  # "Rep. Chip Roy of Texas": titles stay for split_person
            return None
    return None


_LOOSE_MODIFIERS = word_set("former then current new newly outgoing incoming top veteran longtime")


def _plural_at_org(words: list[str], head: str) -> str | None:
    """ "Analysts at Aldmoor Savings Bank" -> "Aldmoor Savings Bank"; None otherwise."""
    if not head.endswith("s") or len(words) < 3:
        return None
    for i, w in enumerate(words[:-1]):
        if w in ("at", "of", "from", "with") and i >= 1:
            rest = words[i + 1 :]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
            if len(rest) >= 2 and all(x[:1].isupper() or x in ("of", "for", "and") for x in rest):
                return " ".join(rest)
            return None
    return None


def _nearest(q: RawQuote, cands: list[tuple[Attribution, Entry | None]]):
    best = None
    best_d = None
    qa = q.open_mark
    qb = q.close_mark if q.close_mark is not None else q.end
    for att, ent in cands:
        a, b = att.span
        d = qa - b if b <= qa else (a - qb if a >= qb else 0)
        if best_d is None or d < best_d:
            best, best_d = (att, ent), d
    return best


def quotes_for(raw: list[RawQuote], quotes: list[Quote]) -> list[Quote | None]:
    """The Quote record made from each raw quotation (None when it was dropped)."""
    by_start = {q.start: q for q in quotes}
    return [by_start.get(r.start) for r in raw]


_CREDIT = re.compile(r"(?:Data )?Sources?:\s*([A-Z][^\n.;]{2,80}?)\.?\s*$")


def _credit_lines(
    body: str,
    paragraphs: list[Span],
    sentences: list[Span],
    per_sentence: list[list[tuple[Attribution, Entry | None]]],
    reg: Registry,
) -> None:
    """ "Source: Aldmoor City Election Commission" under a table credits the rows above
    it (up to 12 paragraphs, back to the first one that cites someone)."""
    starts = [s for s, _ in sentences]
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


_CREDIT_ATT = Attribution(sent=-1, verb=-1, span=(-1, -1), np=None, clause=None, surface="")


_ODD = re.compile("[\ufffd\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_MAX_LEAD = 300  # characters before the colon of 'Name, role: "..."'


def _colon_attribution(masked: str, si: int, s: int, e: int) -> Attribution | None:
    """ "Ilona Vásquez, in her victory speech: "..."": a speaker without a verb."""
    q = masked.find("\x00", s, e if e - s < _MAX_LEAD else s + _MAX_LEAD)
    if q < 0:
        return None
    j = q - 1
    while j > s and masked[j].isspace():
        j -= 1
    if masked[j] != ":":
        return None
    np = _colon_lead(masked, (s, e), q)
    if np is None:
        return None
    return Attribution(sent=si, verb=q, span=(s, q), np=np, clause=None, surface="")


def _colon_lead(masked: str, sent: Span, open_mark: int) -> NP | None:
    """The name opening a sentence that ends in a colon right before the quote."""
    s = sent[0]
    if not (s <= open_mark <= sent[1]) or open_mark - s > _MAX_LEAD:
        return None  # a lead of hundreds of characters is no name: keeps it linear
    if not masked[s:open_mark].rstrip().endswith(":"):
        return None
    toks = tokenize(masked, s, open_mark)
    np = fwd_subject(toks, 0, masked, appositive=True)
    if np is None or np.kind == "pronoun":
        return None
    rest = toks[np.end :]
    if rest and rest[0].text == ",":
        rest = rest[1:]
    # only the name, its role, or "in a statement on Monday" before the colon
    if any(t.low in SPEECH_VERBS for t in rest):
        return None
    return np


def _antecedent(
    pronoun: str,
    si: int,
    resolved: list[tuple[Attribution, Entry | None]],
    per_sentence: list[list[tuple[Attribution, Entry | None]]],
    sentences: list[Span],
    masked: str,
    reg: Registry,
) -> Entry | None:
    """Who "he"/"she" is: a person cited earlier in this sentence or in the previous
    one, else the person the previous sentence is about ("John Doe, 52, lost his home.
    'We tried,' he said."), else the latest person cited."""

    def fits(ent: Entry | None) -> bool:
        # a person, or one unnamed individual ("a port worker ... he said")
        if ent is None or ent.gender not in (None, pronoun):
            return False
        return ent.kind == "person" or (ent.kind == "anonymous" and not ent.name.endswith("s"))

    for _att, ent in reversed(resolved):
        if fits(ent):
            return ent
    if si > 0:
        for _att, ent in reversed(per_sentence[si - 1]):
            if fits(ent):
                return ent
        ps, pe = sentences[si - 1]
        cands = sentence_subjects(masked, ps, pe) + sentence_names(masked, ps, pe)[:1]
        for np in cands:
            words = list(np.words)
            words[-1] = strip_possessive(words[-1])
            known = reg.by_alias(" ".join(words))
            if known is not None and fits(known):
                return known
            if len(words) == 1 and classify_name(words) == "person":
                full = reg.full_name_for(words[0])
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
    last = reg.last_person
    return last if fits(last) else None


def analyse(doc: Document, sentences: list[Span]) -> Speech:
    """Quotes, statements, cited sources and one speaker (or None) per sentence.

    Every speaker is the canonical name of an entry in `sources`; offsets index doc.body.
    """
    body = doc.body
    paragraphs = _body_paragraphs(doc)
    raw = find_quotes(body, paragraphs, single=uses_single_quotes(body))
    masked = mask_quotes(body, raw)
    if _ODD.search(masked):
        # U+FFFD (a replaced control or bidi character) and format marks read as spaces
        masked = _ODD.sub(" ", masked)
    folded = fold(masked)
    reg = Registry(body)

    # 1. attributions, resolved in reading order so pronouns see earlier speakers
    per_sentence: list[list[tuple[Attribution, Entry | None]]] = []
    per = ", per " in masked or "Per " in masked  # ", per the ministry"
    for si, (s, e) in enumerate(sentences):
        resolved: list[tuple[Attribution, Entry | None]] = []
        atts = find_attributions(body, masked, si, s, e, folded, per=per)
        if not atts:
            lead_att = _colon_attribution(masked, si, s, e)
            if lead_att is not None:
                atts = [lead_att]
        for att in atts:
            if att.np is None:
                ent = resolved[-1][1] if resolved else None
            elif (att.np.kind == "pronoun" and att.np.words[0].lower() in ("he", "she")) or (
                att.np.kind == "desc" and att.np.det in ("his", "her")
            ):
                # "Her campaign said": the person she is
                pron = att.np.words[0].lower() if att.np.kind == "pronoun" else "he"
                if att.np.det == "her":
                    pron = "she"
                ent = _antecedent(pron, si, resolved, per_sentence, sentences, masked, reg)
                if ent is not None and ent.gender is None:
                    ent.gender = pron
                head = att.np.head or ""
                if ent is not None and att.np.kind == "desc" and head not in ORG_NOUNS:
                    # "his lawyer said": someone else, speaking for him
                    who = " ".join(att.np.words)
                    ent = reg.named(f"{who} of {ent.name}", "anonymous", att.span[0])
                    ent.add_role(who)
            else:
                ent = _resolve(att.np, att.surface, reg, att.span[0])
            if ent is not None:
                reg.note_speaker(ent, att.span[0])
            resolved.append((att, ent))
        if si > 0 and (m := _SIGNED.match(masked, s, e)) is not None:
            _signed_by(m.end(), e, sentences[si - 1], per_sentence[si - 1], masked, reg)
        per_sentence.append(resolved)

    # 2. quotes: the nearest attribution in the sentences they touch
    starts = [s for s, _ in sentences]
    para_starts = [p[0] for p in paragraphs]
    quotes: list[Quote] = []
    speakers: list[Entry | None] = []
    for qi, q in enumerate(raw):
        qa = q.open_mark
        qb = q.close_mark if q.close_mark is not None else q.end
        lo = max(0, bisect_right(starts, qa) - 1)
        hi = max(lo, bisect_right(starts, qb) - 1)
        cands = [c for si in range(lo, hi + 1) for c in per_sentence[si]]
        ent: Entry | None = None
        if cands:
            # The nearest attribution decides, even when its speaker stayed unknown:
            # a wrong inherited speaker is worse than none.
            ent = _nearest(q, cands)[1]
        elif (lead := _colon_lead(masked, sentences[lo], qa)) is not None:
            # 'Lt. Col. Ines Faraday, commander of the fire service: "..."'
            ent = _resolve(lead, "", reg, sentences[lo][0])
            if ent is not None:
                reg.note_speaker(ent, sentences[lo][0])
        elif qi > 0:
            prev = raw[qi - 1]
            prev_ent = speakers[qi - 1]
            if (
                q.continues
                or prev.paragraph == q.paragraph
                or (
                    prev.paragraph == q.paragraph - 1
                    and q.open_mark <= para_starts[q.paragraph] + 1
                )
            ):
                ent = prev_ent
        if ent is None and not cands and q.open_mark <= para_starts[q.paragraph] + 1:
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
                        or body[paragraphs[ppi][0] : paragraphs[ppi][1]].rstrip().endswith(":")
                    ):
                        ent = last
        speakers.append(ent)
        if ent is not None:
            ent.cited = True
        text = body[q.start : q.end]
        if ent is None and len(text.split()) < 2:
            continue  # a scare quote or a title, not a quotation
        quotes.append(Quote(text=text, speaker=None, partial=q.partial, start=q.start, end=q.end))
        quotes[-1].speaker = ent  # type: ignore[assignment]  # named at the end

    # A quote running over paragraphs takes the speaker named in a later part:
    # '"We tried everything.' / '"Nothing worked," she said.'
    by_start = {q.start: item for q, item in zip(raw, quotes_for(raw, quotes), strict=True)}
    for qi in range(len(raw) - 2, -1, -1):
        if speakers[qi] is None and raw[qi].open_end and raw[qi + 1].continues:
            speakers[qi] = speakers[qi + 1]
            item = by_start.get(raw[qi].start)
            if item is not None:
                item.speaker = speakers[qi]  # type: ignore[assignment]

    # 3. statements: reported clauses that are not just a quotation
    statements: list[Statement] = []
    for resolved in per_sentence:
        for att, ent in resolved:
            if att.clause is None or (
                ent is None and (att.weak or att.np is None or att.np.kind != "pronoun")
            ):
                continue  # an unresolved name or description is likely not speech at all
            cs, ce = att.clause
            statements.append(Statement(text=body[cs:ce], speaker=ent, start=cs, end=ce))  # type: ignore[arg-type]

    # 4. the speaker of each sentence: its quote's, else its attribution's, else the
    # "Source: X" line under a table or chart
    all_paragraphs = sorted(set(paragraphs) | set(doc.headings))  # credits may be headings
    _credit_lines(body, all_paragraphs, sentences, per_sentence, reg)
    sent_ent: list[Entry | None] = [None] * len(sentences)
    for si, resolved in enumerate(per_sentence):
        for _att, ent in resolved:
            if ent is not None:
                sent_ent[si] = ent
                break
    for q, ent in zip(raw, speakers, strict=True):
        if ent is None:
            continue
        qb = q.close_mark if q.close_mark is not None else q.end
        lo = max(0, bisect_right(starts, q.open_mark) - 1)
        hi = max(lo, bisect_right(starts, qb) - 1)
        for si in range(lo, hi + 1):
            if sent_ent[si] is None:
                sent_ent[si] = ent

    merged = reg.merge_descriptions()
    own = reg.drop_publisher(doc.publisher)  # "documents obtained by The New York Times"

    def name_of(ent: object) -> str | None:
        if not isinstance(ent, Entry) or id(ent) in own:
            return None
        return merged.get(id(ent), ent).name

    for item in quotes:
        item.speaker = name_of(item.speaker)
    for st in statements:
        st.speaker = name_of(st.speaker)
    return Speech(
        sources=reg.cited_sources(),
        quotes=quotes,
        statements=statements,
        sentence_speakers=[name_of(e) for e in sent_ent],
    )


def analyse_text(text: str) -> tuple[Speech, list[Span]]:
    """Speech of plain text whose non-empty lines are paragraphs (tests, tools)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    doc = Document(path="<text>", body=text, paragraphs=paragraphs)
    sentences = split_sentences(text, paragraphs, [])
    return analyse(doc, sentences), sentences
