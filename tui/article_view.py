"""An article's body, word-wrapped and painted a row at a time, for bodies too long for a
TextArea (a 5 MB article on one line: the TextArea took most of a second to open and
drew only its first line).

Wrapping keeps two integer arrays (where each screen row starts and ends in the body),
computed once per width; `render_line` turns only the rows on screen into segments. The
text is written into `Segment`s as plain strings: never parsed as markup.
"""

from __future__ import annotations

from array import array
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

_BLANKS = str.maketrans({"\t": " ", "\r": " ", "\v": " ", "\f": " "})


def wrap_rows(text: str, width: int) -> tuple[array, array]:
    """(starts, ends) of each screen row: each line of `text` broken after its last space
    that fits in `width` cells, or at `width` when a word is longer; one row for an empty
    line. Every character of the text is on a row (the spaces at a break stay at the end
    of the row before)."""
    width = max(1, width)
    starts, ends = array("q"), array("q")
    pos, n = 0, len(text)
    while True:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        a = pos
        while line_end - a > width:
            cut = text.rfind(" ", a + 1, a + width + 1)
            b = cut + 1 if cut > a else a + width
            starts.append(a)
            ends.append(b)
            a = b
        starts.append(a)
        ends.append(line_end)
        if nl < 0:
            return starts, ends
        pos = nl + 1


class ArticleView(ScrollView, can_focus=True):
    """The body, the claim (`start`..`end`) highlighted and scrolled into the middle."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Up", show=False),
        Binding("down", "scroll_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-view--claim"}

    DEFAULT_CSS = """
    ArticleView { height: 1fr; overflow-x: hidden; overflow-y: scroll; padding: 0 1; }
    ArticleView > .article-view--claim {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    """

    def __init__(self, text: str, start: int, end: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self.start = start
        self.end = max(start, end)
        self._width = -1
        self._starts: array = array("q")
        self._ends: array = array("q")
        self.centered = False

    @property
    def row_count(self) -> int:
        return len(self._starts)

    def _wrap(self, width: int) -> None:
        if width == self._width or width <= 0:
            return
        self._width = width
        self._starts, self._ends = wrap_rows(self.text, width)
        self.virtual_size = Size(width, len(self._starts))

    def _on_resize(self, event: events.Resize) -> None:
        self._wrap(self.scrollable_content_region.width)
        if not self.centered and self._width > 0:
            self.centered = True
            self.call_after_refresh(self.show_claim)

    def row_of(self, offset: int) -> int:
        """The screen row holding character `offset`."""
        from bisect import bisect_right

        return max(0, bisect_right(self._starts, offset) - 1)

    def show_claim(self) -> None:
        """Scroll the claim's first row to the middle of the view."""
        row = self.row_of(self.start)
        self.scroll_to(y=max(0, row - self.size.height // 2), animate=False)

    def render_line(self, y: int) -> Strip:
        width = self._width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if width <= 0 or index >= len(self._starts):
            return Strip.blank(max(width, 0), base)
        a, b = self._starts[index], self._ends[index]
        row = self.text[a:b].translate(_BLANKS)
        lo, hi = max(self.start, a), min(self.end, b)
        if lo < hi:  # the claim runs through this row
            claim = base + self.get_component_rich_style("article-view--claim")
            segments = [
                Segment(row[: lo - a], base),
                Segment(row[lo - a : hi - a], claim),
                Segment(row[hi - a :], base),
            ]
        else:
            segments = [Segment(row, base)]
        return Strip(segments).adjust_cell_length(width, base)

    def row_text(self, index: int) -> str:
        """The text of screen row `index` (for tests)."""
        return self.text[self._starts[index] : self._ends[index]]
