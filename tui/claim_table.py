"""A list pane that paints only the rows on screen (the Line API), for 100k-row stores.

A stock DataTable measures every cell of every row before the first paint; this widget
keeps a plain Python list of rows and, in `render_line`, turns only the visible ones into
segments. Cell text is untrusted (article words, names): it is written into `Segment`s as
plain strings, never parsed as markup, and carries no link metadata, so nothing in it can
be clicked into an action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claimdesk.store.verdict_states import VERDICT_STATES
from claimdesk.tui.letter_index import index_of
from claimdesk.tui.row_marks import TAGGED

SECTIONS_MEMO_MIN = 2000  # rows: a list this long keeps its section titles (see set_rows)
_WHITESPACE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\v": " ", "\f": " "})


def one_line(text: str) -> str:
    """The text as it is shown in a row: every line break or tab becomes one space."""
    return text.translate(_WHITESPACE)


def fit(text: str, width: int) -> str:
    """`text` cropped (with an ellipsis) or padded to exactly `width` cells."""
    if width <= 0:
        return ""
    if len(text) <= width and text.isascii():
        return text.ljust(width)
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


@dataclass(frozen=True, slots=True)
class Column:
    """A column, and how it shares the pane's width with the others (see `column_widths`).

    A narrow pane takes width from the columns with the highest `priority` number first.
    A column that cannot get even `min_width` is hidden (its text is in the Detail pane)
    rather than drawn as a stub of a few letters.
    """

    title: str
    width: int = 0
    """The cells it asks for: columns of a higher priority number are shown only when
    this much is left for it (0: nothing beyond its minimum)."""
    min_width: int | None = None
    """The fewest cells it is shown at (default: `width`, so a fixed column never shrinks;
    6 for a flexible column that asks for nothing)."""
    right: bool = False
    grow: int = 0
    """Widens up to `grow` cells once every column has the width it asks for."""
    priority: int = 0
    """Lower first: gets its room before, and gives it up after, higher numbers."""
    flex: bool = False
    """Takes a share of what is left when every other column is at its `grow` (a column
    with width 0 always does)."""

    @property
    def least(self) -> int:
        if self.min_width is not None:
            return self.min_width
        return self.width or 6

    @property
    def flexible(self) -> bool:
        return self.flex or not self.width


def column_widths(columns: Sequence[Column], width: int) -> list[int]:
    """Each column's cells in a row `width` cells wide (each shown column is followed by
    one space); 0 for a hidden column.

    In four passes, each in priority order (ties: left to right): show each column at
    its minimum if it fits beside the widths the columns before it in priority ask for
    (and hide the rest); widen each to the width it asks for; widen each to its `grow`;
    give what is left to the flexible columns in equal shares. So the column that says
    which row it is (a name, a figure, a quote) keeps a readable width at 100 terminal
    columns, and the secondary ones (role, outlets, speaker) take the room of a wide
    terminal only after it. Counts and marks are fixed: never narrower than asked.
    """
    order = sorted(range(len(columns)), key=lambda i: columns[i].priority)
    widths = [0] * len(columns)
    room = width
    owed = 0  # cells the shown columns of a lower priority number still ask for
    for n, i in enumerate(order):
        col = columns[i]
        if n and col.priority != columns[order[n - 1]].priority:
            before = order[:n]
            if not all(widths[j] for j in before):
                break  # a column that comes first is hidden: so is every later one
            owed = sum(max(columns[j].width - widths[j], 0) for j in before)
        need = max(col.least, 1)
        if need + 1 + owed <= room:
            widths[i] = need
            room -= need + 1
    shown = [i for i in order if widths[i]]
    for limit in (lambda c: c.width, lambda c: c.grow):
        for i in shown:
            add = min(max(limit(columns[i]) - widths[i], 0), room)
            widths[i] += add
            room -= add
    flexible = [i for i in shown if columns[i].flexible]
    if flexible and room > 0:
        share, extra = divmod(room, len(flexible))
        for n, i in enumerate(sorted(flexible)):
            widths[i] += share + (1 if n < extra else 0)
    return widths


Cell = tuple[str, str | None]
"""A cell: its text, and the component class (e.g. "claim-table--verified") to style it."""

Section = Callable[[Any], "tuple[str, str] | None"]
"""A row's section: (key, title). A title line is drawn above each run of one key."""


