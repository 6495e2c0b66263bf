"""Same-entity groups: every source and speaker of every article as a node, linked across
articles by the reviewer's decisions, one name or alias, spelling variants, acronyms and a
lone surname, never against the evidence that two names are two people."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter

from claimdesk.extract import names as nm
from claimdesk.extract.compare.entity_links import (
    PERSON_NAMES,
    Said,
    _entity_label,
    _judge_blocks,
    _names_clash,
    _org_pair,
    _org_signature,
    _person_pair,
    _person_signature,
    _rank_words,
    _who,
)
from claimdesk.extract.compare.helpers import _gid, _UnionFind, _uniq
from claimdesk.extract.compare.names_in_text import _appositive_aliases, _mentions
from claimdesk.extract.compare.nodes import _make_node, _Node
from claimdesk.extract.compare.records import CompareArticle, Group, MergeDecision

# a link's evidence: its line, or (how, name, node, node) for "same name" / "shared alias",
# or a judge's (function, *its arguments) that writes the line (entity_links.Said)
Why = str | tuple[str, str, _Node, _Node] | Said


def _said(why: Why) -> str:
    """The evidence line of a link (its words put together only when it links, and only
    once the roots are sent: groups() writes them)."""
    if isinstance(why, str):
        return why
    if callable(why[0]):
        return why[0](*why[1:])
    how, k, a, b = why
    return f"{how} '{k}': {_who(a)} / {_who(b)}"


class _Entities:
    """Nodes (one per article source), their clusters, and the evidence for each link."""

    def __init__(self, articles: Sequence[CompareArticle], decisions: Sequence[MergeDecision]):
        self.articles = articles
        self.nodes: list[_Node] = []
        self.lookup: list[dict[str, int]] = []  # per article: folded name -> node
        self._speaker_cache: dict[tuple[int, str], int] = {}
        # each claim's speaker node, every article's claims in order (None: no speaker)
        self.claim_nodes: list[int | None] = []
        claim_nodes = self.claim_nodes
        for art_i, art in enumerate(articles):
            table: dict[str, int] = {}
            self.lookup.append(table)
            known = art.features.aliases if art.features is not None else {}
            for src in art.sources:
                read = known.get(src.name)
                if read is None:
                    read = _appositive_aliases(art.body, src.name)
                self._add(art_i, art, src.name, src.kind, src.role, [*src.aliases, *read])
            # an article names few speakers for many claims and dates: each looked up once
            here: dict[str | None, int | None] = {}
            for claim in art.claims:  # (kept in claim order: the split child's roots)
                who = claim.speaker
                node = here.get(who, -1)
                if node == -1:
                    node = here[who] = self.node_for(art_i, who)
                claim_nodes.append(node)
            for date in art.dates:
                if date.speaker not in here:
                    here[date.speaker] = self.node_for(art_i, date.speaker)
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
        # root -> its links' (confidence, evidence), the evidence written out by groups():
        # the roots a split child sends first need no line of it (_said)
        self.edges: dict[int, list[tuple[float, Why]]] = defaultdict(list)
        self.confirmed: set[int] = set()
        self.same = {frozenset((d.a, d.b)) for d in decisions if d.same and d.a != d.b}
        self.different = {frozenset((d.a, d.b)) for d in decisions if not d.same}
        # per cluster root: distinct full person names, articles with full names (only
        # roots that have some: most of a desk's nodes are no full person name), keys
        # (only when the reviewer split some pair: nothing else reads them)
        self.full: dict[int, set[tuple[tuple[str, ...], str]]] = {}
        self.ckeys: dict[int, set[str]] = {}
        self.full_in_article: dict[int, dict[int, str]] = {}
        for n in self.nodes:
            p = n.person
            if p and p.full:
                self.full[n.idx] = {(p.given, p.surname)}
                self.full_in_article[n.idx] = {n.article: p.key}
        if self.different:
            self.ckeys = {n.idx: {n.key} for n in self.nodes}
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
        full_a, full_b = self.full.get(ra), self.full.get(rb)
        if not full_a or not full_b:  # (no full name on one side: nothing can clash)
            return None
        for ga, sa in full_a:
            for gb, sb in full_b:
                if _names_clash(ga, sa, gb, sb):
                    return "different given names"
        fa, fb = self.full_in_article[ra], self.full_in_article[rb]
        for art in fa.keys() & fb.keys():
            if fa[art] != fb[art]:
                return "two people in one article"
        return None

    def link(self, a: int, b: int, conf: float, why: Why, *, forced: bool = False) -> bool:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            if forced:
                self.edges[ra].append((conf, why))
            return True
        if not forced and self._conflict(ra, rb):
            return False
        root = self.uf.union(ra, rb)
        other = rb if root == ra else ra
        edges = self.edges
        if other in edges:
            edges[root].extend(edges.pop(other))
        edges[root].append((conf, why))
        if (full := self.full.pop(other, None)) is not None:  # (a full name goes with it)
            if root in self.full:
                self.full[root] |= full
                mine = self.full_in_article[root]
                for art, key in self.full_in_article.pop(other).items():
                    mine.setdefault(art, key)
            else:
                self.full[root] = full
                self.full_in_article[root] = self.full_in_article.pop(other)
        if self.ckeys:
            self.ckeys[root] |= self.ckeys.pop(other)
        if forced:
            self.confirmed.add(root)
        elif other in self.confirmed or root in self.confirmed:
            self.confirmed.discard(other)
            self.confirmed.discard(root)
        return True

    def _resolve(self) -> None:
        nodes = self.nodes
        by_key: dict[str, list[int]] = defaultdict(list)
        for n in nodes if self.same else ():  # (only the reviewer's confirmations read it)
            by_key[n.key].append(n.idx)
        # 1. the reviewer's confirmations come first
        for pair in self.same:
            ka, kb = tuple(pair)
            for a in by_key.get(ka, []):
                for b in by_key.get(kb, []):
                    self.link(a, b, 1.0, f"confirmed by the reviewer: {ka} = {kb}", forced=True)
        candidates: list[tuple[float, int, int, Why]] = []
        # 2. the same name or alias in two articles (blocked by the name itself)
        index: dict[str, list[int]] = defaultdict(list)
        for n in nodes:
            if n.kind == "anonymous":
                continue
            for k in sorted(n.keys):  # sorted: the same evidence whatever the hash seed
                index[k].append(n.idx)
        fold = nm.fold
        for k, idxs in index.items():
            if len(idxs) < 2 or len(idxs) > 5000:
                continue
            first = idxs[0]
            a = nodes[first]  # (what the first node brings, worked out once per key)
            a_folded, a_spaced = fold(a.name), " " in a.name.strip()
            a_is_k = a.key.split(":", 1)[1] == k
            for other in idxs[1:]:
                b = nodes[other]
                prim = a_spaced and fold(b.name) == a_folded
                if a.article == b.article or (a.org != b.org and not prim):
                    continue
                prim = prim or (a_is_k and b.key.split(":", 1)[1] == k)
                conf = 0.97 if prim else 0.9
                how = "same name" if prim else "shared alias"
                # (written out only if it links: most pairs are one cluster already)
                candidates.append((conf, first, other, (how, k, a, b)))
        # 3. persons: spelling variants, blocked by the first letters of the surname
        blocks: dict[str, list[int]] = defaultdict(list)
        for n in nodes:
            p = n.person
            if n.org or p is None or not p.given or n.kind == "anonymous":
                continue
            blocks[p.surname[:3]].append(n.idx)
        seen: set[tuple[int, int]] = set()
        # (a person node is in one block only: see _judge_blocks on `names`)
        _judge_blocks(
            blocks, nodes, seen, _person_pair, candidates, _person_signature, PERSON_NAMES
        )
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
        # by confidence, highest first, then by the pair: two stable sorts in C, the pair
        # then the confidence (118,000 candidates at 100k claims, no key tuple built)
        candidates.sort(key=itemgetter(1, 2))
        candidates.sort(key=itemgetter(0), reverse=True)
        find, link = self.uf.find, self.link
        for conf, a_i, b_i, why in candidates:
            if find(a_i) != find(b_i):  # (link() would do nothing: 38,000 of 82,000 pairs)
                link(a_i, b_i, conf, why)
        # 5. a surname alone ("General Ryder") joins the one full name it can mean
        self._surnames()

    def _surnames(self) -> None:
        nodes = self.nodes
        root_of = self.uf.roots()  # (every node's root in one pass: nodes are in idx order)
        by_root: dict[int, list[_Node]] = defaultdict(list)
        for n in nodes:
            by_root[root_of[n.idx]].append(n)
        full_by_surname: dict[str, set[int]] = defaultdict(set)
        for n in nodes:
            if not n.org and n.person and n.person.full:
                full_by_surname[n.person.surname].add(root_of[n.idx])
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
        root_of = self.uf.roots()
        for n in self.nodes:
            clusters[root_of[n.idx]].append(n.idx)
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
                    evidence=_uniq(_said(why) for _, why in edges),  # one line said once
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
            root_of = self.uf.roots()
            for n in self.nodes:
                self._members[root_of[n.idx]].append(n)
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

    def labeller(self) -> _Labels:
        """label_of for many claims of few entities: each root's label worked out once."""
        return _Labels(self)

    def words_of(self, root: int, art: int) -> set[str]:
        """Name words of an entity as one article writes them (kept out of subjects)."""
        if self._words is None:  # every (entity, article) at once: one pass over the nodes
            self._words = {}
            tokens_of: dict[str, list[str]] = {}  # one official's name in a thousand nodes
            root_of = self.uf.roots()
            for n in self.nodes:
                words = self._words.setdefault((root_of[n.idx], n.article), set())
                for name in n.names:
                    toks = tokens_of.get(name)
                    if toks is None:
                        toks = tokens_of[name] = nm.tokens(name)
                    words.update(toks)
        return self._words.setdefault((root, art), set())


class _Labels:
    """Each entity root's label, worked out once and kept in `known` ("" where it has
    none, so the claim groups and the figures say the same); a figure child sends
    `known` back to the parent."""

    def __init__(self, ents: _Entities) -> None:
        self.ents = ents
        self.known: dict[int, str] = {}

    def __call__(self, root: int | None) -> str | None:
        if root is None:
            return None
        if root not in self.known:
            self.known[root] = self.ents.label_of(root) or ""
        return self.known[root]
