"""Who says it: the subject before a speech verb ("General Ryder said", "X, the Pentagon
spokesman, told"), after it ('," said Boyechko', "according to the ministry"), a document
or its owner ("the board's report says"), and the names a sentence opens with."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.adjective_name import adjective_then_name
from claimdesk.extract.attribution.appositive_chain import name_before_appositive
from claimdesk.extract.attribution.body_in_place import body_in_place
from claimdesk.extract.attribution.body_relative import body_relative
from claimdesk.extract.attribution.clause_trim import trim_verb_phrase
from claimdesk.extract.attribution.described_heads import (
    ANONYMITY_ENDS,
    anonymity_start,
    in_the,
    number_mark,
    person_figure,
)
from claimdesk.extract.attribution.fronted_time import after_fronted_time
from claimdesk.extract.attribution.generic_source import generic_appositive
from claimdesk.extract.attribution.noun_phrases import (
    _HEADS,
    _NAME_LINKS,
    _PERSON_HEADS,
    NP,
    _appositive,
    _clean_role,
    _extend_pp,
    _premod,
    _start_ok,
    np_back,
    person_head,
)
from claimdesk.extract.attribution.of_the_body import official_adjective, to_link
from claimdesk.extract.attribution.office_name import capital_office, holder_in_commas
from claimdesk.extract.attribution.participle_opener import after_participle
from claimdesk.extract.attribution.particles import name_run_end, particles_fwd
from claimdesk.extract.attribution.party_member import party_member
from claimdesk.extract.attribution.past_verbs import past_after_name
from claimdesk.extract.attribution.performer import performer
from claimdesk.extract.attribution.plural_possessive import possessive_in_name
from claimdesk.extract.attribution.relation_of import tied_to, to_tie
from claimdesk.extract.attribution.relative_subject import relative_subject
from claimdesk.extract.attribution.restrictive_who import described_who_name
from claimdesk.extract.attribution.rival_named import rival_named
from claimdesk.extract.attribution.role_field import field_end
from claimdesk.extract.attribution.role_phrases import named_after_role, seat_after_person
from claimdesk.extract.attribution.role_then_who import name_before_role_who
from claimdesk.extract.attribution.role_words import double_genitive
from claimdesk.extract.attribution.statement_owner import statement_subject
from claimdesk.extract.attribution.title_then_name import name_after_title
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_possessive, is_word, tokenize
from claimdesk.extract.attribution.unnamed_who import named_only_as, unnamed_who
from claimdesk.extract.attribution.verb_asides import ASIDE_ENDS, HABIT, aside_start
from claimdesk.extract.attribution.what_called import fits_pronoun, what_called
from claimdesk.extract.lexicon import (
    AUX_ADVERBS,
    BASE_VERBS,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    NOT_NAME,
    ORG_NOUNS,
    PARTY_OF_STATE,
    PERSON_NOUNS,
    PRONOUNS,
    REPORT_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    TIME_WORDS,
    TITLES,
    word_set,
)
from claimdesk.extract.sources import classify_name

_AUTHORED = word_set(
    """study studies report review inquiry investigation audit probe survey poll analysis
    assessment paper"""
)


_POSTMOD = word_set(
    """familiar close briefed knowledgeable following monitoring attending representing
    advising observing covering"""
)  # "a diplomat following the talks said" (x16p: the -ing participles)


_LEAD = word_set(
    """in on at after before during since when while as with without by for around across
    along within towards toward near throughout halfway amid among behind beside inside
    outside beyond"""
)  # fronted places and times ("Across the chamber, X rose and said:", fifteenth pass)
_FRONT = 12  # tokens of "With a small gust in the late afternoon," (x16q; was 8)


def _document(toks: list[Tok], i: int) -> NP | None:
    """ "The study found that ...", "official data showed": a document as the source."""
    if i < 1 or toks[i].low not in _AUTHORED:
        return None  # "data showed" names no source: the speaker stays unknown
    if toks[i - 1].low in ("the", "a", "an"):
        return NP("desc", i - 1, i + 1, [toks[i].text], det=toks[i - 1].low, head=toks[i].low)
    k = i - 1  # up to two lowercase modifiers after a clause boundary: "official data"
    while k >= 0 and i - k <= 2 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in STOP_WORDS:
            return None
        k -= 1
    if k == i - 1 or not _start_ok(toks, k + 1):
        return None
    words = [t.text for t in toks[k + 1 : i + 1]]
    return NP("desc", k + 1, i + 1, words, head=toks[i].low)


def _the_report(toks: list[Tok], a: int) -> NP | None:
    """ "according to the report", "according to the latest study": a document named
    before (resolved by extract.sources.Registry.document)."""
    if a + 1 >= len(toks) or toks[a].low not in ("the", "this", "that"):
        return None
    for k in range(a + 1, min(a + 4, len(toks))):
        t = toks[k]
        if t.low in REPORT_HEADS:
            words = [x.text for x in toks[a + 1 : k + 1]]
            return NP("desc", a, k + 1, words, det=toks[a].low, head=t.low)
        if not (t.text.isalpha() and t.text.islower()) or t.low in STOP_WORDS:
            return None
    return None


def _document_owner(toks: list[Tok], i: int) -> NP | None:
    """ "The board's report says", "the ministry's own figures": the owner speaks."""
    if i < 0 or toks[i].low not in DOCUMENT_NOUNS:
        return None
    k = i - 1
    # up to two modifiers: "the inspectorate's 212-page report", "its own figures"
    while k >= 0 and k > i - 4 and is_word(toks[k].text) and not is_possessive(toks[k].text):
        if toks[k].text[:1].isupper():
            return None
        k -= 1
    if k < 0 or not is_possessive(toks[k].text):
        return None
    stem = re.sub(r"['’]s?$", "", toks[k].text)
    owner = Tok(stem, stem.lower(), toks[k].start, toks[k].start + len(stem))
    sub = [*toks[:k], owner]
    np = np_back(sub, k)
    if np is None or np.kind == "pronoun":
        return None
    np.end = i + 1
    return np


_OWN = frozenset(("his", "her", "their", "its", "my", "our"))
# "a spokesman for the border region", "the governor of the province" (thirteenth pass,
# x16l: "for", "to" and "the" added to the tenth pass's "One woman in the stalls")
_PLACE_PREPS = frozenset(("of", "in", "from", "near", "at", "for", "to"))
_ONE_PERSON = frozenset(("a", "an", "one", "the"))
_REACH = 7  # "a woman at the edge of the crowd shouted" (x16s; it was 5)


def _postmodified(toks: list[Tok], i: int) -> NP | None:
    """ "a person familiar with the board's discussions said", "sources close to X"."""
    lo = max(0, i - 10)
    for k in range(i, lo, -1):
        t = toks[k]
        if (not is_word(t.text) and t.text not in ("'", "’")) or (k < i and t.low in SPEECH_VERBS):
            return None  # "... familiar with the talks said the sticking point" is two clauses
        if t.low in _POSTMOD or (t.low == "knowledge" and toks[k - 1].low == "with"):
            m = k - 1 if t.low != "knowledge" else k - 2
            head = np_back(toks, m)
            if head is not None and head.kind == "desc" and person_head(head):
                head.words = [x.text for x in toks[head.start + (1 if head.det else 0) : i + 1]]
                head.end = i + 1
                return head
            return None
        if t.low in _PLACE_PREPS and k < i and k - i > -_REACH and toks[k - 1].low not in _POSTMOD:
            # "Residents of the town told AFP ...": people described by a place; one
            # unnamed person too ("One woman in the stalls said", tenth pass)
            head = np_back(toks, k - 1)
            if (
                head is not None
                and head.kind == "desc"
                and person_head(head)
                and (
                    head.head.endswith("s")
                    or (head.det in _ONE_PERSON and toks[k + 1].low not in _OWN)
                )  # but "a wiry man in his sixties called Alun Pryce" is a description
                and _start_ok(toks, head.start)
            ):
                head.words = [x.text for x in toks[head.start + (1 if head.det else 0) : i + 1]]
                head.end = i + 1
                return head
            # no person before this one: an earlier phrase may hold it ("a person with
            # knowledge of the talks", "residents in the north of the city")
    return None


def _name_in_commas(toks: list[Tok], k: int, comma: int) -> NP | None:
    """ "A battalion commander in the pass, Lt. Col. Rhea Dunstan, told": the name
    between the commas is the speaker, what precedes it is the role."""
    if toks[k + 1].text in ("a", "an"):
        return None  # "X, a researcher at the Y Authority,": no name opens on "a" (np_back)
    named = np_back(toks, comma - 1)
    if named is None or named.kind != "name" or named.start != k + 1 or len(named.words) < 2:
        return None
    if PARTY_OF_STATE.fullmatch(" ".join(named.words)) or seat_after_person(toks, named):
        return None  # "Deputy Rolf Ekman, Liberal of Harth,": the name is before it
    a = k - 1
    while a >= 0 and toks[a].text not in (",", ";", ":", Q, "(", "—", "–"):
        a -= 1
    a += 1
    if a >= k or not _start_ok(toks, a):
        return None
    pre = toks[a:k]
    if not (any(t.low in ROLE_NOUNS for t in pre) or party_member(pre)):
        return None  # a role, or 'The winning Liberal Democrat,' (party_member.py)
    if any(t.low in SPEECH_VERBS for t in pre):
        return None
    if any(t.low in ORG_NOUNS for t in pre[-1:]) and not any(t.low in _PERSON_HEADS for t in pre):
        return None  # "Ukraine's military intelligence agency, the GUR,": an alias
    named.role = _clean_role(" ".join(t.text for t in pre))
    named.start = a
    return named


def _appositive_subject(toks: list[Tok], comma: int, body: str) -> NP | None:
    """ "NAME, appositive, VERB": walk back over up to three earlier commas."""
    j = comma - 1
    for _ in range(3):
        k = j
        while k >= 0 and toks[k].text not in (",", ";", ":", Q):
            k -= 1
        inner_quote = False
        while (
            k >= 1
            and toks[k].text == Q
            and toks[k - 1].text.isalpha()
            and toks[k - 1].text.islower()
        ):
            # 'Ola Brandvik, who wore a cap printed with the words "...", shouted': a
            # quotation inside a named person's appositive is part of it
            inner_quote = True
            k -= 1
            while k >= 0 and toks[k].text not in (",", ";", ":", Q):
                k -= 1
        if k < 1 or toks[k].text != ",":
            return None
        if inner_quote and ((bare := np_back(toks, k - 1)) is None or bare.kind != "name"):
            return None
        if toks[k - 1].low in DOCUMENT_NOUNS and toks[k + 1].low in ("by", "from"):
            # "The report, by the national transport inspectorate, found that ..."
            author = fwd_subject(toks, k + 2, body, appositive=False)
            if author is not None and author.kind != "pronoun" and author.end <= comma:
                return author
        named = _name_in_commas(toks, k, comma)
        if named is None and k + 1 < comma and toks[k + 1].low == "who":
            named = name_before_role_who(toks, k, body)  # "X, the MP for Y, who ..., said"
        if named is not None:
            return named
        np = np_back(toks, k - 1) or _document_owner(toks, k - 1) or _document(toks, k - 1)
        if np is not None and np.end == k and (person := seat_after_person(toks, np)):
            _premod(toks, person)
            if _start_ok(toks, person.start):
                return person  # "X, Independent of Corrin Bay, who ..., said": X's seat
        if np is not None and np.kind != "pronoun" and not _start_ok(toks, np.start):
            np = _extend_pp(toks, np)
        if np is not None and np.kind == "name" and not _start_ok(toks, np.start):
            _premod(toks, np)  # "NASA scientist Josh Willis, who ..., called"
            if np.premod and np.start > 0 and toks[np.start - 1].low == "the":
                np.start -= 1  # "The writer Ngaire Tipene, who ..., said" (thirteenth pass)
            if _age_only(toks, k, comma) and len(np.words) >= 2 and np.end == k:
                return np  # "Mother of two Kayla Brightwater, 34, said": an age fits a person
        if np is not None and np.kind != "pronoun" and np.end == k and _start_ok(toks, np.start):
            if np.kind == "desc" and np.head not in ORG_NOUNS:
                # "The company's chief executive, Jane Doe, said": the name is the speaker.
                named = np_back(toks, comma - 1)
                if (
                    named is not None
                    and named.kind == "name"
                    and _role_words_between(
                        toks,
                        k + 1 + (1 if toks[k + 1].low == "the" else 0),
                        named.start + (1 if named.det else 0),
                    )
                    and len(named.words) >= 2
                ):
                    named.role = _clean_role(body[toks[np.start].start : toks[np.end - 1].end])
                    return named
            elif np.kind == "desc":
                # "The barge operator, Halden Shipping, said": the firm's name, not the
                # description ("the agency, the GUR," stays an alias)
                named = np_back(toks, comma - 1)
                if (
                    named is not None
                    and named.kind == "name"
                    and named.start == k + 1
                    and len(named.words) >= 2
                    and (
                        classify_name(named.words) == "organization"
                        or _org_named(named.words, np.head)
                    )
                ):
                    named.role = _clean_role(body[toks[np.start].start : toks[np.end - 1].end])
                    named.org_hint = True  # "The operator, Quenford Metro Trams," (tenth pass)
                    return named
            if (held := holder_in_commas(toks, np, k, comma)) is not None:
                return held  # "The Taoiseach, Declan Furlong, said" (office_name.py)
            if (lead := name_before_appositive(toks, np, body)) is not None:
                return lead  # "X, D-Ohio, who ..., said"; "X, a director at Y, a Z, said"
            if (lead := _name_before_role(toks, np)) is not None:
                lead.role = _clean_role(body[toks[np.start].start : toks[np.end - 1].end])
                return lead
            _appositive(np, toks, k + 1, comma, body)
            return np
        j = k - 1
    return None


def _name_before_role(toks: list[Tok], np: NP) -> NP | None:
    """ "Hollis Paquette, president of the Grocers Association, a trade group ..., said":
    the person's name before a bare role (no article) speaks, never the role (x16n)."""
    if np.kind != "desc" or np.det is not None or np.head in ORG_NOUNS or np.start < 2:
        return None
    if toks[np.start - 1].text != ",":
        return None
    named = np_back(toks, np.start - 2)
    if named is None or named.kind != "name" or len(named.words) < 2:
        return None
    if not _start_ok(toks, named.start) or classify_name(named.words) != "person":
        return None
    return named