class ClaimTable(ScrollView, can_focus=True):
    """Rows of any kind, drawn by a `cells(row)` function; a cursor, tags, and a header."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False, id="table.up"),
        Binding("down,j", "cursor_down", "Down", show=False, id="table.down"),
        Binding("g,home", "first", "First", show=False, id="table.first"),
        Binding("G,end", "last", "Last", show=False, id="table.last"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="table.page_up"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="table.page_down"),
        Binding(
            "enter",
            "select",
            "Open",
            show=False,
            tooltip="open the full article at the claim (Sources: limit to it)",
            id="table.open",
        ),
        Binding("space", "toggle_tag", "Tag", show=True, id="table.tag"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-table--header",
        "claim-table--cursor",
        "claim-table--cursor-blurred",
        "claim-table--tagged",
        "claim-table--dim",
        *(s.css_class for s in VERDICT_STATES),
        "claim-table--quote",
        "claim-table--statement",
        "claim-table--strong",
        "claim-table--section",
    }

    DEFAULT_CSS = """
    ClaimTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        height: 1fr;
    }
    ClaimTable > .claim-table--header { color: $text-muted; text-style: bold; }
    ClaimTable > .claim-table--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    ClaimTable > .claim-table--cursor-blurred {
        background: $block-cursor-blurred-background; color: $foreground;
    }
    ClaimTable > .claim-table--tagged { color: $accent; text-style: bold; }
    ClaimTable > .claim-table--dim { color: $text-muted; }
    ClaimTable > .claim-table--quote { color: $text-primary; text-style: bold; }
    ClaimTable > .claim-table--statement { color: $text-secondary; }
    ClaimTable > .claim-table--strong { text-style: bold; }
    ClaimTable > .claim-table--section { color: $text-secondary; text-style: bold; }
    """ + "".join(  # each verdict state in its colour (store/verdict_states.py)
        f"    ClaimTable > .{s.css_class} {{ color: {s.colour}; }}\n" for s in VERDICT_STATES
    )

    class Highlighted(Message):
        """The cursor moved to `row` (None when the table is empty)."""

        def __init__(self, table: ClaimTable, index: int, row: Any) -> None:
            super().__init__()
            self.table = table
            self.index = index
            self.row = row

        @property
        def control(self) -> ClaimTable:
            return self.table

    class Selected(Highlighted):
        """Enter (or a click on the current row) on `row`."""

    class TagsChanged(Message):
        def __init__(self, table: ClaimTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> ClaimTable:
            return self.table

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    def __init__(
        self,
        columns: Sequence[Column],
        cells: Callable[[Any], Sequence[Cell]],
        key: Callable[[Any], str],
        *,
        taggable: bool = True,
        empty_text: str = "Loading…",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns = list(columns)
        self._declared = tuple(columns)  # as asked for, before widen_column
        self._cells = cells
        self._key = key
        self.taggable = taggable
        self.rows: list[Any] = []
        self.tagged: set[str] = set()
        self.empty_text = empty_text
        self._widths: list[int] = []
        self._widths_for = -1
        self._cache: dict[tuple[int, int, bool, bool, bool], Strip] = {}
        self._base_style: Style | None = None
        self._width = 0
        self._width_key: tuple[Any, bool] | None = None
        # sections (Numbers by subject): title lines between runs of rows. `_lines` maps
        # each painted line to a row index or a title; `_line_of` a row to its line.
        # None (the usual case) paints row i on line i, with no lists at all.
        self._section: Section | None = None
        self._to_last: Any = None  # the server pane whose count `G` waits for
        self._lines: list[int | str] | None = None
        self._line_of: list[int] | None = None
        # the titles of the last long list, kept while its rows are shown again: with `b`
        # on, `f` back to every figure returns the same list (QA2 R5)
        self._sections_memo: tuple[Any, ...] | None = None

    # ------------------------------------------------------------------ data

    @property
    def current(self) -> Any:
        """The row under the cursor, or None."""
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def set_rows(self, rows: list[Any], *, keep: bool = True, by_key: bool = False) -> None:
        """Show `rows`; the cursor stays on the same row when it is still there.

        Rows are matched by identity (a filter keeps the same objects), or by key when
        `by_key` (after a reload built new row objects). A filter that drops the row puts
        the cursor on the first row (the old row number means nothing in another list:
        QA 12.13); a reload that drops it keeps the cursor's place.
        """
        old = self.current
        old_line = self._line(self.cursor) - round(self.scroll_y)  # on screen
        self.rows = rows
        self._build_sections()
        new_cursor = 0
        found = False
        find = getattr(rows, "find", None)  # rows read in pages (tui/paged_rows.py)
        if keep and old is not None and find is not None:
            at = find(self._key(old))
            if at is not None:
                new_cursor, found = at, True
            elif by_key:
                new_cursor = min(self.cursor, max(len(rows) - 1, 0))
        elif keep and old is not None:
            # rows are shared objects across filters: an identity scan, in C (issue 18)
            at = index_of(rows, old)
            if at is not None:
                new_cursor, found = at, True
            else:
                old_key = self._key(old) if by_key else None
                for i, row in enumerate(rows if by_key else ()):
                    if self._key(row) == old_key:
                        new_cursor, found = i, True
                        break
                else:
                    if by_key:
                        new_cursor = min(self.cursor, max(len(rows) - 1, 0))
        self._cache.clear()
        self._set_row_count(self._line_count())
        self.cursor = new_cursor
        if by_key and found and self.is_mounted:
            # a reload (the comparison's merged sources, another order): the selected row
            # stays on the line it was on, the others move around it (QA 12.12)
            top = max(0, self._line(new_cursor) - max(0, old_line))
            if top != round(self.scroll_y):
                self.scroll_to(y=top, animate=False, immediate=True)
        self.refresh()

    def set_sections(self, section: Section | None) -> None:
        """Draw a title line above each run of rows in one section (None: no titles).
        The rows stay the rows: the cursor, tags and `current` never land on a title."""
        self._section = section
        self._sections_memo = None
        self._build_sections()
        self._cache.clear()
        self._set_row_count(self._line_count())
        self._scroll_cursor_into_view()
        self.refresh()

    def _build_sections(self) -> None:
        section = self._section
        if section is None:
            self._lines = self._line_of = None
            return
        memo = self._sections_memo
        if memo is not None and memo[0] is self.rows and memo[1] is section:
            self._lines, self._line_of = memo[2], memo[3]
            return
        lines: list[int | str] = []
        line_of: list[int] = []
        last: str | None = None
        for i, row in enumerate(self.rows):
            found = section(row)
            if found is not None and found[0] != last:
                last = found[0]
                lines.append(found[1])
            line_of.append(len(lines))
            lines.append(i)
        self._lines, self._line_of = lines, line_of
        if len(self.rows) >= SECTIONS_MEMO_MIN:
            self._sections_memo = (self.rows, section, lines, line_of)

    def _line_count(self) -> int:
        return len(self._lines) if self._lines is not None else len(self.rows)

    def _line(self, index: int) -> int:
        """The painted line (below the header) of row `index`."""
        line_of = self._line_of
        if line_of is None:
            return index
        return line_of[index] if 0 <= index < len(line_of) else len(self._lines or ())

    def section_titles(self) -> list[str]:
        """The section titles as painted, in order (for tests)."""
        return [x for x in self._lines or () if isinstance(x, str)]

    def _set_row_count(self, count: int) -> None:
        """Size the scroll range for `count` rows without a screen-wide layout when possible.

        `virtual_size` is a layout reactive: assigning it re-lays out (and repaints) the
        whole screen. A filter only changes how far the table scrolls, so unless the
        scrollbar appears or disappears, the new size is set quietly and only this
        widget and its scrollbar repaint. (The scrollbar is always shown, so a filter never
        moves the columns by a cell either.)
        """
        new = Size(self.size.width, count + 1)
        old = self.virtual_size
        if new == old:
            return
        height = self.container_size.height
        same_bar = self.styles.overflow_y == "scroll" or (old.height > height) == (
            new.height > height
        )
        if self.is_mounted and height > 0 and same_bar:
            self.set_reactive(ScrollView.virtual_size, new)
            self._scroll_update(new)
        else:
            self.virtual_size = new

    def rows_changed(self) -> None:
        """Repaint after rows arrived or the row count changed (a server desk's pages)."""
        self._cache.clear()
        self._set_row_count(self._line_count())
        cursor = self.validate_cursor(self.cursor)
        to_last = self._to_last is not None and self._to_last is self.rows
        if to_last and getattr(self.rows, "counted", True):
            self._to_last, cursor = None, len(self.rows) - 1  # `G`, now that it is counted
        if cursor != self.cursor:
            self.cursor = cursor
        self.refresh()

    def refresh_rows(self) -> None:
        """Repaint after the rows changed in place (a verdict, a note)."""
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._base_style = None
        self._width_key = None

    def _content_width(self) -> int:
        """The width rows are painted in; `scrollable_content_region` is costly per line."""
        key = (self._size, self.show_vertical_scrollbar)
        if key != self._width_key:
            self._width = self.scrollable_content_region.width
            self._width_key = key
        return self._width

    def _on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._width_key = None
        self.virtual_size = Size(event.size.width, self._line_count() + 1)
        self._scroll_cursor_into_view()

    def _on_focus(self, event: events.Focus) -> None:
        self._cache.clear()
        self._base_style = None
        self.refresh()

    def _on_blur(self, event: events.Blur) -> None:
        self._cache.clear()
        self._base_style = None
        self.refresh()

    # ---------------------------------------------------------------- cursor

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        top = round(self.scroll_y)
        self._scroll_cursor_into_view()
        if round(self.scroll_y) == top:
            # only the two rows that changed; a scroll repaints everything anyway
            width = self.size.width
            for row in {old, new}:
                self.refresh(Region(0, self._line(row) - top + 1, width, 1))
        else:
            self.refresh()
        self.post_message(self.Highlighted(self, new, self.current))

    def _scroll_cursor_into_view(self) -> None:
        visible = max(self.size.height - 1, 1)
        top = round(self.scroll_y)
        line = self._line(self.cursor)
        if line < top:
            # the first row of a section: show its title too
            lines = self._lines
            if lines is not None and line > 0 and isinstance(lines[line - 1], str):
                line -= 1
            self.scroll_to(y=line, animate=False, immediate=True)
        elif line > top + visible - 1:
            self.scroll_to(y=line - visible + 1, animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        self._to_last = None
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self._to_last = None
        self.cursor += 1

    def action_first(self) -> None:
        self._to_last = None
        self.cursor = 0

    def action_last(self) -> None:
        """The last row; on a server pane not counted yet (a search typed: "10,000+"),
        its exact count is asked for now and the cursor goes there when it is in (not
        first to row 10,000, whose page would be read for nothing)."""
        rows = self.rows
        self._to_last = None
        if not getattr(rows, "counted", True):
            self._to_last = rows
            rows.count_now()  # type: ignore[attr-defined]
            return
        self.cursor = len(rows) - 1

    def action_page_up(self) -> None:
        self._to_last = None
        self.cursor -= max(self.size.height - 2, 1)

    def action_page_down(self) -> None:
        self._to_last = None
        self.cursor += max(self.size.height - 2, 1)

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self, self.cursor, self.current))

    def action_toggle_tag(self) -> None:
        row = self.current
        if row is None or not self.taggable:
            return
        key = self._key(row)
        if key in self.tagged:
            self.tagged.discard(key)
        else:
            self.tagged.add(key)
        self._cache.clear()
        self.post_message(self.TagsChanged(self))
        self.cursor += 1

    def untag(self, keys: Iterable[str]) -> None:
        """Drop these tags only (a bulk verdict leaves the rows it did not mark tagged)."""
        gone = self.tagged & set(keys)
        if gone:
            self.tagged -= gone
            self._cache.clear()
            self.refresh()
            self.post_message(self.TagsChanged(self))

    def clear_tags(self) -> None:
        if self.tagged:
            self.tagged.clear()
            self._cache.clear()
            self.refresh()
            self.post_message(self.TagsChanged(self))

    def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = round(self.scroll_y) + offset.y - 1
        if self._lines is not None:
            item = self._lines[index] if 0 <= index < len(self._lines) else -1
            if isinstance(item, str):  # a section title: nothing to select
                event.stop()
                return
            index = item
        if 0 <= index < len(self.rows):
            event.stop()
            if index == self.cursor and event.chain >= 2:
                self.action_select()
            self.cursor = index

    # ---------------------------------------------------------------- render

    def widen_column(self, index: int, cells: int) -> None:
        """Column `index` is never narrower than `cells` (its widest cell: a count, a
        figure), so what it shows is never cut to "128…" or "about USD 40 m…"; below its
        declared width it keeps the declared one."""
        base = self._declared[index]
        col = replace(base, width=max(base.width, cells), min_width=max(base.least, cells))
        if col == self.columns[index]:
            return
        self.columns[index] = col
        self._widths_for = -1
        self._cache.clear()
        self.refresh()

    def _column_widths(self, width: int) -> list[int]:
        """The widths for this pane width, computed once per resize (not per row)."""
        if width != self._widths_for:
            self._widths, self._widths_for = column_widths(self.columns, width), width
        return self._widths

    def render_line(self, y: int) -> Strip:
        width = self._content_width()
        base = self._base_style
        if base is None:  # rich_style walks every ancestor: once per style change, not per line
            base = self._base_style = self.rich_style
        if y == 0:
            return self._render_header(width, base)
        index = round(self.scroll_y) + y - 1
        if not self.rows:
            if y == 1:
                style = base + self.get_component_rich_style("claim-table--dim")
                return Strip([Segment(fit(" " + self.empty_text, width), style)], width)
            return Strip.blank(width, base)
        line = index
        if self._lines is not None:
            if index >= len(self._lines):
                return Strip.blank(width, base)
            item = self._lines[index]
            if isinstance(item, str):
                style = base + self.get_component_rich_style("claim-table--section")
                return Strip([Segment(fit(" ▾ " + one_line(item), width), style)], width)
            index = item
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        is_cursor = index == self.cursor
        tagged = self._key(row) in self.tagged if self.tagged else False
        cache_key = (line, width, is_cursor, tagged, self.has_focus)
        strip = self._cache.get(cache_key)
        if strip is None:
            strip = self._render_row(row, width, base, is_cursor, tagged)
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[cache_key] = strip
        return strip

    def _render_header(self, width: int, base: Style) -> Strip:
        style = base + self.get_component_rich_style("claim-table--header")
        segments = [Segment("  ", style)]
        for col, w in zip(self.columns, self._column_widths(width - 2), strict=True):
            if not w:  # hidden: the pane is too narrow for it
                continue
            text = fit(col.title, w)
            if col.right:
                text = text.strip().rjust(w)
            segments.append(Segment(text + " ", style))
        return Strip(segments).adjust_cell_length(width, base)

    def _render_row(
        self, row: Any, width: int, base: Style, is_cursor: bool, tagged: bool
    ) -> Strip:
        get = self.get_component_rich_style
        overlay: Style | None = None
        if is_cursor:
            overlay = get(
                "claim-table--cursor" if self.has_focus else "claim-table--cursor-blurred"
            )
        mark_style = base + get("claim-table--tagged")
        segments = [
            Segment(
                TAGGED + " " if tagged else "  ", mark_style + overlay if overlay else mark_style
            )
        ]
        widths = self._column_widths(width - 2)
        for col, w, (text, klass) in zip(self.columns, widths, self._cells(row), strict=True):
            if not w:
                continue
            style = base + get(klass) if klass else base
            if overlay is not None:
                style = style + overlay
            shown = fit(one_line(text), w)
            if col.right:
                shown = shown.rstrip().rjust(w)
            segments.append(Segment(shown, style))
            segments.append(Segment(" ", base + overlay if overlay else base))
        return Strip(segments).adjust_cell_length(width, base + overlay if overlay else base)

    def row_text(self, index: int, width: int | None = None) -> str:
        """The plain text of row `index` as painted (for tests and the help of screen readers)."""
        width = width or self._content_width()
        return self._render_row(self.rows[index], width, Style(), False, False).text
