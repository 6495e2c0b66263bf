"""A definite description that points back at the person just named: '"I just closed my
eyes," the teenager grinned' right after "Brennan ... was mobbed" is Brennan; "the
stunned mum sobbed" after "his mum Kerry Stevens" is Kerry Stevens. News style names a
person once and then describes them; without this rule the description became a source
of its own ("teenager") and the quote lost its speaker.

Precision first: the description must be "the" + a singular person noun
(lexicon.PERSON_NOUNS or another role word); it goes to a person named in the sentences
just before whose own role ends in that noun, else (for an everyday description, not
a title or an office: "the mayor" is only someone known as mayor) to the only person
the sentence before names; with two candidates (or a gendered noun that does not fit) it stays the
bare description."""

from __future__ import annotations

from claimdesk.extract.attribution import NP, is_cap, np_back, sentence_subjects, tokenize
from claimdesk.extract.attribution.described_back import (
    counsel_named,
    is_demonym,
    office_body,
    office_holder,
)
from claimdesk.extract.attribution.noun_phrases import _premod
from claimdesk.extract.attribution.party_described import (
    across_nickname,
    entry_party_differs,
    other_party,
    party_office,
)
from claimdesk.extract.introduced_source import introduced_source
from claimdesk.extract.lexicon import (
    AGED_PERSON,
    DEMONYMS,
    NOT_NAME,
    ORG_NOUNS,
    PERSON_NOUNS,
    PUBLICATION_NOUNS,
    is_role_word,
    word_set,
)
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    split_person,
    strip_possessive,
)

Span = tuple[int, int]

# Heads that usually introduce an unnamed voice of their own ("the official said", "the
# spokesman said"): left to the description rules of speakers.py.
_OWN_VOICE = word_set(
    """official source spokesman spokeswoman spokesperson diplomat aide insider person
    someone analyst expert observer"""
)
_SHE = word_set(
    """dutchwoman frenchwoman englishwoman welshwoman irishwoman scotswoman
    mother mum mom daughter wife sister grandmother grandma gran granny nan nana
    granddaughter aunt niece widow fiancee fiancée girlfriend stepmother stepdaughter
    stepmum mother-in-law schoolgirl girl woman waitress actress headmistress
    businesswoman postwoman landlady spokeswoman chairwoman nun"""
)
_HE = word_set(
    """dutchman frenchman englishman welshman irishman scotsman
    father dad son husband brother grandfather grandpa grandad granddad grandson uncle
    nephew widower fiance fiancé boyfriend stepfather stepson stepdad father-in-law
    schoolboy boy lad man gentleman headmaster businessman postman fisherman chairman
    spokesman monk"""
)
# Heads the only person named just before may take: what a person is in themselves (age,
# trade, sport, a court role). A title or an office ("the mayor") goes only to someone
# known to hold it (rule 1, or speakers.py); a relation ("the mum", "the neighbour",
# "the coach", "the victim") is often someone else's, the named person's mum or coach,
# so it too needs that role written before the name.
_EVERYDAY = word_set(
    """teenager teen youngster schoolgirl schoolboy pupil student retiree pensioner
    nurse midwife carer baker butcher grocer shopkeeper publican grower farmer rancher
    fisherman gardener paramedic mechanic plumber builder carpenter electrician teacher
    headteacher tutor chef cook waiter waitress barista hairdresser doctor physician
    surgeon vet engineer pilot sailor soldier firefighter medic postman postwoman courier
    trucker author writer novelist poet artist painter sculptor singer dancer actor
    actress comedian presenter filmmaker designer architect scientist researcher
    entrepreneur businessman businesswoman banker commuter motorist cyclist pedestrian
    homeowner householder tenant renter shopper diner holidaymaker tourist veteran rookie
    star celebrity debutant striker midfielder defender goalkeeper keeper winger athlete
    swimmer runner international
    sprinter jockey golfer boxer bowler batsman pitcher quarterback champion finalist
    campaigner activist protester organiser organizer defendant accused claimant
    appellant vicar rector chaplain nun monk"""
)  # A description may name the role in other words ("the Rovers boss" after "Rovers
# manager Terry Okafor", "the fuming cook" after "telly chef Ramon Quist").
_SAME_ROLE: dict[str, frozenset[str]] = {
    "boss": word_set("manager coach chief head director chairman chairwoman owner executive"),
    "cook": word_set("chef"),
    "chef": word_set("cook"),
    "mum": word_set("mother mom"),
    "mom": word_set("mother mum"),
    "mother": word_set("mum mom"),
    "dad": word_set("father"),
    "father": word_set("dad"),
    "gran": word_set("grandmother grandma granny nan nana"),
    "nan": word_set("grandmother grandma granny gran nana"),
    "grandad": word_set("grandfather grandpa granddad"),
    "teen": word_set("teenager"),
    "teenager": word_set("teen"),
    "skipper": word_set("captain"),
    "keeper": word_set("goalkeeper"),
    "goalkeeper": word_set("keeper"),
    "lawyer": word_set("solicitor barrister attorney"),
    "medic": word_set("doctor paramedic nurse"),
}
# Offices by their initials, as a role may spell them out.
_SPELLED = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "md": "managing director",
}
# A name after these is a place ("opened his bakery on Mill Row"), no candidate.
_PLACE_BEFORE = word_set(
    """on in at near from into across along outside inside off onto past through around
    towards toward via"""
)
_LOOK_BACK = 3  # sentences searched for a person whose role ends in the noun
_WINDOW = 700  # characters: no further back than that


