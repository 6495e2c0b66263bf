"""Noun phrases around a speech verb (NP): a name, a description ("a senior official") or a
pronoun, walked back from a token, with the roles, aliases and prepositional phrases that
belong to it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimdesk.extract.attribution.body_modifier import body_level
from claimdesk.extract.attribution.described_heads import (
    downing_street,
    group_owner,
    is_figure_head,
    name_of_body,
    number_mark,
    owner_start,
    person_figure,
)
from claimdesk.extract.attribution.of_the_body import (
    listed_body_start,
    of_the_start,
    possessive_owner_body,
    with_commas,
)
from claimdesk.extract.attribution.particles import particle_opens, particles_back
from claimdesk.extract.attribution.relation_of import (
    RELATION_NOUNS,
    relation_start,
    tied_name,
)
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_possessive, is_word
from claimdesk.extract.lexicon import (
    AGED_PERSON,
    ANON_HEADS,
    DETERMINERS,
    LEAD_ADJECTIVES,
    NOT_NAME,
    ORG_NOUNS,
    PRONOUNS,
    PUBLICATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOP_WORDS,
    TIME_WORDS,
    is_role_word,
    word_set,
)


class _HeadSet(frozenset):
    """Head nouns, plus professions by their ending ("seismologists", "physicians") and
    people by their age or family ("the 28-year-old", "the mother-of-two")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and (
            (len(word) > 7 and word.endswith(("ists", "ians", "ist", "ian")) and word.isalpha())
            or (word[:1].isdigit() and AGED_PERSON.fullmatch(word) is not None)
            or ("-of-" in word and AGED_PERSON.fullmatch(word) is not None)
        )


_HEADS = _HeadSet(ANON_HEADS | ORG_NOUNS | PUBLICATION_NOUNS | ROLE_NOUNS)
_PERSON_HEADS = _HeadSet(_HEADS - ORG_NOUNS - PUBLICATION_NOUNS)
_BODY_LINKS = word_set("of for and")  # inside a body's name before a head noun
_NAME_LINKS = word_set("of for the and & de del della der den di da du van von bin ibn al la le")
_START_OK = word_set(
    """and but or so yet that as while because when although though if since after before
    where whereas meanwhile however then also nor what"""
)
_PUNCT_START = frozenset(',;:—–-("“”')


_CLAUSE_TRIM = " \t\n,;:—–-."
_REL = re.compile(r"\s+(?:whose|who|which|where|and whose|and who)\s.*$", re.S)


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


def _start_ok(toks: list[Tok], i: int) -> bool:
    if i <= 0:
        return True
    p = toks[i - 1].text
    if i == 1 and p in LEAD_ADJECTIVES:
        return True  # "Neighbouring Ostovia, which ..., said" (x16p)
    return p == Q or p in _PUNCT_START or p.lower() in _START_OK or p.lower() in TIME_WORDS


