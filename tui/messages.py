"""Messages the dashboard's workers post: a worker never touches a widget itself; it posts
what it found and the widgets that show it react with `@on(...)`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from textual.message import Message
from textual.notifications import Notification

from claimdesk.extract.compare import Comparison
from claimdesk.tui.desk_model import DeskModel


@dataclass
class DeskLoaded(Message):
    """The loading worker read the store: the desk's rows. Posted to the DeskScreen,
    which shows them; it bubbles on to the App, which then compares the outlets."""

    model: DeskModel


@dataclass
class ComparisonReady(Message):
    """A comparison worker has a result (None: nothing cached for a big desk yet).

    `model`: the desk's rows again with each merged entity folded into one source row
    (None when nothing is merged); `waiting`: the notice to take down; `then`: what
    the key that asked for the comparison does with it.
    """

    result: Comparison | None
    model: DeskModel | None = None
    waiting: Notification | None = None
    then: Callable[[Comparison], Any] | None = field(default=None, repr=False)


@dataclass
class ComparisonFailed(Message):
    """A comparison worker failed: say so once, and take down the waiting notice."""

    error: str
    waiting: Notification | None = None


@dataclass
class TimelineRead(Message):
    """The timeline's worker read every resolved date (`error`: why it could not)."""

    events: list[Any]
    error: str = ""


@dataclass
class DeskChanged(Message):
    """The follow worker found what other processes wrote (tui/desk_follow.py): their
    verdicts, notes and undos (`changes.entries`), or a new store file with new articles
    (`changes.reloaded`); `merges_changed`: their merge decisions."""

    changes: Any = None
    merges_changed: bool = False


@dataclass
class PresenceChanged(Message):
    """Who else has the desk open now (their reviewer names)."""

    names: list[str]


@dataclass
class DeskReloaded(Message):
    """The desk's rows again, read after another process published new articles (the
    screen keeps which are new: tui/live_desk.py) or on `r`."""

    model: DeskModel


@dataclass
class PageRead(Message):
    """A page of a server desk's pane, read by a worker (tui/paged_desk.py): its claims
    and the key after it (None: the pane's last page), and the articles of those claims
    not in memory yet; `error` when the server could not give it."""

    rows: Any  # the pane's PagedRows (tui/paged_rows.py) the page belongs to
    page: int
    claims: list[Any]
    next_key: int | None
    articles: dict[str, Any]
    error: str = ""


@dataclass
class PaneCounted(Message):
    """The server's count of a pane's claims under its filters (`bounded`: more than
    `count`, counted no further while a search is typed)."""

    rows: Any
    count: int
    bounded: bool = False


@dataclass
class DeskCounted(Message):
    """A server desk's counts by status (and total), and its Sources pane when read."""

    counts: dict[str, int]
    sources: tuple[Any, ...] | None = None  # (rows, articles, named, anonymous)
    contested: set[str] | None = None  # the contested claims, once the verdicts are read
    by_kind: dict[tuple[str, str], int] | None = None  # claims by (kind, status)
