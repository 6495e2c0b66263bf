"""Issue 18, compare at 100k claims: work the comparison no longer does, counted (calls,
never time), on invented names and claims. The results stay what they were: the work
removed is work whose answer was known."""

from __future__ import annotations

from collections.abc import Hashable
from itertools import product

import pytest

from claimdesk.extract.compare import entity_links
from claimdesk.extract.compare.entity_links import (
    _name_relation,
    _names_related,
    _related_classes,
)
from claimdesk.extract.names import parse_person

GIVEN = ["Ansel", "Anse", "A.", "Brit", "Britta", "Cosmo", "Dagny", "Dagni", "Jung Un", "Jong Un"]
SURNAMES = ["Vellacott", "Vellacot", "Velling", "Vel"]


def _names() -> list[tuple[tuple[str, ...], str]]:
    out = []
    for given, surname in product(GIVEN, SURNAMES):
        p = parse_person(f"{given} {surname}")
        assert p is not None
        out.append((p.given, p.surname))
    out.append(((), "vellacott"))  # a lone surname
    return out


def test_names_related_says_what_the_name_relation_says() -> None:
    names = _names()
    for a, b in product(names, names):
        assert _names_related(a, b) == (_name_relation(*a, *b) is not None), (a, b)


def test_names_of_different_initials_never_reach_the_relation_cache() -> None:
    _name_relation.cache_clear()
    assert not _names_related((("ansel",), "vellacott"), (("dagny",), "vellacott"))
    assert not _names_related(((), "vellacott"), (("dagny",), "vellacott"))
    info = _name_relation.cache_info()
    assert info.hits + info.misses == 0


def test_each_pair_of_names_in_a_block_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """k distinct names: at most k*k asks (each unordered pair both ways round), where
    every ordered pair was asked both ways round before (2*k*k)."""
    asked: list[tuple[Hashable, Hashable]] = []

    def related(a: Hashable, b: Hashable) -> bool:
        asked.append((a, b))
        return entity_links._names_related(a, b)

    class _N:  # just what _person_name reads of a node
        def __init__(self, given: tuple[str, ...], surname: str) -> None:
            self.person = type("P", (), {"given": given, "surname": surname})()

    names = _names()
    nodes = [_N(g, s) for g, s in names]
    classes = [[i] for i in range(len(nodes))]
    got = _related_classes(classes, nodes, entity_links._person_name, related)  # type: ignore[arg-type]
    k = len(names)
    assert len(asked) <= k * k
    # the same classes as asking every ordered pair both ways round
    want = []
    for x, a in enumerate(names):
        ys = [y for y, b in enumerate(names) if y > x and (related(a, b) or related(b, a))]
        want.append([x, *ys] if related(a, a) else ys)
    assert got == want


def _repeated_quote(n: int):  # type: ignore[no-untyped-def]
    """`n` outlets quoting one invented harbour official word for word."""
    from claimdesk.extract.compare import CompareArticle, CompareClaim
    from claimdesk.extract.record import Source

    text = "The Tamsford breakwater will hold through the winter storms, said the pilot"
    arts = []
    for i in range(n):
        who = "Ingrid Solvang-Marsh"
        claim = CompareClaim(f"a{i}:q", "quote", text, who, context=text)
        src = [Source(who, "person", "harbour master", [])]
        arts.append(CompareArticle(f"a{i}", f"Outlet {i}", None, src, [claim], [], body=text))
    return arts


def test_name_words_are_read_once_per_distinct_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimdesk.extract import names as nm
    from claimdesk.extract.compare.entities import _Entities

    ents = _Entities(_repeated_quote(40), [])
    read: list[str] = []
    real = nm.tokens

    def counted(text: str) -> list[str]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(nm, "tokens", counted)
    root = ents.uf.find(ents.nodes[0].idx)
    assert ents.words_of(root, 0) == {"ingrid", "solvang", "marsh"}
    assert len(read) == len(set(read)) <= 2  # (40 nodes of one name: 40 reads before)


def test_a_claim_finds_its_own_cluster_once_per_link(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimdesk.extract.compare import claims as cl
    from claimdesk.extract.compare import helpers

    n = 30
    cs = [cl._C(a.claims[0], i, 0) for i, a in enumerate(_repeated_quote(n))]
    texts = list(range(n))
    cl._tokenise(cs, texts)
    blocks = cl._blocks(cs, texts)
    finds: list[int] = []
    real = helpers._UnionFind.find

    def counted(self: helpers._UnionFind, x: int) -> int:
        finds.append(x)
        return real(self, x)

    monkeypatch.setattr(helpers._UnionFind, "find", counted)
    uf = helpers._UnionFind(n)
    why: dict = {}
    cl._link_texts(cs, texts, blocks, uf, why)
    assert why and len({real(uf, i) for i in range(n)}) == 1  # one cluster of the 30
    pairs = n * (n - 1) // 2  # each pair looked at once; its own cluster found once a claim
    assert len(finds) <= pairs + 3 * n  # (two finds a pair before: 870 here)


def test_a_claim_sharing_no_word_with_its_speakers_others_counts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One ferry captain quoted in three articles, on three different things: each quote's
    own-speaker block holds only itself, so no candidate count is made for it (half the
    quotes of the 100k desk); the one shared quote is still found through the counts."""
    from collections import Counter

    from claimdesk.extract.compare import CompareArticle, CompareClaim, claims, compare
    from claimdesk.extract.record import Source

    said = [
        "The northern pier needs new pilings before the winter storms arrive.",
        "Ticket machines at Osterby harbour failed twice during the festival week.",
        "Our crews rescued eleven kayakers near the lighthouse on Sunday morning.",
    ]
    repeat = "Fuel barges will dock at the eastern quay from next Tuesday onwards."
    arts = []
    for i, text in enumerate(said):
        quotes = [CompareClaim(f"c{i}", "quote", text, "Ilse Marrow")]
        if i < 2:
            quotes.append(CompareClaim(f"r{i}", "quote", repeat, "Ilse Marrow"))
        src = Source("Ilse Marrow", "person", "ferry captain")
        arts.append(CompareArticle(f"a{i}", f"Outlet {i}", "2024-12-17", [src], quotes))
    counted: list[int] = []

    class Counting(Counter):
        def __init__(self, *args: object) -> None:
            counted.append(1)
            super().__init__(*args)

    monkeypatch.setattr(claims, "Counter", Counting)
    groups = compare(arts).of_kind("same-claim")
    assert [g.members for g in groups] == [["r0", "r1"]]
    # one count of the words' claims (_word_blocks), one per quote whose block holds
    # another quote of the captain (the two repeats); none for the three others
    assert len(counted) == 1 + 2