def np_back(toks: list[Tok], i: int) -> NP | None:
    """The noun phrase that ends at token i (inclusive), walking left."""
    if i < 0:
        return None
    t, low = toks[i][:2]
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
    if t.isdigit() and i > 1 and toks[i - 1].text == "Local":
        np = np_back(toks, i - 1)  # "Amalgamated Transit Workers Local 1190 said"
        if np is not None and np.kind == "name" and len(np.words) >= 2:
            np.words.append(t)
            np.end = i + 1
            return np
        return None
    if not is_word(t):
        return None
    if t in ("10", "11") and downing_street(toks, i) and _start_ok(toks, i - 1):
        # "No 10 said": Downing Street, an organisation (never "10")
        np = NP("name", i - 1, i + 1, [toks[i - 1].text, t], sentence_initial=i == 1)
        np.org_hint = True
        return np
    prev = toks[i - 1].text if i > 0 else ""
    in_heads = low in _HEADS  # once: _HEADS tests in Python (_HeadSet.__contains__)
    proper_head = in_heads and (
        (is_cap(prev) and prev not in NOT_NAME)
        or (prev in ("'", "’") and i > 1)
        or name_of_body(toks, i)  # "the National Union of Teachers"
    )
    if is_cap(t) and t not in NOT_NAME and (not in_heads or proper_head):
        j = i
        while j > 0:
            p = toks[j - 1].text
            if is_cap(p) and p not in NOT_NAME:
                j -= 1
                if is_possessive(p) and p[-1] not in "'’":
                    j = possessive_owner_body(toks, j) or j  # "Bank of England's MPC"
                    break  # "Russia's Defense Ministry"; "Dockworkers' Union" goes on
            elif p in ("'", "’") and j >= 2 and is_cap(toks[j - 2].text):
                j -= 1  # "the Velmora Dockworkers' Union"
            elif (k := of_the_start(toks, j)) is not None:
                j = k  # "the Ministry of the Interior" (of_the_body.py)
            elif (
                p.lower() in _NAME_LINKS
                and j >= 2
                and is_cap(toks[j - 2].text)
                and (toks[j - 2].text not in NOT_NAME)
                and not tied_name(toks, j)  # "Allies of Sen. Greer" (relation_of.py)
            ):
                j -= 1
            elif (k := particles_back(toks, j)) < j:
                j = k  # "Johanna van den Broek", "Ingeborg ter Horst"
            else:
                break
        listed = listed_body_start(toks, j, i)  # "Department for Environment, Food and ..."
        j = listed or j
        while j < i and toks[j].low in _NAME_LINKS and not particle_opens(toks, j, i):
            j += 1  # "of the ..." goes, "Van der Berg" stays whole (particles.py)
        j = body_level(toks, j, i)  # "the state Republican Party"
        det = toks[j - 1].low if j > 0 and toks[j - 1].low == "the" else None
        start = j - 1 if det else j
        words = [tk.text for tk in toks[j : i + 1]]
        if listed is not None:
            words = with_commas(words)
        return NP("name", start, i + 1, words, det=det, sentence_initial=start == 0)
    if in_heads or person_figure(toks, i):
        j = i
        det = None
        n = 0
        while j > 0 and n < 5:
            p = toks[j - 1]
            pl = p.low
            if pl in DETERMINERS:
                det = pl
                break
            if number_mark(toks, j):
                j -= 1  # "a No 10 spokesman"
                n += 1
                continue
            if _body_link(toks, j - 1):
                j -= 1  # "a Department for Education spokesperson" (x16z): the body's name
                continue
            if not is_word(p.text) or pl in STOP_WORDS or pl in SPEECH_VERBS:
                break
            j -= 1
            n += 1
            if is_possessive(p.text):
                if (k := possessive_owner_body(toks, j)) is not None:
                    j = k  # "the Ministry of Defence's chief scientist"
                    det = toks[k - 1].low if k > 0 and toks[k - 1].low in DETERMINERS else None
                    break
                if j > 0 and toks[j - 1].low in DETERMINERS:
                    det = toks[j - 1].low  # "the company's chief executive"
                if det is None and group_owner(toks, j, low):
                    continue  # "the brewery workers' union": the trade is the name's
                if det is None and (k := owner_start(toks, j)) is not None:
                    j, det = k, toks[k - 1].low  # "the prime minister's office"
                break
        words = [tk.text for tk in toks[j : i + 1]]
        start = j - 1 if det else j
        return NP("desc", start, i + 1, words, det=det, head=low, sentence_initial=start == 0)
    return None


