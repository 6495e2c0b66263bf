"""Names of people, organizations and places, normalised so outlets can be compared.

Pure string functions used by extract/compare.py: strip titles and roles from a person's
name, split it into given names and surname, decide whether two spellings can be one
person, and reduce a place or demonym ("North Korean", "Pyongyang") to a subject key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio


def word_set(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words in `text` (keeps word lists readable)."""
    return frozenset(text.split())


def word_list(text: str) -> list[str]:
    return text.split()


# Words that precede a name as a title or rank, never part of the name itself.
TITLES = word_set("""
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister
    president vice prime minister deputy secretary chancellor premier king queen prince
    princess emperor pope sheikh sen senator rep representative gov governor mayor judge
    justice chief gen general maj major lt lieutenant col colonel cmdr commander capt
    captain sgt sergeant adm admiral brig brigadier cpl corporal pvt private marshal
    field air force army navy marine marines naval officer spokesman spokeswoman
    spokesperson press ambassador envoy ceo founder chairman chairwoman chair director
    head leader foreign defense defence interior finance state health minister's
    attorney mp mep councillor councilman councilwoman detective inspector superintendent
    ukrainian russian american british korean north south
    """)
RANKS = word_set(
    "gen general maj major lt lieutenant col colonel cmdr commander capt captain sgt "
    "sergeant adm admiral brig brigadier marshal cpl corporal"
)
_ABBREV = {
    "gen": "general",
    "maj": "major",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "brig": "brigadier",
    "prof": "professor",
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "pres": "president",
}
STOP_ORG = word_set("the of for and in on at a an to de la le du der")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
_VOWELS = frozenset("aeiouy")
_DOTTED = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)")
PARTICLES = word_set("de da di del della der den van von ter ten le la du al el bin ibn y")

# Capitals and other metonyms for a country, so "Pyongyang had sent" names North Korea.
_PLACE_ALIASES = {
    "pyongyang": "north korea",
    "dprk": "north korea",
    "seoul": "south korea",
    "moscow": "russia",
    "kremlin": "russia",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "washington": "united states",
    "pentagon": "united states",
    "us": "united states",
    "usa": "united states",
    "u s": "united states",
    "america": "united states",
    "american": "united states",
    "americans": "united states",
    "beijing": "china",
    "chinese": "china",
    "london": "united kingdom",
    "britain": "united kingdom",
    "british": "united kingdom",
    "uk": "united kingdom",
    "paris": "france",
    "french": "france",
    "berlin": "germany",
    "german": "germany",
    "germans": "germany",
    "tehran": "iran",
    "iranian": "iran",
    "israeli": "israel",
    "jerusalem": "israel",
    "minsk": "belarus",
    "belarusian": "belarus",
}


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lowercase ASCII-ish form: accents removed, possessives dropped, punctuation to space."""
    text = _DOTTED.sub("", text)  # 'U.N.' -> 'UN.', 'U.S.' -> 'US.'
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text)
    return " ".join(_WORD.findall(text.lower()))


def tokens(text: str) -> list[str]:
    return fold(text).split()


@dataclass(slots=True, frozen=True)
class PersonName:
    """A person's name without titles: given names (maybe initials) and a surname.

    `full` and `key` are worked out once: a desk's comparison asks them 200,000 times."""

    given: tuple[str, ...]
    surname: str
    titles: tuple[str, ...]
    full: bool = field(init=False, compare=False)  # a given name, not only an initial
    key: str = field(init=False, compare=False)  # 'pat ryder'

    def __post_init__(self) -> None:
        object.__setattr__(self, "full", any(len(g) > 1 for g in self.given))
        object.__setattr__(self, "key", " ".join((*self.given, self.surname)))


@lru_cache(maxsize=100_000)
def parse_person(name: str) -> PersonName | None:
    """'Air Force Maj. Gen. Pat Ryder' -> given ('pat',), surname 'ryder', titles (...).

    Leading words that are titles, ranks or lowercase role words are dropped; only the
    trailing run of capitalised words is the name. Hyphenated given names split into
    syllables ('Jung-un' -> 'jung', 'un') so romanisations compare token by token.
    """
    raw = unicodedata.normalize("NFKC", name).replace("\u00a0", " ")
    raw = _POSSESSIVE.sub("", raw)
    words = re.findall(r"[^\W\d_][^\s,;:()]*", raw)
    # the trailing run of capitalised words (or initials) is the name; lowercase
    # particles inside it ('Bram de Witt') belong to it
    run: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        inner = run and i > 0 and words[i - 1][0].isupper() and w.lower() in PARTICLES
        if w[0].isupper() or inner:
            run.append(w)
        else:
            break
    run.reverse()
    if not run:
        return None
    # everything up to the last title or rank is role, not name
    # ('Civil Protection Agency Colonel Anton Brask' -> 'Anton Brask')
    last_title = -1
    for i, w in enumerate(run[:-1]):
        low = fold(w)
        if low in TITLES or low.rstrip(".") in _ABBREV:
            last_title = i
    titles = [_ABBREV.get(fold(w), fold(w)) for w in run[: last_title + 1] if fold(w)]
    names: list[str] = []
    for w in run[last_title + 1 :]:
        low = fold(w)
        if low:
            names.extend(low.split())
    if not names:
        return None
    parts: list[str] = []
    for n in names:
        parts.extend(p for p in n.split() if p)
    surname = parts[-1]
    return PersonName(tuple(parts[:-1]), surname, tuple(titles))