def points_back(np: NP) -> bool:
    """ "the teenager", "the delighted pensioner", "the Rovers boss", "the 28-year-old",
    "the Dutchman": "the", modifiers, a singular person noun, no "of"/"for" phrase ("the
    head of the union" is its own)."""
    if np.det != "the":
        return False  # every shape below opens on "the" (party_office's too): most names
    if party_office(np):
        return True  # "the Labour MP", "the Democratic Senate candidate" (x16r)
    if np.kind == "name" and len(np.words) == 1:
        return is_demonym(np.words[0])  # "the Dutchman said", "the Tongan insisted"
    if np.kind != "desc" or not np.head:
        return False
    if office_body(np) is not None:
        return True  # "the head of the ministry stressed" (described_back.py)
    head = np.head
    if AGED_PERSON.fullmatch(head):
        return True
    if head in _OWN_VOICE:
        return len(np.words) == 1  # "the spokesman": an unnamed source brought in before
    if head in ORG_NOUNS or head in PUBLICATION_NOUNS:
        return False
    if not is_role_word(head) or (head.endswith("s") and not head.endswith("ss")):
        return False
    return not any(w.lower() in ("of", "for", "to", "at", "from") for w in np.words)


def _head(np: NP) -> str:
    """The word a pointing-back description is known by (lowercase)."""
    return np.head or np.words[-1].lower()


def _everyday(head: str) -> bool:
    return head in _EVERYDAY or head.capitalize() in DEMONYMS or bool(AGED_PERSON.fullmatch(head))


def _gender(head: str) -> str | None:
    return "she" if head in _SHE else "he" if head in _HE else None


def described_person(
    np: NP,
    pos: int,
    si: int,
    sentences: list[Span],
    masked: str,
    reg: Registry,
) -> Entry | None:
    """The person a pointing-back description stands for (see the module), or None."""
    head = _head(np)
    gender = _gender(head)
    lo = max(0, pos - _WINDOW)
    back = [k for k in range(si - 1, max(-1, si - 1 - _LOOK_BACK), -1) if sentences[k][1] > lo]
    if np.kind == "desc" and (known := reg.described(head, pos)) is not None:
        if (
            party_office(np)
            and known.kind == "person"
            and not entry_party_differs(np, known)
            and (near := _since_named(masked, back, sentences, known))
            and not other_party(np, masked[sentences[near[-1]][0] : sentences[near[-1]][1]])
            and _one_person(masked, near, sentences)
        ):
            return known  # "the Democratic senator" after "Sen. Ada Quill" (x16r)
        return None  # "the senator" after Senator X: speakers.py knows it already
    if head in _OWN_VOICE:
        # only "A spokesman for X declined to comment. '...,' the spokesman said"
        return introduced_source(np, back, sentences, masked, reg)
    if (body := office_body(np)) is not None:  # described_back.py
        return office_holder(masked, body, back, sentences, reg)
    if (counsel := counsel_named(masked, back, sentences, head, reg)) is not None:
        return counsel  # "Name, defending, said ..." then "the barrister said"
    # 1. a person named with that role just before ("his mum Kerry Stevens"; "the CFO"
    # after "chief financial officer Devon Ashe")
    for k in back:
        for cand, _prev in _names(masked, *sentences[k]):
            role = cand.premod[-1:] or (cand.role or "").split()[-1:]
            full = " ".join(cand.premod or [cand.role or ""]).lower()
            last = role[-1].lower() if role else ""
            if (
                last == head
                or last in _SAME_ROLE.get(head, ())
                or (head in _SPELLED and _SPELLED[head] in full)
            ):
                ent = _person(cand, sentences[k][0], reg)
                if ent is not None and (gender is None or ent.gender in (None, gender)):
                    return ent
    if (intro := introduced_source(np, back, sentences, masked, reg)) is not None:
        return intro  # "A member of X, who ..., put it bluntly." ... "the member said"
    # 2. the only person the sentence before names (past sentences wholly quotation)
    if not (
        _everyday(head)
        or (np.kind == "name" and is_demonym(np.words[-1]))
        or party_office(np)  # "the Democratic Senate candidate" (party_described.py)
    ):
        return None
    k = si - 1
    while k >= 0 and not masked[sentences[k][0] : sentences[k][1]].strip(" \t\n\x00"):
        k -= 1
    stepped = k > 0 and _described_only(masked, *sentences[k])
    if stepped:
        k -= 1  # "But Quill ... . The baker, who ..., insisted ... . '...,' the star said"
    if k < 0 or sentences[k][1] <= lo:
        return None
    ps, pe = sentences[k]
    people: dict[int, Entry] = {}
    named = [
        np for np, prev in _names(masked, ps, pe, 1 if stepped else 2) if prev not in _PLACE_BEFORE
    ]
    for cand in sentence_subjects(masked, ps, pe) + named:
        ent = _person(cand, ps, reg)
        if ent is None:
            if cand.kind == "name" and classify_name(list(cand.words)) == "person":
                return None  # a name this rule cannot place: unsure who
            continue
        people[id(ent)] = ent
    if len(people) != 1:
        return None
    (ent,) = people.values()
    if gender is not None and ent.gender not in (None, gender):
        return None
    if party_office(np) and other_party(np, masked[ps:pe]):
        return None  # "... Republican Garrett Lusk ..." then "the Democratic candidate"
    return ent


