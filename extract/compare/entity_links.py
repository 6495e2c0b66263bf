"""Whether two names can be one entity, and in what words: person names (spelling and
romanisation variants, initials), organisations (acronyms, one name inside the other), the
blocks candidate pairs are judged in, and the label a group of names goes by."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any

from claimdesk.extract import names as nm
from claimdesk.extract.compare.nodes import _Node


@lru_cache(maxsize=1 << 16)  # one official's name meets itself in every article
def _names_clash(ga: tuple[str, ...], sa: str, gb: tuple[str, ...], sb: str) -> bool:
    """Two full names that cannot be one person."""
    return not nm.surname_compatible(sa, sb) or not nm.given_compatible(
        ga, gb, parts=max(len(ga), len(gb)) + 1
    )


def _who(n: _Node) -> str:
    return f"'{n.name}' ({n.outlet}{', named in the text' if n.mention else ''})"


def _rank_words(members: list[_Node]) -> set[str]:
    words: set[str] = set()
    for n in members:
        if n.person:
            words.update(t for t in n.person.titles if t in nm.RANKS)
        for name in n.names:
            p = nm.parse_person(name)
            if p:
                words.update(t for t in p.titles if t in nm.RANKS)
        words.update(w for w in nm.tokens(n.role) if w in nm.RANKS)
    return {_RANK_CANON.get(w, w) for w in words}


_RANK_CANON = {"gen": "general", "maj": "major", "col": "colonel", "lt": "lieutenant"}


def _entity_label(members: list[_Node]) -> str:
    full = [m for m in members if m.person and m.person.full]
    pool = full or [m for m in members if m.org and len(m.name) > 6] or members
    counts = Counter(m.name for m in pool)
    return min(counts, key=lambda n: (-counts[n], len(n), n))


def _judge_blocks(
    blocks: dict[str, list[int]],
    nodes: list[_Node],
    seen: set[tuple[int, int]],
    judge: Callable[[_Node, _Node], tuple[float, Any] | None],
    candidates: list[tuple[float, int, int, Any]],
    signature: Callable[[_Node], Hashable],
    names: tuple[Callable[[_Node], Hashable], Callable[[Hashable, Hashable], bool]] | None = None,
) -> None:
    """Judge each pair of distinct names inside a block once, on one cross-article pair of
    nodes that carry them; oversized blocks are skipped. Nodes with one signature (what
    `judge` looks at) are one name: the same-name index links those, and a desk that
    quotes one official in a thousand articles would otherwise judge a million pairs.

    `names` (persons): the name a signature carries, and whether two names can be one
    entity at all; pairs whose names cannot are not looked at (`judge` would find nothing
    in them: 98% of the pairs of a 100k-claim desk). Only for blocks that share no node
    with another block, since such a pair is then not added to `seen`."""
    for idxs in blocks.values():
        if len(idxs) < 2 or len(idxs) > 400:
            continue
        by_sig: dict[Hashable, list[int]] = {}
        for i in idxs:
            by_sig.setdefault(signature(nodes[i]), []).append(i)
        classes = list(by_sig.values())
        later = _related_classes(classes, nodes, *names) if names else None
        for x, ca in enumerate(classes):
            # one name in two articles too: what it adds (a role both give) is evidence
            others = (ca, *classes[x + 1 :]) if later is None else [classes[y] for y in later[x]]
            for cb in others:
                pair = _cross_article_pair(nodes, ca, cb)
                if pair is None or pair in seen:
                    continue
                seen.add(pair)
                found = judge(nodes[pair[0]], nodes[pair[1]])
                if found:
                    candidates.append((found[0], pair[0], pair[1], found[1]))


def _related_classes(
    classes: list[list[int]],
    nodes: list[_Node],
    name_of: Callable[[_Node], Hashable],
    related: Callable[[Hashable, Hashable], bool],
) -> list[list[int]]:
    """For each class x, the classes it is judged against, in the order _judge_blocks
    visits them (x itself, then later ones): those whose name may be x's entity's."""
    keys = [name_of(nodes[c[0]]) for c in classes]
    by_name: dict[Hashable, list[int]] = {}
    for y, k in enumerate(keys):
        by_name.setdefault(k, []).append(y)
    # either way round (a pair is judged in node order, whichever class comes first), so
    # each unordered pair of names is asked once: a block of k names costs k(k+1)/2 asks
    distinct = list(by_name)
    may: dict[Hashable, set[Hashable]] = {k: set() for k in distinct}
    for i, k in enumerate(distinct):
        for k2 in distinct[i:]:
            if related(k, k2) or (k2 is not k and related(k2, k)):
                may[k].add(k2)
                may[k2].add(k)
    out = []
    for x, k in enumerate(keys):
        ys = sorted(y for k2 in may[k] for y in by_name[k2] if y > x)
        out.append([x, *ys] if k in may[k] else ys)
    return out


def _cross_article_pair(nodes: list[_Node], ca: list[int], cb: list[int]) -> tuple[int, int] | None:
    """The first pair (in node order) of one node from each list in different articles."""
    for a_i in ca:
        for b_i in cb:
            if a_i != b_i and nodes[a_i].article != nodes[b_i].article:
                return (a_i, b_i) if a_i < b_i else (b_i, a_i)
    return None


def _person_name(n: _Node) -> Hashable:
    p = n.person
    return (p.given, p.surname) if p else None


def _names_related(a: Hashable, b: Hashable) -> bool:
    """Whether _person_pair can find anything for two (given, surname) names."""
    if a is None or b is None:
        return False
    ga, gb = a[0], b[0]  # type: ignore[index]
    # every relation of two given names (same, initial, variant, short form) starts with
    # the same letter, and no given name is none: most pairs of a block end here, before
    # _name_relation's cache (a 100k-claim desk asks 115,000 pairs, nearly all distinct)
    if not ga or not gb or ga[0][0] != gb[0][0]:
        return False
    return _name_relation(*a, *b) is not None  # type: ignore[misc]


PERSON_NAMES = (_person_name, _names_related)


def _person_signature(n: _Node) -> Hashable:
    p = n.person
    return (n.kind, p.given, p.surname, n.role) if p else (n.kind, n.idx)


def _org_signature(n: _Node) -> Hashable:
    return n.name


# a judged pair's evidence, written only for the pairs that link (most never do): the
# function that writes the line and its arguments
Said = tuple[Callable[..., str], Any, Any, Any, Any]


def _person_pair(a: _Node, b: _Node) -> tuple[float, Said] | None:
    pa, pb = a.person, b.person
    if pa is None or pb is None:
        return None
    if a.kind == "anonymous" or b.kind == "anonymous":
        return None
    found = _name_relation(pa.given, pa.surname, pb.given, pb.surname)
    if found is None:
        return None
    conf, how = found
    shared = _role_overlap(a.role, b.role)
    if shared:
        conf = min(0.99, conf + 0.05)
    return conf, (_person_line, how, a, b, shared)


def _person_line(how: str, a: _Node, b: _Node, shared: frozenset[str]) -> str:
    """The evidence line of two person names judged one person (_person_pair)."""
    why = f"{how}: {_who(a)} / {_who(b)}"
    if shared:
        why += f"; both described with '{', '.join(sorted(shared))}'"
    return why


@lru_cache(maxsize=1 << 16)  # the same two names meet under many roles and in many blocks
def _name_relation(
    ga: tuple[str, ...], sa: str, gb: tuple[str, ...], sb: str
) -> tuple[float, str] | None:
    """How two full person names can be one person, with a confidence, else None."""
    s = nm.surname_compatible(sa, sb)
    if not s:
        return None
    g = nm.given_compatible(ga, gb, parts=max(len(ga), len(gb)) + 1)
    if not g or g == "missing":
        return None
    if s == "same" and g == "same":
        return 0.97, "same name"
    if g == "same":
        return 0.85, "surname spelling variant"
    if g == "spelling variant":
        return (0.85 if s == "same" else 0.7), "given-name spelling variant"
    if g == "romanisation variant":
        return (0.8 if s == "same" else 0.65), "romanisation variant"
    if g == "initial":
        return 0.75, "initial matches the given name"
    return 0.7, "short form of the given name"


_ROLE_STOP = nm.word_set("the a an of and for in at to on with his her its their")


def _role_overlap(a: str, b: str) -> frozenset[str]:
    return _role_words(a) & _role_tokens(b)


@lru_cache(maxsize=1 << 14)  # a desk writes a few thousand roles, each in many pairs
def _role_words(role: str) -> frozenset[str]:
    return frozenset(w for w in nm.tokens(role) if len(w) > 3 and w not in _ROLE_STOP)


@lru_cache(maxsize=1 << 14)
def _role_tokens(role: str) -> frozenset[str]:
    return frozenset(nm.tokens(role))


def _org_pair(a: _Node, b: _Node) -> tuple[float, str] | None:
    for x, y in ((a, b), (b, a)):
        short = x.name.strip()
        if 2 <= len(short) <= 6 and short.isupper() and short.lower() == nm.acronym(y.name):
            return 0.85, f"acronym '{short}' of '{y.name}': {_who(x)} / {_who(y)}"
    ta, tb = nm.org_tokens(a.name), nm.org_tokens(b.name)
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(small) >= 2 and small <= big and len(big) - len(small) <= 2:
        return 0.75, f"one name inside the other: {_who(a)} / {_who(b)}"
    return None
