"""The outlet an article names itself by: "Newsweek has contacted ...", "(AP) —".

An article rarely states its publisher, but it speaks of itself: it contacts people
for comment, cannot verify claims, is told things, datelines its wire copy. Each such
phrase votes for the name it carries; a name needs two votes' worth (one "told X" is not
enough, X may be a person). The patterns name no outlet, so they carry over to any.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from claimdesk.extract.textscan import by_first_letter, finditer_at


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NAME_TOKEN = r"[A-Z][\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*"
# A channel number inside or closing a name ("Channel 9 News", "WXYZ 7", "France 24"),
# but not a count after one ("told Newsweek 12 people died").
_NUM_TOKEN = (
    r"\d{1,3}(?!\d)(?=\s+[A-Z]|[,.;:]?(?:\s|$)(?![a-z])|\s+(?:has|have|had|could|can"
    r"|cannot|was|is|did|does|reached|contacted|understands|learned|that)\b)"
)
_OUTLET_G = (
    rf"(?P<the>[Tt]he\s+)?(?P<name>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|{_NUM_TOKEN}|of|&)){{0,4}})"
)
# A clause up to its end: abbreviation dots ("the U.S. Attorney's Office") do not end it.
_CLAUSE = r"(?:[^.!?\n]|(?<=[A-Z])\.|\.(?=\S)){0,160}?"
# How an outlet speaks of itself. Subject-first phrases ("Newsweek has contacted ...")
# are found by their verb, then the name is read backwards from it (much faster than
# trying a name at every capital letter); object phrases ("told Newsweek") by their verb.
# Weights: 3 for unmistakable self-reference, 2 for likely, 1 for "told X".
# Each starts on the whitespace before its verb (a character class lets the regex
# engine skip ahead; a lookbehind would make it try every position), then looks ahead
# for the first letters of its words, so most spaces fail at once.
_SUBJECT_VERBS: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"[ \t\n](?=[hcreasmt])(?:has\s+|have\s+|had\s+)?(?:contacted|reached out to|emailed"
            r"|approached|asked|sought comment from|requested comment from|called|messaged"
            rf"|attempted to reach|tried to reach|reached)\b{_CLAUSE}"
            r"\b(?:for (?:a |further |additional )?(?:comment|response|statement)|to comment)"
        ),
        3,
    ),
    (
        re.compile(
            r"[ \t\n](?=[hcre])(?:has\s+|have\s+|had\s+)?(?:contacted|reached out to|emailed)\b"
            rf"{_CLAUSE}\b(?:via|by) (?:e-?mail|phone|telephone)\b"
        ),
        2,
    ),
    (
        re.compile(
            r"[ \t\n](?=[hsr])(?:has\s+|have\s+)?(?:sought|requested) (?:further )?comment\b"
        ),
        3,
    ),
    (
        re.compile(
            r"[ \t\n](?=[cwhid])(?:could not|cannot|can ?not|was unable to|is unable to"
            r"|has not been able to|was not able to|has not|did not)\s+(?:immediately\s+|"
            r"independently\s+)*(?:verify|confirm|reach|be reached)"
        ),
        3,
    ),
    (
        re.compile(
            r"[ \t\n](?=[uhc])(?:understands|has learned|has learnt|can reveal|can confirm"
            r"|has seen|has obtained|has reviewed)\b"
        ),
        2,
    ),
]
# Every object phrase starts with one of these words: one scan finds where to try them.
_OBJECT_TRIGGER = re.compile(  # first letter as a class (C-speed skip), then \b behind it
    r"[rasovit](?<!\w.)(?:(?<=r)(?:espond|esponded|eply|eplied|equest|equests|epresentative"
    r"|eviewed)|(?<=a)(?:nswer|nswered|n? email|nalysed|nalyzed)|(?<=s)(?:pokesperson"
    r"|pokesman|pokeswoman|tatement|een|peaking|poke)|(?<=o)btained|(?<=v)erified"
    r"|(?<=i)n an? (?:exclusive )?interview|(?<=t)(?:old|ells|elling))\b"
)
# Where an object phrase's trigger can start: after a character that is no word
# character (the trigger's own lookbehind decides), in one scan; the trigger tried at
# every r, a, s, o, v, i and t cost more (keep in sync with _OBJECT_TRIGGER). Opened on
# any character but an ASCII letter, digit or "_", a superset of \W (a letter or digit
# of another script is let through, and the trigger's lookbehind turns it away): sre
# skips to such a class by a table, where \W asked the Unicode database of every
# character (54 -> 36 us an article).
_OBJECT_ALTS = (
    "r(?:espond|eply|eplied|equest|epresentative|eviewed)",
    "a(?:nswer|n? email|naly)",
    "s(?:poke|tatement|een|peaking)",
    "obtained",
    "verified",
    "in an? ",
    "t(?:old|ells|elling)",
)
_OBJECT_AT = re.compile("[^A-Za-z0-9_](?=" + "|".join(_OBJECT_ALTS) + ")")
# Where any subject phrase can start: the whitespace before its first word or two. One
# scan for all of them, and each pattern tried only there (`finditer_at`): up to five
# scans trying a lookahead at every space cost a tenth of an article's time. Each
# alternative must admit every start of its patterns (keep in sync when adding a
# phrase). Scanned from a space, a line break and a tab, each a literal the regex engine
# skips to in C (a class such as [ \t\n] is tested character by character).
_SUBJECT_ALTS = (
    r"ha(?:s|ve|d)\s+(?:contacted|reached|emailed|approached|asked|sought|requested"
    r"|called|messaged|attempted|tried|not|learn|seen|obtained|reviewed)",
    "contacted",
    "reached",
    "emailed",
    "approached",
    "asked",
    "sought",
    "requested",
    "called",
    "messaged",
    "attempted",
    "tried",
    "understands",
    r"could\s+not",
    r"can(?:not| not|\s+reveal|\s+confirm)",
    r"was\s+(?:unable|not)",
    r"is\s+unable",
    r"did\s+not",
)
_SUBJECT_AT = re.compile("[ \t\n](?=" + by_first_letter(_SUBJECT_ALTS) + ")")
_SUBJECT_AT_SPACE = re.compile(" " + _SUBJECT_AT.pattern.removeprefix("[ \t\n]"))
_SUBJECT_AT_BREAK = re.compile("\n" + _SUBJECT_AT.pattern.removeprefix("[ \t\n]"))
_SUBJECT_AT_TAB = re.compile("\t" + _SUBJECT_AT.pattern.removeprefix("[ \t\n]"))


# A space where a subject or an object phrase can start, in one scan (each scan of
# the spaces tried a lookahead at each of them, ~20 ns); the few places found are then
# told apart by the two patterns.
_EITHER_AT_SPACE = re.compile(" (?=" + by_first_letter((*_SUBJECT_ALTS, *_OBJECT_ALTS)) + ")")
# _OBJECT_AT's places after any other character it opens on (the class, tested per
# character, on the spaces no more)
_OBJECT_AT_SPACE = re.compile(" " + _OBJECT_AT.pattern.removeprefix("[^A-Za-z0-9_]"))
_OBJECT_AT_OTHER = re.compile("[^A-Za-z0-9_ ]" + _OBJECT_AT.pattern.removeprefix("[^A-Za-z0-9_]"))


def _phrase_starts(body: str) -> tuple[list[int], list[int]]:
    """Where a subject phrase can start (a superset, ascending: the places of
    _SUBJECT_AT) and 0 with the place after each match of _OBJECT_AT (ascending): one
    scan of the spaces for both, one from each other literal for the subject (a line
    break opens every paragraph), the class scan for the object's other characters."""
    found: list[int] = []
    objects: list[int] = []
    for m in _EITHER_AT_SPACE.finditer(body):
        at = m.start()
        if _SUBJECT_AT_SPACE.match(body, at):
            found.append(at)
        if _OBJECT_AT_SPACE.match(body, at):
            objects.append(at + 1)
    more = [m.start() for m in _SUBJECT_AT_BREAK.finditer(body)]
    if "\t" in body:
        more += [m.start() for m in _SUBJECT_AT_TAB.finditer(body)]
    other = [m.start() + 1 for m in _OBJECT_AT_OTHER.finditer(body)]
    return (
        sorted(found + more) if more else found,
        [0, *sorted(objects + other)] if other else [0, *objects],
    )


