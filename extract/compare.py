"""Compare outlets: one entity under many names, one claim in many reports, figures that
agree or conflict, and a timeline of every resolved date.

A pure function over several articles' claims (`compare(articles)`): no store, no UI.
It never compares all pairs: candidates are blocked by normalised keys (name tokens,
the rarest content words of a claim, the speaker entity, (subject, noun, event) of a
figure), so 100,000 claims compare in seconds (benchmarks/bench_compare.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import chain

from claimdesk.extract import names as nm
from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.record import Extraction, Source

# ---------------------------------------------------------------------------- input


@dataclass(slots=True)
class CompareClaim:
    """One claim as the comparison sees it; `context` is the sentence around it."""

    id: str
    kind: str  # "quote" | "statement" | "number"
    text: str
    speaker: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    noun: str | None = None
    context: str = ""
    hypothetical: bool = False
    start: int = -1  # offsets in the article body, for containment; -1 when unknown
    end: int = -1


@dataclass(slots=True)
class CompareDate:
    """A resolved date, the sentence it sits in, and who said so."""

    text: str
    resolved: str | None
    precision: str | None = None
    context: str = ""
    speaker: str | None = None
    start: int = -1
    id: str = ""


@dataclass(slots=True, frozen=True)
class FigureFeatures:
    """What a figure's own sentence says about it (figure_features())."""

    noun: str  # what it counts: a noun class ('troops'), '%', a unit or a measure
    event: str  # 'killed', 'wounded', 'casualties', 'deployed', ... or ''
    subjects: tuple[str, ...]  # phrases that may name its subject, in the order tried
    clause: tuple[str, ...]  # content words around it, less figures and its noun's words
    years: tuple[str, ...] = ()  # '2019' in "deaths in the 2019 flood"
    modal: tuple[str, ...] = ()  # targets, forecasts, limits, conditionals
    measure: tuple[str, ...] = ()  # what a % measures: 'inflation', 'unemployment'
    part: str = ""  # 'part' / 'whole' in "four of the ten largest cities"


@dataclass(slots=True)
class ArticleFeatures:
    """What the comparison reads from one article's own text: its figures' sentences,
    the names it mentions, its sources' appositive aliases and its story words. None of
    it depends on the other articles, so the store works it out once, at ingest
    (article_features()), and comparing a desk joins these instead of re-reading every
    article. An article without them is read as before."""

    story_words: frozenset[str]
    mentions: tuple[str, ...]
    aliases: dict[str, tuple[str, ...]]  # source name -> aliases read from the text
    figures: dict[str, FigureFeatures | None]  # number claim id -> (None: not a figure)


@dataclass(slots=True)
class CompareArticle:
    article_id: str
    publisher: str | None
    published: str | None
    sources: list[Source] = field(default_factory=list)
    claims: list[CompareClaim] = field(default_factory=list)
    dates: list[CompareDate] = field(default_factory=list)
    title: str | None = None
    body: str = ""  # optional: lets appositive aliases ("..., the GUR,") be read
    features: ArticleFeatures | None = None  # read from the text before (see above)

    @property
    def outlet(self) -> str:
        return self.publisher or self.title or self.article_id


@dataclass(slots=True, frozen=True)
class MergeDecision:
    """A reviewer's word on two entity keys: the same entity (`same`) or not."""

    a: str
    b: str
    same: bool


# --------------------------------------------------------------------------- output


