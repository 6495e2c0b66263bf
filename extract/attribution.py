"""Attribution: who says what in a sentence, found around speech verbs.

Works on the quote-masked body (quotations blanked to NUL, one token each), so verbs
inside quotes are never read as attribution. For every speech verb ("said", "told",
"according to", ...) it finds the speaker noun phrase before the verb ("General Ryder
said", "X, the Pentagon spokesman, told", "X, professor at Y told"), after it ('," said
Boyechko', "according to the Institute for the Study of War"), or a pronoun, and the
reported clause: after the verb ("said [that] ...") or before a trailing attribution
("..., officials said.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from operator import sub
from typing import NamedTuple

from claimdesk.extract.lexicon import (
    ANON_HEADS,
    AUX_ADVERBS,
    BASE_VERBS,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    NOT_NAME,
    ORG_NOUNS,
    PARTICIPLES,
    PRONOUNS,
    PUBLICATION_NOUNS,
    QUOTE_VERBS,
    REPORT_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    TIME_WORDS,
    TITLES,
    word_set,
)
from claimdesk.extract.sources import classify_name

Q = "\x00"
_KEEP_DOT = word_set(
    """Jr Sr Inc Co Corp Ltd St No Mt Ft Gen Maj Lt Col Sgt Capt Cmdr Adm Brig Cpl Pvt Gov
    Sen Rep Dr Mr Mrs Ms Mx Prof Rev Hon Pres Supt Det Insp Messrs Sept Jan Feb Mar Apr Jun
    Jul Aug Sep Oct Nov Dec vs etc"""
)
# Each match is a token with the whitespace before it, so offsets add up.
# Word characters plus the combining marks of scripts whose letters take them (NFD
# accents, Hebrew points, Arabic vowels, Indic and Thai signs): "राहुल" is one token.
_W = r"\w'’\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f-"
_TOKEN = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)+|\w[" + _W + r"]*(?:\.\w[" + _W + r"]*)*\.?|\x00+|[^\w\s])"
)


class _HeadSet(frozenset):
    """Head nouns, plus professions by their ending ("seismologists", "physicians")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (
            isinstance(word, str)
            and len(word) > 7
            and word.endswith(("ists", "ians", "ist", "ian"))
            and word.isalpha()
        )


_HEADS = _HeadSet(ANON_HEADS | ORG_NOUNS | PUBLICATION_NOUNS | ROLE_NOUNS)
_PERSON_HEADS = _HeadSet(_HEADS - ORG_NOUNS - PUBLICATION_NOUNS)
_NAME_LINKS = word_set("of for the and & de del della der den di da du van von bin ibn al la le")
_START_OK = word_set(
    """and but or so yet that as while because when although though if since after before
    where whereas meanwhile however then also nor"""
)
_PUNCT_START = frozenset(',;:—–-("“”')
_TELL = word_set("told tells telling tell")
_PREPS = word_set(
    """in on at during via through from over after before inside while of about aboard
    outside near beside behind along across following ahead"""
)
_OBJ_PRONOUNS = word_set("him her them us me you")
_CLAUSE_TRIM = " \t\n,;:—–-."
_REL = re.compile(r"\s+(?:whose|who|which|where|and whose|and who)\s.*$", re.S)


# Lowercase only: a speech verb opening a sentence is rare, "According" the exception.
_TRIGGER_WORDS = (
    SPEECH_VERBS
    | QUOTE_VERBS
    | BASE_VERBS
    | word_set(
        """according According put puts found finds showed shows read reads wants demands
        demanded proposes proposed seeks sought"""
    )
)
_TOKEN_TRIGGERS = _TRIGGER_WORDS | {"per"}
_PUNCT_RUN = re.compile(r"[.,;:!?()\"“”‘’'—–\x00]")  # one space per mark: offsets hold


def fold(masked: str) -> str:
    """The masked body with punctuation as spaces, for has_trigger (once per article;
    a regex is 7x faster than str.translate with non-ASCII keys)."""
    return _PUNCT_RUN.sub(" ", masked)


def has_trigger(masked: str, s: int, e: int, folded: str | None = None) -> bool:
    """True when the sentence holds a speech verb (C-speed: fold, split, set)."""
    text = folded[s:e] if folded is not None else _PUNCT_RUN.sub(" ", masked[s:e])
    words = text.split()
    hits = _TRIGGER_WORDS.intersection(words)
    if not hits:
        return False
    if not hits <= _CHECKED_TRIGGERS:
        return True
    # Only "put" or plural-subject verbs ("analysts expect"): most sentences holding
    # them report nothing ("put pressure on", "we believe in"); skip those before
    # tokenizing, keeping every sentence find_attributions could accept.
    for i, w in enumerate(words):
        if w not in hits:
            continue
        if w in _PUT:
            window = [x.lower() for x in words[i + 1 : i + 11]]
            if "at" in window and not _ESTIMATED.isdisjoint(window):
                return True
            continue
        k = i - 1
        while k >= 0 and words[k].lower() in AUX_ADVERBS:
            k -= 1
        if k < 0:
            continue  # a base form opening the sentence has no subject
        prev = words[k].lower()
        near = {x.lower() for x in words[max(0, k - 8) : k]}
        if (
            prev.endswith("s")
            or prev in _PLURAL_PREV
            or not near.isdisjoint(_POSTMOD_NEAR)
            or _punct_between(masked, s, text, words, k, i)
        ):
            return True
    return False


_PLURAL_PREV = word_set("they we people police authorities and but which who that")
_POSTMOD_NEAR = word_set("familiar close briefed knowledgeable knowledge of in from near at")


def _punct_between(masked: str, s: int, text: str, words: list[str], k: int, i: int) -> bool:
    """True when a punctuation mark sits between word k and word i of the sentence."""
    pos = 0
    starts = []
    for w in words[: i + 1]:
        pos = text.find(w, pos)
        starts.append(pos)
        pos += len(w)
    a = s + starts[k] + len(words[k])
    b = s + starts[i]
    return _PUNCT_RUN.search(masked, a, b) is not None


