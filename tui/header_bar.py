"""The top line: which store, how many claims in each status, the filters, tags."""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.widgets import Static

from claimdesk.store.verdict_states import CONTESTED_COLOUR, CONTESTED_GLYPH, VERDICT_STATES


class HeaderBar(Static):
    """One line; the store's file name (not its full path) so screenshots stay stable."""

    DEFAULT_CSS = """
    HeaderBar {
        dock: top; height: 1; width: 1fr;
        background: $panel; color: $foreground; padding: 0 1;
    }
    """

    def set_state(
        self,
        store_name: str,
        counts: Mapping[str, int] | None,
        *,
        filters: str = "",
        tagged: int = 0,
        readonly: bool = False,
        busy: str = "",
        contested: int = 0,
        also_here: list[str] | tuple[str, ...] = (),
    ) -> None:
        parts: list[str | tuple[str, str] | Content] = [
            ("claimdesk", "bold $text-primary"),
            " ",
            store_name,
        ]
        if readonly:
            parts += ["  ", ("READ-ONLY", "bold $text-error")]
        if counts is None:
            parts += ["  ", ("loading…", "$text-muted")]
        else:
            total = sum(counts.get(s.name, 0) for s in VERDICT_STATES)
            parts += [f"  {total} claims"]
            for s in VERDICT_STATES:
                parts += ["  ", (f"{s.glyph}{counts.get(s.name, 0)}", s.colour)]
        room = self._room()
        # the live desk's words, short when the line is narrow ("⇄2", "+bob, carol")
        wide = room >= 110
        if contested and counts is not None:
            word = " contested" if wide else ""
            parts += ["  ", (f"{CONTESTED_GLYPH}{contested}{word}", CONTESTED_COLOUR)]
        tail: list[str | tuple[str, str] | Content] = []
        if tagged:
            tail += ["  ", (f"{tagged} tagged", "bold $text-accent")]
        if busy:
            tail += ["  ", (busy, "italic $text-muted")]
        if also_here:
            who = ", ".join(also_here)
            tail += ["  ", (f"also here: {who}" if wide else f"+{who}", "$text-accent")]
        if filters:
            # the filters give way (cut at a word, with "…"), never the tags or the work
            room = room - Content.assemble(*parts, *tail).cell_length - 10
            parts += ["  ", ("filter:", "bold $text-accent"), " ", fit_words(filters, room)]
        self._state = (store_name, counts, filters, tagged, readonly, busy, contested, also_here)
        content = Content.assemble(*parts, *tail)
        if content.plain == getattr(self, "_shown", None):
            return  # same text, same styles: no repaint for a keystroke that changed nothing
        self._shown = content.plain
        # one line, always the full width: no layout pass (a layout repaints every pane)
        self.update(content, layout=False)

    def _room(self) -> int:
        """The cells the line has (a large number before the first layout)."""
        width = self.content_region.width if self.is_mounted else 0
        return width if width > 0 else 10_000

    def on_resize(self) -> None:
        if getattr(self, "_state", None) is not None:
            name, counts, filters, tagged, readonly, busy, contested, here = self._state
            self.set_state(
                name,
                counts,
                filters=filters,
                tagged=tagged,
                readonly=readonly,
                busy=busy,
                contested=contested,
                also_here=here,
            )


def fit_words(text: str, room: int) -> str:
    """`text` in `room` cells: whole, or cut after its last whole word with "…" (never
    mid-word: "source=Tomas Mbeki /flo" reads as a search for "flo")."""
    if cell_len(text) <= room:
        return text
    if room < 2:
        return "…" if room == 1 else ""
    cut = set_cell_size(text, room - 1)
    if text[len(cut)] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"
