"""Small helpers every part of the comparison shares: a union-find, group ids, order-keeping
de-duplication, and how a figure's value is written in evidence."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable


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

    def roots(self) -> list[int]:
        """Every element's root, in one pass: a parent is never above its child (union
        hangs the larger root under the smaller, find only shortens paths), so each
        parent's root is known before its children's (100k find() calls were 20-40 ms)."""
        root = self.parent[:]
        for x, p in enumerate(root):
            root[x] = root[p]
        return root

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