class Tok(NamedTuple):
    """A token of the masked sentence: text, lowercase text, body offsets."""

    text: str
    low: str
    start: int
    end: int


_new_tok = partial(tuple.__new__, Tok)


@dataclass(slots=True)
class NP:
    kind: str  # pronoun | name | desc
    start: int  # token index
    end: int  # token index, exclusive
    words: list[str]
    det: str | None = None
    head: str | None = None  # lowercase head noun of a description
    premod: list[str] = field(default_factory=list)  # role words before a name
    role: str | None = None  # from an appositive
    alias: str | None = None  # acronym or short name from an appositive
    sentence_initial: bool = False
    verb: str = ""  # the speech verb, lowercase
    org_hint: bool = False  # the context says organisation ("data from X")


@dataclass(slots=True)
class Attribution:
    sent: int
    verb: int  # body offset of the verb
    span: tuple[int, int]  # body offsets of subject + verb
    np: NP | None  # None: inherits the subject of an earlier attribution in the sentence
    clause: tuple[int, int] | None  # the reported clause, body offsets
    surface: str  # the subject as written
    weak: bool = False


def tokenize(masked: str, s: int, e: int) -> list[Tok]:
    """Words (with inner apostrophes, hyphens and initialism dots: "U.S."), numbers
    with separators, a quotation (one token, text Q) and single punctuation marks; a
    final period stays on abbreviations only ("Gen.", "V."). Mostly C-level map()
    calls: tokenizing is the hot loop of attribution."""
    pieces = _TOKEN.findall(masked, s, e)
    if not pieces:
        return []
    ends = list(accumulate(map(len, pieces), initial=s))
    del ends[0]
    texts = list(map(str.lstrip, pieces))
    starts = list(map(sub, ends, map(len, texts)))
    fix = [i for i, t in enumerate(texts) if t[-1] == "." or t[0] == Q]
    for i in reversed(fix):
        t = texts[i]
        if t[0] == Q:
            texts[i] = Q
            continue
        stem = t[:-1]
        if not stem or "." in stem or stem in _KEEP_DOT or (len(stem) == 1 and stem.isupper()):
            continue
        texts[i : i + 1] = [stem, "."]
        starts[i : i + 1] = [starts[i], ends[i] - 1]
        ends[i : i + 1] = [ends[i] - 1, ends[i]]
    return list(map(_new_tok, zip(texts, map(str.lower, texts), starts, ends, strict=True)))


def is_cap(t: str) -> bool:
    """Capitalised, or written in a script without case ("山田太郎", "محمد"), where a
    name cannot show a capital: such a word in an English sentence is taken as one."""
    c = t[:1]
    return c.isupper() or (c.isalpha() and not c.islower() and c > "\u02ff")


def is_word(t: str) -> bool:
    return t[:1].isalnum()


def is_possessive(t: str) -> bool:
    return t.endswith(("'s", "’s", "s'", "s’"))


def _start_ok(toks: list[Tok], i: int) -> bool:
    if i <= 0:
        return True
    p = toks[i - 1].text
    return p == Q or p in _PUNCT_START or p.lower() in _START_OK or p.lower() in TIME_WORDS


def np_back(toks: list[Tok], i: int) -> NP | None:
    """The noun phrase that ends at token i (inclusive), walking left."""
    if i < 0:
        return None
    t = toks[i].text
    low = t.lower()
    if low in PRONOUNS:
        return NP("pronoun", i, i + 1, [t], sentence_initial=i == 0)
    if t == ")":
        # "The Regional Water Authority (RWA)": the acronym is an alias;
        # "Sen. Marla Kettering (D-Ore.)": the party and state are skipped.
        o = next((k for k in range(i - 1, max(-1, i - 7), -1) if toks[k].text == "("), None)
        if o is None or o < 1:
            return None
        np = np_back(toks, o - 1)
        if np is not None and np.kind != "pronoun":
            inner = [tk.text for tk in toks[o + 1 : i]]
            if len(inner) == 1 and is_cap(inner[0]) and inner[0].isupper():
                np.alias = inner[0]
            np.end = i + 1
        return np
    if not is_word(t):
        return None
    prev = toks[i - 1].text if i > 0 else ""
    proper_head = low in _HEADS and (
        (is_cap(prev) and prev not in NOT_NAME) or (prev in ("'", "’") and i > 1)
    )
    if is_cap(t) and t not in NOT_NAME and (low not in _HEADS or proper_head):
        j = i
        while j > 0:
            p = toks[j - 1].text
            if is_cap(p) and p not in NOT_NAME:
                j -= 1
                if is_possessive(p) and p[-1] not in "'’":
                    break  # "Russia's Defense Ministry"; "Dockworkers' Union" goes on
            elif p in ("'", "’") and j >= 2 and is_cap(toks[j - 2].text):
                j -= 1  # "the Velmora Dockworkers' Union"
            elif (
                p.lower() in _NAME_LINKS
                and j >= 2
                and is_cap(toks[j - 2].text)
                and (toks[j - 2].text not in NOT_NAME)
            ):
                j -= 1
            else:
                break
        while j < i and toks[j].low in _NAME_LINKS:
            j += 1
        det = toks[j - 1].low if j > 0 and toks[j - 1].low == "the" else None
        start = j - 1 if det else j
        words = [tk.text for tk in toks[j : i + 1]]
        return NP("name", start, i + 1, words, det=det, sentence_initial=start == 0)
    if low in _HEADS:
        j = i
        det = None
        n = 0
        while j > 0 and n < 5:
            p = toks[j - 1]
            pl = p.low
            if pl in DETERMINERS:
                det = pl
                break
            if not is_word(p.text) or pl in STOP_WORDS or pl in SPEECH_VERBS:
                break
            j -= 1
            n += 1
            if is_possessive(p.text):
                if j > 0 and toks[j - 1].low in DETERMINERS:
                    det = toks[j - 1].low  # "the company's chief executive"
                break
        words = [tk.text for tk in toks[j : i + 1]]
        start = j - 1 if det else j
        return NP("desc", start, i + 1, words, det=det, head=low, sentence_initial=start == 0)
    return None