# the heads whose appositive name is the body; not the ones that gather people ("the
# delegation, Ada Lind and ...", "the team, captain Ola Berg,")
_BODY_HEADS = (ORG_NOUNS | frozenset(("promoter", "lobby"))) - frozenset(
    ("staff", "delegation", "mission", "team", "opposition", "bloc", "junta", "regime")
)


def _org_named(words: list[str], head: str | None) -> bool:
    """ "The operator, Quenford Metro Trams,": a business noun's appositive name is the
    business, though its words name no body ("Trams" is no listed head); never a name with
    a personal title ("The firm, Mr. Ade Bell,")."""
    return head in _BODY_HEADS and not any(w.rstrip(".") in TITLES for w in words)


def _age_only(toks: list[Tok], k: int, comma: int) -> bool:
    """Whether the appositive between the commas at k and `comma` is an age ("34")."""
    return comma == k + 2 and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 3


def _role_words_between(toks: list[Tok], a: int, b: int) -> bool:
    """Nothing, or up to three lowercase role words, between a description's comma and
    the name ("Her colleague, paramedic Osman Kell, said")."""
    gap = toks[a:b]
    return (
        b >= a
        and len(gap) <= 3
        and all(
            t.text.isalpha()
            and t.text.islower()
            and t.low not in STOP_WORDS
            and t.low not in SPEECH_VERBS
            for t in gap
        )
    )


