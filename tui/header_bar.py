"""The top line: which store, how many claims in each status, the filters, tags."""

from __future__ import annotations

from collections.abc import Mapping

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
            if contested:
                parts += ["  ", (f"{CONTESTED_GLYPH}{contested} contested", CONTESTED_COLOUR)]
        if filters:
            parts += ["  ", ("filter:", "bold $text-accent"), " ", filters]
        if tagged:
            parts += ["  ", (f"{tagged} tagged", "bold $text-accent")]
        if busy:
            parts += ["  ", (busy, "italic $text-muted")]
        if also_here:
            parts += ["  ", ("also here: " + ", ".join(also_here), "$text-accent")]
        content = Content.assemble(*parts)
        if content.plain == getattr(self, "_shown", None):
            return  # same text, same styles: no repaint for a keystroke that changed nothing
        self._shown = content.plain
        # one line, always the full width: no layout pass (a layout repaints every pane)
        self.update(content, layout=False)
