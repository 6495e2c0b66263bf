"""The sources of one article: people, organisations, publications, anonymous voices.

A mention (a capitalised name, a description like "Ukraine's military intelligence
agency", a pronoun) becomes an `Entry`; later mentions by surname, title + surname,
alias or description resolve to the same entry, so every claim names one canonical
speaker: the fullest form of a person's name, without titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from claimdesk.extract.attribution.given_names import GivenNames, former_role
from claimdesk.extract.attribution.nickname_alias import without_nickname
from claimdesk.extract.attribution.of_the_body import body_to
from claimdesk.extract.attribution.particles import particle_tail_of
from claimdesk.extract.attribution.role_words import role_before_name
from claimdesk.extract.attribution.saint_places import saint_place
from claimdesk.extract.body_names import body_with_of
from claimdesk.extract.company_names import COMPANY_RUN, company_words
from claimdesk.extract.document_owner import owned_issuer
from claimdesk.extract.given_gender import given_gender
from claimdesk.extract.lexicon import (
    KNOWN_ORGS,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NEVER_FINAL,
    NOT_NAME,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACES,
    POSTNOMINALS,
    PUBLICATION_HEADS,
    PUBLICATION_NOUNS,
    PUBLICATIONS,
    ROLE_NOUNS,
    TITLES,
    is_role_word,
    word_set,
)
from claimdesk.extract.org_back import AMBIGUOUS, OrgMentions, after_and_the, body_of_office
from claimdesk.extract.record import Source
from claimdesk.extract.run_cut import after_full_stop

_CONNECTORS = word_set("of for the on and & in at to")


def _role_key(text: str) -> str:
    return " ".join(w for w in text.lower().split() if w not in ("the", "a", "an"))


_NAMED_NEXT = 600  # characters: how soon a lede's "a county judge" is named
_LEDE = 300  # characters: where a lede's description may stand


def _named_next(e: Entry, key: str, people: list[Entry]) -> list[Entry]:
    """The person a lede's description names in the next lines: "A county judge ruled
    ..." then "Judge Ada Ek said": the one cited person first written soon after, whose
    role or title ends in the description's head word."""
    head = key.split()[-1]
    return [
        p
        for p in people
        if 0 < p.order - e.order < _NAMED_NEXT
        and any(_role_key(r).split()[-1:] == [head] for r in (p.role or "").split("; "))
    ]


@lru_cache(maxsize=8192)
def norm_key(text: str) -> str:
    """Lowercase, plain apostrophes, no leading article: the lookup key of a name."""
    t = text.replace("’", "'").replace("‘", "'").lower().strip()
    if t.startswith("the "):
        t = t[4:]
    return t


def strip_possessive(word: str) -> str:
    """ "Ryder's" -> "Ryder", "Dockworkers'" -> "Dockworkers"."""
    if len(word) <= 2:
        return word
    if word[-2:] in ("'s", "’s"):
        return word[:-2]
    if word[-1] in "'’":
        return word[:-1]
    return word


@dataclass(slots=True)
class Entry:
    name: str
    kind: str  # person | organization | publication | anonymous
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    surname: str | None = None  # lowercase, people only
    first: str | None = None  # lowercase first given name, people only
    cited: bool = False
    gender: str | None = None  # "he" / "she" once a pronoun or title has told
    definite: bool = False  # a definite description ("the head of the port authority")
    order: int = 0  # body offset of the first mention
    last: int = 0  # body offset of the latest mention

    def add_alias(self, alias: str | None) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str | None) -> None:
        if not role:
            return
        if self.role is None:
            self.role = role
            return
        new = _role_key(role)
        parts = self.role.split("; ")
        for i, old in enumerate(parts):
            ok = _role_key(old)
            if new in ok:
                return
            if ok in new:
                parts[i] = role  # the fuller wording wins
                self.role = "; ".join(parts)
                return
        if all(w in TITLES for w in role.split()):
            return  # "General" adds nothing to "Air Force Maj. Gen."
        if len(self.role) < 160:
            self.role = f"{self.role}; {role}"

    def to_source(self) -> Source:
        return Source(name=self.name, kind=self.kind, role=self.role, aliases=list(self.aliases))