def _unclosed_appositive(toks: list[Tok], np_start: int, verb: int, body: str) -> NP | None:
    """ "X, professor at the University of Y told ...": the name before the comma."""
    k = np_start - 1
    lo = max(0, np_start - 40)
    while k >= lo and toks[k].text not in (",", ";", ":", Q):
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    np = np_back(toks, k - 1)
    if np is None or np.kind != "name" or np.end != k or not _start_ok(toks, np.start):
        return None
    _appositive(np, toks, k + 1, verb, body)
    return np


def _after_dateline(toks: list[Tok]) -> int:
    """Index of the first token after a dateline ("ALDMOOR, Nov. 6 (Wire) -")."""
    if len(toks) < 3 or not toks[0].text.isupper() or len(toks[0].text) < 3:
        return 0
    for k in range(1, min(len(toks), 16)):
        if toks[k].text in ("-", "—", "–") and (k + 1 < len(toks)):
            return k + 1
    return 0


def _clause_subject(toks: list[Tok], i: int) -> NP | None:
    """The subject that opens the sentence, for a verb coordinated with "and"."""
    a = _after_dateline(toks)
    if a < len(toks) and (toks[a].low in _LEAD or toks[a].low in TIME_WORDS):
        k = next((x for x, t in enumerate(toks[a : a + _FRONT], a) if t.text == ","), None)
        if k is None:
            return None
        a = k + 1
    elif (k := after_participle(toks, a)) is not None:
        a = k  # "Standing beside him, the prime minister, X, said ... and insisted"
    np = fwd_subject(toks, a, "", appositive=False)
    if np is None or np.end >= i or np.kind == "pronoun":
        return None
    np = name_after_title(toks, np) or np  # "the prime minister, Elspeth Cawley, said and"
    return trim_verb_phrase(np)  # "Sen. X met the governor and told": X (clause_trim.py)