def _premod(toks: list[Tok], np: NP) -> None:
    """Role words right before a name: "Pentagon press secretary [Pat Ryder]"."""
    j = np.start
    if j == 0 or toks[j - 1].low not in ROLE_NOUNS:
        return
    k = j
    while k > 0 and j - k < 6:
        p = toks[k - 1]
        if not is_word(p.text) or p.low in STOP_WORDS or p.low in DETERMINERS:
            break
        if p.text in NOT_NAME:
            break
        k -= 1
        if is_possessive(p.text):
            break
    np.premod = [tk.text for tk in toks[k:j]]
    np.start = k


_AGE = re.compile(r"^\d{1,3},\s*")
_PARTICIPLE_NEXT = word_set("at in on to from for with after before during the a an about")
_REL_START = re.compile(r"^(?:who|whose|which|where|whom)\b")


_REL_ROLE = re.compile(
    r"^who\s+(?=(?:owns|runs|heads|leads|chairs|manages|directs|founded|co-founded|"
    r"represents|teaches|coaches|edits|oversees|works|lives|serves)\s)"
)
_POSS_PRONOUN = re.compile(r"^(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+")


def _clean_role(text: str) -> str | None:
    """ "34, a nurse at St. Mary's, who ..." -> "nurse at St. Mary's"."""
    text = _POSS_PRONOUN.sub("", _AGE.sub("", text.strip()))
    m = _REL_ROLE.match(text)
    if m is not None:
        # "who owns a diner near the bridge": what the person does is the role
        return text[m.end() :].strip(_CLAUSE_TRIM + " ") or None
    if _REL_START.match(text) or text.isdigit():
        return None
    parts = text.split(" ", 2)
    if len(parts) > 1 and parts[0].endswith("ing") and parts[1] in _PARTICIPLE_NEXT:
        return None  # "speaking at a rally" describes the moment, not the role
    text = _REL.sub("", text).strip(_CLAUSE_TRIM + " ")
    for art in ("the ", "a ", "an ", "The ", "A ", "An "):
        if text.startswith(art):
            text = text[len(art) :]
            break
    return text or None


def _appositive(np: NP, toks: list[Tok], a: int, b: int, body: str) -> None:
    """Tokens a..b-1 between commas after a name: a role, or an alias ("the GUR")."""
    if a >= b:
        return
    words = [t.text for t in toks[a:b]]
    core = words[1:] if words[0].lower() == "the" else words
    if len(core) <= 4 and all(is_cap(w) for w in core) and np.kind == "desc":
        np.alias = " ".join(core)
        return
    if len(core) == 1 and core[0].isupper() and len(core[0]) >= 2:
        np.alias = core[0]
        return
    np.role = _clean_role(body[toks[a].start : toks[b - 1].end])


_MEASURE = word_set(
    """recorded records registered registers measured measures counted counts detected
    detects logged logs found finds showed shows estimated estimates"""
)
_POSITION = word_set("wants demands demanded proposes proposed seeks sought")
_MAX_SENTENCE = 3000  # characters; keeps the per-verb scans linear in practice
_PP = word_set("for of at with from in")
_AUTHORED = word_set(
    """study studies report review inquiry investigation audit probe survey poll analysis
    assessment paper"""
)
_CLAUSE_TAIL = word_set(", which that who whom and but or while whereas")
_NEGATIONS = word_set("not never n't didn't hasn't haven't hadn't won't wouldn't doesn't don't")
_PARTITIVE = word_set("one two three some many several most all both none each neither either")
_POSTMOD = word_set("familiar close briefed knowledgeable")


def _extend_pp(toks: list[Tok], np: NP) -> NP:
    """ "a spokesperson for the minister", "Priya Sandoval of the Velmora Institute":
    a noun phrase after a preposition belongs to the description or name before it."""
    p = np.start - 1
    if p < 1 or toks[p].low not in _PP:
        return np
    if toks[p].low == "of" and toks[p - 1].low in _PARTITIVE and np.kind == "desc":
        np.start = p - 1  # "one of the sources said"
        return np
    head = np_back(toks, p - 1)
    if head is None or head.kind == "pronoun":
        return np
    if head.kind == "desc" and head.head in _PERSON_HEADS:
        head.words = [t.text for t in toks[head.start + (1 if head.det else 0) : np.end]]
        head.end = np.end
        return _extend_pp(toks, head)
    if head.kind == "name" and np.kind == "name" and toks[p].low in ("of", "at", "from"):
        # the person, with the organisation as role
        head.role = _clean_role(" ".join(t.text for t in toks[p + 1 : np.end]))
        head.end = np.end
        return head
    return np


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


def _postmodified(toks: list[Tok], i: int) -> NP | None:
    """ "a person familiar with the board's discussions said", "sources close to X"."""
    lo = max(0, i - 10)
    for k in range(i, lo, -1):
        t = toks[k]
        if not is_word(t.text) and t.text not in ("'", "’"):
            return None
        if t.low in _POSTMOD or (t.low == "knowledge" and toks[k - 1].low == "with"):
            m = k - 1 if t.low != "knowledge" else k - 2
            head = np_back(toks, m)
            if head is not None and head.kind == "desc" and head.head in _PERSON_HEADS:
                head.words = [x.text for x in toks[head.start + (1 if head.det else 0) : i + 1]]
                head.end = i + 1
                return head
            return None
        if t.low in ("of", "in", "from", "near", "at") and k < i and k - i > -5:
            # "Residents of the town told AFP ...": people described by a place
            head = np_back(toks, k - 1)
            if (
                head is not None
                and head.kind == "desc"
                and head.head in _PERSON_HEADS
                and head.head.endswith("s")
                and _start_ok(toks, head.start)
            ):
                head.words = [x.text for x in toks[head.start + (1 if head.det else 0) : i + 1]]
                head.end = i + 1
                return head
            return None
    return None


