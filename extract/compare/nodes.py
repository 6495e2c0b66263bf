"""One node per name an article cites or mentions: whether it is an organisation, its names
and aliases, the person's parsed name, and the keys entities are blocked and decided by."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimdesk.extract import names as nm
from claimdesk.extract.compare.helpers import _uniq

_ORG_WORDS = nm.word_set(
    "agency ministry department office institute university council committee union "
    "army forces force navy police service services group party government bank "
    "organization organisation foundation corporation company inc ltd association "
    "commission court parliament assembly intelligence command center centre bureau "
    "fund program programme network news times post press agency gur"
)


def _is_org(kind: str | None, name: str) -> bool:
    if kind in ("organization", "publication"):
        return True
    if kind in ("person", "anonymous"):
        return False
    words = nm.tokens(name)
    return bool(words) and (
        any(w in _ORG_WORDS for w in words) or (len(words) == 1 and name.isupper())
    )


def source_id(article_id: str, name: str) -> str:
    """The member id of one article's source in a same-entity group."""
    return f"{article_id}#{name}"


def entity_key(name: str, kind: str | None = None) -> str:
    """A stable key for a name, independent of article ids: decisions are kept by it."""
    if _is_org(kind, name):
        return "org:" + nm.fold(name)
    person = nm.parse_person(name)
    return "person:" + (person.key if person else nm.fold(name))


@dataclass(slots=True)
class _Node:
    idx: int
    member: str
    article: int
    outlet: str
    name: str
    kind: str
    role: str
    names: list[str]
    org: bool
    person: nm.PersonName | None
    key: str
    keys: set[str]  # folded names and aliases (persons: title-stripped)
    mention: bool = False  # named in the text, not cited as a source


def _make_node(idx, art_i, art, name, kind, role, aliases) -> _Node:
    org, names, person, key, keys = _node_shape(name, kind, tuple(aliases))
    return _Node(  # (in field order, positionally: 50k nodes at 100k claims)
        idx,
        f"{art.article_id}#{name}",  # (source_id)
        art_i,
        art.outlet,
        name,
        kind or ("organization" if org else "person"),
        role or "",
        list(names),
        org,
        person,
        key,
        set(keys),
    )


_Shape = tuple[bool, tuple[str, ...], nm.PersonName | None, str, frozenset[str]]


@lru_cache(maxsize=1 << 16)  # one official is cited under one name in a thousand articles
def _node_shape(name: str, kind: str | None, aliases: tuple[str, ...]) -> _Shape:
    """What a source's name and aliases say wherever it is cited: (organization?, names,
    the person's name, entity key, keys it is indexed by)."""
    org = _is_org(kind, name)
    names = _uniq([name, *aliases])
    person = None
    keys: set[str] = set()
    if not org:
        parsed = [p for p in (nm.parse_person(n) for n in names) if p]
        if parsed:
            # the name itself when it has a given name, else the fullest alias
            first = parsed[0] if parsed and nm.parse_person(name) else None
            person = first if first and first.full else max(parsed, key=lambda p: p.full)
        keys = {p.key for p in parsed if p.given}
    else:
        keys = {k for k in (nm.fold(n) for n in names) if k}
    key = entity_key(name, "organization" if org else "person")
    return org, tuple(names), person, key, frozenset(keys)
