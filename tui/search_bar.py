"""The `/` search line: filters as you type; enter keeps the filter, escape drops it."""

from __future__ import annotations

from typing import ClassVar, Self

from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An Input docked at the bottom; hidden until `/`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Clear search", show=True),
        Binding("down", "done", "To results", show=False),
    ]

    DEFAULT_CSS = """
    SearchBar, SearchBar:focus {
        dock: bottom; display: none; border: none; height: 1; padding: 0 1;
        background: $boost;
    }
    SearchBar.-open { display: block; }
    """

    class Done(Message):
        """The reviewer left the search line; `cleared` when with escape."""

        def __init__(self, cleared: bool) -> None:
            super().__init__()
            self.cleared = cleared

    def __init__(self) -> None:
        super().__init__(
            placeholder="search text, speaker, outlet…  (enter: keep, esc: clear)", id="search"
        )

    _typing = False

    def _watch_value(self, value: str) -> None:
        # Input assigns `virtual_size` (a layout reactive) on every character, which lays
        # out and repaints the whole desk; this line is docked at full width, so only its
        # own scroll range changes: repaint the line, skip the layout.
        self._typing = True
        try:
            super()._watch_value(value)
        finally:
            self._typing = False

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Self:
        if self._typing:
            layout = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def open(self, value: str) -> None:
        self.add_class("-open")
        self.value = value
        self.cursor_position = len(value)
        # focus now, not on the next idle: keys typed right after `/` (a fast typist, a
        # paste) must land in the search line, not on the desk's single-key actions
        self.screen.set_focus(self)

    def close(self) -> None:
        self.remove_class("-open")

    def action_cancel(self) -> None:
        self.value = ""
        self.close()
        self.post_message(self.Done(cleared=True))

    def action_done(self) -> None:
        self.close()
        self.post_message(self.Done(cleared=False))

    async def action_submit(self) -> None:
        self.action_done()