def _name_in_commas(toks: list[Tok], k: int, comma: int) -> NP | None:
    """ "A battalion commander in the pass, Lt. Col. Rhea Dunstan, told": the name
    between the commas is the speaker, what precedes it is the role."""
    named = np_back(toks, comma - 1)
    if named is None or named.kind != "name" or named.start != k + 1 or len(named.words) < 2:
        return None
    a = k - 1
    while a >= 0 and toks[a].text not in (",", ";", ":", Q, "(", "—", "–"):
        a -= 1
    a += 1
    if a >= k or not _start_ok(toks, a):
        return None
    pre = toks[a:k]
    if not any(t.low in ROLE_NOUNS for t in pre) or any(t.low in SPEECH_VERBS for t in pre):
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
        if k < 1 or toks[k].text != ",":
            return None
        if toks[k - 1].low in DOCUMENT_NOUNS and toks[k + 1].low in ("by", "from"):
            # "The report, by the national transport inspectorate, found that ..."
            author = fwd_subject(toks, k + 2, body, appositive=False)
            if author is not None and author.kind != "pronoun" and author.end <= comma:
                return author
        named = _name_in_commas(toks, k, comma)
        if named is not None:
            return named
        np = np_back(toks, k - 1) or _document_owner(toks, k - 1) or _document(toks, k - 1)
        if np is not None and np.kind != "pronoun" and not _start_ok(toks, np.start):
            np = _extend_pp(toks, np)
        if np is not None and np.kind == "name" and not _start_ok(toks, np.start):
            _premod(toks, np)  # "NASA scientist Josh Willis, who ..., called"
        if np is not None and np.kind != "pronoun" and np.end == k and _start_ok(toks, np.start):
            if np.kind == "desc" and np.head not in ORG_NOUNS:
                # "The company's chief executive, Jane Doe, said": the name is the speaker.
                named = np_back(toks, comma - 1)
                if (
                    named is not None
                    and named.kind == "name"
                    and named.start
                    == k + 1 + (1 if toks[k + 1].low == "the" else 0) - (1 if named.det else 0)
                    and len(named.words) >= 2
                ):
                    named.role = _clean_role(body[toks[np.start].start : toks[np.end - 1].end])
                    return named
            _appositive(np, toks, k + 1, comma, body)
            return np
        j = k - 1
    return None


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
        k = next((x for x, t in enumerate(toks[a : a + 8], a) if t.text == ","), None)
        if k is None:
            return None
        a = k + 1
    np = fwd_subject(toks, a, "", appositive=False)
    if np is None or np.end >= i or np.kind == "pronoun":
        return None
    return np


def back_subject(toks: list[Tok], v: int, body: str) -> NP | None:
    i = v - 1
    while i >= 0 and toks[i].low in AUX_ADVERBS:
        i -= 1
    if i < 0 or toks[i].low in BE_FORMS or toks[i].low == "to":
        return None
    if i == v - 1 and (toks[i].low in DETERMINERS or is_possessive(toks[i].text)):
        return None  # "the claims", "a report", "Putin's claims": a noun, not a verb
    if toks[i].text == ",":
        return _appositive_subject(toks, i, body)
    if toks[i].low in ("and", "but") and i > 0:
        # "The bank raised its rate ... and warned that ...": the clause's subject.
        return _clause_subject(toks, i)
    if toks[i].low in ("which", "who") and i >= 2 and toks[i - 1].text == ",":
        # "..., the firm Halden Risk, which said ...": the noun phrase before the comma
        np = np_back(toks, i - 2)
        if np is not None and np.kind != "pronoun":
            if np.kind == "name" and not _start_ok(toks, np.start):
                _premod(toks, np)
            return np
        return None
    np = np_back(toks, i)
    if np is None:
        return _document_owner(toks, i) or _postmodified(toks, i) or _document(toks, i)
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
        _premod(toks, np)
    elif np.kind == "desc" and not _start_ok(toks, np.start):
        np = _extend_pp(toks, np)
    return np


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
    if t == Q or not is_word(t) or t in NOT_NAME or toks[i].low in TIME_WORDS:
        return None
    if toks[i].low in PRONOUNS:
        # '"...," said he.' only; "said they were leaving" is a clause, not a subject.
        if det is None and (i + 1 >= n or toks[i + 1].text in (".", ",", "!", "?")):
            return NP("pronoun", a, i + 1, [t])
        return None
    j = i
    if is_cap(t):
        while j < n:
            w = toks[j].text
            if is_cap(w) and w not in NOT_NAME:
                j += 1
                if is_possessive(w):
                    break
            elif (
                toks[j].low in _NAME_LINKS
                and j + 1 < n
                and (is_cap(toks[j + 1].text) or toks[j + 1].low in _NAME_LINKS)
                and j > i
            ):
                j += 1
            else:
                break
        while j > i and toks[j - 1].low in _NAME_LINKS:
            j -= 1
        kind = "name"
        # "a U.S. official", "Russia's defence ministry": a description after all.
        k = j
        while k < n and k - j < 4 and is_word(toks[k].text) and not is_cap(toks[k].text):
            if toks[k].low in STOP_WORDS or toks[k].low in SPEECH_VERBS:
                break
            if toks[k].low in _HEADS:
                j = k + 1
                kind = "desc"
            k += 1
    else:
        kind = ""
        k = i
        while k < n and k - i < 6:
            w = toks[k]
            if not is_word(w.text) or w.low in STOP_WORDS or w.low in SPEECH_VERBS:
                break
            k += 1
            if w.low in _HEADS:
                kind = "desc"
                j = k  # the last head wins: "the county assessor's office"
        if kind != "desc":
            return None
        if j < n and is_cap(toks[j].text) and toks[j - 1].low in _HEADS:
            # "said engineer Wendell Ames", "the modelling firm Halden Risk": role, name
            k = j
            while k < n and is_cap(toks[k].text) and toks[k].text not in NOT_NAME:
                k += 1
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
    if kind == "desc" and j < n and toks[j].low in ("for", "of", "at", "with") and j + 1 < n:
        # "a spokesman for the ministry": the organisation goes into the name.
        k = j + 1
        last = k  # end of the last capitalised word or head noun: "the U.N. refugee agency"
        while k < n and k - j < 8 and is_word(toks[k].text):
            t = toks[k]
            if is_cap(t.text) or t.low in _HEADS:
                last = k + 1
            elif t.low in STOP_WORDS and t.low not in _NAME_LINKS:
                break
            k += 1
        k = last
        if k > j + 1:
            np.words = [tk.text for tk in toks[i:k]]
            np.end = j = k
    if appositive and j + 1 < n and toks[j].text == ",":
        k = j + 1
        while k < n and toks[k].text not in (",", ";", Q, ".", "?", "!"):
            k += 1
        first = toks[j + 1]
        if kind == "desc" and np.head in _PERSON_HEADS and is_cap(first.text):
            # "said its founder, Iris Penhallow.": the name, with the description as role
            named = fwd_subject(toks, j + 1, body, appositive=False)
            if named is not None and named.kind == "name" and len(named.words) >= 2:
                named.role = _clean_role(body[toks[a].start : toks[j - 1].end])
                named.start = a
                return named
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