_PLACE_BEFORE = word_set("across throughout around near in at inside outside")


def _relative_before_quote(toks: list[Tok], q: int) -> NP | None:
    """'Gina Oro, who wore a shirt reading "Vote," shouted': the quote closes a
    relative clause (its comma inside the marks); the name before ", who" speaks."""
    for k in range(q - 1, max(0, q - 25), -1):
        t = toks[k]
        if t.text in (Q, ";", ":", ".") or t.low in SPEECH_VERBS:
            return None
        if t.low in ("who", "whose") and k >= 2 and toks[k - 1].text == ",":
            np = np_back(toks, k - 2)
            if np is None or np.kind != "name":
                return None
            if not _start_ok(toks, np.start):
                _premod(toks, np)  # "Village councillor Emil Brandt, who ..."
                if not _start_ok(toks, np.start):
                    return None
            return np
    return None


_DASHES = frozenset("-–—")


def _dashed_appositive(toks: list[Tok], d: int, body: str) -> NP | None:
    """ "Rhoda Ames - a former miner - said": the name before the first dash, the words
    between the dashes its role (d: the index of the second dash)."""
    for k in range(d - 1, max(0, d - 14), -1):
        t = toks[k].text
        if t in (Q, ";", ":", ".") or toks[k].low in SPEECH_VERBS:
            return None
        if t in _DASHES:
            np = np_back(toks, k - 1)
            if np is None or np.kind != "name" or k + 1 >= d:
                return None
            if not _start_ok(toks, np.start):
                _premod(toks, np)
                if not _start_ok(toks, np.start):
                    return None
            np.role = _clean_role(body[toks[k + 1].start : toks[d - 1].end])
            np.end = d + 1
            return np
    return None


