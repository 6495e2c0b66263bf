"""Article ids that count their comparisons: work measured without a clock (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class TooMuchWork(AssertionError):
    """More comparisons than a linear pass could make."""


def counting_ids(n: int, budget: int) -> tuple[list[str], list[int]]:
    """`n` article ids whose equality comparisons are counted in the returned one-item
    list; the comparison past `budget` raises TooMuchWork."""
    seen = [0]

    class ArticleId(str):
        __slots__ = ()

        def __eq__(self, other: object) -> bool:
            seen[0] += 1
            if seen[0] > budget:
                raise TooMuchWork(f"more than {budget:,} comparisons of article ids")
            return str.__eq__(self, other)

        def __ne__(self, other: object) -> bool:
            return not self.__eq__(other)

        __hash__ = str.__hash__

    return [ArticleId(f"{i:012x}") for i in range(n)], seen


def count_calls(monkeypatch: Any, module: object, name: str) -> list[str]:
    """Replace `module.name` (a loader taking a path first) by a spy that records each
    path it is called with, in the returned list, and then calls the real one."""
    real: Callable[..., object] = getattr(module, name)
    seen: list[str] = []

    def counting(path: str, **kw: object) -> object:
        seen.append(path)
        return real(path, **kw)

    monkeypatch.setattr(module, name, counting)
    return seen
