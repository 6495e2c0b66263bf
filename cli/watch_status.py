"""What `claimdesk watch` shows: a Rich live table on a terminal (one row per feed or
page: last fetch, new, updated, errors, the last error), else plain lines per pass.

Server text (an error's reason, a feed's URL) reaches the screen only as Rich Text,
never as markup, and with terminal escapes stripped.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text


def _safe(value: str) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in value)


def _reason(st: Any) -> str:
    """The last error without its source's URL (the row names the source already)."""
    why = st.last_error or ""
    return why.removeprefix(f"{st.url}: ")


def status_table(watch: Any, note: str | None = None, next_pass: float | None = None) -> Table:
    title = "claimdesk watch"
    if next_pass is not None:
        title += time.strftime(" — next pass at %H:%M:%S", time.localtime(next_pass))
    table = Table(title=Text(title), caption=Text(_safe(note)) if note else None)
    for col in ("source", "kind", "last fetch", "new", "updated", "errors", "last error"):
        table.add_column(col, justify="right" if col in ("new", "updated", "errors") else "left")
    for st in watch.statuses.values():
        table.add_row(
            Text(_safe(st.name)),
            Text(st.kind),
            Text(st.last_fetch or "-"),
            Text(str(st.new)),
            Text(str(st.updated)),
            Text(str(st.errors), style="red" if st.errors else ""),
            Text(_safe(_reason(st)), style="red" if st.failed else "yellow"),
        )
    return table


def print_pass(watch: Any, result: Any, *, tty: bool) -> None:
    """After a pass: a line per source that had errors, then the pass's summary."""
    out = Console(file=sys.stdout, highlight=False, markup=False, soft_wrap=True)
    if tty:
        out.print(status_table(watch))
    else:
        for st in watch.statuses.values():  # this pass's errors only (a service's journal)
            if st.pass_errors:
                why = _safe(st.last_error or "")
                out.print(Text(f"watch: {_safe(st.name)}: {st.pass_errors} error(s): {why}"))
    out.print(
        Text(
            f"watch: {result.sources} source(s): {result.new} new, {result.updated} updated, "
            f"{result.errors} error(s), {result.failed_sources} source(s) failed"
        )
    )
    out.file.flush()


class LiveStatus:
    """The live table while `watch` runs in the foreground on a terminal (a no-op else)."""

    def __init__(self, watch: Any, *, enabled: bool) -> None:
        self.watch = watch
        self.enabled = enabled
        self._note: str | None = None
        self._next: float | None = None
        self._live: Live | None = None

    def __enter__(self) -> LiveStatus:
        if self.enabled:
            self._live = Live(status_table(self.watch), auto_refresh=False, transient=False)
            self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.__exit__(None, None, None)

    def update(self) -> None:
        if self._live is not None:
            self._live.update(status_table(self.watch, self._note, self._next), refresh=True)

    def note(self, message: str) -> None:
        self._note = message
        self.update()

    def wait_until(self, when: float) -> None:
        """Sleep to the next pass (Ctrl-C and SIGTERM interrupt it)."""
        self._next = when
        self.update()
        while (left := when - time.time()) > 0:
            time.sleep(min(left, 1.0))
        self._next = None