def _body_link(toks: list[Tok], k: int) -> bool:
    """Whether token k links two capitalised words of a body's name before a head noun:
    "Department [for] Education", "Health [and] Social Care" (an "and" only after an
    "of"/"for" of the same name, so "Brent Council and Ealing officials" stays two; an
    "of"/"for" only after a body's word, so "Inspector Ann Lee of Leeds police" is no
    body)."""
    if toks[k].low not in _BODY_LINKS or k < 1 or not is_cap(toks[k - 1].text):
        return False
    if not is_cap(toks[k + 1].text):
        return False
    if toks[k].low == "and":
        return any(t.low in ("of", "for") for t in toks[max(0, k - 3) : k])
    return toks[k - 1].low in ORG_NOUNS  # "Ministry of", never "Inspector Ann Lee of"


def _premod(toks: list[Tok], np: NP) -> None:
    """Role words right before a name: "Pentagon press secretary [Pat Ryder]"."""
    j = np.start
    if j == 0 or not (toks[j - 1].low in ROLE_NOUNS or is_role_word(toks[j - 1].low)):
        return  # "Marine ecologist [Ada Ek]": a role word by its ending too
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


_PP = word_set("for of at with from in to")  # "to": "an aide to the minister"


# Adjectives that tie a description to someone else: "a source close to X".
_RELATED = word_set("close closest near loyal familiar allied linked connected related")
_PARTITIVE = word_set("one two three some many several most all both none each neither either")


def person_head(np: NP) -> bool:
    """A description's head names a person ("aide", "a senior figure")."""
    return np.head in _PERSON_HEADS or is_figure_head(np.head)


def _relation(toks: list[Tok], k: int, prep: str) -> NP | None:
    """ "an ally of X", "one friend of X": the relation heads the phrase (relation_of.py)."""
    found = relation_start(toks, k, prep)
    if found is None:
        return None
    j, det = found
    start = j - 1 if det else j
    words = [t.text for t in toks[j : k + 1]]
    return NP("desc", start, k + 1, words, det=det, head=toks[k].low, sentence_initial=start == 0)


def _extend_pp(toks: list[Tok], np: NP) -> NP:
    """ "a spokesperson for the minister", "Priya Sandoval of the Velmora Institute":
    a noun phrase after a preposition belongs to the description or name before it."""
    p = np.start - 1
    if p < 1 or toks[p].low not in _PP:
        return np
    if p >= 2 and toks[p - 1].low in _RELATED:
        # "a source close to Ames said": the source speaks, never Ames
        head = np_back(toks, p - 2)
        if head is not None and head.kind == "desc" and person_head(head):
            head.words = [t.text for t in toks[head.start + (1 if head.det else 0) : np.end]]
            head.end = np.end
            return head
    if toks[p].low == "of" and toks[p - 1].low in _PARTITIVE and np.kind == "desc":
        np.start = p - 1  # "one of the sources said"
        return np
    head = _relation(toks, p - 1, toks[p].low) or np_back(toks, p - 1)
    if head is None or head.kind == "pronoun":
        return np
    if head.kind == "desc" and (person_head(head) or head.head in RELATION_NOUNS):
        words = [t.text for t in toks[head.start + (1 if head.det else 0) : np.end]]
        head.words = with_commas(words)  # "... for the Department for Environment, Food"
        head.end = np.end
        return _extend_pp(toks, head)
    if (
        head.kind == "name"
        and np.kind == "desc"
        and np.head in ORG_NOUNS
        and np.det is None
        and len(np.words) >= 2
        and np.words[0][:1].isupper()
        and toks[p].low in ("of", "at", "from")
        and len(head.words) >= 2
        and all(w[:1].isupper() for w in head.words)
        and not any(w.lower() in ORG_NOUNS for w in head.words)
    ):
        # "Inspector Ada Lind of Daresfield police said" (tenth pass): the person, the
        # body (a place's name, then a body noun) as role
        head.role = " ".join(t.text for t in toks[p + 1 : np.end])
        head.end = np.end
        return head
    if head.kind == "name" and np.kind == "name" and toks[p].low in ("of", "at", "from"):
        # the person, with the organisation as role
        head.role = _clean_role(" ".join(t.text for t in toks[p + 1 : np.end]))
        head.end = np.end
        return head
    return np