def _skip_recipient(toks: list[Tok], a: int) -> int:
    """After "told": skip "Newsweek", "reporters", "a press briefing", "him"."""
    n = len(toks)
    if a >= n:
        return a
    t = toks[a]
    if t.low in _OBJ_PRONOUNS:
        return a + 1
    if t.low in DETERMINERS:
        k = a + 1
        while k < n and k - a <= 4 and is_word(toks[k].text) and toks[k].low not in STOP_WORDS:
            k += 1
            if toks[k - 1].low in _VENUES or toks[k - 1].low in _HEADS:
                break
        return k
    if is_cap(t.text):
        k = a
        while k < n and (
            is_cap(toks[k].text)
            or (toks[k].low in _NAME_LINKS and k + 1 < n and is_cap(toks[k + 1].text))
        ):
            k += 1
        return k
    if t.low.endswith("s") and t.low not in STOP_WORDS and t.low not in TIME_WORDS:
        return a + 1  # "reporters", "lawmakers", "MPs"
    for k in range(a, min(a + 3, n)):
        # "local radio", "state television", "public broadcaster RTV"
        if not toks[k].text.isalpha() or toks[k].low in STOP_WORDS:
            break
        if toks[k].low in PUBLICATION_NOUNS or toks[k].low in ("media", "press"):
            k += 1
            while k < n and is_cap(toks[k].text):
                k += 1
            return k
    return a


def _clause_after(toks: list[Tok], a: int, limit: int) -> int | None:
    """Token index where the reported clause starts, or None for a bare attribution."""
    n = limit
    # "said on Monday, in a rare interview, that ...": commas may intervene when a
    # parenthetical opens right after the verb
    paren = a < n and (
        toks[a].text == ","
        or toks[a].low in TIME_WORDS
        or toks[a].low in _PREPS
        or toks[a].low in ("however", "though", "also", "again", "repeatedly")
    )
    for k in range(a, min(a + (12 if paren else 9), n)):
        t = toks[k]
        if t.low == "that":
            return k + 1
        if t.text == Q or (not is_word(t.text) and t.text not in ("-", ",")):
            break
        if t.text == "," and not paren:
            break
    k = a
    while k < n and (toks[k].low in TIME_WORDS or toks[k].low in ("on", "at", "this", "last")):
        if toks[k].low in ("on", "at") and not (k + 1 < n and toks[k + 1].low in TIME_WORDS):
            break
        k += 1
    if k < n and toks[k].low in _PREPS and (_venue(toks, k + 1, n) or _short_tail(toks, k, n)):
        # "said in a statement." / "said on Telegram, ..." — a place, not a clause.
        colon = next(
            (j for j in range(k, min(k + 10, n)) if toks[j].text in (":", ".", Q, ";")), None
        )
        if colon is not None and toks[colon].text == ":":
            return colon  # "wrote on X, formerly Twitter: ..." introduces a quote
        while k < n and toks[k].text not in (",", ".", ";", Q, "?", "!"):
            k += 1
        if k < n and toks[k].text == ",":
            k += 1
    return k if k < n else None


_VENUES = word_set(
    """statement statements interview post posts address briefing conference speech email
    e-mail letter video message report tweet broadcast remarks comments appearance hearing
    session filing note call podcast op-ed article column television radio tv program
    programme show speech news release memo text livestream stream sermon rally meeting
    testimony court documents filings media social platform account page site blog
    newsletter channel"""
)


def _short_tail(toks: list[Tok], k: int, n: int) -> bool:
    """ "said on the floor." / "said of the damage.": a short phrase ends the sentence."""
    j = k
    while j < n and toks[j].text not in (",", ".", ";", Q, "?", "!"):
        j += 1
    return j - k <= 5 and (j >= n or toks[j].text in (".", "?", "!"))


