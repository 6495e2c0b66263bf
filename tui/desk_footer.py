"""The desk's footer: the keys that fit, never one cut in half under the palette key.

Textual's Footer lays every key out in one scrolling row and docks "^p Commands" on the
right over it, so at 80-120 columns the last keys show cut ("t Ti▏^p Commands") and a
stray letter of a hidden label peeks out in the last column. The keys come in the order
they matter (tag, help, quit, verdicts, note, undo, search, filter, source, export, ...):
this footer hides the tail that does not fit whole; `?` lists every key.
"""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class DeskFooter(Footer):
    """A compact Footer that hides the keys it has no room for."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self.fit_keys)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self) -> None:
        """Show keys from the left while they fit beside the palette key; hide the rest."""
        keys = [k for k in self.query(FooterKey) if not k.has_class("-command-palette")]
        palette = [k for k in self.query(FooterKey) if k.has_class("-command-palette")]
        room = self.size.width - sum(k.outer_size.width for k in palette)
        used = 0
        for key in keys:
            if key.display:  # remember each key's width while it is laid out
                key._fit_width = key.outer_size.width + key.styles.margin.right  # type: ignore[attr-defined]
            width = getattr(key, "_fit_width", 0)
            fits = used + width <= room
            if fits:
                used += width
            if key.display != fits:
                key.display = fits