def given_compatible(a: tuple[str, ...], b: tuple[str, ...], *, parts: int) -> str | None:
    """Why two given-name tuples can be one person ('same', 'initial', ...), else None.

    `parts` is the larger total token count of the two names; romanisation variants
    that differ only in vowels ('Jung' / 'Jong') are accepted only for names of three or
    more parts (Korean-style 'Kim Jong Un'), never for 'John' / 'Joan'.
    """
    if not a or not b:
        return "missing"
    # middle initials ('Vladimir V. Putin') say nothing against a full given name
    a = a[:1] + tuple(g for g in a[1:] if len(g) > 1)
    b = b[:1] + tuple(g for g in b[1:] if len(g) > 1)
    ja, jb = "".join(a), "".join(b)
    if ja == jb:
        return "same"
    fa, fb = a[0], b[0]
    if len(fa) == 1 or len(fb) == 1:
        return "initial" if fa[0] == fb[0] else None
    if (
        parts >= 3
        and len(a) == len(b)
        and all(x[0] == y[0] and skeleton(x) == skeleton(y) for x, y in zip(a, b, strict=True))
    ):
        return "romanisation variant"
    # one letter dropped or changed inside the name ('Volodymr'), never at its end, where
    # 'Daniel' / 'Daniela' and 'Maria' / 'Marie' are different people
    short_j, long_j = sorted((ja, jb), key=len)
    same_end = ja[-1] == jb[-1] or (
        long_j.startswith(short_j) and long_j[-1] not in _VOWELS  # 'Darius' / 'Dariusz'
    )
    if (
        min(len(ja), len(jb)) >= 5
        and ja[0] == jb[0]
        and same_end
        and Levenshtein.distance(ja, jb) == 1
        and ratio(ja, jb) >= 80
    ):
        return "spelling variant"
    short, long_ = sorted((fa, fb), key=len)
    single = len(a) == len(b) == 1
    if single and 3 <= len(short) <= 4 and len(long_) >= len(short) + 2 and long_.startswith(short):
        return "short form"
    return None


def surname_compatible(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    if min(len(a), len(b)) >= 6 and a[0] == b[0] and Levenshtein.distance(a, b) <= 1:
        return "spelling variant"
    return None


def skeleton(token: str) -> str:
    """Consonants only: 'jung' and 'jong' -> 'jng'."""
    return "".join(c for c in token if c not in _VOWELS)


def acronym(name: str) -> str:
    """'Institute for the Study of War' -> 'isw'."""
    return "".join(t[0] for t in tokens(name) if t not in STOP_ORG)


@lru_cache(maxsize=100_000)  # the comparison stems the same words over and over
def stem(word: str) -> str:
    """A crude English stem, enough to match 'killed'/'kill', 'casualties'/'casualty'."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def org_tokens(name: str) -> frozenset[str]:
    """Content words of an organization's name, cut to 5 letters so demonyms match."""
    return frozenset(t[:5] for t in tokens(name) if t not in STOP_ORG)


@lru_cache(maxsize=1 << 15)
def place_key(phrase: str) -> str | None:
    """'North Korean' / 'North Korea' / 'Pyongyang' -> 'north korea' (a subject key).

    Known capitals map through a small table; other names reduce each word to its first
    six letters, so invented places and their demonyms ('Norvalia' / 'Norvalian') agree.
    """
    low = fold(phrase)
    if not low:
        return None
    if low in _PLACE_ALIASES:
        return _PLACE_ALIASES[low]
    words = low.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if head in _PLACE_ALIASES:
            return _PLACE_ALIASES[head]
    keys = []
    for w in words:
        if len(w) > 5 and w.endswith("ans"):
            w = w[:-1]
        if len(w) >= 7 and w.endswith(("ese", "ish")):
            w = w[:-3]
        elif len(w) >= 5 and w.endswith("an"):
            w = w[:-1]
        keys.append(w[:6])
    key = " ".join(keys)
    # the six-letter key of a known country ("ukrain") maps back to its full name
    return _KEY_TO_PLACE.get(key, key)


_KEY_TO_PLACE = {
    "north korea": "north korea",
    "south korea": "south korea",
    "ukrain": "ukraine",
    "united states": "united states",
}