def _name_word(toks: list[Tok], i: int) -> bool:
    """ "Kotahi First said", "NZ First said": an adverb capitalised inside a sentence,
    right after a capitalised word, ends a name (fifteenth pass); "X first said" skips."""
    return i > 0 and toks[i].text[:1].isupper() and is_cap(toks[i - 1].text)


def back_subject(toks: list[Tok], v: int, body: str) -> NP | None:
    i = v - 1
    while i >= 0 and toks[i].low in AUX_ADVERBS and not _name_word(toks, i):
        i -= 1
    if i >= 0 and toks[i].low in ASIDE_ENDS and (k := aside_start(toks, i)) <= i:
        i = k - 1  # "Haddadi-Corvo for her part noted" (verb_asides.py)
        while i >= 0 and toks[i].low in AUX_ADVERBS:
            i -= 1
    if i >= 0 and toks[i].low in ANONYMITY_ENDS and (k := anonymity_start(toks, i)) is not None:
        i = k - 1  # "an EU official speaking on condition of anonymity said"
    if i >= 1 and toks[i].low == "to" and toks[i - 1].low in HABIT and toks[v].low == "say":
        i -= 2  # "As he liked to say, '...'": his habit of saying it (tenth pass)
    if i < 0 or toks[i].low in BE_FORMS or toks[i].low == "to":
        return None
    if (
        i == v - 1
        and (toks[i].low in DETERMINERS or is_possessive(toks[i].text))
        and not double_genitive([t.low for t in toks[max(0, i - 2) : i + 1]], toks[v].low)
    ):
        return None  # "the claims", "a report", "Putin's claims": a noun, not a verb
    if toks[i].text == ",":
        # "One of them, who gave her name only as Signe, said"; "A night porter at the
        # hotel, who asked not to be named, said" (unnamed_who.py)
        given = named_only_as(toks, i)
        given = given or generic_appositive(toks, i)  # "A second source, a board member,"
        given = given or described_who_name(toks, i)  # "A pedestrian who was hurt, X Y,"
        given = given or performer(toks, i)  # "the sister, played by X Y," (performer.py)
        given = given or _appositive_subject(toks, i, body)
        return given or rival_named(toks, i) or unnamed_who(toks, i)  # "his rival, X Y,"
    if toks[i].text in _DASHES:
        return _dashed_appositive(toks, i, body)
    if toks[i].text == Q and i > 0 and toks[i - 1].low not in SPEECH_VERBS:
        return _relative_before_quote(toks, i)
    if toks[i].low in ("and", "but") and i > 0:
        # "The bank raised its rate ... and warned that ...": the clause's subject.
        return _clause_subject(toks, i)
    if toks[i].low in ("which", "who") and i >= 2 and toks[i - 1].text == ",":
        # "..., the firm Halden Risk, which said ...": the noun phrase before the comma
        if toks[i].low == "who" and (person := name_before_role_who(toks, i - 1, body)):
            return person  # "X, the Conservative MP for Y, who said" (role_then_who.py)
        np = np_back(toks, i - 2)
        if np is not None and (lead := name_before_appositive(toks, np, body)) is not None:
            return lead  # "Sen. X, D-Ohio, who wrote ...": X (appositive_chain.py)
        if np is not None and np.kind != "pronoun":
            if np.kind == "name" and not _start_ok(toks, np.start):
                _premod(toks, np)
            return np
        return None
    rel = relative_subject(toks, v)  # "A farmer who asked not to be named said"
    rel = rel or body_relative(toks, v)  # "The union that represents X said" (x16r)
    if rel is not None:
        return rel
    np = np_back(toks, i)
    if np is None:
        return (
            _document_owner(toks, i)
            or _postmodified(toks, i)
            or _document(toks, i)
            or statement_subject(toks, i)  # "the statement said": its issuer speaks
        )
    if what_called(toks, np, v):
        # 'X declined to comment on what it called "..."': X speaks (what_called.py)
        sub = _clause_subject(toks, np.start - 1)
        return sub if sub is not None and fits_pronoun(sub, np.words[0].lower()) else np
    b = np.start
    if b >= 3 and toks[b - 1].low == "by" and toks[b - 2].low.endswith("ed"):
        # "A report commissioned by the city found": the report, not the city
        doc = _document(toks, b - 3) or np_back(toks, b - 3)
        if doc is not None and doc.kind == "desc" and doc.head in _AUTHORED:
            return doc
    if np.kind == "name" and not _start_ok(toks, np.start):
        alt = _unclosed_appositive(toks, np.start, v, body)
        if alt is not None:
            return alt
        ext = _extend_pp(toks, np)
        if ext is not np:
            return ext
        if np.start > 0 and toks[np.start - 1].low in _PLACE_BEFORE:
            # "Small bakeries across Marden say": a place is no speaker; but "the county
            # Republican Party in Tulsa said" is the party's (body_in_place.py)
            return body_in_place(toks, np)
        _premod(toks, np)
    elif np.kind == "desc" and not _start_ok(toks, np.start):
        np = _extend_pp(toks, np)
        if not _start_ok(toks, np.start) and (pm := _postmodified(toks, i)) is not None:
            return pm  # "A woman at the back of the hall shouted": not "the hall" (x16s)
    return np