@dataclass(slots=True)
class Group:
    id: str
    kind: str  # "same-entity" | "same-claim" | "figures"
    label: str
    members: list[str]  # source ids (same-entity) or claim ids
    articles: list[str]
    outlets: list[str]
    origins: list[str]
    consistent: bool
    evidence: list[str]
    confidence: float
    subject: str | None = None
    names: list[str] = field(default_factory=list)  # same-entity: every name seen
    keys: list[str] = field(default_factory=list)  # same-entity: entity keys (decisions)
    confirmed: bool = False  # same-entity: a reviewer confirmed every link

    @property
    def independent(self) -> bool:
        return len(self.origins) > 1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class TimelineEvent:
    when: str  # the resolved ISO prefix ("2024-12-16", "2024-06", "2025")
    precision: str | None
    first_day: str  # ISO day the period starts, for ordering and drawing
    last_day: str
    text: str  # the date as written
    what: str  # the clause around it
    speaker: str | None
    outlet: str
    article_id: str
    date_id: str = ""
    start: int = -1  # offsets of the date in the article body
    end: int = -1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Comparison:
    groups: list[Group]
    timeline: list[TimelineEvent]
    entity_of: dict[str, str] = field(default_factory=dict)  # source id -> group id
    groups_of: dict[str, list[str]] = field(default_factory=dict)  # member -> group ids

    def by_id(self) -> dict[str, Group]:
        return {g.id: g for g in self.groups}

    def of_kind(self, kind: str) -> list[Group]:
        return [g for g in self.groups if g.kind == kind]

    def for_member(self, member: str, kind: str | None = None) -> list[Group]:
        index = self.by_id()
        out = [index[g] for g in self.groups_of.get(member, []) if g in index]
        return [g for g in out if kind is None or g.kind == kind]

    def to_dict(self) -> dict:
        return {
            "groups": [g.to_dict() for g in self.groups],
            "timeline": [e.to_dict() for e in self.timeline],
            "entity_of": self.entity_of,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Comparison:
        """The inverse of to_dict (for a cache); raises KeyError/TypeError on bad data."""
        groups = [Group(**g) for g in data["groups"]]
        events = [TimelineEvent(**e) for e in data["timeline"]]
        groups_of: dict[str, list[str]] = defaultdict(list)
        for g in groups:
            for m in g.members:
                groups_of[m].append(g.id)
        return cls(groups, events, dict(data.get("entity_of") or {}), dict(groups_of))


def source_id(article_id: str, name: str) -> str:
    """The member id of one article's source in a same-entity group."""
    return f"{article_id}#{name}"


def entity_key(name: str, kind: str | None = None) -> str:
    """A stable key for a name, independent of article ids: decisions are kept by it."""
    if _is_org(kind, name):
        return "org:" + nm.fold(name)
    person = nm.parse_person(name)
    return "person:" + (person.key if person else nm.fold(name))


# ------------------------------------------------------------------------- helpers


class _UnionFind:
    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


def _gid(kind: str, members: Iterable[str]) -> str:
    digest = hashlib.blake2s("\x1f".join(sorted(members)).encode(), digest_size=6)
    return f"{kind[5:8] if kind.startswith('same-') else kind[:3]}-{digest.hexdigest()}"


def _uniq(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    if math.isinf(value):
        return "∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"  # '1,980,000', never '1.98e+06'
    return f"{value:,.6g}"


# ------------------------------------------------------------------------ entities

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
    return _Node(
        idx=idx,
        member=source_id(art.article_id, name),
        article=art_i,
        outlet=art.outlet,
        name=name,
        kind=kind or ("organization" if org else "person"),
        role=role or "",
        names=list(names),
        org=org,
        person=person,
        key=key,
        keys=set(keys),
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


# what follows a name: ", the GUR" / " known as ..." / " (GUR)"; matched where str.find
# puts the name (a pattern per name would overflow re's cache: seconds at 10k articles)
_APPOSITIVE = re.compile(
    r",?\s+(?:the|known as|also called)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
)
_PAREN_ALIAS = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


_MENTION = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+(?:[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)?){1,2})\b")
_MENTION_STOP = nm.word_set(
    "the a an in on at of for and but or if as by to from with what when where who why how "
    "this that these those he she they we it his her their its our my mr mrs ms dr "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday north south east west "
    "central new old united states republic kingdom federal national state regional "
    "house street square hall school college hospital oblast province region district war "
    "river valley mount lake island bay port city county general president minister "
    "read more recent articles why matters people saying happens next know public policy"
)


def _mentions(body: str, limit: int = 60) -> list[str]:
    """Person-shaped names in the text: two or three capitalised words, none of them a
    title, a place, an organisation word or a month."""
    if not body:
        return []
    out: dict[str, None] = {}
    for m in _MENTION.finditer(body):
        name = " ".join(m.group(1).split())
        if _person_shaped(name):
            out.setdefault(name)
            if len(out) >= limit:
                break
    return list(out)


@lru_cache(maxsize=1 << 15)  # the same names recur across a desk's articles
def _person_shaped(name: str) -> bool:
    words = [w.lower() for w in name.replace("-", " ").split()]
    if any(w in _MENTION_STOP or w in _ORG_WORDS or w in nm.TITLES for w in words):
        return False
    return not any(nm.place_key(w) in _COUNTRIES for w in name.split())


_COUNTRIES = frozenset(
    ["north korea", "south korea", "russia", "ukraine", "united states", "china", "iran",
     "israel", "united kingdom", "france", "germany", "belarus"]
)  # fmt: skip


def _appositive_aliases(body: str, name: str) -> list[str]:
    """'Ukraine's military intelligence agency, the GUR,' -> ['GUR']."""
    if not body or len(name) < 3:
        return []
    hits = []  # where the name stands (one scan of the body serves both patterns)
    at = body.find(name)
    while at >= 0:
        hits.append(at)
        at = body.find(name, at + 1)
    out = []
    resume = 0  # each pattern's matches do not overlap, as finditer's would not
    for at in hits:
        if at < resume:
            continue
        m = _APPOSITIVE.match(body, at + len(name))
        if m is None:
            continue
        alias = m.group(1).strip(" .,'’")
        if alias and alias.lower() != name.lower():
            out.append(alias)
        if len(out) >= 3:
            break
        resume = m.end()
    resume = 0
    for at in hits:
        if at >= resume and (m := _PAREN_ALIAS.match(body, at + len(name))) is not None:
            out.append(m.group(1))
            resume = m.end()
    return _uniq(out)


class _Entities:
    """Nodes (one per article source), their clusters, and the evidence for each link."""

    def __init__(self, articles: Sequence[CompareArticle], decisions: Sequence[MergeDecision]):
        self.articles = articles
        self.nodes: list[_Node] = []
        self.lookup: list[dict[str, int]] = []  # per article: folded name -> node
        self._speaker_cache: dict[tuple[int, str], int] = {}
        for art_i, art in enumerate(articles):
            table: dict[str, int] = {}
            self.lookup.append(table)
            known = art.features.aliases if art.features is not None else {}
            for src in art.sources:
                read = known.get(src.name)
                if read is None:
                    read = _appositive_aliases(art.body, src.name)
                self._add(art_i, art, src.name, src.kind, src.role, [*src.aliases, *read])
            for claim in art.claims:
                self.node_for(art_i, claim.speaker)
            for date in art.dates:
                self.node_for(art_i, date.speaker)
            # people the article names without quoting them ("Kim Jung-un, North Korea's
            # leader"): they may be someone another outlet quotes, or names too
            table = self.lookup[art_i]
            mentions = art.features.mentions if art.features else _mentions(art.body)
            for name in mentions:
                person = nm.parse_person(name)
                if person is None or nm.fold(name) in table or person.key in table:
                    continue
                idx = self._add(art_i, art, name, "person", None, [])
                self.nodes[idx].mention = True
        self.uf = _UnionFind(len(self.nodes))
        self._members: dict[int, list[_Node]] | None = None
        self._words: dict[tuple[int, int], set[str]] | None = None
        self.edges: dict[int, list[tuple[float, str]]] = defaultdict(list)  # root -> links
        self.confirmed: set[int] = set()
        self.same = {frozenset((d.a, d.b)) for d in decisions if d.same and d.a != d.b}
        self.different = {frozenset((d.a, d.b)) for d in decisions if not d.same}
        # per cluster root: distinct full person names, articles with full names, keys
        self.full: dict[int, set[tuple[tuple[str, ...], str]]] = {}
        self.ckeys: dict[int, set[str]] = {}
        self.full_in_article: dict[int, dict[int, str]] = {}
        for n in self.nodes:
            p = n.person
            self.full[n.idx] = {(p.given, p.surname)} if p and p.full else set()
            self.full_in_article[n.idx] = {n.article: p.key} if p and p.full else {}
            self.ckeys[n.idx] = {n.key}
        self._resolve()

    def _add(self, art_i, art, name, kind, role, aliases) -> int:
        table = self.lookup[art_i]
        folded = nm.fold(name)
        if folded in table:
            node = self.nodes[table[folded]]
            for alias in aliases:
                if alias not in node.names:
                    node.names.append(alias)
                    node.keys.add(nm.fold(alias))
                    table.setdefault(nm.fold(alias), node.idx)
            return node.idx
        node = _make_node(len(self.nodes), art_i, art, name, kind, role, aliases)
        self.nodes.append(node)
        for n in node.names:
            table.setdefault(nm.fold(n), node.idx)
        if node.person and node.person.given:
            table.setdefault(node.person.key, node.idx)
        return node.idx

    def node_for(self, art_i: int, speaker: str | None) -> int | None:
        if not speaker:
            return None
        cached = self._speaker_cache.get((art_i, speaker))
        if cached is not None:
            return cached
        found = self._node_for(art_i, speaker)
        self._speaker_cache[(art_i, speaker)] = found
        return found

    def _node_for(self, art_i: int, speaker: str) -> int:
        table = self.lookup[art_i]
        folded = nm.fold(speaker)
        if folded in table:
            return table[folded]
        person = nm.parse_person(speaker)
        if person and person.key in table:
            return table[person.key]
        if person and not person.given:  # "Ryder" said: the article's only Ryder
            hits = {
                i
                for i in table.values()
                if (p := self.nodes[i].person) is not None and p.surname == person.surname
            }
            if len(hits) == 1:
                return hits.pop()
        return self._add(art_i, self.articles[art_i], speaker, None, None, [])

    # -- linking

    def _conflict(self, ra: int, rb: int) -> str | None:
        """Why clusters ra and rb cannot be one entity, else None."""
        if self.different:
            for ka in self.ckeys[ra]:
                for kb in self.ckeys[rb]:
                    if frozenset((ka, kb)) in self.different:
                        return "split by the reviewer"
        for ga, sa in self.full[ra]:
            for gb, sb in self.full[rb]:
                if _names_clash(ga, sa, gb, sb):
                    return "different given names"
        fa, fb = self.full_in_article[ra], self.full_in_article[rb]
        for art in fa.keys() & fb.keys():
            if fa[art] != fb[art]:
                return "two people in one article"
        return None

    def link(self, a: int, b: int, conf: float, why: str, *, forced: bool = False) -> bool:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            if forced:
                self.edges[ra].append((conf, why))
            return True
        if not forced and self._conflict(ra, rb):
            return False
        root = self.uf.union(ra, rb)
        other = rb if root == ra else ra
        self.edges[root].extend(self.edges.pop(other, []))
        self.edges[root].append((conf, why))
        self.full[root] |= self.full.pop(other)
        self.ckeys[root] |= self.ckeys.pop(other)
        merged = self.full_in_article.pop(other)
        for art, key in merged.items():
            self.full_in_article[root].setdefault(art, key)
        if forced:
            self.confirmed.add(root)
        elif other in self.confirmed or root in self.confirmed:
            self.confirmed.discard(other)
            self.confirmed.discard(root)
        return True

    def _resolve(self) -> None:
        nodes = self.nodes
        by_key: dict[str, list[int]] = defaultdict(list)
        for n in nodes:
            by_key[n.key].append(n.idx)
        # 1. the reviewer's confirmations come first
        for pair in self.same:
            ka, kb = tuple(pair)
            for a in by_key.get(ka, []):
                for b in by_key.get(kb, []):
                    self.link(a, b, 1.0, f"confirmed by the reviewer: {ka} = {kb}", forced=True)
        candidates: list[tuple[float, int, int, str]] = []
        # 2. the same name or alias in two articles (blocked by the name itself)
        index: dict[str, list[int]] = defaultdict(list)
        for n in nodes:
            if n.kind == "anonymous":
                continue
            for k in sorted(n.keys):  # sorted: the same evidence whatever the hash seed
                index[k].append(n.idx)
        for k, idxs in index.items():
            if len(idxs) < 2 or len(idxs) > 5000:
                continue
            first = idxs[0]
            for other in idxs[1:]:
                a, b = nodes[first], nodes[other]
                prim = nm.fold(a.name) == nm.fold(b.name) and " " in a.name.strip()
                if a.article == b.article or (a.org != b.org and not prim):
                    continue
                prim = prim or (a.key.split(":", 1)[1] == k and b.key.split(":", 1)[1] == k)
                conf = 0.97 if prim else 0.9
                how = "same name" if prim else "shared alias"
                candidates.append((conf, first, other, f"{how} '{k}': {_who(a)} / {_who(b)}"))
        # 3. persons: spelling variants, blocked by the first letters of the surname
        blocks: dict[str, list[int]] = defaultdict(list)
        for n in nodes:
            p = n.person
            if n.org or p is None or not p.given or n.kind == "anonymous":
                continue
            blocks[p.surname[:3]].append(n.idx)
        seen: set[tuple[int, int]] = set()
        _judge_blocks(blocks, nodes, seen, _person_pair, candidates, _person_signature)
        # 4. organizations: acronyms and one name's words inside the other's
        oblocks: dict[str, list[int]] = defaultdict(list)
        for n in nodes:
            if not n.org:
                continue
            for t in nm.org_tokens(n.name):
                oblocks["w:" + t].append(n.idx)
            if len(n.name) <= 6 and n.name.isupper():
                oblocks["a:" + n.name.lower()].append(n.idx)
            else:
                oblocks["a:" + nm.acronym(n.name)].append(n.idx)
        _judge_blocks(oblocks, nodes, seen, _org_pair, candidates, _org_signature)
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        for conf, a_i, b_i, why in candidates:
            self.link(a_i, b_i, conf, why)
        # 5. a surname alone ("General Ryder") joins the one full name it can mean
        self._surnames()

    def _surnames(self) -> None:
        nodes = self.nodes
        by_root: dict[int, list[_Node]] = defaultdict(list)
        for n in nodes:
            by_root[self.uf.find(n.idx)].append(n)
        full_by_surname: dict[str, set[int]] = defaultdict(set)
        for n in nodes:
            if not n.org and n.person and n.person.full:
                full_by_surname[n.person.surname].add(self.uf.find(n.idx))
        ranks: dict[int, set[str]] = {}
        for n in nodes:
            p = n.person
            if n.org or p is None or p.given or n.kind == "anonymous":
                continue
            roots = full_by_surname.get(p.surname, set())
            if len(roots) != 1:
                continue
            root = next(iter(roots))
            members = by_root[root]
            target = next(m for m in members if m.person and m.person.full)
            conf = 0.8
            why = f"surname '{p.surname}' with only one full name: {_who(n)} -> {_who(target)}"
            if root not in ranks:
                ranks[root] = _rank_words(members)
            titles = set(p.titles) & ranks[root]
            if titles:
                conf = 0.88
                why += f" (title {', '.join(sorted(titles))} agrees)"
            self.link(n.idx, target.idx, conf, why)

    # -- results

    def groups(self) -> tuple[list[Group], dict[int, str]]:
        clusters: dict[int, list[int]] = defaultdict(list)
        for n in self.nodes:
            clusters[self.uf.find(n.idx)].append(n.idx)
        out: list[Group] = []
        root_gid: dict[int, str] = {}
        for root, idxs in clusters.items():
            if len(idxs) < 2:
                continue
            members = [self.nodes[i] for i in idxs]
            label = _entity_label(members)
            gid = _gid("same-entity", [m.key for m in members])
            root_gid[root] = gid
            edges = self.edges.get(root, [])
            conf = min((c for c, _ in edges), default=1.0)
            outlets = _uniq(m.outlet for m in members)
            names = _uniq(n for m in members for n in m.names)
            out.append(
                Group(
                    id=gid,
                    kind="same-entity",
                    label=label,
                    members=[m.member for m in members],
                    articles=_uniq(self.articles[m.article].article_id for m in members),
                    outlets=outlets,
                    origins=[label],
                    consistent=True,
                    evidence=_uniq(why for _, why in edges),  # one line said once
                    confidence=round(conf, 3),
                    names=names,
                    keys=sorted({m.key for m in members}),
                    confirmed=root in self.confirmed,
                )
            )
        return out, root_gid

    def members(self) -> dict[int, list[_Node]]:
        """Cluster root -> its nodes (computed once, after resolution)."""
        if self._members is None:
            self._members = defaultdict(list)
            for n in self.nodes:
                self._members[self.uf.find(n.idx)].append(n)
        return self._members

    def label_of(self, node: int | None) -> str | None:
        if node is None:
            return None
        members = self.members()[self.uf.find(node)]
        name = _entity_label(members)
        if members and all(m.kind == "anonymous" for m in members):
            # "officials" in one article is not "officials" in another: say whose
            arts = _uniq(str(m.article) for m in members)
            where = []
            for a in arts:
                art = self.articles[int(a)]
                title = (art.title or "").strip()
                title = title if len(title) <= 40 else title[:39] + "…"
                where.append(f"{art.outlet}: {title}" if title else art.outlet)
            return f"{name} ({'; '.join(_uniq(where))})"
        return name

    def words_of(self, root: int, art: int) -> set[str]:
        """Name words of an entity as one article writes them (kept out of subjects)."""
        if self._words is None:  # every (entity, article) at once: one pass over the nodes
            self._words = {}
            for n in self.nodes:
                words = self._words.setdefault((self.uf.find(n.idx), n.article), set())
                for name in n.names:
                    words.update(nm.tokens(name))
        return self._words.setdefault((root, art), set())


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
    judge: Callable[[_Node, _Node], tuple[float, str] | None],
    candidates: list[tuple[float, int, int, str]],
    signature: Callable[[_Node], Hashable],
) -> None:
    """Judge each pair of distinct names inside a block once, on one cross-article pair of
    nodes that carry them; oversized blocks are skipped. Nodes with one signature (what
    `judge` looks at) are one name: the same-name index links those, and a desk that
    quotes one official in a thousand articles would otherwise judge a million pairs."""
    for idxs in blocks.values():
        if len(idxs) < 2 or len(idxs) > 400:
            continue
        by_sig: dict[Hashable, list[int]] = {}
        for i in idxs:
            by_sig.setdefault(signature(nodes[i]), []).append(i)
        classes = list(by_sig.values())
        for x, ca in enumerate(classes):
            # one name in two articles too: what it adds (a role both give) is evidence
            for cb in (ca, *classes[x + 1 :]):
                pair = _cross_article_pair(nodes, ca, cb)
                if pair is None or pair in seen:
                    continue
                seen.add(pair)
                found = judge(nodes[pair[0]], nodes[pair[1]])
                if found:
                    candidates.append((found[0], pair[0], pair[1], found[1]))


def _cross_article_pair(nodes: list[_Node], ca: list[int], cb: list[int]) -> tuple[int, int] | None:
    """The first pair (in node order) of one node from each list in different articles."""
    for a_i in ca:
        for b_i in cb:
            if a_i != b_i and nodes[a_i].article != nodes[b_i].article:
                return (a_i, b_i) if a_i < b_i else (b_i, a_i)
    return None


def _person_signature(n: _Node) -> Hashable:
    p = n.person
    return (n.kind, p.given, p.surname, n.role) if p else (n.kind, n.idx)


def _org_signature(n: _Node) -> Hashable:
    return n.name


def _person_pair(a: _Node, b: _Node) -> tuple[float, str] | None:
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
    why = f"{how}: {_who(a)} / {_who(b)}"
    if shared:
        conf = min(0.99, conf + 0.05)
        why += f"; both described with '{', '.join(sorted(shared))}'"
    return conf, why


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


def _role_overlap(a: str, b: str) -> set[str]:
    return {w for w in nm.tokens(a) if len(w) > 3 and w not in _ROLE_STOP} & set(nm.tokens(b))


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


# -------------------------------------------------------------------------- claims

_STOP = nm.word_set("""
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself said says say told tell telling according added adding news
    reported reporters reporting statement had has have been would there that's it's
    we're they're don't didn't won't can't also still even yet already just
    """)
_SYNONYMS = {
    "soldier": "troop",
    "servicemen": "troop",
    "serviceman": "troop",
    "servicemember": "troop",
    "force": "troop",
    "injur": "wound",
    "injury": "wound",
    "injure": "wound",
    "dead": "kill",
    "die": "kill",
    "died": "kill",
    "death": "kill",
}
# a word (letters first) or a figure; the lookahead lets re skip spaces and punctuation fast
_TOKEN = re.compile(r"(?=\w)(?:[^\W\d_][\w'’]*|\d(?:[\d,.]*\d)?)")


def _norm_word(raw: str) -> str:
    """One word as a comparison token ('' for a stopword); figures become '#11000'."""
    if raw[0].isdigit():
        return "#" + raw.replace(",", "").rstrip(".")
    w = raw.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = w.strip("'’")
    if len(w) < 3 or w in _STOP:
        return ""
    s = nm.stem(w)
    return _SYNONYMS.get(s, _SYNONYMS.get(w, s))


class _WordMemo(dict[str, str]):
    """_norm_word of each word seen, looked up at C speed (a desk's texts are a million
    words from a vocabulary of a few tens of thousands); emptied when it grows too big."""

    def __missing__(self, raw: str) -> str:
        if len(self) >= 500_000:
            self.clear()
        found = self[raw] = _norm_word(raw)
        return found


_NORM = _WordMemo()
_WORDS = _TOKEN.findall


def content_tokens(text: str) -> frozenset[str]:
    """Content words of a claim, stemmed, with a few synonyms folded; figures kept."""
    out = frozenset(map(_NORM.__getitem__, _WORDS(text)))
    return out - _EMPTY if "" in out else out


_EMPTY = frozenset([""])


@dataclass(slots=True)
class _C:
    """A claim with everything the comparison derived from it."""

    claim: CompareClaim
    art: int
    entity: int | None  # entity cluster root of the speaker
    tokens: frozenset[str] = frozenset()
    nums: frozenset[str] = frozenset()


def _text_pair(
    a: _C, b: _C, memo: dict[tuple, tuple[float, str]] | None = None
) -> tuple[float, str] | None:
    ta, tb = a.tokens, b.tokens
    inter = ta & tb
    k = len(inter)
    if k < 2:
        return None
    if a.nums and b.nums and not (a.nums & b.nums):
        return None  # both give figures, and none of them agree
    small = min(len(ta), len(tb))
    overlap = k / small
    same = a.entity is not None and a.entity == b.entity
    if same:
        if overlap < 0.6:
            return None
    elif k < 4 or overlap < 0.75 or k / (len(ta) + len(tb) - k) < 0.4:
        return None
    # outlets repeat quotes word for word: the same words give the same evidence
    key = (inter, small, len(ta) + len(tb), same)
    if memo is not None and (found := memo.get(key)) is not None:
        return found
    shown = ", ".join(sorted(t.lstrip("#") for t in inter)[:6])
    if same:
        conf = 0.55 + 0.4 * overlap
        found = conf, f"same speaker; {k} shared words ({shown}), {overlap:.0%} of the shorter"
    else:
        conf = 0.45 + 0.4 * (k / (len(ta) + len(tb) - k))
        found = conf, f"{k} shared words ({shown}), {overlap:.0%} of the shorter"
    if memo is not None:
        memo[key] = found
    return found


_QUAL_LOWER = {"at least", "more than", "over", "upwards of", "no fewer than", "no less than"}
_QUAL_UPPER = {"up to", "at most", "fewer than", "less than", "under", "no more than"}
_QUAL_NEAR_BELOW = {"nearly", "almost", "just under", "close to"}
_QUAL_ABOUT = {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated"}


@lru_cache(maxsize=1 << 14)  # pure, and a desk repeats its figures
def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified figure allows: 'at least 10,000' -> [10000, inf)."""
    q = (qualifier or "").lower().strip()
    v = float(value)
    if q in _QUAL_LOWER or q.startswith(("more than", "at least", "over")):
        return v, math.inf
    if q in _QUAL_UPPER or q.startswith(("up to", "fewer than", "less than")):
        return 0.0, v
    if q in _QUAL_NEAR_BELOW:
        return v * 0.9, v
    if q in _QUAL_ABOUT or q:
        return v * 0.9, v * 1.1
    return v - _rounding(v), v + _rounding(v)


def _rounding(v: float) -> float:
    """Half a unit in the last digit given ('51.2' -> 0.05, '11,000' -> 500), at most 2%."""
    text = f"{abs(v):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        step = 10.0 ** -len(text.split(".")[1])
    else:
        digits = text.lstrip("0") or "0"
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits != "0" else 1.0
    return min(step / 2, max(abs(v) * 0.02, step / 2 if step <= 1 else 0.0))


# ------------------------------------------------------------------------- figures

_NOUN_CLASS = {
    "troop": "troops",
    "soldier": "troops",
    "serviceman": "troops",
    "servicemen": "troops",
    "servicemember": "troops",
    "casualty": "casualties",
    "person": "people",
    "people": "people",
}
_PRONOUNS = nm.word_set("them they those these it us we you him her one ones")
_EVENTS = {
    "killed": nm.word_list("kill dead die death toll fatalit lost loss"),
    "wounded": nm.word_list("wound injur hurt treated hospitalis hospitaliz"),
    "deployed": nm.word_list(
        "sent send deploy travel arriv station gather massed enter dispatch transferr transfer"
    ),
    "displaced": nm.word_list("displac flee fled evacuat refuge homeless"),
    "captured": nm.word_list("captur prisoner detain arrest surrender"),
    "spent": nm.word_list("spent spend cost paid pay pledg fund budget"),
    "destroyed": nm.word_list("destroy flatten razed collaps"),
    "damaged": nm.word_list("damag"),
    "rescued": nm.word_list("rescu saved"),
}
_EVENT_OF: dict[str, str] = {w: k for k, ws in _EVENTS.items() for w in ws}


def _word_starts(words: Iterable[str]) -> tuple[str, str]:
    r"""`\b(?:w1|w2|...)` in two parts, so that a pattern can open with one character
    class and re skip straight to candidates (one opening with \b or an alternation is
    tried at every position): the words' first letters, for that class, and what must
    follow one of them — a boundary check before it, (?<!\w[...]), then the rest of a
    word starting with it. Longest words first, as in the plain form; lower case, for
    lower-cased text."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for w in sorted(words, key=len, reverse=True):
        by_first[w[0]].append(re.escape(w[1:]))
    firsts = "".join(sorted(by_first))
    rests = "|".join(f"(?<={re.escape(f)})(?:{'|'.join(r)})" for f, r in sorted(by_first.items()))
    return firsts, rf"(?<!\w[{firsts}])(?:{rests})"


# Patterns of lower-case words run on lower-cased text: IGNORECASE makes re test both
# cases at every position (2-3x slower on the 25,000 figures of a 100k-claim desk).
_EVENT_FIRSTS, _EVENT_REST = _word_starts(_EVENT_OF)
_EVENT_RE = re.compile(f"[{_EVENT_FIRSTS}]{_EVENT_REST}")  # the match is the word's start
_CLAUSE_WORDS = r"[,;:—–()]|\b(?:that|said|says|told|and|but|while|which|who|after|before|as)\b"
_CUT_FIRSTS, _CUT_REST = _word_starts(
    nm.word_list("that said says told and but while which who after before as")
)
_CLAUSE_CUT = re.compile(rf"[,;:—–(){_CUT_FIRSTS}](?:(?<=[,;:—–()])|{_CUT_REST}\b)")
_CLAUSE_CUT_ANY_CASE = re.compile(_CLAUSE_WORDS, re.IGNORECASE)


def _clause_cut(text: str) -> tuple[str, re.Pattern[str]]:
    """`text` lower-cased and the clause-cut pattern for it; offsets stay the same (the
    rare text whose lower case changes length keeps its case and the slower pattern)."""
    low = text.lower()
    return (low, _CLAUSE_CUT) if len(low) == len(text) else (text, _CLAUSE_CUT_ANY_CASE)


# capitalised words in a row; "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" that re finds by its letter
_CAPWORD = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_NOT_SUBJECT = nm.word_set(
    """the a an in on at it its this that these those there their they he she we i you
    but and or if when while as after before monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december even only some many most all both each one two three four five six
    seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion more less fewer about nearly almost asked according
    final preliminary results turnout"""
)


@lru_cache(maxsize=1 << 12)
def noun_class(noun: str | None) -> str | None:
    if not noun:
        return None
    words = nm.tokens(noun)
    if not words:
        return None
    head = words[-1]
    if head in _PRONOUNS:
        return None
    s = nm.stem(head)
    return _NOUN_CLASS.get(s, _NOUN_CLASS.get(head, s))


def _locate(claim: CompareClaim) -> tuple[int, int] | None:
    """Where the figure sits in its context: the value itself when it can be found."""
    ctx = claim.context
    if not ctx:
        return None
    lo, hi = 0, len(ctx)
    text_span = None
    if claim.text and (i := ctx.find(claim.text)) >= 0:
        lo, hi = i, i + len(claim.text)
        text_span = (lo, hi)
    if claim.value is None:
        return text_span
    v = float(claim.value)
    forms = [f"{v:,.0f}", f"{v:.0f}"] if v.is_integer() else [f"{v:,}", f"{v}"]
    for form in forms:
        # the form not followed by a digit or comma nor preceded by a digit (str.find:
        # a regex per figure value would overflow re's cache and compile every time)
        at, stop = ctx.find(form, lo, hi), hi - len(form)
        while 0 <= at <= stop:
            end = at + len(form)
            if end < hi and (ctx[end].isdigit() or ctx[end] == ","):
                at = ctx.find(form, at + 1, hi)
                continue
            if at == 0 or not ctx[at - 1].isdigit():
                return at, end
            at = ctx.find(form, end, hi)
    return text_span


_NUMBER = re.compile(r"\d[\d,.]*")
_FROM_OF = re.compile(r"\s+(?:from|of)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _subject_candidates(claim: CompareClaim, span: tuple[int, int] | None) -> list[str]:
    """The phrases that may say who or what a figure is about, in the order they are
    tried: capitalised words between the number and its noun ('North Korean' in 'at
    least 10,000 North Korean troops'), 'troops from North Korea', then the nearest
    capitalised words before the number inside its clause ('Pyongyang' in 'Pyongyang had
    sent 11,000 troops'). The subject is the first that is more than the speaker's own
    name (_subject_of): whose name that is is known only once names are resolved across
    articles. `span`: _locate's answer."""
    if span is None:
        return []
    ctx = claim.context
    num = _NUMBER.search(ctx, span[0], span[1])
    after_num = num.end() if num else span[0]
    tail = ctx[after_num : after_num + 80]
    low, clause_cut = _clause_cut(tail)
    cut = clause_cut.search(low)
    tail = tail[: cut.start()] if cut else tail
    noun = (claim.noun or "").strip()
    if noun and (j := tail.find(noun)) >= 0:
        modifier = tail[:j]
        rest = tail[j + len(noun) :]
    else:
        modifier, rest = tail, ""
    out = [m.group() for m in _CAPWORD.finditer(modifier)]
    if m := _FROM_OF.match(rest):
        out.append(m.group(1))
    head = ctx[max(0, span[0] - 120) : span[0]]
    low, clause_cut = _clause_cut(head)
    cuts = list(clause_cut.finditer(low))
    if cuts:
        head = head[cuts[-1].end() :]
    out.extend(m.group() for m in reversed(list(_CAPWORD.finditer(head))))
    return out


def _subject_of(candidates: Sequence[str], speaker_words: set[str]) -> str | None:
    for phrase in candidates:
        if cleaned := _clean_subject(phrase, speaker_words):
            return cleaned
    return None


def _clean_subject(phrase: str, speaker_words: set[str]) -> str | None:
    words = phrase.split()
    while words and (nm.fold(words[0]) in _NOT_SUBJECT or nm.fold(words[0]) in speaker_words):
        words.pop(0)
    while words and nm.fold(words[-1]) in speaker_words:
        words.pop()
    if not words:
        return None
    return " ".join(words)


_NOT_YEAR = r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d"  # a figure, not a year
_YEAR = re.compile(r"[12](?<!\w[12])(?:(?<=1)9|(?<=2)0)\d\d\b")  # \b(?:19|20)\d\d\b, fast
_MODAL = re.compile(
    r"\b(forecast|expect|project|target|goal|aim|cap|limit|threshold|guideline|licen[cs]|"
    r"recommend|would|could|might|if|plan|propos)"
)  # on lower-cased text


# [;:—], a figure (not a year), or a clause word; written to open with one character class,
# so re skips to candidates fast (the plain alternation is tried at every position)
_AFTER_CUT = re.compile(
    r"[;:—\dabw](?:(?<=[;:—])"
    r"|(?<=\d)(?<![\d,.]\d)(?!(?<=1)9\d\d\b)(?!(?<=2)0\d\d\b)"
    r"|(?<!\w[abw])(?:(?<=a)nd warned|(?<=b)ut|(?<=w)hile|(?<=w)hich)\b)"
)
# [;:—], a figure (not a year) or "that/said/says/told": opening with one character class
_BEFORE_CUT = re.compile(
    r"[;:—\dst](?:(?<=[;:—])"
    r"|(?<=\d)(?<![\d,.]\d)(?!(?<=1)9\d\d\b)(?!(?<=2)0\d\d\b)"
    r"|(?<!\w[st])(?:(?<=t)(?:hat|old)|(?<=s)(?:aid|ays))\b)"
)


def _compute_windows(claim: CompareClaim, span: tuple[int, int] | None) -> tuple[str, str, str]:
    """(before, the figure, after): the clause around a figure, cut at the next figure."""
    ctx = claim.context
    if span is None:
        return "", claim.text, ""
    before = ctx[max(0, span[0] - 60) : span[0]]
    after = ctx[span[1] : span[1] + 70]
    cut = _AFTER_CUT.search(after)
    after = after[: cut.start()] if cut else after
    b_cuts = list(_BEFORE_CUT.finditer(before))
    before = before[b_cuts[-1].end() :] if b_cuts else before
    return before, ctx[span[0] : span[1]], after


def _event(windows: tuple[str, str, str]) -> str:
    """What a figure counts happening: 'killed', 'wounded', 'casualties' (both), ... or ''."""
    before, here, after = windows
    for text in (here + " " + after,):
        found = [_EVENT_OF[m.group()] for m in _EVENT_RE.finditer(text.lower())]
        if found:
            if "killed" in found and "wounded" in found:
                return "casualties"
            return found[0]
    found = [_EVENT_OF[m.group()] for m in _EVENT_RE.finditer(before.lower())]
    if found:  # the verb nearest before the figure
        if "killed" in found and "wounded" in found:
            return "casualties"
        return found[-1]
    return ""


_MEASURES = nm.word_set(
    "magnitude score rate index level temperature turnout inflation unemployment height "
    "depth speed growth"
)
_BARE_NOUN = {"injured": "wounded", "wounded": "wounded", "dead": "killed", "killed": "killed"}


def _implied_noun(claim: CompareClaim, windows: tuple[str, str, str]) -> tuple[str | None, str]:
    """A figure with no noun: '140 injured' -> people, wounded; 'the death toll ... 40'."""
    before, _, after = windows
    words = nm.tokens(after)
    if words and words[0] in _BARE_NOUN:
        military = re.search(r"\b(soldier|troop|servicem)", claim.context, re.IGNORECASE)
        return ("troops" if military else "people"), _BARE_NOUN[words[0]]
    prev = nm.tokens(before)[-1:]
    if prev and prev[0] in _MEASURES:  # 'magnitude 6.1', 'inflation of 7.2'
        return prev[0], ""
    if "death toll" in fold_lower(before) or "death toll" in fold_lower(claim.context[:200]):
        return "people", "killed"
    return None, ""


def fold_lower(text: str) -> str:
    return text.lower()


@dataclass(slots=True)
class _Fig:
    c: _C
    subject: str | None
    subject_key: str | None
    noun: str | None
    event: str
    lo: float
    hi: float
    signature: frozenset[str] = frozenset()
    story: int = -1
    years: frozenset[str] = frozenset()  # '2019' in "deaths in the 2019 flood"
    modal: frozenset[str] = frozenset()  # targets, forecasts, limits, conditionals
    measure: frozenset[str] = frozenset()  # what a % measures: 'inflation', 'unemployment'
    part: str = ""  # 'part' / 'whole' in "four of the ten largest cities"
    related: frozenset[int] | set[int] = frozenset()  # articles linked to this one's story
    idx: int = -1
    rare_subject: bool = False  # the subject names few articles: it can link stories
    outlet: str = ""


def figure_features(claim: CompareClaim) -> FigureFeatures | None:
    """What a figure's own sentence says about it; None for a claim that is not a figure to
    compare (no value, a what-if, or nothing it counts)."""
    if claim.kind != "number" or claim.value is None or claim.hypothetical:
        return None
    noun = noun_class(claim.noun)
    span = _locate(claim)
    windows = _compute_windows(claim, span)
    event = _event(windows)
    if claim.unit == "%":
        noun = "%"  # a share: what it is a share of is in the words around it
    elif noun is None and claim.noun is None:
        noun, implied = _implied_noun(claim, windows)
        event = implied or event
        if noun is None and claim.unit:
            noun = claim.unit  # '45 km': the unit says what is measured
    if not noun:
        return None
    before, _, after = windows
    clause = before + " " + after
    noun_words = {nm.stem(w) for w in nm.tokens(claim.noun or "")}
    words = sorted(t for t in content_tokens(clause) if t[0] != "#" and t not in noun_words)
    measure: set[str] = set()
    if noun == "%" or noun in _MEASURES:
        measure = {
            _MEASURE_CANON.get(w, w)
            for w in (nm.stem(t) for t in nm.tokens(clause))
            if _MEASURE_CANON.get(w, w) in _PCT_MEASURES
        }
    return FigureFeatures(
        noun=noun,
        event=event,
        subjects=tuple(_subject_candidates(claim, span)),
        clause=tuple(words),
        years=tuple(sorted(set(_YEAR.findall(clause)))),
        modal=tuple(sorted({m[:5] for m in _MODAL.findall(clause.lower())})),
        measure=tuple(sorted(measure)),
        part=_part_role(claim, span),
    )


def _figure(c: _C, ff: FigureFeatures, speaker_words: set[str], speaker_stems: set[str]) -> _Fig:
    """A figure of the desk: its features, with the subject and the words around it told
    apart from its speaker's name (known once names are resolved)."""
    claim = c.claim
    phrase = _subject_of(ff.subjects, speaker_words)
    drop = speaker_stems
    if phrase:
        drop = drop | {nm.stem(w) for w in nm.tokens(phrase)}
    lo, hi = interval(claim.value, claim.qualifier)
    return _Fig(
        c,
        phrase,
        nm.place_key(phrase) if phrase else None,
        ff.noun,
        ff.event,
        lo,
        hi,
        frozenset(ff.clause).difference(drop),
        -1,
        frozenset(ff.years),
        frozenset(ff.modal),
        frozenset(ff.measure),
        ff.part,
    )


# what a percentage (or a bare rate) measures; two figures compare only with the same set
_PCT_MEASURES = nm.word_set(
    """inflation unemployment jobless interest turnout growth gdp vote support approval
    poverty tax tariff fare price wage rent mortgage deficit debt share stake occupancy
    literacy vaccination birth death mortality recovery capacity youth"""
)
_MEASURE_CANON = {
    "jobless": "unemployment",
    "unemploy": "unemployment",
    "inflat": "inflation",
    "vot": "vote",
    "votes": "vote",
    "fares": "fare",
    "prices": "price",
    "wages": "wage",
    "rents": "rent",
    "taxes": "tax",
    "tariffs": "tariff",
}
_NUMWORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|dozen)"
)
_PART_OF = re.compile(
    r"\b(" + _NUMWORD + r")\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|"
    r"[A-Z][\w’'-]*(?:’s|'s)\s+)?(" + _NUMWORD + r")\b",
    re.IGNORECASE,
)


def _part_role(claim: CompareClaim, span: tuple[int, int] | None) -> str:
    """'part' or 'whole' when the figure is one side of "N of (the) M", else ''."""
    ctx = claim.context or ""
    if not ctx or " of " not in ctx or not _PART_OF.search(ctx):
        return ""
    for m in _PART_OF.finditer(ctx):
        if span is not None:
            if m.start(1) <= span[0] < m.end(1) or span[0] <= m.start(1) < span[1]:
                return "part"
            if m.start(2) <= span[0] < m.end(2) or span[0] <= m.start(2) < span[1]:
                return "whole"
        elif claim.text and claim.text in m.group(0):
            return "part"
    return ""


def _comparable(a: _Fig, b: _Fig) -> bool:
    """Two figures measure the same thing: same noun and unit (the block), no conflicting
    subject or event, one story (or the same named subject), and a shared word around
    them unless their events already say what they count."""
    if a.c.art == b.c.art:
        return False
    named = bool(a.rare_subject and a.subject_key and a.subject_key == b.subject_key)
    if b.c.art not in a.related and not named:
        return False  # another story: articles not linked by shared names
    if a.part or b.part:
        return False  # "four of the ten cities": a share of a whole, not a count to compare
    if (a.noun == "%" or a.measure or b.measure) and (not a.measure or a.measure != b.measure):
        return False  # interest rate vs inflation vs unemployment: different measures
    if a.subject_key and b.subject_key and a.subject_key != b.subject_key:
        return False
    if a.event and b.event and a.event != b.event:
        return False
    if a.years != b.years or a.modal != b.modal:
        return False  # another year, or a target / forecast / limit / what-if
    if a.story != b.story and not (a.subject_key and a.subject_key == b.subject_key):
        return False  # (callers only pair related articles or one named subject)
    if a.event and a.event == b.event:
        return True
    if a.rare_subject and a.subject_key == b.subject_key:
        return True  # the same (rarely named) subject, the same noun: one measure
    return bool(a.signature & b.signature)


# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" that re can find by its first letter (2x faster on bodies)
_STORY_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
STORY_WORD_CAP = 30  # a story covered by more articles than this is rare on one desk
STORY_SHARE = 0.2


def _story_words(art: CompareArticle) -> frozenset[str]:
    """Capitalised words of an article that may name its story (lower-cased)."""
    text = art.body or " ".join(c.context or c.text for c in art.claims)
    own = set(map(str.lower, _STORY_WORD.findall(art.outlet or "")))
    # an outlet's own name (and bylines) link its articles to each other, not a story
    return frozenset(map(str.lower, _STORY_WORD.findall(text))) - _NOT_SUBJECT - own


def _stories(articles: Sequence[CompareArticle]) -> tuple[list[int], list[set[int]]]:
    """Articles about one story: linked when they share two rare capitalised words.

    Returns each article's story (connected linked articles) and its linked articles.
    """
    words = [a.features.story_words if a.features else _story_words(a) for a in articles]
    df = Counter(chain.from_iterable(words))
    cap = max(6, min(STORY_WORD_CAP, len(articles) // 50))  # a name in more is not one story
    index: dict[str, list[int]] = defaultdict(list)
    n_rare = [0] * len(articles)
    for i, ws in enumerate(words):
        for w in ws:
            if 2 <= df[w] <= cap:
                index[w].append(i)
                n_rare[i] += 1
    shared: Counter[tuple[int, int]] = Counter()
    for arts in index.values():
        for x in range(len(arts)):
            for y in range(x + 1, len(arts)):
                shared[(arts[x], arts[y])] += 1
    uf = _UnionFind(len(articles))
    related: list[set[int]] = [set() for _ in articles]
    for (x, y), n in shared.items():
        # two names in common, and a fair share of the shorter article's rare names (two
        # stories that happen to quote one official share a name or two, not a fifth)
        if n >= 2 and n >= STORY_SHARE * min(n_rare[x], n_rare[y]):
            uf.union(x, y)
            related[x].add(y)
            related[y].add(x)
    return [uf.find(i) for i in range(len(articles))], related


# ---------------------------------------------------------------------------- dates


@lru_cache(maxsize=1 << 14)  # a desk's dates repeat: "2024-12-16" in a hundred articles
def period(resolved: str) -> tuple[dt.date, dt.date] | None:
    """'2024-12-16' -> that day; '2024-06' -> June; '2025' -> the year; '2020s' -> decade."""
    r = resolved.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", r):
            d = dt.date.fromisoformat(r)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", r):
            y, m = int(r[:4]), int(r[5:])
            first = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{3})0s", r):
            y = int(m.group(1)) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if m := re.match(r"(\d{4})(?:-(\w+))?", r):
            y = int(m.group(1))
            season = (m.group(2) or "").lower()
            seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
            if season in seasons:
                a, b = seasons[season]
                return dt.date(y, a, 1), period(f"{y}-{b:02d}")[1]  # type: ignore[index]
            if season == "winter":
                return dt.date(y, 12, 1), dt.date(y + 1, 2, 28)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except (ValueError, TypeError):
        return None
    return None


@lru_cache(maxsize=1 << 14)
def _iso_days(resolved: str) -> tuple[str, str] | None:
    span = period(resolved)
    return (span[0].isoformat(), span[1].isoformat()) if span else None


def _what(context: str, text: str, width: int = 110) -> str:
    """The clause around a date, trimmed to about `width` characters."""
    ctx = " ".join(context.split())
    if len(ctx) <= width:
        return ctx
    i = ctx.find(text)
    if i < 0:
        return ctx[: width - 1] + "…"
    lo = max(0, i - width // 2)
    hi = min(len(ctx), lo + width)
    lo = max(0, hi - width)
    out = ctx[lo:hi]
    return ("…" if lo else "") + out.strip() + ("…" if hi < len(ctx) else "")


def timeline(articles: Sequence[CompareArticle]) -> list[TimelineEvent]:
    """Every resolved date from every article, ordered by when it starts."""
    events: list[TimelineEvent] = []
    for art in articles:
        for d in art.dates:
            if not d.resolved:
                continue
            days = _iso_days(d.resolved)
            if days is None:
                continue
            events.append(
                TimelineEvent(
                    when=d.resolved,
                    precision=d.precision,
                    first_day=days[0],
                    last_day=days[1],
                    text=d.text,
                    what=_what(d.context or d.text, d.text),
                    speaker=d.speaker,
                    outlet=art.outlet,
                    article_id=art.article_id,
                    date_id=d.id,
                    start=d.start,
                    end=d.start + len(d.text) if d.start >= 0 else -1,
                )
            )
    events.sort(key=lambda e: (e.first_day, e.last_day, e.outlet, e.text))
    return events


# ------------------------------------------------------------------ features


def article_features(art: CompareArticle) -> ArticleFeatures:
    """An article's features (see ArticleFeatures): its claims need their context."""
    return ArticleFeatures(
        story_words=_story_words(art),
        mentions=tuple(_mentions(art.body)),
        aliases={s.name: tuple(_appositive_aliases(art.body, s.name)) for s in art.sources},
        figures={c.id: figure_features(c) for c in art.claims if c.kind == "number"},
    )


# -------------------------------------------------------------------------- compare

_TEXT_CAP = 150  # a word in more claims than this is too common to block on
_SUBJECT_CAP = 300  # figures about one subject compared across stories, at most


def compare(
    articles: Sequence[CompareArticle], *, decisions: Sequence[MergeDecision] = ()
) -> Comparison:
    """Entities, same-claim groups, figure groups and the timeline for `articles`."""
    with gc_paused():
        return _compare(articles, decisions)


def _compare(articles: Sequence[CompareArticle], decisions: Sequence[MergeDecision]) -> Comparison:
    ents = _Entities(articles, decisions)
    entity_groups, root_gid = ents.groups()
    entity_of: dict[str, str] = {}
    for n in ents.nodes:
        gid = root_gid.get(ents.uf.find(n.idx))
        if gid:
            entity_of[n.member] = gid
    labels: dict[int, str] = {}

    def label(root: int | None) -> str | None:
        if root is None:
            return None
        if root not in labels:
            labels[root] = ents.label_of(root) or ""
        return labels[root]

    cs: list[_C] = []
    for art_i, art in enumerate(articles):
        for claim in art.claims:
            node = ents.node_for(art_i, claim.speaker)
            cs.append(_C(claim, art_i, ents.uf.find(node) if node is not None else None))

    twins: list[tuple[int, int, str]] = []
    figure_groups = _figures(cs, articles, ents, label, twins)
    claim_groups = _same_claims(cs, articles, label, twins)
    groups = entity_groups + claim_groups + figure_groups
    groups_of: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        for m in g.members:
            groups_of[m].append(g.id)
    return Comparison(groups, timeline(articles), entity_of, dict(groups_of))


def _origin(c: _C, articles: Sequence[CompareArticle], label) -> str:
    name = label(c.entity)
    return name or f"unattributed in {articles[c.art].outlet}"


_HAS_DIGIT = re.compile(r"\d")


def _same_claims(
    cs: list[_C], articles, label, twins: Sequence[tuple[int, int, str]] = ()
) -> list[Group]:
    texts = [i for i, c in enumerate(cs) if c.claim.kind != "number"]
    # outlets repeat quotes word for word: tokens and figures once per distinct text
    seen_text: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    no_nums: frozenset[str] = frozenset()
    for i in texts:
        text = cs[i].claim.text
        found = seen_text.get(text)
        if found is None:
            toks = content_tokens(text)
            nums = (
                frozenset(t for t in toks if t[0] == "#")
                if "#" in text or _HAS_DIGIT.search(text)
                else no_nums
            )
            found = seen_text[text] = (toks, nums)
        cs[i].tokens, cs[i].nums = found
    df = Counter(chain.from_iterable(cs[i].tokens for i in texts))
    # one global order, rarest first (ties by the word), as prefix filtering needs
    by_rank = sorted(df, key=lambda t: (df[t], t))
    order = {t: r for r, t in enumerate(by_rank)}
    # a speaker quoted by one article only has nothing to find across outlets
    spk_arts: dict[int, set[int]] = defaultdict(set)
    for i in texts:
        if (e := cs[i].entity) is not None:
            spk_arts[e].add(cs[i].art)
    multi = {e for e, arts_ in spk_arts.items() if len(arts_) > 1}
    # Prefix filtering, from the shorter claim of each pair. Same speaker: a pair
    # sharing k >= 2 words that cover >= 60% of the shorter claim shares two of its
    # n - ceil(0.6 n) + 2 rarest words (exact). Any speakers (>= 75% overlap): two of
    # its three rarest words (a heuristic: the exact prefix costs 3x more for little).
    # Words in more than _TEXT_CAP claims never block (they say too little).
    size = [len(c.tokens) for c in cs]
    ranked_of: dict[frozenset[str], list[str]] = {}  # rarest first, once per distinct text
    prefixes: list[tuple[list[str], list[str]]] = [([], [])] * len(cs)
    need_any: set[str] = set()  # words some claim blocks on: only they need postings
    need_local: dict[int, set[str]] = {e: set() for e in multi}
    for i in texts:
        c = cs[i]
        n = size[i]
        if n < 2:
            continue
        ranked = ranked_of.get(c.tokens)
        if ranked is None:
            ranked = ranked_of[c.tokens] = [
                by_rank[r] for r in sorted(map(order.__getitem__, c.tokens))
            ]
        any_prefix = [
            t for t in ranked[: min(3, n - math.ceil(0.75 * n) + 2)] if df[t] <= _TEXT_CAP
        ]
        need_any.update(any_prefix)
        if c.entity in multi:
            own_prefix = ranked[: n - math.ceil(0.6 * n) + 2]
            need_local[c.entity].update(own_prefix)
        else:
            own_prefix = []
        prefixes[i] = (own_prefix, any_prefix)
    # postings of those words, and one small index per speaker entity (one pass)
    postings: dict[str, list[int]] = defaultdict(list)
    spk_index: dict[int, dict[str, list[int]]] = {e: defaultdict(list) for e in multi}
    for i in texts:
        c = cs[i]
        for t in c.tokens & need_any:
            postings[t].append(i)
        if c.entity in multi:
            local = spk_index[c.entity]
            for t in c.tokens & need_local[c.entity]:
                local[t].append(i)
    posting_sets = {t: set(plist) for t, plist in postings.items()}
    uf = _UnionFind(len(cs))
    why: dict[frozenset[int], tuple[float, str]] = {}
    shown_of: dict[tuple, tuple[float, str]] = {}
    for i in texts:
        c = cs[i]
        n = size[i]
        if n < 2:
            continue
        own_prefix, any_prefix = prefixes[i]
        cands: set[int] = set()
        if own_prefix:  # one speaker's claims: few, so count them
            local = spk_index[c.entity]
            lists = [local[t] for t in own_prefix if t in local]
            if len(lists) >= 2:
                hits = Counter(chain.from_iterable(lists))
                cands.update(j for j, k in hits.items() if k >= 2)
        sets = [posting_sets[t] for t in any_prefix]
        # claims in two of the prefix lists: pairwise set intersections (C speed)
        for x in range(len(sets)):
            for y in range(x + 1, len(sets)):
                cands |= sets[x] & sets[y]
        art = c.art
        find = uf.find
        for j in cands:
            if size[j] < n or (j <= i and size[j] == n):
                continue
            b = cs[j]
            if b.art == art or find(i) == find(j):
                continue  # one article, or already linked: one link is evidence enough
            found = _text_pair(c, b, shown_of)
            if found:
                uf.union(i, j)
                why[frozenset((i, j))] = found

    # the same figure from the same speaker entity in two articles
    by_fig: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(cs):
        cl = c.claim
        if (
            cl.kind == "number"
            and cl.value is not None
            and c.entity is not None
            and not cl.hypothetical
        ):
            by_fig[(c.entity, cl.unit, float(cl.value))].append(i)
    for idxs in by_fig.values():
        if len(idxs) < 2 or len({cs[i].art for i in idxs}) < 2:
            continue
        first = idxs[0]
        for j in idxs[1:]:
            a, b = cs[first], cs[j]
            if a.art == b.art:
                continue
            qa, qb = a.claim.qualifier or "", b.claim.qualifier or ""
            na, nb = noun_class(a.claim.noun), noun_class(b.claim.noun)
            if na and nb and na != nb:
                continue
            note = "same qualifier" if qa == qb else f"qualifiers differ ('{qa}' / '{qb}')"
            uf.union(first, j)
            why[frozenset((first, j))] = (
                0.9 if qa == qb else 0.75,
                f"same speaker, same figure {_fmt(a.claim.value)}; {note}",
            )

    # the same figure in one story: same value, qualifier, unit and measure (from _figures)
    for i, j, note in twins:
        if uf.find(i) != uf.find(j):
            uf.union(i, j)
            why[frozenset((i, j))] = (0.7, note)

    # a figure and the quote or statement that holds it are one claim
    roots_multi = _multi_article_roots(uf, cs, why)
    by_art: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cs):
        if c.claim.start >= 0:
            by_art[c.art].append(i)
    for idxs in by_art.values():
        nums = [i for i in idxs if cs[i].claim.kind == "number"]
        txts = [i for i in idxs if cs[i].claim.kind != "number"]
        if not nums or not txts:
            continue
        txts.sort(key=lambda i: cs[i].claim.start)
        for n_i in nums:
            ncl = cs[n_i].claim
            for t_i in txts:
                tcl = cs[t_i].claim
                if tcl.start > ncl.start:
                    break
                inside = tcl.start <= ncl.start and ncl.end <= tcl.end
                if inside and (uf.find(n_i) in roots_multi or uf.find(t_i) in roots_multi):
                    uf.union(n_i, t_i)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(cs)):
        clusters[uf.find(i)].append(i)
    pair_root: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for pair, found in why.items():
        pair_root[uf.find(next(iter(pair)))].append(found)
    out: list[Group] = []
    for root, idxs in clusters.items():
        if len(idxs) < 2 or len({cs[i].art for i in idxs}) < 2:
            continue
        idxs.sort(key=lambda i: (cs[i].art, cs[i].claim.start, cs[i].claim.id))
        members = [cs[i] for i in idxs]
        outlets = _uniq(articles[c.art].outlet for c in members)
        origins = _uniq(label(c.entity) for c in members if c.entity is not None)
        if not origins:  # unattributed repetition: say where it was printed
            origins = _uniq(_origin(c, articles, label) for c in members)
        links = pair_root.get(root, [])
        conf = min((c for c, _ in links), default=0.5)
        texts_ = [c.claim for c in members if c.claim.kind != "number"] or [
            c.claim for c in members
        ]
        head = min(texts_, key=lambda cl: (len(cl.text), cl.id)).text
        if len(origins) == 1:
            summary = (
                f"1 origin ({origins[0]}), {len(outlets)} outlets ({', '.join(outlets)}): "
                "one origin repeated, not independent corroboration"
            )
        else:
            summary = (
                f"{len(origins)} origins ({', '.join(origins)}), {len(outlets)} outlets "
                f"({', '.join(outlets)})"
            )
        out.append(
            Group(
                id=_gid("same-claim", [c.claim.id for c in members]),
                kind="same-claim",
                label=head,
                members=[c.claim.id for c in members],
                articles=_uniq(articles[c.art].article_id for c in members),
                outlets=outlets,
                origins=origins,
                consistent=True,
                evidence=[summary, *(w for _, w in links)],
                confidence=round(conf, 3),
            )
        )
    return out


def _multi_article_roots(uf: _UnionFind, cs: list[_C], why) -> set[int]:
    roots: set[int] = set()
    for pair in why:
        roots.add(uf.find(next(iter(pair))))
    return roots


def _figures(
    cs: list[_C], articles, ents: _Entities, label, twins: list[tuple[int, int, str]] | None = None
) -> list[Group]:
    """Figure groups; `twins` gets (claim index, claim index, why) for the same figure
    (value, qualifier, unit) about the same measure in two articles: one claim."""
    stories, related = _stories(articles)
    figs: list[_Fig] = []
    no_words: set[str] = set()
    stems_of: dict[int, set[str]] = {}  # id(speaker words) -> their stems
    for c in cs:
        claim = c.claim
        if claim.kind != "number":
            continue
        known = articles[c.art].features
        if known is not None and claim.id in known.figures:
            ff = known.figures[claim.id]
        else:
            ff = figure_features(claim)
        if ff is None:
            continue
        words = ents.words_of(c.entity, c.art) if c.entity is not None else no_words
        stems = stems_of.get(id(words))
        if stems is None:
            stems = stems_of[id(words)] = {nm.stem(w) for w in words}
        f = _figure(c, ff, words, stems)
        f.story = stories[c.art]
        f.related = related[c.art]
        f.outlet = articles[c.art].outlet
        f.idx = len(figs)
        figs.append(f)
    # candidates: figures with the same noun and unit in the same or a related article
    # (one story: articles linked by shared names)
    by_article: dict[tuple, list[int]] = defaultdict(list)
    subject_arts: dict[str, set[int]] = defaultdict(set)
    for f in figs:
        if f.subject_key:
            subject_arts[f.subject_key].add(f.c.art)
    rare = max(6, min(STORY_WORD_CAP, len(articles) // 50))  # as for story words
    for f in figs:
        f.rare_subject = bool(f.subject_key) and len(subject_arts[f.subject_key]) <= rare
    by_subject: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(figs):
        by_article[(f.c.art, f.noun, f.c.claim.unit)].append(i)
        if f.rare_subject:
            by_subject[(f.subject_key, f.noun, f.c.claim.unit)].append(i)
    uf = _UnionFind(len(figs))
    edges: set[tuple[int, int]] = set()
    index_of = {id(c): k for k, c in enumerate(cs)} if twins is not None else {}
    for i, f in enumerate(figs):
        a = f.c.claim
        for other_art in related[f.c.art]:
            if other_art <= f.c.art:
                continue
            for j in by_article.get((other_art, f.noun, a.unit), ()):
                g = figs[j]
                if not _comparable(f, g) or _vetoed(f, g):
                    continue
                uf.union(i, j)
                edges.add((min(i, j), max(i, j)))
                b = g.c.claim
                if (
                    twins is not None
                    and float(a.value or 0) == float(b.value or 0)
                    and (a.qualifier or "") == (b.qualifier or "")
                    and (float(a.value or 0) >= 10 or a.unit)
                ):
                    twins.append(
                        (
                            index_of[id(f.c)],
                            index_of[id(g.c)],
                            f"the same figure {_fmt(a.value)} ({f.noun}) in one story",
                        )
                    )
    for idxs in by_subject.values():  # one named subject across stories
        if len(idxs) < 2 or len(idxs) > _SUBJECT_CAP:
            continue
        for x in range(len(idxs)):
            for y in range(x + 1, len(idxs)):
                fa, fb = figs[idxs[x]], figs[idxs[y]]
                if fa.story != fb.story and _comparable(fa, fb) and not _vetoed(fa, fb):
                    uf.union(idxs[x], idxs[y])
                    edges.add((idxs[x], idxs[y]))
    linked: dict[int, list[_Fig]] = defaultdict(list)
    for i, f in enumerate(figs):
        linked[uf.find(i)].append(f)
    adjacent: dict[int, set[int]] = defaultdict(set)  # the links, as neighbours
    for a, b in edges:
        adjacent[a].add(b)
        adjacent[b].add(a)
    comps = [
        fs for chain_ in linked.values() if len(chain_) > 1 for fs in _cliques(chain_, adjacent)
    ]
    by_measure: dict[tuple, list[_Fig]] = defaultdict(list)
    for f in figs:
        by_measure[(f.story, f.noun, f.event, f.c.claim.unit)].append(f)
    out: list[Group] = []
    for fs in comps:
        if len(fs) < 2 or len({f.c.art for f in fs}) < 2:
            continue
        fs.sort(key=lambda f: (f.c.art, f.c.claim.start, f.c.claim.id))
        subj = next((f.subject_key for f in fs if f.subject_key), None)
        noun = fs[0].noun
        event = next((f.event for f in fs if f.event), "")
        unit = fs[0].c.claim.unit
        lo = max(f.lo for f in fs)
        hi = min(f.hi for f in fs)
        consistent = lo <= hi
        evidence = []
        for f in fs:
            cl = f.c.claim
            q = f"{cl.qualifier} " if cl.qualifier else ""
            rng = f"[{_fmt(f.lo)}, {'∞' if math.isinf(f.hi) else _fmt(f.hi)}]"
            who = label(f.c.entity) or "unattributed"
            evidence.append(
                f"{articles[f.c.art].outlet}: {q}{_fmt(cl.value)} {cl.noun or noun} ({who}) "
                f"allows {rng}"
            )
        if consistent:
            evidence.insert(0, f"consistent: all figures can hold at once ({_range_text(lo, hi)})")
        else:
            evidence.insert(0, "conflict: " + _first_clash(fs))
        arts_here = {g.c.art for g in fs}
        members_here = {id(g) for g in fs}
        others = [
            f
            for f in by_measure[(fs[0].story, noun, event, unit)]
            if id(f) not in members_here
            and f.c.art in arts_here
            and f.subject_key
            and subj
            and f.subject_key != subj
        ]
        for f in others[:3]:
            evidence.append(
                f"not compared: {_fmt(f.c.claim.value)} {f.c.claim.noun or noun} about "
                f"{f.subject} ({articles[f.c.art].outlet}), a different subject"
            )
        subject = next((f.subject for f in fs if f.subject), None)
        event_txt = f" {event}" if event else ""
        unit_txt = f" ({unit})" if unit and unit != noun else ""
        head = f"{subject} {noun}" if subject else noun
        out.append(
            Group(
                id=_gid("figures", [f.c.claim.id for f in fs]),
                kind="figures",
                label=f"{head}{event_txt}{unit_txt}",
                members=[f.c.claim.id for f in fs],
                articles=_uniq(articles[f.c.art].article_id for f in fs),
                outlets=_uniq(articles[f.c.art].outlet for f in fs),
                origins=_uniq(_origin(f.c, articles, label) for f in fs),
                consistent=consistent,
                evidence=evidence,
                confidence=0.7 if event else 0.6,
                subject=subj,
            )
        )
    return out


_GROUP_CAP = 12  # more figures than this about "one measure" is a blocking failure


_RATIO_CAP = 5.0  # two counts of one thing rarely differ five-fold: 40M vs 1.8M is two things


def _vetoed(a: _Fig, b: _Fig) -> bool:
    """Evidence that two figures are about different things (one group never holds both)."""
    named = bool(a.rare_subject and a.subject_key and a.subject_key == b.subject_key)
    if not named and (a.story != b.story or (a.c.art != b.c.art and b.c.art not in a.related)):
        return True  # another story, or articles not linked by shared names
    if a.c.art != b.c.art and b.c.art not in a.related and a.outlet == b.outlet:
        return True  # one outlet's two unrelated articles: two events, not a conflict
    if a.part or b.part or a.measure != b.measure or a.years != b.years or a.modal != b.modal:
        return True
    if a.subject_key and b.subject_key and a.subject_key != b.subject_key:
        return True
    if a.event != b.event and a.event and b.event:
        return True
    va, vb = abs(float(a.c.claim.value or 0)), abs(float(b.c.claim.value or 0))
    small, big = min(va, vb), max(va, vb)
    return small > 0 and big / small > _RATIO_CAP


def _cliques(fs: list[_Fig], linked: dict[int, set[int]]) -> list[list[_Fig]]:
    """Split a chain of pairwise links into groups: a figure joins a group when it is
    linked to one member and nothing says it differs from any (a single-link chain joins
    unrelated figures through one shared neighbour); groups stay under _GROUP_CAP.
    `linked`: each figure's neighbours by index."""
    fs = sorted(fs, key=lambda f: (f.c.art, f.c.claim.start, f.c.claim.id))
    out: list[list[_Fig]] = []
    pending = list(fs)
    while pending:
        group = [pending.pop(0)]
        in_group = {group[0].idx}
        grown = True
        while grown and len(group) < _GROUP_CAP:
            grown = False
            for f in pending:
                if not linked[f.idx].isdisjoint(in_group) and not any(_vetoed(f, g) for g in group):
                    group.append(f)
                    in_group.add(f.idx)
                    pending.remove(f)
                    grown = True
                    break
        out.append(group)
    return [g for g in out if len(g) > 1]


def _range_text(lo: float, hi: float) -> str:
    if math.isinf(hi):
        return f"{_fmt(lo)} or more"
    if abs(hi - lo) < 1e-9 * max(1.0, abs(lo)):
        return _fmt(lo)
    return f"{_fmt(lo)}–{_fmt(hi)}"


def _first_clash(fs: list[_Fig]) -> str:
    for i, a in enumerate(fs):
        for b in fs[i + 1 :]:
            if a.hi < b.lo or b.hi < a.lo:
                return f"{_fmt(a.c.claim.value)} and {_fmt(b.c.claim.value)} cannot both hold"
    return "no value satisfies every figure"


# ---------------------------------------------------------------- from extraction

_ABBR_STOPS = ["[A-Z]", "Mr", "Mrs", "Ms", "Dr", "Gen", "Maj", "Lt", "Col", "Sgt", "Capt", "St",
               "Jr", "Sr", r"U\.S"]  # fmt: skip
# a text ending in an abbreviation's full stop ("Gen.", "U.S.", an initial)
_ABBR = re.compile("(?:" + "|".join(rf"\b{a}\." for a in _ABBR_STOPS) + ")$")


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around body[start:end]: a heuristic good enough for context."""
    lo = start
    while lo > 0:
        ch = body[lo - 1]
        if ch == "\n":
            break
        ends = ch in ".!?" and lo < start and (body[lo].isspace() or body[lo].isupper())
        if ends and not _ABBR.search(body[max(0, lo - 5) : lo]):
            break
        lo -= 1
    hi = end
    n = len(body)
    while hi < n:
        ch = body[hi]
        if ch == "\n":
            break
        if ch in ".!?":
            nxt = body[hi + 1 : hi + 3]
            if nxt[:1] in "\"”’'" and nxt[:1]:
                hi += 1
                nxt = body[hi + 1 : hi + 3]
            if (not nxt or nxt[0].isspace() or nxt[0].isupper()) and not _ABBR.search(
                body[max(0, hi - 4) : hi + 1]
            ):
                hi += 1
                break
        hi += 1
    return lo, hi


# A sentence ends at a stop (and closing quotes) before a space, a capital or the end, or
# at a line break; a full stop after an abbreviation ("Gen.", "U.S.") does not end one.
# One character class first lets re skip to candidates fast; the abbreviations are
# lookbehinds, so sentence_starts() needs no Python per match.
_SENT_END = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<=[!?])[\"”’')]*(?=\s|[A-Z“\"]|$)|"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBR_STOPS)
    + r"(?<=\.)[\"”’')]*(?=\s|[A-Z“\"]|$))"
)
_MATCH_END = re.Match.end


def sentence_starts(body: str) -> list[int]:
    """Offsets where sentences start (one regex pass), for context_at()."""
    return [0, *map(_MATCH_END, _SENT_END.finditer(body))]


def context_at(body: str, starts: list[int], start: int, end: int) -> str:
    """The sentence(s) around body[start:end], using sentence_starts(body)."""
    lo, hi = context_bounds(body, starts, start, end)
    return body[lo:hi].strip()


def context_bounds(body: str, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Where context_at() cuts the body: (0, 0) for no context."""
    if not body or start < 0 or start > end:
        return 0, 0
    i = bisect_right(starts, start) - 1
    j = bisect_left(starts, end)
    lo = starts[max(i, 0)]
    hi = starts[j] if j < len(starts) else len(body)
    if hi - lo > 600:  # a run-on "sentence": keep a window around the claim
        lo, hi = max(lo, start - 250), min(hi, end + 250)
    return lo, hi


def context_of(body: str, start: int, end: int) -> str:
    if not body or start < 0 or end > len(body) or start > end:
        return ""
    lo, hi = sentence_bounds(body, start, end)
    return body[lo:hi].strip()


def speaker_at(spans: Sequence[tuple[int, int, str | None]], start: int, end: int) -> str | None:
    """The speaker of the innermost quote or statement holding [start, end)."""
    best: tuple[int, str | None] | None = None
    for s, e, speaker in spans:
        if s <= start and end <= e and speaker and (best is None or e - s < best[0]):
            best = (e - s, speaker)
    return best[1] if best else None


def from_extraction(ext: Extraction, article_id: str | None = None) -> CompareArticle:
    """A CompareArticle from an Extraction (claim ids are '<article>:<kind>:<n>')."""
    aid = article_id or ext.path
    body = ext.body
    claims: list[CompareClaim] = []
    for i, q in enumerate(ext.quotes):
        claims.append(
            CompareClaim(
                f"{aid}:quote:{i}", "quote", q.text, q.speaker,
                context=context_of(body, q.start, q.end), start=q.start, end=q.end,
            )
        )  # fmt: skip
    for i, s in enumerate(ext.statements):
        claims.append(
            CompareClaim(
                f"{aid}:statement:{i}", "statement", s.text, s.speaker,
                context=context_of(body, s.start, s.end), start=s.start, end=s.end,
            )
        )  # fmt: skip
    for i, n in enumerate(ext.numbers):
        claims.append(
            CompareClaim(
                f"{aid}:number:{i}", "number", n.text, n.speaker, value=n.value, unit=n.unit,
                qualifier=n.qualifier, noun=n.noun, context=context_of(body, n.start, n.end),
                hypothetical=n.hypothetical, start=n.start, end=n.end,
            )
        )  # fmt: skip
    spans = [(q.start, q.end, q.speaker) for q in ext.quotes]
    spans += [(s.start, s.end, s.speaker) for s in ext.statements]
    starts = sentence_starts(body)
    said_in: dict[int, str] = {}  # sentence start -> a speaker cited in it
    for c in claims:
        if c.speaker and c.start >= 0:
            said_in.setdefault(starts[bisect_right(starts, c.start) - 1], c.speaker)
    dates = [
        CompareDate(
            d.text, d.resolved, d.precision, context=context_of(body, d.start, d.end),
            speaker=speaker_at(spans, d.start, d.end)
            or said_in.get(starts[bisect_right(starts, d.start) - 1]),
            start=d.start, id=f"{aid}:date:{i}",
        )
        for i, d in enumerate(ext.dates)
    ]  # fmt: skip
    return CompareArticle(
        article_id=aid,
        publisher=ext.publisher,
        published=ext.published,
        sources=list(ext.sources),
        claims=claims,
        dates=dates,
        title=ext.title,
        body=body,
    )
