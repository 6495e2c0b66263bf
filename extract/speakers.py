"""Who an attribution's subject is: the source entry a pronoun, a name or a description
("the agency", "its foreign ministry", "his lawyer") stands for, read against the sources
the article cited before (sources.Registry) and the sentences around it."""

from __future__ import annotations

import re
from dataclasses import replace

from claimdesk.extract.attribution import NP
from claimdesk.extract.attribution.acronym_opener import acronym_opener
from claimdesk.extract.attribution.it_opener import it_opener
from claimdesk.extract.attribution.kind_opener import kind_opener
from claimdesk.extract.attribution.language_words import is_language
from claimdesk.extract.attribution.lead_adjectives import without_lead_adjective
from claimdesk.extract.attribution.level_title import office_titled
from claimdesk.extract.attribution.ordinal_member import counted_group
from claimdesk.extract.attribution.ordinal_single import ordinal_single
from claimdesk.extract.attribution.paragraph_opener import paragraph_opener
from claimdesk.extract.attribution.relation_of import RELATION_NOUNS
from claimdesk.extract.attribution.statement_it import statement_it
from claimdesk.extract.lexicon import (
    ANON_HEADS,
    DOCUMENT_NOUNS,
    KNOWN_ORGS,
    MULTIWORD_PLACES,
    NEVER_FINAL,
    NOT_NAME,
    ORG_NOUNS,
    PARTY_OF_STATE,
    PLACES,
    PUBLICATION_NOUNS,
    REPORT_HEADS,
    STATE_PARTY,
    TITLES,
    word_set,
)
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    is_acronym,
    split_person,
    strip_possessive,
)


def _plausible_single(word: str, reg: Registry) -> bool:
    """A lone capitalised word opening a sentence ("Fighting continued") is a name only
    when the article writes it capitalised mid-sentence too, or it is a known entity."""
    if word in PLACES or word in KNOWN_ORGS or is_acronym(word):
        return True
    if reg.by_alias(word) is not None or reg.full_name_for(word):
        return True
    seen = reg.written_mid_sentence.get(word)
    if seen is None:  # one scan of the body per word, not per mention: stays linear
        seen = re.search(r"[a-z,;:] " + re.escape(word) + r"\b", reg.body) is not None
        reg.written_mid_sentence[word] = seen
    return seen


def _resolve(np: NP, surface: str, reg: Registry, pos: int) -> Entry | None:
    """The source an attribution's subject stands for: a pronoun's antecedent, a name's
    entry, or what a description ("the agency", "officials") refers to."""
    if np.kind == "pronoun":
        return _resolve_pronoun(np, reg, pos)
    if np.kind == "name":
        if np.det == "the" and STATE_PARTY.fullmatch(" ".join(np.words)):
            return None  # "the Montana Republican said": someone named before, unsure who
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
        if (issuer := statement_it(np, _previous_sentence(reg.body, pos), pos, reg)) is not None:
            return issuer  # 'X issued a statement. "...," it read.' (statement_it.py)
        if np.verb in _IT_VERBS:
            doc = _report_subject(reg, pos)  # "A U.N. report came out. It said ..."
            if doc is not None:
                return doc
        org = reg.last_org
        opened = None
        if np.verb in _IT_VERBS:
            before = _previous_sentence(reg.body, pos)
            opened = it_opener(reg.body, pos, before[0] if before else None)
        if opened is not None and (org is None or org.last < opened[2]):
            # 'The union was unmoved. "...," it said.' (a body cited since speaks on)
            return _opened_body(opened[:2], reg, pos)
        # "It suggests ..." is seldom the organisation quoted a sentence ago.
        if org is not None and pos - org.last < 300 and np.verb in _IT_VERBS:
            return org
        return None
    return None


def _opened_body(opened: tuple[str, bool], reg: Registry, pos: int) -> Entry | None:
    """The body a paragraph opens with (attribution/it_opener.py), resolved as if the
    article had written "the union said" / "the Treasury said" there."""
    text, named = opened
    words = text.split()
    if named:
        return _resolve_name(NP("name", 0, len(words), words, det="the"), text, reg, pos)
    head = words[-1].lower()
    return _resolve_description(NP("desc", 0, len(words), words, det="the", head=head), reg, pos)


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
    if (bare := without_lead_adjective(np.words)) is not np.words:
        np = replace(np, words=bare)  # "Neighbouring Ostovia" is Ostovia
    words = list(np.words)
    words[-1] = strip_possessive(words[-1])
    if is_language(words):
        return None  # "according to an English translation": a tongue, never a speaker
    if PARTY_OF_STATE.fullmatch(" ".join(words)):
        return _party_member(" ".join(words), reg, pos)
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