def _venue(toks: list[Tok], a: int, n: int) -> bool:
    """ "in a statement", "on Telegram", "during a news conference": where it was said.
    A phrase that runs into a colon ("wrote on social media on Monday:") is one too."""
    for k in range(a, min(a + 9, n)):
        if toks[k].text == ":":
            return True
        if toks[k].text in (".", Q, ";"):
            break
    for k in range(a, min(a + 5, n)):
        t = toks[k]
        if t.low in _VENUES or (k == a and is_cap(t.text)):
            return True
        if not is_word(t.text):
            return False
    return False


def _content(toks: list[Tok], a: int, b: int) -> bool:
    """True when tokens a..b-1 hold narrative words, not only a quotation."""
    return any(t.text[0].isalnum() for t in toks[a:b])


_DATELINE = re.compile(
    r"[A-Z]{2,}[A-Z .'’-]*(?:,[^()\n—–]{0,40})?\s*\([^)\n]{1,40}\)\s*[-—–]+\s*"
    r"|[A-Z]{2,}[A-Z .'’-]*(?:,[^()\n—–]{0,30})?\s[—–-]+\s"
)


def _span(toks: list[Tok], a: int, b: int, body: str) -> tuple[int, int] | None:
    if a >= b:
        return None
    s, e = toks[a].start, toks[b - 1].end
    if a == 0:
        m = _DATELINE.match(body, s, e)
        if m:
            s = m.end()
    while s < e and body[s] in _CLAUSE_TRIM:
        s += 1
    while e > s and body[e - 1] in _CLAUSE_TRIM:
        e -= 1
    if e <= s:
        return None
    return s, e