def same_given_name(a: str, b: str) -> bool:
    """ "Pat"/"Patrick", "J."/"John", "Volodymr"/"Volodymyr" — not "Jane"/"John"."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and abs(len(a) - len(b)) <= 2


def is_acronym(word: str) -> bool:
    w = word.replace(".", "").replace("&", "")
    return len(w) >= 2 and w.isupper() and w.isalpha()


# Last words that make a name a body, too rare as a person's name part to be in ORG_HEADS'
# any-position test ("District Attorney Alvin Bragg" keeps its title).
_LAST_ORG_WORDS = frozenset({"District", "Districts"})


def union_local(words: list[str]) -> bool:
    """A union branch: "Amalgamated Transit Workers Local 1190" (a number closes it; a
    pattern that stops at the number still reads "... Workers Local", never a person)."""
    if len(words) >= 3 and words[-1] == "Local":
        return True
    return len(words) >= 3 and words[-2] == "Local" and words[-1].isdigit()


def classify_name(words: list[str], premod_head: str | None = None) -> str:
    """person | organization | publication for a capitalised name (titles included)."""
    return _classify(tuple(words), premod_head)


@lru_cache(maxsize=4096)
def _classify(words: tuple[str, ...], premod_head: str | None) -> str:
    text = " ".join(words)
    key = norm_key(text)
    if union_local(list(words)) or saint_place(words):
        return "organization"  # "... Local 1190"; "St Aldhelm's" (saint_places.py)
    role, rest = split_person(words)
    if (
        role
        and rest
        and len(rest) <= 4
        and not body_of_office(role)
        # "Ministry of Fisheries and Coastal Affairs", "National Association of Head
        # Teachers": a body's name runs on through "and"/"of"/"for" (x16p)
        and role[-1].lower() not in ("and", "&", "of", "for")
        and not body_to(role)  # "Campaign to Protect Rural England" (x16r)
    ):
        # "Air Force Maj. Gen. Pat Ryder": what follows the last title decides.
        words = rest
        text = " ".join(words)
        key = norm_key(text)
    if (
        key in PUBLICATIONS
        or f"the {key}" in PUBLICATIONS
        or (len(words) >= 2 and words[-1] in PUBLICATION_HEADS)
    ):
        return "publication"
    if premod_head:
        if premod_head in PUBLICATION_NOUNS:
            return "publication"
        if premod_head in ORG_NOUNS:
            return "organization"
    bare = [strip_possessive(w) for w in words]
    if len(bare) >= 2 and bare[-1] in _LAST_ORG_WORDS:
        return "organization"  # "Platte Basin Water District"
    if key in MULTIWORD_PLACES or f"the {key}" in MULTIWORD_PLACES:
        return "organization"
    if any(w in ORG_WORDS or w in KNOWN_ORGS for w in bare):
        return "organization"
    if any(w.lower() in _CONNECTORS for w in words):
        return "organization"  # "Hope for Ukraine", "Institute for the Study of War"
    if len(words) == 1:
        w = bare[0]
        if w in PLACES or is_acronym(w):
            return "organization"
    elif all(w in PLACES for w in bare):
        return "organization"
    return "person"


def split_person(words: list[str]) -> tuple[list[str], list[str]]:
    """(role words, name words): titles and what precedes them go to the role."""
    role, name = _split_person(tuple(without_nickname(words)[0]))  # "Dunstan 'Dusty' Rudge"
    return list(role), list(name)


@lru_cache(maxsize=4096)
def _split_person(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if (
            w in TITLES
            or (w.endswith(".") and w[:-1] in TITLES)
            or w.removesuffix("-elect") in TITLES
        ):
            last_title = i
    role, name = words[: last_title + 1], words[last_title + 1 :]
    if len(name) > 2 and name[-1] in POSTNOMINALS:  # "Geoffrey Pilkington MP" (x16w)
        role, name = (*role, name[-1]), name[:-1]
    while len(name) > 2 and is_role_word(name[0].lower()):
        # "Economist Priya Sandoval": a capitalised role opening the sentence
        role, name = (*role, name[0]), name[1:]
    core = [w for w in name if w.lower() not in NAME_PARTICLES and not _INITIAL.match(w)]
    if len(core) > 3:
        cut = len(name) - 2
        role, name = role + name[:cut], name[cut:]
    return role, name


_INITIAL = re.compile(r"^[A-Z]\.$")
_COMPANY_HEADS = word_set(
    """company firm group operator carrier maker retailer insurer airline lender developer
    manufacturer giant startup conglomerate producer supplier"""
)
# Capitalised words (and name particles) right before a surname: "Vladimir V. Putin";
# up to two particles in a row, "Pieter van der Berg", "Marina dos Santos" (x16z).
_BEFORE_SURNAME = re.compile(
    r"((?:\b[A-Z][\w'’.-]*[ \u00a0]+(?:(?:de|del|della|van|von|der|den|ter|bin|ibn|al|el|"
    r"da|di|du|dos|das|le|la)[ \u00a0]+){0,2}){1,4})$"
)
_NAME_RUN = r"[A-Z][\w&'’.-]*(?:[ \u00a0]+(?:(?:of|for|and|the)[ \u00a0]+)*[A-Z][\w&'’.-]*)*"
# "A United Nations report", "the U.N. annual report" (the text right before the head)
_DOC_BEFORE = re.compile(r"(" + _NAME_RUN + r")[ \u00a0]+((?:[a-z][\w-]*[ \u00a0]+){0,2})$")
# "a report by the Sarn Basin Authority", "a study from Orbis University"
_DOC_BY = re.compile(r",?[ \u00a0]+(?:by|from|of)[ \u00a0]+(?:the[ \u00a0]+)?(" + _NAME_RUN + r")")
# "The Sarn Basin Authority published a report"
_DOC_ISSUER = re.compile(
    r"(" + _NAME_RUN + r")[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+|on[ \u00a0]+\w+[ \u00a0]+)?"
    r"(?:published|released|issued|produced|compiled|unveiled|presented|commissioned)"
    r"[ \u00a0]+(?:a|an|its|their|the)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}$"
)


def _poss(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


_DOC_NOT_MODIFIER = word_set(
    """a an the its their his her this that new latest separate same own and or but of
    for to in on at by with from is are was were has have had will would said says"""
)
_CAP_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:[ \u00a0]+(?:of |for |and |the )*[A-Z][\w&'’.-]*)+")
_OF_BODY = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?(.+)$")
_TITLE_ABBR = {
    "senator": "sen.",
    "representative": "rep.",
    "congressman": "rep.",
    "congresswoman": "rep.",
    "governor": "gov.",
    "general": "gen.",
    "colonel": "col.",
    "lieutenant": "lt.",
    "captain": "capt.",
    "sergeant": "sgt.",
    "major": "maj.",
    "doctor": "dr.",
    "professor": "prof.",
    "admiral": "adm.",
    "councillor": "cllr",  # British local papers: "Cllr Ruth Fenn" -> "the councillor"
}
_TITLE_GENDER = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Sir": "he", "Dame": "she"}


_ORDER = attrgetter("order")  # an entry's first mention (a C getter, not a lambda)


class Registry:
    """All entries of one article, with the lookups that resolve later mentions."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.entries: list[Entry] = []
        self._by_alias: dict[str, Entry] = {}
        self.last_person: Entry | None = None
        self.last_speaker: Entry | None = None
        self.last_group: Entry | None = None  # organisation or plural voice ("they")
        self.last_org: Entry | None = None
        self._fullname_cache: dict[str, str | None] = {}
        self._by_surname: dict[str, list[Entry]] = {}
        self._doc_names: dict[int, tuple[str, int] | None] = {}  # Registry.document
        self.written_mid_sentence: dict[str, bool] = {}  # speakers._plausible_single
        self.given_names = GivenNames(body)  # "Dorian" -> "Dorian Mapplethorpe-Kaye"
        self.org_mentions = OrgMentions(body)  # "the ministry" -> its full name

    # -- bookkeeping ---------------------------------------------------------------
    def _index(self, entry: Entry, alias: str) -> None:
        k = norm_key(alias)
        if k and k not in self._by_alias:
            self._by_alias[k] = entry

    def _new(self, name: str, kind: str, pos: int) -> Entry:
        e = Entry(name=name, kind=kind, order=pos, last=pos)
        self.entries.append(e)
        self._index(e, name)
        return e

    def note_speaker(self, e: Entry, pos: int) -> None:
        """Mark an entry as cited at `pos`; pronouns resolve to the latest ones."""
        e.cited = True
        e.last = max(e.last, pos)
        self.last_speaker = e
        if e.kind == "person" and e.gender != "i":  # a letter's writer is never "he"/"she"
            self.last_person = e
        elif e.kind == "organization":
            self.last_org = e
            self.last_group = e
        elif e.kind == "anonymous" and e.name.endswith("s"):
            self.last_group = e

    def last_of_gender(self, pronoun: str) -> Entry | None:
        """The latest cited person already known as "he" or "she", when every person
        cited after it is known as the other: '"...," Kell said of Marsh ... "...," she
        said' is Marsh; a later person of unknown gender makes it nobody."""
        for e in sorted(self.entries, key=lambda x: x.last, reverse=True):
            if not e.cited or e.kind != "person":
                continue
            if e.gender == pronoun:
                return e
            if e.gender is None:
                return None
        return None

    def other_of_gender(self, pronoun: str, e: Entry) -> bool:
        """Whether a cited person other than `e` is already known as `pronoun`: then a
        bare "she said" is not surely `e`, whose gender the text never gave."""
        return any(
            x is not e and x.cited and x.kind == "person" and x.gender == pronoun
            for x in self.entries
        )

    def by_alias(self, text: str) -> Entry | None:
        return self._by_alias.get(norm_key(text))

    # -- people ----------------------------------------------------------------------
    def lone_full(self, word: str, pos: int) -> str | None:
        """The full name a lone name stands for: "Given Surname" written anywhere, else a
        name written family name first before `pos` ("Lim" -> "Lim Ah Huat", x16w)."""
        return self.full_name_for(word) or self.given_names.full(word, pos)

    def full_name_for(self, surname: str) -> str | None:
        """The fullest "Given [Middle] Surname" written anywhere in the body."""
        if surname in self._fullname_cache:
            return self._fullname_cache[surname]
        body = self.body
        best: str | None = None
        i = body.find(surname)
        while i >= 0:
            j = i + len(surname)
            at_word = (i == 0 or not body[i - 1].isalnum()) and (
                j >= len(body) or not body[j].isalnum()
            )
            m = _BEFORE_SURNAME.search(body, max(0, i - 80), i) if at_word else None
            i = body.find(surname, j)
            if m is None:
                continue
            toks = m.group(1).split()
            keep: list[str] = []
            for t in reversed(toks):
                bare = t.rstrip(".")
                if (
                    t in TITLES
                    or bare in TITLES
                    or t.lower() in ROLE_NOUNS
                    or t in NOT_NAME
                    or t[-2:] in ("'s", "’s")
                    or former_role(t)
                    or t in PLACES
                    or t in ORG_WORDS
                    or (t.endswith(".") and len(t) > 2 and not _INITIAL.match(t))
                ):
                    break
                keep.append(t)
            keep.reverse()
            while keep and keep[0].lower() in NAME_PARTICLES:
                keep.pop(0)
            if keep:
                cand = " ".join([*keep, surname])
                if best is None or len(cand) > len(best):
                    best = cand
        self._fullname_cache[surname] = best
        return best

    def person(self, name_words: list[str], surface: str, pos: int) -> Entry:
        name_words, nick = without_nickname(name_words)  # "Dunstan 'Dusty' Rudge"
        if nick is None and name_words and surface.count(" ") > len(name_words):
            nick = without_nickname(surface.split())[1]  # split_person took it out
        if nick is not None:
            entry = self.person(name_words, " ".join(name_words), pos)
            entry.add_alias(nick)
            self._index(entry, nick)
            return entry
        name_words = [*name_words[:-1], strip_possessive(name_words[-1])]  # a new list
        surname = name_words[-1].lower()
        first = name_words[0].lower() if len(name_words) > 1 else None
        match: Entry | None = None
        same_surname = self._by_surname.get(surname, ())
        for e in reversed(same_surname):
            if e.kind != "person":
                continue
            if first is None or e.first is None or same_given_name(e.first, first):
                match = e
                break
        if match is None and first is not None and same_surname:
            match = next(
                (
                    e
                    for e in reversed(self._by_surname.get(surname, ()))
                    if e.kind == "person" and particle_tail_of(name_words, e.name)
                ),
                None,
            )
        if match is None and len(name_words) == 1:
            hit = self._by_alias.get(surname)
            if hit is not None and hit.kind == "person":
                match = hit
            else:
                match = self._similar_person(surname)
        if match is None and len(name_words) == 1 and not self.full_name_for(name_words[0]):
            # "Dorian shrugged" after "Ex-partner Dorian Mapplethorpe-Kaye, 44, opened"
            given_full = self.given_names.full(name_words[0], pos)
            if given_full is not None:
                match = self.person(given_full.split(), given_full, pos)
                match.add_alias(name_words[0])
                self._index(match, name_words[0])
                return match
        if match is None:
            name = " ".join(name_words)
            if len(name_words) == 1 or name_words[0].lower() in NAME_PARTICLES:
                # "Van der Berg" after "Pieter van der Berg" (x16z): the whole name
                full = self.full_name_for(name_words[-1])
                if full and (len(name_words) == 1 or particle_tail_of(name_words, full)):
                    name = full
                    first = full.split()[0].lower()
            match = self._new(name, "person", pos)
            match.surname = surname
            self._by_surname.setdefault(surname, []).append(match)
            match.first = first
        elif first is not None and match.first is None:
            # The first mention was a bare surname: upgrade to the full name.
            match.add_alias(match.name)
            match.name = " ".join(name_words)
            match.first = first
        match.add_alias(" ".join(name_words))
        match.add_alias(surface)
        if match.gender is None:
            first_word = surface.split()[0].rstrip(".") if surface else ""
            # a title's gender, else a given name's ("Jolene", x16w: given_gender.py)
            match.gender = _TITLE_GENDER.get(first_word) or given_gender(match.first)
        if match.surname:
            match.add_alias(name_words[-1])
            self._index(match, name_words[-1])  # a later "Vásquez" finds the person
        self._index(match, surface)
        self._index(match, " ".join(name_words))
        return match

    def _similar_person(self, word: str) -> Entry | None:
        """A lone name that is a known person's family name written first ("Xi" for
        "Xi Jinping", "Kim" for "Kim Jong Un") or a spelling variant of a surname
        ("Zelenskyy" for "Zelensky")."""
        for e in reversed(self.entries):
            if e.kind != "person" or not e.surname:
                continue
            parts = e.name.lower().split()
            if len(parts) >= 2 and parts[0] == word:
                return e
            sur = e.surname
            if (
                len(word) >= 6
                and len(sur) >= 6
                and abs(len(word) - len(sur)) <= 2
                and (word.startswith(sur) or sur.startswith(word))
            ):
                return e
        return None

    # -- everything else -------------------------------------------------------------
    def named(self, name: str, kind: str, pos: int, alias: str | None = None) -> Entry:
        e = self.by_alias(name)
        if e is None and alias:
            e = self.by_alias(alias)
        if e is None:
            e = self._new(name, kind, pos)
        if alias:
            e.add_alias(alias)
            self._index(e, alias)
        return e

    def _cited_described(self, head: str, org_head: bool) -> Entry | None:
        """The latest cited entry a description's head word fits."""
        for e in sorted(self.entries, key=lambda x: x.last, reverse=True):
            if not e.cited or (e.kind in ("organization", "publication")) != org_head:
                continue
            hay = " ".join([e.name, e.role or "", *e.aliases]).lower()
            if re.search(r"\b" + re.escape(head) + r"\b", hay):
                return e
            abbr = _TITLE_ABBR.get(head)
            if abbr and re.search(r"(?<!\w)" + re.escape(abbr) + r"(?!\w)", hay):
                return e  # "the senator" -> "Sen. Rand Paul"
        return None

    def described(self, head: str, pos: int | None = None) -> Entry | None:
        """What a definite description ("the agency") refers to: the latest cited entry
        it fits, else the latest name ending in that word written before `pos`
        ("... run by the Regional Water Authority" -> "the authority said")."""
        head = head.lower()
        org_head = head in ORG_NOUNS
        cited = self._cited_described(head, org_head)
        if cited is not None and (pos is None or org_head or not head.isalpha()):
            return cited
        if pos is not None and not org_head and head.isalpha():
            # "Energy Minister Olu Baptiste spoke ... The minister said": the person
            # named with that title earlier, cited or not.
            titles = [head.capitalize()]
            if head in _TITLE_ABBR:
                titles.append(_TITLE_ABBR[head].capitalize())
            pat = re.compile(
                r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) + r")[ \u00a0]+"
                r"([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){1,2})"
            )
            last = None
            # only the mentions since the one cited: keeps repeated "the senator said" linear
            for m in pat.finditer(self.body, cited.last if cited is not None else 0, pos):
                last = m
            if cited is not None and (
                last is None
                or last.start() < cited.last
                or last.group(1).split()[-1].lower() in cited.name.lower().split()
            ):
                return cited
            if last is not None:
                # "Senator Ada Ek ... Senator Bo Hale was counting. '...,' the senator
                # said": the senator named since the last one cited
                words = last.group(1).split()
                if words[-1] not in NOT_NAME and classify_name(words) == "person":
                    e = self.person(words, last.group(), last.start())
                    e.add_role(last.group()[: last.start(1) - last.start()].strip())
                    return e
            if cited is not None:
                return cited
        if pos is not None and org_head and head not in _COMPANY_HEADS:
            # "the ministry said" after "the Ministry of Agriculture of Varessa": the one
            # body of that head named before (org_back.py); two such bodies: as before
            full = self.org_mentions.unique_before(head, pos)
            if full is not None and full != AMBIGUOUS:
                return self.named(full[0], "organization", full[1])
        if pos is None or not head.isalpha():
            return None
        pat = re.compile(
            r"\b((?:[A-Z][\w'’&-]*[ \u00a0]+(?:(?:of|for|and|the|on)[ \u00a0]+)*){1,5}"
            + head.capitalize()
            + r")\b"
        )
        last = None
        for m in pat.finditer(self.body, 0, pos):
            last = m
        if last is None and (named := body_with_of(self.body, head, pos)) is not None:
            # "the Ministry of Finance" ... "the ministry said" (body_names.py)
            return self.named(" ".join(named[1]), "organization", named[0])
        if last is None:
            # "the U.N. observer mission" ... "the mission said"
            low_pat = re.compile(
                r"\b((?:[A-Z][\w.'’&-]*[ \u00a0]+)+(?:[a-z][\w-]*[ \u00a0]+){0,2}"
                + re.escape(head)
                + r")\b"
            )
            for m in low_pat.finditer(self.body, 0, pos):
                last = m
        if last is None:
            return self._recent_org(pos, 600, company=True) if head in _COMPANY_HEADS else None
        if role_before_name(self.body, last.end(1), head):
            return None  # "Ravens captain Dario Whyte": a role, the person's (refer_back.py)
        words = after_and_the(last.group(1).split())  # one body, not two joined
        while words and (words[0] in NOT_NAME or words[0].lower() in _CONNECTORS):
            words.pop(0)
        if len(words) < 2 or not words[0][:1].isupper():
            # "I rang the council": no name; "She said the company ..." is none of the
            # company either: the firm named before, if any
            return self._recent_org(pos, 600, company=True) if head in _COMPANY_HEADS else None
        e = self.named(" ".join(words), "organization", last.start(1))
        acr = re.match(r"\s*(?:\(|, the )([A-Z]{2,6})\b", self.body[last.end(1) : last.end(1) + 12])
        if acr:
            e.add_alias(acr.group(1))
            self._index(e, acr.group(1))
        return e

    def capitalised_variant(self, words: list[str]) -> Entry | None:
        """The capitalised name a lowercase description shortens: "the city election
        commission" -> "Aldmoor City Election Commission" written in the article."""
        pat = re.compile(
            r"\b((?:[A-Z][\w'’&.-]*[ \u00a0]+){0,4}"
            + r"[ \u00a0]+".join(re.escape(w.capitalize()) for w in words)
            + r")\b"
        )
        m = pat.search(self.body)
        if m is None:
            return None
        found = m.group(1).split()
        while found and (found[0] in NOT_NAME or found[0].lower() in _CONNECTORS):
            found.pop(0)
        if len(found) <= len(words):
            return None
        e = self.named(" ".join(found), "organization", m.start(1))
        e.add_alias(" ".join(words))
        return e

    def drop_publisher(self, publisher: str | None) -> set[int]:
        """The article's own outlet is no source of its claims: uncite it, return ids."""
        if not publisher:
            return set()
        key = norm_key(publisher)
        out = set()
        for e in self.entries:
            if norm_key(e.name) == key or key in map(norm_key, e.aliases):  # (no generator)
                e.cited = False
                out.add(id(e))
        return out

    def recent_org(self, pos: int, window: int = 300) -> Entry | None:
        return self._recent_org(pos, window)

    def _recent_org(self, pos: int, window: int = 300, company: bool = False) -> Entry | None:
        """The last organisation name in the 300 characters before `pos`: "Dravik
        Logistics rejected the figure. In a statement, the company said ...". For "the
        company" (`company`), a college or council named in between is no company, and
        the run may join with "&" ("Crumb & Co.'s founder")."""
        lo = max(0, pos - window)
        found = None
        for m in (COMPANY_RUN if company else _CAP_RUN).finditer(self.body, lo, pos):
            words = after_full_stop(m.group().split())  # not "January. In" (run_cut.py)
            while words and (words[0] in NOT_NAME or words[0].lower() in _CONNECTORS):
                words.pop(0)
            if company:
                words = company_words(words)
            if len(words) >= 2 and classify_name(words) == "organization":
                found = (" ".join(words), m.start())
        if found is None:
            return None
        return self.named(found[0], "organization", found[1])

    def document(self, head: str, pos: int, window: int = 700) -> Entry | None:
        """The report a later "the report said" means: the last one named in the few
        sentences before `pos` ("A United Nations report published Tuesday ..." ->
        "United Nations report"; "a report by the Sarn Basin Authority", "the Sarn
        Basin Authority released a report" -> "Sarn Basin Authority report"; "Orbis
        Bank's report" -> the bank), else None."""
        body = self.body
        lo = max(0, pos - window)
        cap = head.capitalize()
        cache = self._doc_names
        end = pos
        for _ in range(8):  # the last eight mentions
            at = max(body.rfind(head, lo, end), body.rfind(cap, lo, end))
            if at < 0:
                return None
            end = at
            e = at + len(head)
            if (at and body[at - 1].isalnum()) or (e < len(body) and body[e].isalnum()):
                continue  # "reporter", "reports"
            if at not in cache:
                cache[at] = self._document_name(at, e, head)
            found = cache[at]
            if found is not None:
                name, first = found
                return self.named(name, "organization", first)
        return None

    def _document_name(self, s: int, e: int, head: str) -> tuple[str, int] | None:
        body = self.body
        lo = max(0, s - 160)
        lo = max(lo, body.rfind("\n", lo, s) + 1)
        cut = body.rfind(". ", lo, s)
        while cut > lo:
            word = body[max(lo, cut - 8) : cut].split()[-1:]
            w = word[0].lower() if word else ""
            if not w or not ("." in w or len(w) == 1 or w in NEVER_FINAL):
                break  # a sentence end, not "U.N." or "Gen."
            cut = body.rfind(". ", lo, cut)
        cut = max(cut + 1, lo)
        m = _DOC_BEFORE.search(body, cut, s)
        if m is not None:
            words = m.group(1).split()
            lows = m.group(2).split()
            while words and (words[0] in NOT_NAME or words[0].lower() in _CONNECTORS):
                words.pop(0)
            ok = all(w not in _DOC_NOT_MODIFIER and not w.endswith("ed") for w in lows)
            if words and ok and strip_possessive(words[-1]) not in NOT_NAME:
                start = m.start(1) + m.group(1).index(words[0])
                if _poss(words[-1]) and not lows:
                    words[-1] = strip_possessive(words[-1])
                    return " ".join(words), start  # "Orbis Bank's report": the bank
                if not any(_poss(w) for w in words):
                    return " ".join([*words, *lows, head]), start
        m = _DOC_BY.match(body, e, min(len(body), e + 100))
        if m is not None:
            words = m.group(1).split()
            if words[0] not in NOT_NAME:
                return f"{' '.join(words)} {head}", m.start(1)
        if (owned := owned_issuer(body, e)) is not None:
            return owned  # "a memo from the governor's office" (document_owner.py)
        m = _DOC_ISSUER.search(body, cut, s)
        if m is not None:
            words = m.group(1).split()
            while words and (words[0] in NOT_NAME or words[0].lower() in _CONNECTORS):
                words.pop(0)
            if words:
                return f"{' '.join(words)} {head}", m.start(1) + m.group(1).index(words[0])
        return None

    def ending_with(self, phrase: str) -> Entry | None:
        """The latest cited entry whose name ends with `phrase` (case-insensitive)."""
        phrase = norm_key(phrase)
        for e in sorted(self.entries, key=lambda x: x.last, reverse=True):
            key = norm_key(e.name)
            if e.cited and (key == phrase or key.endswith(" " + phrase)):
                return e
        return None

    def merge_descriptions(self) -> dict[int, Entry]:
        """Point definite descriptions at the person they describe, when a person cited
        in the article has a role naming the same body: "the head of the port
        authority said" ... "Port authority director Yevhen Marchuk". Returns the
        replacements by id()."""
        out: dict[int, Entry] = {}
        people = [e for e in self.entries if e.cited and e.kind == "person" and e.role]
        for e in self.entries:
            if not e.definite and e.cited and e.kind == "anonymous":
                # "a base spokesperson" ... "Base spokesperson Captain Irene Vasko"
                key = _role_key(e.name)
                if " " in key and not key.endswith("s"):
                    hits = [
                        p
                        for p in people
                        if any(_role_key(r) == key for r in (p.role or "").split("; "))
                    ]
                    if len(hits) != 1:
                        hits = _named_next(e, key, people)
                    if len(hits) != 1:
                        hits = self._lede_person(e, key)
                    if len(hits) == 1:
                        out[id(e)] = hits[0]
                        e.cited = False
                        hits[0].add_alias(e.name)
                continue
            if not (e.definite and e.cited):
                continue
            m = _OF_BODY.search(e.name)
            # "the head of the port authority" -> "port authority"; "the finance
            # minister" -> "finance minister"
            body = norm_key(m.group(1) if m is not None else e.name)
            if not body:
                continue
            hits = [p for p in people if body in norm_key(p.role or "")]
            if len(hits) == 1:
                out[id(e)] = hits[0]
                e.cited = False
                hits[0].add_alias(e.name)
        return out

    def _lede_person(self, e: Entry, key: str) -> list[Entry]:
        """ "A bingo-mad gran has scooped the jackpot, and says ..." then "Doris Pettigrew,
        72, could not believe it": a lede's everyday description (a person noun, no
        office) is the first cited person named right after it."""
        if e.order > _LEDE or key.split()[-1] not in PERSON_NOUNS:
            return []
        after = [
            p
            for p in self.entries
            if p.cited and p.kind == "person" and 0 < p.order - e.order < _NAMED_NEXT
        ]
        return sorted(after, key=lambda p: p.order)[:1]

    def cited_sources(self) -> list[Source]:
        return [e.to_source() for e in sorted(self.entries, key=_ORDER) if e.cited]