def pronoun_or_name(toks: list[Tok], a: int, body: str, *, appositive: bool) -> NP | None:
    """The subject at token a when it is "he"/"she" or a name, not a role or an unnamed
    description: who a gesture or a colon frame leads with ("Ek shook her head.", "She
    was blunt:")."""
    if toks[a].low in ("he", "she"):
        return NP("pronoun", a, a + 1, [toks[a].text])
    np = fwd_subject(toks, a, body, appositive=appositive)
    return np if np is not None and np.kind == "name" else None


def fwd_subject(toks: list[Tok], a: int, body: str, *, appositive: bool = True) -> NP | None:
    """The noun phrase that starts at token a (inverted attribution, "according to")."""
    n = len(toks)
    det = None
    i = a
    if i < n and toks[i].low in DETERMINERS:
        det = toks[i].low
        if det in ("that", "this", "these", "those"):
            return None  # "found that Dravik Logistics ..." is a clause, not a subject
        i += 1
    if i >= n:
        return None
    t = toks[i].text
    numbered = number_mark(toks, i + 1)  # "said a No 10 source"
    if t == Q or not is_word(t) or (t in NOT_NAME and not numbered) or toks[i].low in TIME_WORDS:
        return None
    if toks[i].low in PRONOUNS:
        # '"...," said he.' only; "said they were leaving" is a clause, not a subject.
        if det is None and (i + 1 >= n or toks[i + 1].text in (".", ",", "!", "?")):
            return NP("pronoun", a, i + 1, [t])
        return None
    j = i
    if is_cap(t) and not numbered:
        while j < n:
            w = toks[j].text
            if is_cap(w) and w not in NOT_NAME:
                j += 1
                if is_possessive(w) and not possessive_in_name(toks, j):
                    break  # "Russia's"; but "the Rail Users' Federation" goes on
            elif (
                toks[j].low in _NAME_LINKS
                and j + 1 < n
                and (is_cap(toks[j + 1].text) or toks[j + 1].low in _NAME_LINKS)
                and j > i
            ):
                j += 1
            elif j > i and (k := particles_fwd(toks, j)) > j:
                j = k  # "said Ingeborg ter Horst"
            elif j > i and to_link(toks, j):
                j += 1  # "said the Committee to Protect Journalists" (of_the_body.py)
            else:
                break
        while j > i and toks[j - 1].low in _NAME_LINKS:
            j -= 1
        if j - i >= 2 and j < n and toks[j - 1].text == "Local" and toks[j].text.isdigit():
            j += 1  # "said Amalgamated Transit Workers Local 1190": the number closes it
        kind = "name"
        # "a U.S. official", "Russia's defence ministry": a description after all.
        k = j
        while k < n and k - j < 4 and is_word(toks[k].text) and not is_cap(toks[k].text):
            if toks[k].low in STOP_WORDS or toks[k].low in SPEECH_VERBS or _finite(toks[k].low):
                break  # "Szczepanik expects the court ...": a verb, no "U.S. official"
            if toks[k].low in _HEADS:
                j = k + 1
                kind = "desc"
            k += 1
        if kind == "desc" and (named := _role_then_name(toks, a, i, j)) is not None:
            return named  # "Opposition leader Graham Tolley: ...": the role, then the name
    else:
        kind = ""
        k = i
        while k < n and k - i < 6:
            w = toks[k]
            if k == i and numbered:
                k += 1
                continue
            if not is_word(w.text) or w.low in STOP_WORDS or w.low in SPEECH_VERBS:
                break
            k += 1
            if w.low in _HEADS or person_figure(toks, k - 1) or tied_to(toks, k):
                kind = "desc"
                j = k  # the last head wins: "the county assessor's office"
        if kind != "desc":
            return _unknown_role_then_name(toks, a, i) if det is None else None
        if official_adjective(toks, j):
            return None  # "according to the official translation" (of_the_body.py)
        if j < n and is_cap(toks[j].text) and toks[j - 1].low in _HEADS:
            # "said engineer Wendell Ames", "the modelling firm Halden Risk": role, name
            k = name_run_end(toks, j)
            if k - j >= 2 or (k - j == 1 and toks[j - 1].low in ORG_NOUNS):
                named = NP("name", a, k, [t.text for t in toks[j:k]])
                named.premod = [t.text for t in toks[i:j]]
                return named
    if j <= i:
        return None
    words = [tk.text for tk in toks[i:j]]
    np = NP(kind, a, j, words, det=det, head=toks[j - 1].low if kind == "desc" else None)
    if kind == "desc" and j + 1 < n and toks[j].low in _POSTMOD:
        # "a person familiar with the matter", "sources close to the talks"
        k = j + 1
        while k < n and k - j < 8 and (is_word(toks[k].text) or toks[k].text in "'’"):
            if toks[k].low in ("said", "says", "told", "that", "and", "but", "while"):
                break
            k += 1
        np.words = [tk.text for tk in toks[i:k]]
        np.end = j = k
    if (
        kind == "desc"
        and j + 1 < n
        and (toks[j].low in ("for", "of", "at", "with") or in_the(toks, j) or to_tie(toks, j))
    ):
        # "a spokesman for the ministry": the organisation goes into the name.
        k = j + 1
        last = k  # end of the last capitalised word or head noun: "the U.N. refugee agency"
        while k < n and is_word(toks[k].text) and (k - j < 8 or _name_goes_on(toks, j, k, last)):
            t = toks[k]
            if is_cap(t.text) or t.low in _HEADS:
                last = k + 1
            elif t.low in STOP_WORDS and t.low not in _NAME_LINKS:
                break
            k += 1
        if appositive and k < n and toks[k].text == "," and 0 < k - last <= 2:
            # "Labour's candidate in the Halford by-election, Naomi Farquhar," (x16z): a
            # lower-case word closing the phrase before a person named in apposition
            whole = NP(kind, a, k, [tk.text for tk in toks[i:k]], det=det, head=np.head)
            named = _fwd_appositive(toks, whole, a, k, body)
            if named is not None and named.kind == "name" and named is not whole:
                return named
        k = last
        if k > j + 1:
            np.words = [tk.text for tk in toks[i:k]]
            np.end = j = k
    if kind == "desc" and appositive and (k := field_end(toks, j)) is not None:
        # "said the group's head of technology, Rashid Bellweather-Amin" (role_field.py)
        np.words = [tk.text for tk in toks[i:k]]
        np.end = j = k
    if appositive and j + 1 < n and toks[j].text == ",":
        return _fwd_appositive(toks, np, a, j, body)
    return np