def find_attributions(
    body: str,
    masked: str,
    sent: int,
    s: int,
    e: int,
    folded: str | None = None,
    triggered: bool | None = None,
    per: bool = True,
) -> list[Attribution]:
    """Every attribution in the sentence body[s:e], in order (`folded`: fold(masked);
    `triggered`: whether the sentence holds a trigger word, when known; `per`: False
    when the body holds no ", per " / "Per ", skipping that search)."""
    if e - s > _MAX_SENTENCE or triggered is False:
        return []  # a "sentence" of thousands of characters is a table or debris
    if (
        triggered is None
        and not has_trigger(masked, s, e, folded)
        and not (per and (masked.find(", per ", s, e) >= 0 or masked.startswith("Per ", s)))
    ):
        return []
    toks = tokenize(masked, s, e)
    n = len(toks)
    end = n
    while end > 0 and toks[end - 1].text in (".", "?", "!", "…"):
        end -= 1
    found: list[tuple[int, int, NP | None, int, bool]] = []  # (subj_start, v, np, after, inv)
    for v in [i for i, t in enumerate(toks) if t.low in _TOKEN_TRIGGERS]:
        low = toks[v].low
        per = (
            low == "per"
            and v + 1 < n
            and (v == 0 or toks[v - 1].text == ",")
            and (toks[v + 1].low == "the" or is_cap(toks[v + 1].text))
        )
        if low == "per" and not per:
            continue  # "3 per cent", "$2 per share"
        if per or (low == "according" and v + 1 < n and toks[v + 1].low == "to"):
            # "according to X", "..., per the ministry"
            a = v + 2 if not per else v + 1
            # "according to estimates by the Centre for ...", "a statement from X"
            from_data = False
            for k in range(a, min(a + 4, n)):
                if toks[k].low in ("by", "from", "of") and k > a:
                    if all(is_word(t.text) and not is_cap(t.text) for t in toks[a:k]):
                        a = k + 1
                        from_data = True
                    break
                if not is_word(toks[k].text):
                    break
            np = fwd_subject(toks, a, body, appositive=False)
            if np is not None and from_data and np.kind == "name":
                np.org_hint = True  # "data from Sensor Tower": an organisation
            if np is None and not from_data:
                np = _the_report(toks, a)  # "according to the report"
            elif (
                np is not None
                and np.kind == "name"
                and np.end < n
                and toks[np.end].low in REPORT_HEADS
                and toks[np.end].text.islower()
                and classify_name(np.words) != "publication"
            ):
                # "according to a United Nations report": the report, not the U.N.
                np.words = [*np.words, toks[np.end].text]
                np.end += 1
            if np is None:
                # "according to the board's own figures"
                k = a
                while (
                    k < n
                    and k - a < 4
                    and is_word(toks[k].text)
                    and not is_possessive(toks[k].text)
                ):
                    k += 1
                if (
                    k + 1 < n
                    and is_possessive(toks[k].text)
                    and (toks[k + 1].low in DOCUMENT_NOUNS or toks[k + 1].low == "own")
                ):
                    doc = k + 1 if toks[k + 1].low != "own" else k + 2
                    np = _document_owner(toks, min(doc, n - 1))
                    if np is not None:
                        np.end = k + 2
            if (
                np is not None
                and np.kind == "name"
                and np.end + 1 < end
                and toks[np.end].text == ","
            ):
                first = toks[np.end + 1]
                second = toks[np.end + 2].low if np.end + 2 < end else ""
                # '"...," according to Jane Smith, a spokeswoman for the agency.'
                if (
                    first.low in ("a", "an")
                    or first.low in ROLE_NOUNS
                    or (first.low == "the" and second in ROLE_NOUNS)
                ):
                    np.role = _clean_role(body[first.start : toks[end - 1].end])
                    np.end = end
            if np is not None and per and (np.kind not in ("name", "desc") or np.det == "a"):
                np = None
            if np is not None:
                found.append((v, v, np, np.end, True))
            continue
        base = low in BASE_VERBS
        if low in _PUT:
            if not _puts_estimate(toks, v):
                continue  # "put pressure on" is not speech; "put the toll at 12" is
        elif low in ("read", "reads"):
            nxt = toks[v + 1].text if v + 1 < n else ""
            if nxt not in (":", Q, ","):
                continue  # 'The statement read: "..."' only
        elif low in _FIND:
            nxt = toks[v + 1].low if v + 1 < n else "."
            if nxt != "that" and not (nxt in (",", ".", ";") or nxt in TIME_WORDS or nxt == "on"):
                continue  # "the report found that ...", "..., data showed on Tuesday"
        elif (
            low not in SPEECH_VERBS and low not in QUOTE_VERBS and low not in _POSITION and not base
        ):
            continue
        if v + 1 < n and toks[v + 1].low in _NOT_SPEECH_NEXT:
            continue  # "reported by", "11 people reported missing"
        np = back_subject(toks, v, body)
        inverted = False
        if base and (np is None or not _plural(np)):
            continue  # "Analysts estimate", "experts warn": only with a plural subject
        if low in _POSITION and (np is None or np.kind != "desc"):
            continue  # "The union wants a cap of ...": a body's position, not a person's wish
        if np is None and low in PARTICIPLES and v > 0 and toks[v - 1].text == ",":
            # ", saying ...": the subject of the main clause, or of the attribution before
            if not found:
                np = _clause_subject(toks, v)
            if np is None:
                found.append((v, v, None, v + 1, False))
                continue
        if (
            np is None
            and low not in _TELL
            and (v == 0 or toks[v - 1].text in (",", Q, ":", "—", "–"))
        ):
            np = fwd_subject(toks, v + 1, body)
            inverted = np is not None
        if np is None:
            continue
        np.verb = low
        after = np.end if inverted else v + 1
        found.append((v if inverted else np.start, v, np, after, inverted))
    if any(toks[f[1]].low in ("according", "per") for f in found[1:]):
        # "The county recorded 27 deaths, according to the county coroner": the
        # measurement belongs to the source named by "according to".
        found = [f for f in found if toks[f[1]].low not in _MEASURE]
    found = _drop_embedded(toks, found, end)
    out: list[Attribution] = []
    out_sub: list[tuple[int, int]] = []  # (subject start, verb) token indexes of `out`
    for idx, (sstart, v, np, after, inverted) in enumerate(found):
        next_start = found[idx + 1][0] if idx + 1 < len(found) else end
        limit = min(end, next_start) if next_start > v else end
        verb_low = toks[v].low
        clause: tuple[int, int] | None = None
        if verb_low in QUOTE_VERBS:
            pass  # attributes quotes only
        elif verb_low in ("according", "per"):
            before = [t for t in toks[:sstart] if is_word(t.text)]
            lead = sstart == 0 or all(
                (not is_word(t.text) and t.text != Q) or t.low in _START_OK for t in toks[:sstart]
            )
            if not lead and len(before) <= 3 and toks[sstart - 1].text == ",":
                # "In June, according to Smith, ...": a leading adverbial, clause after
                lead = before[0].low in _LEAD or before[0].low in TIME_WORDS
            if lead:
                k = after
                if k < limit and toks[k].text == ",":
                    k += 1
                if _content(toks, k, limit):
                    clause = _span(toks, k, limit, body)
            else:
                lo = _prev_end(found, idx)
                lo2 = _outer_report(toks, found, out, out_sub, sstart)
                if lo2 is not None:
                    clause = _span(toks, lo2, sstart, body)
                elif _content(toks, lo, sstart):
                    clause = _span(toks, lo, sstart, body)
        else:
            a = after
            if not inverted and verb_low in _TELL:
                a = _skip_recipient(toks, a)
            c = _clause_after(toks, a, limit) if not inverted else None
            comma_after = None
            if c is not None and c < limit and toks[c].text in (":", ","):
                if toks[c].text == ":" or (c + 1 < limit and toks[c + 1].text == Q):
                    # 'he said: "..."', 'he said, "..."': a quote follows, nothing else
                    out.append(_attribution(toks, sent, sstart, v, np, None, body))
                    out_sub.append((sstart, v))
                    continue
                # "officials said on Sunday, cutting power ..." is a trailing
                # attribution of what came before.
                comma_after = c
                c = None
            if c is not None:
                # the reported clause ends at a semicolon; after "which she says" at the
                # comma closing the relative clause
                rel = sstart > 0 and toks[sstart - 1].low in ("which", "that", "who")
                stop = (";", ",") if rel else (";",)
                semi = next((k for k in range(c, limit) if toks[k].text in stop), None)
                if semi is not None and semi > c:
                    limit = semi
                # "... the measures, which it says ...": not part of this clause
                while limit > c and toks[limit - 1].low in _CLAUSE_TAIL:
                    limit -= 1
            if c is not None and _content(toks, c, limit):
                first_word = next((t for t in toks[c:limit] if t.text != Q), None)
                if first_word is not None and toks[c].text != Q:
                    clause = _span(toks, c, limit, body)
                elif _content(toks, c, limit) and toks[c].text == Q:
                    clause = None  # the clause is a quotation: kept as a quote
            elif c is None or not _content(toks, c, limit):
                lo = _prev_end(found, idx)
                before = sum(1 for t in toks[lo:sstart] if is_word(t.text))
                if (
                    comma_after is not None
                    and 1 <= before <= 2
                    and _content(toks, comma_after + 1, limit)
                    and toks[comma_after + 1].text != Q
                ):
                    # "By then, she said, it was too late ...": the words after it.
                    clause = _span(toks, comma_after + 1, limit, body)
                elif _content(toks, lo, sstart) and not (out and out[-1].clause):
                    # (a clause the attribution before already reported is not repeated)
                    clause = _span(toks, lo, sstart, body)
                elif (lo2 := _outer_report(toks, found, out, out_sub, sstart)) is not None:
                    # "The company estimates the repairs will cost $5 million, Vance
                    # said": the trailing attribution reports the estimate before it.
                    clause = _span(toks, lo2, sstart, body)
        if not inverted and _negated(toks, v):
            continue  # "The White House has not said whether ...": nobody is cited
        if verb_low in _POSITION and (clause is None or clause[1] - clause[0] < 16):
            continue  # "lawmakers have demanded answers": a demand, no claim
        out.append(_attribution(toks, sent, sstart, v, np, clause, body))
        out_sub.append((sstart, v))
    return out