def _party_member(label: str, reg: Registry, pos: int) -> Entry:
    """'"We object," said the Democrat of Utah': the person given that role before,
    else an unnamed voice so described."""
    key = label.lower()
    for e in sorted(reg.entries, key=lambda x: x.last, reverse=True):
        if e.kind == "person" and e.last <= pos and key in (e.role or "").lower():
            return e
    return reg.named(label, "anonymous", pos)


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
    if kind == "organization" and office_titled(words):
        kind = "person"  # "state Rep. Colleen Murtagh", "a statement from Gov. Ada Ek" (x16w)
    if kind == "person":
        title_words, name_words = split_person(words)
        if not name_words:
            return None
        if (
            len(name_words) == 1
            and not title_words
            and (low := name_words[0].lower()) in ANON_HEADS
            and low.endswith("s")
            and not _plausible_single(name_words[0], reg)
        ):
            # "Locals know the cob as ... and say": a group, never a person's name (a
            # capital only where a sentence opens)
            return reg.named(name_words[0], "anonymous", pos)
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
    if det == "the" and len(words) == 1 and (opened := paragraph_opener(reg.body, pos, head)):
        # 'A senior party source was less gracious. "...," the source said' (x16n): the
        # paragraph's own opener, before any earlier "source" (and no scan of the body)
        return reg.by_alias(opened[0]) or reg.named(opened[0], opened[1], pos)
    if det == "the" and len(words) == 1 and (initials := acronym_opener(reg.body, pos, head)):
        # 'The PPC, in a statement ..., urged calm. "...," the party said' (x16w)
        return reg.by_alias(initials) or reg.named(initials, "organization", pos)
    prev = _described_before(head, det, words, reg, pos)
    if prev is not None:
        return prev
    if head in ORG_NOUNS:
        kind = "organization"
    elif head in PUBLICATION_NOUNS or head in DOCUMENT_NOUNS:
        kind = "publication"  # a newspaper, or "the study", "the report"
    else:
        kind = "anonymous"
    # "a senior Western official": the article's whole phrase, its article too (the
    # thirteenth pass, x16l); an organisation's "a"/"the" and any "the" stay out
    keep_article = kind == "anonymous" and (det in ("a", "an") or (det == "the" and _bound(words)))
    lead = [det] if det and (keep_article or det not in ("the", "a", "an")) else []
    name = " ".join([*lead, *words])
    e = reg.named(name, kind, pos, alias=np.alias)
    e.add_alias(owned)
    if kind == "anonymous" and _FOR_NAMED.search(name):
        e.add_role(name)  # "spokesman for Prime Minister X": X's spokesman, never X
    e.add_role(np.role)
    if det == "the" and kind == "anonymous":
        e.definite = True  # "the head of the port authority": may be named later
    return e


_BINDING = frozenset(("of", "at", "in", "for", "with", "to", "on", "from"))


def _bound(words: list[str]) -> bool:
    """A definite description tied to something ("the governor of the border region",
    "the surgery's practice manager") keeps its "the" as it is written; a bare role ("the
    mayor") is the role."""
    return any(w.lower() in _BINDING or w.endswith(("'s", "’s")) for w in words[:-1])


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
        if prev is None and det == "the":
            # "The Municipal Workers' Alliance blamed ... '...,' the union said"
            before = _previous_sentence(reg.body, pos)
            kind = kind_opener(head, reg.body, pos, before[0] if before else None)
            if kind is not None:
                body = _opened_body(kind, reg, pos)
                if body is not None:
                    # the article calls it "the union": a later "the union said" finds
                    # it among the cited (Registry._cited_described reads the role)
                    # instead of scanning the whole text before it again
                    body.add_role(head)
                return body
    elif det == "the" and all(w[:1].islower() for w in words):
        # "the fire service" after "the Velmora fire service"
        prev = reg.ending_with(" ".join(words))
        if prev is None and head in ORG_NOUNS and len(words) >= 2:
            # "the city election commission" -> "Aldmoor City Election Commission"
            prev = reg.capitalised_variant(words)
        if prev is None:
            # "the second official" after "two officials familiar with the talks"
            prev = counted_group(words, reg.entries) or ordinal_single(words, reg.entries)
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
    start = start + 2 if start >= 0 and body[start] == "." else start + 1
    # 'said it was "deeply concerned." Its ministry said': the stop inside the mark (x16p)
    q = max(body.rfind('." ', lo, pos), body.rfind(".\u201d ", lo, pos))
    if q >= 0 and q + 3 > start and q + 3 <= pos and body[q + 3].isupper():
        return q + 3
    return start


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
    words = without_lead_adjective(m.group().split())  # "Neighbouring Ostovia"
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
    if not head.endswith("s") or len(words) < 3 or head in RELATION_NOUNS:
        return None  # "Allies of Sen. Greer", "Critics of Mayor Okafor": people, no body
    for i, w in enumerate(words[:-1]):
        if w in ("at", "of", "from", "with") and i >= 1:
            rest = words[i + 1 :]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
            if len(rest) >= 2 and all(x[:1].isupper() or x in ("of", "for", "and") for x in rest):
                return " ".join(rest)
            return None
    return None


def before_quote(masked: str, sentences: list[tuple[int, int]], si: int) -> int:
    """The index of the sentence whose successor is `si`'s narrative context: past the
    sentences wholly inside a quotation ('"Barney will be fine. He always is," she
    laughed.' is two sentences; "she" looks back past the first)."""
    while si > 1:
        ps, pe = sentences[si - 1]
        if masked[ps:pe].strip(" \t\n\x00"):
            break
        si -= 1
    return si


_DASH_LINE = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*(?=[—–])")


def dash_credit_line(body: str, a: int, pe: int) -> tuple[int, int] | None:
    """The span of a credit starting with a dash right after a quotation in the same
    paragraph ('"..."' then '— Rosalind Tarrow, festival founder', on its own line or
    joined to the quote's), else None."""
    m = _DASH_LINE.match(body, a, pe)
    if m is None or "\n" in body[m.end() : pe].rstrip():
        return None
    return m.end(), len(body[:pe].rstrip())