def _name_goes_on(toks: list[Tok], j: int, k: int, last: int) -> bool:
    """Past eight words, a body's name still runs on while its capitalised words and their
    links do ("a spokesman for the Office of the Director of National Intelligence";
    x16r), to 14."""
    if k - j >= 14:
        return False
    return is_cap(toks[k].text) or (toks[k].low in _NAME_LINKS and k - last <= 1)


_FINITE_AFTER_NAME = AUX_ADVERBS | BE_FORMS | BASE_VERBS


def _finite(low: str) -> bool:
    """A verb right after a capitalised name ("expects", "was", "has"): the subject
    ends before it (x16p)."""
    if low in _FINITE_AFTER_NAME or (low.endswith("s") and low[:-1] in BASE_VERBS):
        return True
    return past_after_name(low)  # "Danladi thanked voters" (past_verbs.py)


def _role_then_name(toks: list[Tok], a: int, i: int, j: int) -> NP | None:
    """A capitalised role ending in a person's head noun (tokens i..j-1: "Chamber of
    Commerce president") right before a name of two or more capitalised words."""
    n = len(toks)
    if j >= n or toks[j - 1].low not in _PERSON_HEADS:
        return None
    k = name_run_end(toks, j)  # "club president Hilary Van der Berg": whole
    if k - j < 2:
        return None
    named = NP("name", a, k, [t.text for t in toks[j:k]])
    named.premod = [t.text for t in toks[i:j]]
    return named