# What a subject thinks, plans or measures, not what it says: reported by whoever a
# trailing attribution names ("The ministry believes 300 homes flooded, Lind said").
_BELIEF = (
    _MEASURE
    | _POSITION
    | word_set(
        """estimate estimates estimated believe believes believed think thinks thought
    expect expects expected fear fears feared hope hopes hoped suspect suspects
    suspected reckon reckons reckoned assume assumes assumed calculate calculates
    calculated predict predicts predicted project projects projected forecast forecasts
    plan plans planned intend intends intended"""
    )
)


def _outer_report(
    toks: list[Tok], found: list, out: list, out_sub: list[tuple[int, int]], sstart: int
) -> int | None:
    """When a trailing attribution (", Vance said." / ", according to X.") follows
    belief/estimate attributions in the same clause, drop them from `out` and return the
    token index where the trailing one's reported clause starts; else None."""
    if sstart < 1 or toks[sstart - 1].text != "," or not out or out[-1].clause is None:
        return None
    k = len(out)
    while k > 0 and out[k - 1].clause is not None and toks[out_sub[k - 1][1]].low in _BELIEF:
        k -= 1
    if k == len(out):
        return None
    first = out_sub[k][0]
    if any(t.text == Q for t in toks[first:sstart]):
        return None
    idx = next((i for i, f in enumerate(found) if f[0] == first), 0)
    del out[k:], out_sub[k:]
    return _prev_end(found, idx)


def _drop_embedded(toks: list[Tok], found: list, end: int) -> list:
    """ "Benedetti said the union wants six patients per nurse": an attribution whose
    subject opens the clause reported by the one before belongs to that clause; the
    sayer is the speaker."""
    if len(found) < 2:
        return found
    out = [found[0]]
    for f in found[1:]:
        sstart, _v, np, _after, inverted = f
        _p_start, pv, p_np, p_after, p_inv = out[-1]
        if (
            not inverted
            and not p_inv
            and p_np is not None
            and np is not None
            and np.kind != "pronoun"
            and toks[pv].low in SPEECH_VERBS
            and toks[pv].low not in PARTICIPLES
            and pv < sstart
        ):
            a = _skip_recipient(toks, p_after) if toks[pv].low in _TELL else p_after
            c = _clause_after(toks, a, end)
            if c == sstart:
                continue
        out.append(f)
    return out


def _attribution(
    toks: list[Tok],
    sent: int,
    sstart: int,
    v: int,
    np: NP | None,
    clause: tuple[int, int] | None,
    body: str,
) -> Attribution:
    subj_end = np.end if np is not None else v + 1
    span_lo = toks[min(sstart, v)].start
    span_hi = toks[max(v, subj_end - 1)].end
    surface = body[toks[np.start].start : toks[np.end - 1].end] if np is not None else ""
    return Attribution(
        sent=sent,
        verb=toks[v].start,
        span=(span_lo, span_hi),
        np=np,
        clause=clause,
        surface=surface,
        weak=toks[v].low in _WEAK,
    )


_NOT_SPEECH_NEXT = word_set(
    """by missing dead killed injured wounded hurt lost safe detained arrested to as
    alive abducted kidnapped"""
)


_PUT = word_set("put puts putting")
_FIND = word_set("found finds showed shows")
_ESTIMATED = word_set(
    """toll number figure count cost estimate tally losses damage casualties total bill
    magnitude size value rate price deficit debt growth inflation unemployment turnout
    loss"""
)


def _puts_estimate(toks: list[Tok], v: int) -> bool:
    """ "he had put the death toll at 12", "officials put the cost at $3 billion"."""
    window = [t.low for t in toks[v + 1 : v + 11]]
    return any(w in _ESTIMATED for w in window) and "at" in window


def _plural(np: NP) -> bool:
    if np.kind == "pronoun":
        return np.words[0].lower() in ("they", "we")
    head = np.head or ""
    if np.kind == "desc":
        return head.endswith("s") or head in ("people", "police", "authorities")
    return False


def _negated(toks: list[Tok], v: int) -> bool:
    """ "has not said", "did not immediately respond": a negation among the auxiliaries
    right before the verb."""
    k = v - 1
    while k >= 0 and (toks[k].low in AUX_ADVERBS or toks[k].low in _NEGATIONS):
        if toks[k].low in _NEGATIONS:
            return True
        k -= 1
    return False


def _prev_end(found: list, idx: int) -> int:
    """Token index where the text before attribution idx starts."""
    if idx == 0:
        return 0
    _, v, _np, after, _inv = found[idx - 1]
    return max(after, v + 1)


_WEAK = word_set("believe believed believes think thought thinks continued continue agree agreed")


_LEAD = word_set("in on at after before during since when while as with without by for")


def sentence_subjects(masked: str, s: int, e: int) -> list[NP]:
    """The noun phrase a sentence opens with, after a dateline or a leading adverbial
    ("In June,", "Back on her land outside Dunmere,")."""
    toks = tokenize(masked, s, min(e, s + 400))
    starts = [_after_dateline(toks)]
    k = next(
        (i for i, t in enumerate(toks[starts[0] : starts[0] + 10], starts[0]) if t.text == ","),
        None,
    )
    if k is not None:
        starts.append(k + 1)
    out: list[NP] = []
    for a in starts:
        np = fwd_subject(toks, a, masked, appositive=True)
        if np is None or np.end >= len(toks) or np.kind != "name":
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


# Trigger words has_trigger checks before tokenizing (see there).
_CHECKED_TRIGGERS = (BASE_VERBS - SPEECH_VERBS - QUOTE_VERBS - _POSITION) | {"put", "puts"}
