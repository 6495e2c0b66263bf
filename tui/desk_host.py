"""What the desk screen needs from the App that shows it (tui/app.py's ClaimdeskApp).

A Protocol, so that tui/desk_screen.py is typed against the App without importing it
(the App imports the screen: importing it back would be a circle).
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from claimdesk.tui.compare_section import ComparisonView, MergeUndo


class DeskHost(Protocol):
    store: Any
    server: bool  # a PostgreSQL desk (its panes read in pages: tui/paged_desk.py)
    store_label: str
    store_error: str
    readonly: bool
    readonly_reason: str
    reviewer: str
    loaded: threading.Event
    first_frame_at: float | None
    loaded_at: float | None
    page_at: float | None  # when the kept first page was painted (tui/first_page.py)
    comparison: ComparisonView
    export_org: str | None  # the config file's [export] org (ClaimReview's author)
    last_seen: str | None  # when this reviewer last left the desk (store/last_seen.py)

    def open_store(self) -> Any:
        """The store, opened in the loading worker (None, with `store_error` set)."""
        ...

    def follow_desk(self) -> None:
        """Start following what other processes write to the desk (a thread)."""
        ...

    def desk_sources(self, store: Any) -> list[Any]:
        """The store's source rows, merged entities folded when the comparison is known."""
        ...

    def compare_refresh(self) -> None:
        """(Re)compute the comparison in a worker, then show it everywhere."""
        ...

    def undo_merge(self, record: MergeUndo) -> bool:
        """Take back a merge decision of this session (False: it failed, and said so)."""
        ...