def _subject_starts(body: str) -> list[int]:
    """The places of _SUBJECT_AT (a superset of where a subject phrase starts)."""
    return _phrase_starts(body)[0]


_CREDIT_NAME = re.compile(rf"{_OUTLET_G}")
_NAME_BEHIND = re.compile(rf"{_OUTLET_G}\s+$")
_OBJECT_PHRASES: list[tuple[re.Pattern[str], int, tuple[str, ...]]] = [
    (
        re.compile(
            rf"\b(?:respond(?:ed)?|reply|replied|answer(?:ed)?) to {_OUTLET_G}(?:'s|’s)"
            rf"\s+(?:\w+\s+){{0,2}}(?:request|requests|inquiry|inquiries|email|questions?|calls?)"
        ),
        3,
        ("respond", "repl", "answer"),
    ),
    (
        re.compile(rf"\b(?:request|requests) for comment from {_OUTLET_G}(?=[\s,.;])"),
        3,
        ("for comment from",),
    ),
    (
        re.compile(
            rf"\b(?:spokesperson|spokesman|spokeswoman|representative|statement|an? email)"
            rf"\s+(?:sent\s+)?(?:told|to|provided to|shared with) {_OUTLET_G}(?=[\s,.;:])"
        ),
        2,
        ("spokes", "representative", "statement", "email"),
    ),
    (
        re.compile(
            rf"\b(?:seen|obtained|reviewed|verified|analy[sz]ed) by {_OUTLET_G}(?=[\s,.;:])"
        ),
        2,
        ("seen by", "obtained by", "reviewed by", "verified by", "analysed by", "analyzed by"),
    ),
    (
        re.compile(rf"\bin an? (?:exclusive )?interview with {_OUTLET_G}(?=[\s,.;:])"),
        2,
        ("interview with",),
    ),
    (
        re.compile(rf"\b(?:told|tells|telling|speaking to|spoke to) {_OUTLET_G}(?=[\s,.;:])"),
        1,
        ("told", "tells", "telling", "speaking to", "spoke to"),
    ),
]
_DATELINE = re.compile(r"\((?P<name>[A-Z][A-Za-z&.' ]{1,30}?)\)\s*(?:[—–]|-{1,2})\s")
# "Washington CNN —": an agency or network acronym right before the opening dash.
_DATELINE_BARE = re.compile(r"^[A-Z][A-Za-z.,' ]{1,40}?\s(?P<name>[A-Z]{2,6})\s+[—–]\s")
_FROM_CREDIT = re.compile(
    r"^From (?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}?)(?:'s|’s)"
    r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}(?:[ \t]+(?:in|and)\b.{0,60})?$",
    re.MULTILINE,
)
# An agency credit closing the story: "(PTI)", "(AFP)", "(Reuters)".
_TRAILING_CREDIT = re.compile(r"[.!?”\"]\s*\((?P<name>[A-Z]{2,6}|Reuters|dpa)\)\s*$")
_COPYRIGHT = re.compile(  # the name is case-sensitive: "Copyright lawyers say" names none
    r"(?i:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<the>[Tt]he\s+)?"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}})"
)


