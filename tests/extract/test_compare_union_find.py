"""The comparison's union-find gives every element's root in one pass (`roots()`, what
the same-claim clusters read), the same as asking find() for each."""

from __future__ import annotations

import random

from claimdesk.extract.compare.helpers import _UnionFind


def test_roots_in_one_pass_are_finds() -> None:
    rng = random.Random(18)
    for _ in range(300):
        n = rng.randint(1, 200)
        uf = _UnionFind(n)
        for _ in range(rng.randint(0, 300)):
            a, b = rng.randrange(n), rng.randrange(n)
            if rng.random() < 0.7:
                uf.union(a, b)
            else:
                uf.find(a)  # (shortens paths: roots() must not depend on it)
        assert uf.roots() == [uf.find(i) for i in range(n)]


def test_a_root_is_the_smallest_of_its_cluster() -> None:
    uf = _UnionFind(6)
    uf.union(5, 3)
    uf.union(3, 4)
    uf.union(1, 5)
    assert uf.roots() == [0, 1, 2, 1, 1, 1]
