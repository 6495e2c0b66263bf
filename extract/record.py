"""The extraction record: the public contract between extract, store, tests and score.py.

Keys may be added, never renamed (see ../shared/DESIGN.md, "The extraction record").
Offsets (`start`, `end`) index the cleaned body text of the article.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from itertools import chain
from typing import Any, Literal

SourceKind = Literal["person", "organization", "publication", "anonymous"]


@dataclass(slots=True)
class Source:
    name: str
    kind: SourceKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A direct quotation: the words inside the quote marks."""

    text: str
    speaker: str | None
    partial: bool
    start: int
    end: int


@dataclass(slots=True)
class Statement:
    """Reported speech: "Zelensky said Pyongyang had sent 11,000 troops"."""

    text: str
    speaker: str | None
    start: int
    end: int


@dataclass(slots=True)
class Number:
    """A figure that is a claim: a count, amount, percentage or measure."""

    value: float | int
    unit: str | None
    qualifier: str | None
    noun: str | None
    speaker: str | None
    hypothetical: bool
    text: str
    start: int
    end: int


@dataclass(slots=True)
class DateRef:
    """A date in the text, resolved against the publication date when it can be.

    `resolved` is an ISO prefix at `precision`: "2024-12-16" (day), "2024-06" (month),
    "2025" (year), "2024-W50" is not used; weeks resolve to the day they start (their
    Monday, precision "week"); seasons read "2024-summer" (winter: December to February),
    decades "1990s".
    """

    text: str
    resolved: str | None
    precision: Literal["day", "week", "month", "year", "season", "decade"] | None
    start: int
    end: int


@dataclass(slots=True)
class Hedge:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Extraction:
    path: str
    words: int
    title: str | None = None
    publisher: str | None = None
    aggregator: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    body: str = ""
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)

    def to_dict(self, *, with_body: bool = False) -> dict[str, Any]:
        """The JSON-ready record; the body is left out of `extract` output unless asked."""
        data = _plain(self)
        if not with_body:
            data.pop("body")
        return data


_LEAVES = frozenset((str, int, float, bool, type(None)))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls))
    for cls in (Source, Quote, Statement, Number, DateRef, Hedge, Extraction)
}
"""Each record class's field names in order, read once: `dataclasses.asdict` asked
`fields()` of every record and passed every string of it through `copy.deepcopy`."""


def _builder(cls: type) -> Any:
    """A function making the dict of a `cls` record with one dict display, `{"text":
    r.text, ...}` (the names are the dataclass's field names, identifiers): about a third
    of `dict(zip(names, attrgetter(*names)(r)))`'s time."""
    items = ", ".join(f"{name!r}: r.{name}" for name in _FIELD_NAMES[cls])
    space: dict[str, Any] = {}
    exec(f"def build(r):\n    return {{{items}}}\n", space)  # field names only
    return space["build"]


_BUILDERS = {cls: _builder(cls) for cls in _FIELD_NAMES}
"""Each record class's dict, field by field in order, made by one generated function."""


def _plain(value: Any) -> Any:
    """What `dataclasses.asdict` gives, key for key and in the same order: records become
    dicts, lists and tuples are copied, anything else unknown is deep-copied."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    build = _BUILDERS.get(kind)
    if build is not None:
        data = build(value)
        if _LEAVES.issuperset(map(type, data.values())):  # most records
            return data
        return _inner(data)
    if kind is list:
        if value and len(set(map(type, value))) == 1 and type(value[0]) in _BUILDERS:
            # records of one class (an article's quotes, figures, ...): their dicts made
            # by map, one short frame per record; a field that is no leaf made plain after
            rows = list(map(_BUILDERS[type(value[0])], value))
            if _LEAVES.issuperset(map(type, chain.from_iterable(map(dict.values, rows)))):
                return rows
            return [r if _LEAVES.issuperset(map(type, r.values())) else _inner(r) for r in rows]
        return [v if type(v) in _LEAVES else _plain(v) for v in value]
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


def _inner(data: dict[str, Any]) -> dict[str, Any]:
    """A record's dict with each value that is no leaf made plain, keys in order."""
    return {n: v if type(v) in _LEAVES else _plain(v) for n, v in data.items()}
