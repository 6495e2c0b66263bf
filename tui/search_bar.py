"""The `/` search line: filters as you type; enter keeps the filter, escape drops it."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An Input docked at the bottom; hidden until `/`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Clear search", show=True, id="search.cancel"),
        Binding("down", "done", "To results", show=False, id="search.done"),
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

    _return_to: Any = None  # the list that had the keys before `/`

    def open(self, value: str) -> None:
        if self.screen.focused is not self:
            self._return_to = self.screen.focused
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
        self._leave(cleared=True)

    def action_done(self) -> None:
        self._leave(cleared=False)

    def _leave(self, cleared: bool) -> None:
        self.close()
        self.post_message(self.Done(cleared=cleared))
        # hand the keys back now, not when Done arrives: keys typed right after enter
        # ("/boats⏎v" in one read) are already queued here and go back to the app
        # (`_on_key`), which must then find the list focused (QA2 R11)
        back = self._return_to
        self.screen.set_focus(back if back is not None and back.is_attached else None)

    async def _on_key(self, event: events.Key) -> None:
        if not self.has_class("-open"):
            # closed with keys still queued to it: they were typed for the desk
            event.stop()
            event.prevent_default()
            if self.screen.focused is self:  # never bounce a key back to this line
                self.screen.set_focus(None)
            self.app.post_message(events.Key(event.key, event.character))
            return
        if event.key in ("enter", "escape", "down"):
            # at once, not through the bindings (they run only once the key has bubbled
            # up to the app, after the keys queued behind it were typed in here)
            event.stop()
            event.prevent_default()
            if event.key == "escape":
                self.action_cancel()
            else:
                self.action_done()
            return
        await super()._on_key(event)

    async def action_submit(self) -> None:
        self.action_done()