def _may_hold_copyright(text: str) -> bool:
    """Whether _COPYRIGHT can match: it opens on "©", "(c)" or "copyright" in any case,
    and in ASCII text (no "©") its IGNORECASE letters stand only for ASCII letters, so
    two finds in the lower-cased text answer for most tails (its search, opened on an
    IGNORECASE alternation, tried every character)."""
    if not text.isascii():
        return True
    low = text.lower()
    return "(c)" in low or "copyright" in low


_AGENCY_CODES = {
    "AP": "The Associated Press",
    "AFP": "AFP",
    "UPI": "UPI",
    "Reuters": "Reuters",
    "CNN": "CNN",
    "dpa": "dpa",
}
# Capitalised words that start sentences or name people generically, never outlets.
_NOT_OUTLETS = _wordset(
    """he she they it we i you this that these those there officials official police
    a an his her their its our my one some many most several authorities spokesperson
    spokesman spokeswoman reporters journalists investigators prosecutors lawyers
    on in at after before when while meanwhile but and also yet still so then now today
    monday tuesday wednesday thursday friday saturday sunday who which what where
    nobody someone everyone neither either both each none mr mrs ms dr"""
)


def detect_publisher(body: str, *, credits: Collection[str] = ()) -> str | None:
    """The outlet, when the article names itself ("Newsweek has contacted ...").

    `credits` are photo credits ("Image source, Coast News"): each is a weak vote.
    """
    head = body[:600]
    m = _DATELINE.search(head)
    if not (m and m.start() < 200):
        m = _DATELINE_BARE.match(head)
    if m and m.start() < 200:
        name = m.group("name").strip()
        if name in _AGENCY_CODES or len(name.split()) <= 4:
            return _AGENCY_CODES.get(name, name)
    m = _TRAILING_CREDIT.search(body, max(0, len(body) - 60))
    if m:  # "... the minister said. (PTI)": the agency that filed the story
        name = m.group("name")
        return _AGENCY_CODES.get(name, name)
    scores: dict[str, int] = {}
    display: dict[str, str] = {}
    articles: dict[str, set[str]] = {}  # how "the" stood before the name

    def vote(m: re.Match[str] | None, weight: int, text: str = body) -> None:
        found = _outlet_name(m, text) if m else None
        if not found:
            return
        name, article = found
        key = name.lower()
        if weight == 1 and _OUTLET_LOOK(name):
            weight = 2  # "told POLITICO", "told Sky News": a person is not named so
        scores[key] = scores.get(key, 0) + weight
        articles.setdefault(key, set()).add(article)
        if len(name) > len(display.get(key, "")):
            display[key] = name

    subject_at, object_at = _phrase_starts(body)
    for pattern, weight in _SUBJECT_VERBS:
        for m in finditer_at(pattern, body, subject_at):
            st = m.start() + 1  # the match opens on the space before the verb
            vote(_NAME_BEHIND.search(body, max(0, st - 90), st), weight)
    for trigger in finditer_at(_OBJECT_TRIGGER, body, object_at):
        for pattern, weight, _ in _OBJECT_PHRASES:
            m = pattern.match(body, trigger.start())
            if m:
                if not m.group("name").endswith(("'s", "’s")):
                    vote(m, weight)  # 'told Ostvik Radio's "Morning Desk"': a programme
                break
    # A live-blog entry credit: "From CNN's Lena Fisk" opening a paragraph.
    if "From " in body:
        for m in _FROM_CREDIT.finditer(body):
            vote(m, 2)
    tail = body[-400:]
    if _may_hold_copyright(tail):
        vote(_COPYRIGHT.search(tail), 3, tail)
    for credit in credits:
        vote(_CREDIT_NAME.fullmatch(credit), 1, credit)
    if not scores:
        return None
    # "told the Fact Desk" is a vote for "Verland Fact Desk" named elsewhere.
    for short in list(scores):
        longer = [
            k
            for k in scores
            if k != short and (k.endswith(" " + short) or k.startswith(short + " "))
        ]
        if len(longer) == 1:
            scores[longer[0]] += scores.pop(short)
            articles[longer[0]] |= articles.pop(short)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return None
    # "The" belongs to the name if written capitalised mid-sentence ("told The Post"),
    # not if lower-case ("told the BBC"); at a sentence start only when nothing else says.
    kinds = articles[best]
    name = display[best]
    the = "mid" in kinds or ("start" in kinds and not kinds & {"lower", "none"})
    if the and (len(name.split()) > 1 or not name.isupper()):
        return "The " + name
    return name


