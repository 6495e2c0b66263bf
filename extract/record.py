"""The extraction record: the public contract between extract, store, tests and score.py.

Keys may be added, never renamed (see ../shared/DESIGN.md, "The extraction record").
Offsets (`start`, `end`) index the cleaned body text of the article.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from operator import attrgetter
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
_GETTERS = {cls: attrgetter(*names) for cls, names in _FIELD_NAMES.items()}
"""Each record class's field values as a tuple, read in C (every class has two or more
fields, so attrgetter gives a tuple)."""


def _plain(value: Any) -> Any:
    """What `dataclasses.asdict` gives, key for key and in the same order: records become
    dicts, lists and tuples are copied, anything else unknown is deep-copied."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is not None:
        values = _GETTERS[kind](value)
        if _LEAVES.issuperset(map(type, values)):  # most records: one dict built in C
            return dict(zip(names, values, strict=True))
        return {
            n: v if type(v) in _LEAVES else _plain(v) for n, v in zip(names, values, strict=True)
        }
    if kind is list:
        return [v if type(v) in _LEAVES else _plain(v) for v in value]
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)