def _since_named(masked: str, back: list[int], sentences: list[Span], ent: Entry) -> list[int]:
    """The sentences just before, back to the latest that writes the person's surname
    (newest first; empty when none of them does)."""
    surname = ent.name.split()[-1]
    for n, k in enumerate(back):
        if surname in masked[sentences[k][0] : sentences[k][1]]:
            return back[: n + 1]
    return []


def _one_person(masked: str, back: list[int], sentences: list[Span]) -> bool:
    """Whether the sentences just before name at most one person (by surname)."""
    seen: set[str] = set()
    for k in back:
        for cand, _prev in _names(masked, *sentences[k]):
            words = [strip_possessive(w) for w in cand.words]
            if any(w.lower() in ("and", "&") for w in words):
                return False  # "Sen. Ada Quill and Sen. Tom Brill"
            if classify_name(words) == "person":
                seen.add(words[-1].lower())
    return len(seen) <= 1


def _described_only(masked: str, s: int, e: int) -> bool:
    """A sentence that opens with a description pointing back and names nobody ("The
    baker, who ..., insisted"): it carries the person of the sentence before it along."""
    toks = tokenize(masked, s, min(e, s + 600))
    if len(toks) < 3 or toks[0].text != "The" or not toks[1].text[:1].islower():
        return False
    return not any(is_cap(t.text) for t in toks[1:])


def _names(masked: str, s: int, e: int, least: int = 2) -> list[tuple[NP, str]]:
    """The names of two or more words in a sentence, each with the role words written
    right before it ("his mum [Kerry Stevens]": premod "mum") and the word before those."""
    toks = tokenize(masked, s, min(e, s + 600))
    out: list[tuple[NP, str]] = []
    i = len(toks) - 1
    while i >= 0:
        np = np_back(toks, i) if is_cap(toks[i].text) else None
        if np is not None:
            np = across_nickname(toks, np)  # 'Theresa "Tess" Quintanilla'
        if np is not None and np.kind == "name" and len(np.words) >= least:
            _premod(toks, np)
            out.append((np, toks[np.start - 1].low if np.start > 0 else ""))
            i = np.start - 1
        else:
            i -= 1
    out.reverse()
    return out


def _person(cand: NP, pos: int, reg: Registry) -> Entry | None:
    """The person entry a name in a nearby sentence stands for (made when new), or None
    for an organisation, a place or a lone word no full name explains."""
    if cand.kind != "name":
        return None
    words = list(cand.words)
    words[-1] = strip_possessive(words[-1])
    known = reg.by_alias(" ".join(words))
    if known is not None:
        return known if known.kind == "person" else None
    if classify_name(words) != "person":
        return None
    if len(words) == 1:
        full = reg.full_name_for(words[0])
        return reg.person(full.split(), words[0], pos) if full else None
    title_words, name_words = split_person(words)
    if len(name_words) < 2 and not title_words:
        return None
    ent = reg.person(name_words, " ".join(words), pos)
    if title_words:
        ent.add_role(" ".join(title_words))
    if cand.premod:
        ent.add_role(" ".join(cand.premod))
    return ent


def kin_first_name(np: NP) -> str | None:
    """ "his son, Sam", "her widower, Bram": the one capitalised word a relative's
    description gives as its appositive is that person's name (None otherwise)."""
    alias = np.alias or ""
    if (
        np.kind != "desc"
        or np.head not in PERSON_NOUNS
        or " " in alias
        or not alias[:1].isupper()
        or alias.isupper()
        or not alias.isalpha()
        or alias in NOT_NAME
    ):
        return None
    return alias
