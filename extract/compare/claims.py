"""Same-claim groups: one quote, statement or figure repeated across articles, with the
origins it goes back to (one origin repeated is not independent corroboration)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from claimdesk.extract.compare.figure_features import noun_class
from claimdesk.extract.compare.helpers import _fmt, _gid, _UnionFind, _uniq
from claimdesk.extract.compare.records import CompareArticle, CompareClaim, Group
from claimdesk.extract.compare.tokens import content_tokens


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


_TEXT_CAP = 150  # a word in more claims than this is too common to block on


def _origin(c: _C, articles: Sequence[CompareArticle], label) -> str:
    name = label(c.entity)
    return name or f"unattributed in {articles[c.art].outlet}"


_HAS_DIGIT = re.compile(r"\d")


_Why = dict[frozenset[int], tuple[float, str]]  # a linked pair of claims -> (confidence, why)


def _same_claims(
    cs: list[_C], articles, label, twins: Sequence[tuple[int, int, str]] = ()
) -> list[Group]:
    """Same-claim groups. Claims are linked, in this order, by their words (blocked on
    their rarest ones), by one speaker giving one figure in two articles, by the figures'
    same-story twins, and by a figure lying inside a quote already linked; then each
    cluster spanning two articles is a group."""
    uf, why = _text_links(cs)
    return _same_claim_groups(cs, articles, label, uf, why, twins)


def _text_links(cs: list[_C]) -> tuple[_UnionFind, _Why]:
    """The links of quotes and statements by their words: the part of the same-claim pass
    that needs nothing from the figures (compare() runs the figures beside it)."""
    texts = _texts(cs)
    _tokenise(cs, texts)
    return _link_tokenised(cs, texts)


def _texts(cs: list[_C]) -> list[int]:
    """The quotes and statements (what is linked by its words)."""
    return [i for i, c in enumerate(cs) if c.claim.kind != "number"]


def _link_tokenised(
    cs: list[_C], texts: list[int], words: _Words | None = None
) -> tuple[_UnionFind, _Why]:
    """_text_links once the texts are tokenised (and `words`: their any-speaker blocks,
    which need no entity, when worked out already)."""
    blocks = _blocks(cs, texts, words)
    uf = _UnionFind(len(cs))
    why: _Why = {}
    _link_texts(cs, texts, blocks, uf, why)
    return uf, why


def _same_claim_groups(
    cs: list[_C],
    articles,
    label,
    uf: _UnionFind,
    why: _Why,
    twins: Sequence[tuple[int, int, str]] = (),
) -> list[Group]:
    """The rest of _same_claims after the text links: speakers' figures, the figures'
    twins, figures inside linked quotes, then the groups."""
    _link_the_rest(cs, uf, why, twins)
    return _claim_groups(cs, articles, label, uf, why)


def _link_the_rest(
    cs: list[_C],
    uf: _UnionFind,
    why: _Why,
    twins: Sequence[tuple[int, int, str]],
    inside: list[tuple[int, int]] | None = None,
) -> None:
    """The links after the text links: speakers' figures, the figures' twins, figures
    inside linked quotes (`inside`: _inside_pairs when worked out already)."""
    _link_speaker_figures(cs, uf, why)
    # the same figure in one story: same value, qualifier, unit and measure (from _figures)
    for i, j, note in twins:
        if uf.find(i) != uf.find(j):
            uf.union(i, j)
            why[frozenset((i, j))] = (0.7, note)
    _link_contained(cs, uf, why, inside)


def _tokenise(cs: list[_C], texts: list[int]) -> None:
    """Each quote's and statement's content words and figures; outlets repeat quotes word
    for word, so once per distinct text."""
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


@dataclass(slots=True)
class _Words:
    """What each claim is compared with across speakers, which needs no entity: its
    any-speaker prefix words and the claims sharing two of them (each pair of its
    prefix words' postings intersected, in order), ranked words once per distinct text."""

    size: list[int]  # content words per claim
    df: Counter[str]  # claims holding each word
    ranked: list[Sequence[str]]  # per claim: its words, rarest first (shared by equal texts)
    shared: list[list[set[int]]]  # per claim: the non-empty intersections of its prefix's postings
    own_cut: list[Sequence[str]]  # per claim: the prefix it blocks on within its speaker


@dataclass(slots=True)
class _Blocks:
    """What each claim is compared with: its own speaker's prefix words and that speaker's
    claims holding each of them, beside the any-speaker candidates (_Words), so no two
    claims are compared blindly."""

    words: _Words
    own_prefixes: list[Sequence[str]]  # per claim: own speaker's prefix words
    spk_index: dict[int, dict[str, list[int]]]  # speaker entity -> its claims' postings


_NONE: tuple[str, ...] = ()  # (a claim with fewer than two words: nothing to rank)


def _word_blocks(cs: list[_C], texts: list[int]) -> _Words:
    """Prefix filtering across speakers, from the shorter claim of each pair (>= 75%
    overlap): two of its three rarest words (a heuristic: the exact prefix costs 3x more
    for little). Words in more than _TEXT_CAP claims never block (they say too little)."""
    df = Counter(chain.from_iterable(cs[i].tokens for i in texts))
    # one global order, rarest first (ties by the word), as prefix filtering needs
    by_rank = sorted(df, key=lambda t: (df[t], t))
    order = {t: r for r, t in enumerate(by_rank)}
    size = [len(c.tokens) for c in cs]
    ranked_of: dict[frozenset[str], list[str]] = {}  # rarest first, once per distinct text
    ranked: list[Sequence[str]] = [_NONE] * len(cs)
    any_prefixes: list[Sequence[str]] = [_NONE] * len(cs)
    # (the same-speaker prefix too: its length needs no entity, only its use does)
    own_cut: list[Sequence[str]] = [_NONE] * len(cs)
    need_any: set[str] = set()  # words some claim blocks on: only they need postings
    for i in texts:
        c = cs[i]
        n = size[i]
        if n < 2:
            continue
        words = ranked_of.get(c.tokens)
        if words is None:
            words = ranked_of[c.tokens] = [
                by_rank[r] for r in sorted(map(order.__getitem__, c.tokens))
            ]
        ranked[i] = words
        own_cut[i] = words[: n - math.ceil(0.6 * n) + 2]
        any_prefix = [t for t in words[: min(3, n - math.ceil(0.75 * n) + 2)] if df[t] <= _TEXT_CAP]
        need_any.update(any_prefix)
        any_prefixes[i] = any_prefix
    postings: dict[str, list[int]] = defaultdict(list)
    for i in texts:
        for t in cs[i].tokens & need_any:
            postings[t].append(i)
    posting_sets = {t: set(plist) for t, plist in postings.items()}
    shared: list[list[set[int]]] = [[] for _ in cs]
    for i in texts:
        sets = [posting_sets[t] for t in any_prefixes[i]]
        # claims in two of the prefix lists: pairwise set intersections (C speed)
        mine = shared[i]
        for x in range(len(sets)):
            for y in range(x + 1, len(sets)):
                if both := sets[x] & sets[y]:
                    mine.append(both)
    return _Words(size, df, ranked, shared, own_cut)


def _blocks(cs: list[_C], texts: list[int], words: _Words | None = None) -> _Blocks:
    """Prefix filtering, from the shorter claim of each pair. Same speaker: a pair
    sharing k >= 2 words that cover >= 60% of the shorter claim shares two of its
    n - ceil(0.6 n) + 2 rarest words (exact). Any speakers: _word_blocks (given as
    `words` when worked out already)."""
    if words is None:
        words = _word_blocks(cs, texts)
    size, own_cut = words.size, words.own_cut
    # a speaker quoted by one article only has nothing to find across outlets
    spk_arts: dict[int, set[int]] = defaultdict(set)
    for i in texts:
        if (e := cs[i].entity) is not None:
            spk_arts[e].add(cs[i].art)
    multi = {e for e, arts_ in spk_arts.items() if len(arts_) > 1}
    own_prefixes: list[Sequence[str]] = [_NONE] * len(cs)
    need_local: dict[int, set[str]] = {e: set() for e in multi}
    for i in texts:
        c = cs[i]
        n = size[i]
        if n < 2 or c.entity not in multi:
            continue
        own_prefix = own_cut[i]
        need_local[c.entity].update(own_prefix)
        own_prefixes[i] = own_prefix
    # one small index per speaker entity (one pass)
    spk_index: dict[int, dict[str, list[int]]] = {e: defaultdict(list) for e in multi}
    for i in texts:
        c = cs[i]
        if c.entity in multi:
            local = spk_index[c.entity]
            for t in c.tokens & need_local[c.entity]:
                local[t].append(i)
    return _Blocks(words, own_prefixes, spk_index)


def _link_texts(cs: list[_C], texts: list[int], blocks: _Blocks, uf: _UnionFind, why: _Why) -> None:
    """Link quotes and statements that say the same thing in two articles (_text_pair),
    comparing each claim only with the claims sharing two of its prefix words."""
    size = blocks.words.size
    shared = blocks.words.shared
    shown_of: dict[tuple, tuple[float, str]] = {}
    for i in texts:
        c = cs[i]
        n = size[i]
        if n < 2:
            continue
        own_prefix = blocks.own_prefixes[i]
        cands: set[int] = set()
        if own_prefix:  # one speaker's claims: few, so count them
            local = blocks.spk_index[c.entity]
            lists = [local[t] for t in own_prefix if t in local]
            if len(lists) >= 2:
                if max(map(len, lists)) == 1:  # each list is [i]: its words are its own
                    cands.add(i)  # (half the claims of a 100k desk: no Counter for them)
                else:
                    hits = Counter(chain.from_iterable(lists))
                    cands.update(j for j, k in hits.items() if k >= 2)
        for both in shared[i]:
            cands |= both
        art = c.art
        find = uf.find
        root = find(i)  # (found again only when a link moves it)
        for j in cands:
            if size[j] < n or (j <= i and size[j] == n):
                continue
            b = cs[j]
            if b.art == art or root == find(j):
                continue  # one article, or already linked: one link is evidence enough
            found = _text_pair(c, b, shown_of)
            if found:
                root = uf.union(i, j)
                why[frozenset((i, j))] = found


def _link_speaker_figures(cs: list[_C], uf: _UnionFind, why: _Why) -> None:
    """Link the same figure from the same speaker entity in two articles (unless their
    nouns say they count different things)."""
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


def _link_contained(
    cs: list[_C], uf: _UnionFind, why: _Why, inside: list[tuple[int, int]] | None = None
) -> None:
    """A figure and the quote or statement that holds it are one claim, once either is
    linked across articles."""
    roots_multi = _multi_article_roots(uf, cs, why)
    find = uf.find
    for n_i, t_i in _inside_pairs(cs) if inside is None else inside:
        if find(n_i) in roots_multi or find(t_i) in roots_multi:
            uf.union(n_i, t_i)


def _inside_pairs(cs: list[_C]) -> list[tuple[int, int]]:
    """(figure, quote or statement holding it) of each article, in the order
    _link_contained links them: which holds which needs no link, so the split parent
    works it out while the child works out the entities."""
    out: list[tuple[int, int]] = []
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
                if tcl.start <= ncl.start and ncl.end <= tcl.end:
                    out.append((n_i, t_i))
    return out


def _claim_groups(
    cs: list[_C], articles: Sequence[CompareArticle], label, uf: _UnionFind, why: _Why
) -> list[Group]:
    """One group per cluster of linked claims in two articles or more, with its origins
    (the speakers it goes back to) and the evidence of each link."""
    return _groups_of_clusters(cs, articles, label, uf, why, _claim_clusters(cs, uf))


def _claim_clusters(cs: list[_C], uf: _UnionFind) -> list[tuple[int, list[int]]]:
    """(root, claim indices) of each cluster of linked claims in two articles or more,
    its members in article order."""
    clusters: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(uf.roots()):
        clusters[root].append(i)
    out: list[tuple[int, list[int]]] = []
    for root, idxs in clusters.items():
        if len(idxs) < 2 or len({cs[i].art for i in idxs}) < 2:
            continue
        idxs.sort(key=lambda i: (cs[i].art, cs[i].claim.start, cs[i].claim.id))
        out.append((root, idxs))
    return out


def _groups_of_clusters(
    cs: list[_C],
    articles: Sequence[CompareArticle],
    label,
    uf: _UnionFind,
    why: _Why,
    clusters: list[tuple[int, list[int]]],
) -> list[Group]:
    """One group per cluster of _claim_clusters, with the evidence of its links."""
    pair_root: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for pair, found in why.items():
        pair_root[uf.find(next(iter(pair)))].append(found)
    return [
        _claim_group([cs[i] for i in idxs], articles, label, pair_root.get(root, []))
        for root, idxs in clusters
    ]


def _claim_group(
    members: list[_C], articles: Sequence[CompareArticle], label, links: list[tuple[float, str]]
) -> Group:
    """The group of one cluster: labelled by its shortest quote or statement, and saying
    whether it is one origin repeated or independent corroboration."""
    outlets = _uniq(articles[c.art].outlet for c in members)
    origins = _uniq(label(c.entity) for c in members if c.entity is not None)
    if not origins:  # unattributed repetition: say where it was printed
        origins = _uniq(_origin(c, articles, label) for c in members)
    conf = min((c for c, _ in links), default=0.5)
    texts_ = [c.claim for c in members if c.claim.kind != "number"] or [c.claim for c in members]
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
    return Group(
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


def _multi_article_roots(uf: _UnionFind, cs: list[_C], why) -> set[int]:
    roots: set[int] = set()
    for pair in why:
        roots.add(uf.find(next(iter(pair))))
    return roots
