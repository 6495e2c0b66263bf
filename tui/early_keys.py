"""Keys typed before a dialog's text field has focus still land in that field.

A dialog screen opens a frame or two after its key (`n`, `e`, ctrl+p's Ingest): the screen
is pushed, then composed and mounted, and only then can its field take focus. Keys typed
in that gap (a fast typist, a paste, tmux send-keys) reach the screen itself, and
unhandled they bubble to the App, where `q` quits and `t` opens the timeline. A printable
key that arrives at the screen directly (the field stops the ones it receives) is a stray
from that gap: hand it to the focused field instead.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea


class EarlyKeys:
    """Mix into a Screen whose focused widget is an Input or TextArea."""

    def on_key(self, event: events.Key) -> None:
        target = self.focused  # type: ignore[attr-defined]
        if event.is_printable and isinstance(target, Input | TextArea):
            event.stop()
            event.prevent_default()
            target.post_message(events.Key(event.key, event.character))