_OUTLET_TAIL = _wordset(
    """news times post press journal herald tribune guardian telegraph radio tv television
    wire gazette magazine chronicle courier ledger dispatch examiner inquirer sentinel
    digital"""
)


def _OUTLET_LOOK(name: str) -> bool:
    """A name shaped like an outlet's: a house style in capitals (POLITICO, NPR) or a
    generic outlet word at its end (Sky News, the Kyiv Independent is not caught)."""
    words = name.split()
    if len(words) == 1 and name.isupper() and len(name) >= 3 and name.isalpha():
        return True
    if name in _AGENCY_CODES:
        return True
    return len(words) > 1 and words[-1].lower() in _OUTLET_TAIL


def _outlet_name(m: re.Match[str], text: str) -> tuple[str, str] | None:
    """(name without "The", how "the" stood: "mid", "start", "lower" or "none")."""
    words = m.group("name").split()
    # Drop sentence openers and connectives in front of the name ("On Monday Newsweek").
    while words and words[0].lower().strip(",") in _NOT_OUTLETS:
        words.pop(0)
    while words and words[-1].lower() in {"of", "on", "and", "&"}:
        words.pop()
    if not words:
        return None
    if any(w.endswith((",", ".")) for w in words[:-1]):
        return None
    name = " ".join(words).rstrip(".,'’")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    if not name or name.lower() in _NOT_OUTLETS or len(name) > 60:
        return None
    the = m.groupdict().get("the")
    if not the or len(words) != m.group("name").count(" ") + 1:
        return name, "none"
    if the[0] == "t":
        return name, "lower"
    before = text[: m.start("the")].rstrip()
    return name, ("start" if not before or before[-1] in '.!?"“”:\n' else "mid")
