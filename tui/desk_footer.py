"""The desk's footer: the keys that fit, never one cut in half under the palette key.

Textual's Footer lays every key out in one scrolling row and docks "^p Commands" on the
right over it, so at 80-120 columns the last keys show cut ("t Ti▏^p Commands") and a
stray letter of a hidden label peeks out in the last column. The keys come in the order
they matter (tag, help, quit, verdicts, note, undo, search, filter, source, export, ...):
this footer hides the tail that does not fit whole; `?` lists every key. A key renamed in
the config file keeps its place (Textual's keymap moves it to the end of its widget's
keys, where it would be the first to be hidden).
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class DeskFooter(Footer):
    """A compact Footer that hides the keys it has no room for."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        if not all(isinstance(k, FooterKey) for k in keys):
            yield from keys  # grouped keys: keep Textual's layout
            return
        rank = self._code_order()
        palette = [k for k in keys if k.has_class("-command-palette")]
        rest = [k for k in keys if not k.has_class("-command-palette")]
        yield from sorted(rest, key=lambda k: rank.get(k.action, len(rank)))
        yield from palette

    def _code_order(self) -> dict[str, int]:
        """Each action's place in the bindings as the code lists them (before the keymap)."""
        screen = self.screen
        focused = screen.focused
        nodes = list(focused.ancestors_with_self) if focused is not None else [screen, self.app]
        order: dict[str, int] = {}
        for node in nodes:
            for bindings in node._bindings.key_to_bindings.values():
                for binding in bindings:
                    order.setdefault(binding.action, len(order))
        return order

    _shown_keys: tuple[Any, ...] | None = None

    def _keys_now(self) -> tuple[Any, ...]:
        """What the footer would show: each active key, its action, label and state."""
        return tuple(
            (key, b.action, b.description, b.show, enabled, tooltip)
            for key, (_node, b, enabled, tooltip) in self.screen.active_bindings.items()
        )

    async def recompose(self) -> None:
        """Only when the keys shown changed: at start-up the bindings are "updated" a
        handful of times with the same keys, and each re-made footer is ~30 widgets to
        style (measured 0.1 s of the UI thread before a server desk's first rows)."""
        keys = self._keys_now() if self.is_attached else None
        if keys is not None and keys == self._shown_keys and self.children:
            return
        self._shown_keys = keys
        await super().recompose()
        self.call_after_refresh(self.fit_keys)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self) -> None:
        """Show keys from the left while they fit beside the palette key; hide the rest.

        Widths come from each key's own text, not its layout: after a recompose (the
        bindings change, e.g. while the help screen is over the desk) the new keys are
        not laid out yet and measured 0, so every key "fitted" and the last one showed
        cut under the palette key ("t Ti▏^p Commands", QA2 R7).
        """
        if self.size.width <= 0:
            return  # not laid out: on_resize fits the keys once it is
        keys = [k for k in self.query(FooterKey) if not k.has_class("-command-palette")]
        palette = [k for k in self.query(FooterKey) if k.has_class("-command-palette")]
        room = self.size.width - sum(_width(k) for k in palette)
        used = 0
        for key in keys:
            width = _width(key)
            fits = used + width <= room
            if fits:
                used += width
            if key.display != fits:
                key.display = fits


def _width(key: FooterKey) -> int:
    """The cells a footer key takes: its label as it renders it, padding, border, margin."""
    return key.render().cell_len + key.styles.gutter.width + key.styles.margin.right
