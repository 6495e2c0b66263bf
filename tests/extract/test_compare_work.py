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