def _unknown_role_then_name(toks: list[Tok], a: int, i: int) -> NP | None:
    """ "said pensioner Aud Berg": one or two lowercase words the lexicon does not know as
    a role, right before a name of two or more capitalised words: that role, that name."""
    n = len(toks)
    k = i
    while (
        k < n
        and k - i < 2
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].low not in STOP_WORDS
        and toks[k].low not in SPEECH_VERBS
        and toks[k].low not in TIME_WORDS
        and toks[k].low not in AUX_ADVERBS  # "said later Ada Ruiz"
    ):
        k += 1
    m = name_run_end(toks, k)
    if k == i or m - k < 2:
        return None
    named = NP("name", a, m, [t.text for t in toks[k:m]])
    named.premod = [t.text for t in toks[i:k]]
    return named


def _fwd_appositive(toks: list[Tok], np: NP, a: int, j: int, body: str) -> NP:
    """An appositive after an inverted subject (tokens a..j-1, a comma at j): "said its
    founder, Iris Penhallow" names the speaker; ", the agency's head," is a role."""
    n = len(toks)
    k = j + 1
    while k < n and toks[k].text not in (",", ";", Q, ".", "?", "!"):
        k += 1
    first = toks[j + 1]
    if (np.kind == "desc" and np.head in _PERSON_HEADS and is_cap(first.text)) or (
        np.kind == "name" and np.det == "the" and capital_office(np.words)  # office_name.py
    ):
        # "said its founder, Iris Penhallow.": the name, with the description as role
        named = fwd_subject(toks, j + 1, body, appositive=False)
        if named is not None and named.kind == "name" and len(named.words) >= 2:
            named.role = _clean_role(body[toks[a].start : toks[j - 1].end])
            named.start = a
            return named
        if (
            named is not None
            and named.kind == "name"
            and len(named.words) == 1
            and np.det in ("his", "her", "their")
            and np.head in PERSON_NOUNS
        ):
            # "recalled his son, Sam.": the first name, kept as the relative's alias
            np.alias = named.words[0]
            np.end = named.end
            return np
    role_like = (
        first.low in DETERMINERS
        or first.low in ROLE_NOUNS
        or first.text in TITLES
        or (first.text.isupper() and len(first.text) >= 2)
    )
    if role_like and k > j + 1:
        _appositive(np, toks, j + 1, k, body)
        np.end = k
    return np


_LEAD_CONJUNCTIONS = frozenset(("but", "and", "yet"))


# "Asked about Sen. Tom Bryce's criticism of her tax plan, Harper smiled.": the comma
# after a fronted clause may come 15 tokens in, and a second fronted phrase may follow
# the first (x16s; it was one comma in 10 tokens)
_FRONTED = 16


def sentence_subjects(masked: str, s: int, e: int) -> list[NP]:
    """The noun phrase a sentence opens with, after a dateline or a leading adverbial
    ("In June,", "Back on her land outside Dunmere,")."""
    toks = tokenize(masked, s, min(e, s + 400))
    starts = [_after_dateline(toks)]
    if len(toks) > starts[0] + 1 and toks[starts[0]].low in _LEAD_CONJUNCTIONS:
        starts[0] += 1  # "But Roxanne, who ..., was not having it."
    commas = [
        i for i, t in enumerate(toks[starts[0] : starts[0] + _FRONTED], starts[0]) if t.text == ","
    ]
    starts += [k + 1 for k in commas[:2]]  # "At her party, to cries of '...', Ek thanked"
    if (k := after_fronted_time(toks, starts[0])) is not None:
        starts[0] = k  # "Shortly before midnight Ek climbed": "Shortly" is no name
    out: list[NP] = []
    for n, a in enumerate(starts):
        if n == 2 and out:
            break  # the second fronted phrase only when nothing opened the first
        # adjective_then_name: "But a furious Quillfeather wasn't laughing."
        np = fwd_subject(toks, a, masked, appositive=True) or adjective_then_name(toks, a)
        if np is None or np.end >= len(toks) or np.kind != "name":
            continue
        np = named_after_role(toks, np) or np  # "Lynx goaltender Pekka Maki made"
        np = name_after_title(toks, np) or np  # "The Prime Minister, Clive Cawthorne, did"
        if np.end >= len(toks):
            continue
        nxt = toks[np.end]
        if nxt.text == "," or (is_word(nxt.text) and not is_cap(nxt.text)):
            out.append(np)
    return out


def sentence_names(masked: str, s: int, e: int) -> list[NP]:
    """Capitalised names of two or more words in a sentence, in order."""
    toks = tokenize(masked, s, min(e, s + 600))
    out: list[NP] = []
    i = len(toks) - 1
    while i >= 0:
        np = np_back(toks, i) if is_cap(toks[i].text) else None
        if np is not None and np.kind == "name" and len(np.words) >= 2:
            out.append(np)
            i = np.start - 1
        else:
            i -= 1
    out.reverse()
    return out
