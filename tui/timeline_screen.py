"""The timeline (t, or "Timeline" in the command palette): every resolved date from every
article on one drawn axis, with what happened and who said so.

Days are dots, months and years are brackets spanning their period, coloured by outlet
and numbered; the list below the axis follows the selected event, and enter opens its
article at the date. The axis spans the middle 90% of the events (◀ n earlier, n later ▶
at its ends) and always the selected one; + and - zoom on the selected event, 0 shows
every event (the strays at both ends too).
Text from articles reaches the screen only inside `Content`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from claimdesk.store import comparison as cmp
from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.messages import TimelineRead

OUTLET_STYLES = (
    "bold $accent",
    "bold $success",
    "bold $warning",
    "bold $secondary",
    "bold $error",
    "bold $primary",
)
LANES = 4
MARGIN = 2


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _tick_label(d: dt.date, span_days: int) -> str:
    if span_days > 3 * 365:
        return str(d.year)
    if span_days > 60:
        return d.strftime("%b %Y") if d.month == 1 or span_days > 400 else d.strftime("%b")
    return d.strftime("%d %b")


def _ticks(first: dt.date, last: dt.date) -> list[dt.date]:
    """Year starts on a long axis, quarter or month starts on a middling one, weeks on a
    short one."""
    span = (last - first).days
    if span > 3 * 365:
        return [dt.date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    if span <= 60:
        return [first + dt.timedelta(days=7 * i) for i in range(1, span // 7 + 1)]
    out = []
    y, m = first.year, first.month
    while True:
        m += 1
        if m > 12:
            m, y = 1, y + 1
        d = dt.date(y, m, 1)
        if d > last:
            return out
        if span <= 400 or m in (1, 4, 7, 10):
            out.append(d)


WHOLE = -1  # the zoom level of `0`: every event, from the first date to the last
HINT_KEYS = "+ zoom in · - zoom out · 0 every event · enter article · ? keys"
HINT_KEYS_SHORT = "+/- zoom · 0 all · ? keys"
AGGREGATE_OVER = 300  # more events than this in view: counts per column, not one mark each
DENSITY = " ▁▂▃▄▅▆▇█"


class TimelineAxis(Widget, can_focus=True):
    """The drawn axis and the event list; `selected` indexes `events`.

    Every frame costs what is visible, not what is stored: the events' days are turned
    into ordinals once, the window is found by bisection, and a crowded window is drawn
    as counts per column (cached until the window or the width changes).
    """

    DEFAULT_CSS = """
    TimelineAxis { height: 1fr; padding: 0 1; }
    """

    selected: reactive[int] = reactive(0)
    zoom: reactive[int] = reactive(0)

    def __init__(self, events: Sequence[Any] | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.events: list[Any] = []
        self.ready = False
        self._density: tuple[tuple, list[int]] | None = None
        if events is not None:
            self.set_events(events)

    def set_events(self, events: Sequence[Any]) -> None:
        """Take the events (sorted by first day, as extract.compare.timeline gives them)."""
        self.events = list(events)
        self._first = [_day(e.first_day).toordinal() for e in self.events]
        self._last = [_day(e.last_day).toordinal() for e in self.events]
        self._ends_sorted = sorted(self._last)
        self._density = None
        self.ready = True
        outlets = list(dict.fromkeys(e.outlet for e in self.events))
        self.outlet_style = {
            o: OUTLET_STYLES[i % len(OUTLET_STYLES)] for i, o in enumerate(outlets)
        }
        start = int(len(self.events) * 0.05) if len(self.events) > 20 else 0
        # start inside the drawn window, not on a stray old date
        self.set_reactive(TimelineAxis.selected, start)
        self.refresh()

    # -- geometry

    def _bounds(self) -> tuple[int, int]:
        """The window drawn (day ordinals): the middle 90% of the events (a stray 1987 or
        2037 would squash the rest), widened to hold the selected event, zoomed by +/-."""
        n = len(self.events)
        if self.zoom == WHOLE:  # `0`: every event, the strays at both ends too
            return self._padded(self._first[0], self._ends_sorted[-1])
        first = self._first[int(n * 0.05)]
        last = self._ends_sorted[min(n - 1, int(n * 0.95))]
        if self.zoom:
            mid = self._first[self.selected]
            half = max(7, (last - first) // (2 ** (self.zoom + 1)))
            first, last = mid - half, mid + half
        first = min(first, self._first[self.selected])
        last = max(last, self._last[self.selected])
        return self._padded(first, last)

    @staticmethod
    def _padded(first: int, last: int) -> tuple[int, int]:
        """At least two weeks wide, so one day's events do not fill the axis."""
        if last - first < 14:
            first -= 7
            last += 7
        return first, last

    def _x(self, d: int, first: int, last: int, width: int) -> int:
        span = max(1, last - first)
        usable = max(1, width - 2 * MARGIN - 1)
        return MARGIN + round((d - first) / span * usable)

    def _in_view(self, first: int, last: int) -> tuple[list[int], int, int]:
        """Indexes of the events drawn in [first, last], and the counts before and after."""
        lo = bisect_left(self._first, first)
        hi = bisect_right(self._first, last)
        # months and years that start earlier but reach into the window (a bounded look back)
        spanning = [i for i in range(max(0, lo - 200), lo) if self._last[i] >= first]
        return spanning + list(range(lo, hi)), lo - len(spanning), len(self.events) - hi

    # -- drawing

    def render(self) -> Content:
        width = max(20, self.size.width - 2)
        if not self.ready:
            return Content.styled("Reading the dates of every article…", "$text-muted")
        if not self.events:
            return Content.styled(
                "No resolved dates yet: ingest articles that give dates.", "$text-muted"
            )
        first, last = self._bounds()
        n_lanes = max(LANES, min(10, (self.size.height - 12) // 2))
        lanes: list[list[tuple[str, str | None]]] = [[(" ", None)] * width for _ in range(n_lanes)]
        shown, before, after = self._in_view(first, last)
        hidden = 0
        crowded = len(shown) > AGGREGATE_OVER
        if crowded:
            self._draw_density(lanes, shown, first, last, width)
        else:
            ends = [-1] * n_lanes
            for i in shown:
                e = self.events[i]
                x0 = self._x(max(self._first[i], first), first, last, width)
                x1 = self._x(min(self._last[i], last), first, last, width)
                style = self.outlet_style[e.outlet]
                if i == self.selected:
                    style = "reverse " + style
                label = str(i + 1)
                glyphs = ["●"] if x1 <= x0 else ["├", *(["─"] * max(0, x1 - x0 - 1)), "┤"]
                cells = glyphs + list(label)
                lane = next((n for n in range(n_lanes) if ends[n] < x0), None)
                if lane is None:
                    hidden += 1
                    lane = n_lanes - 1
                    cells = glyphs  # drawn over, unlabelled
                for k, ch in enumerate(cells):
                    if 0 <= x0 + k < width:
                        lanes[lane][x0 + k] = (ch, style)
                ends[lane] = max(ends[lane], x0 + len(cells))
        axis = [("─", "$text-muted")] * width
        if before:
            axis[: len(f"◀{before}")] = [(ch, "bold") for ch in f"◀{before}"]
        if after:
            tail = f"{after}▶"
            axis[width - len(tail) :] = [(ch, "bold") for ch in tail]
        labels = [" "] * width
        d_first, d_last = dt.date.fromordinal(first), dt.date.fromordinal(last)
        for d in _ticks(d_first, d_last):
            x = self._x(d.toordinal(), first, last, width)
            if 0 <= x < width:
                axis[x] = ("┼", "$text-muted")
                text = _tick_label(d, last - first)
                # a blank column on either side: "2015 2016", never "20152016"
                free = labels[max(0, x - 1) : x + len(text) + 1]
                if all(c == " " for c in free) and x + len(text) <= width:
                    labels[x : x + len(text)] = list(text)
        lines: list[Content] = [
            Content.assemble(
                (f"{len(self.events)} dated events", "bold"),
                f"  {d_first.isoformat()} … {d_last.isoformat()}",
                (f"  ({hidden} drawn without a number)" if hidden else "", "$text-muted"),
                (
                    f"  ({len(shown)} in view: events per column, ▼ the selected one)"
                    if crowded
                    else "",
                    "$text-muted",
                ),
            ),
            self._hint(before, after, width),
        ]
        for lane in reversed(lanes):
            lines.append(Content.assemble(*lane))
        lines.append(Content.assemble(*axis))
        lines.append(Content.styled("".join(labels), "$text-muted"))
        legend: list[str | tuple[str, str]] = []
        for outlet, style in list(self.outlet_style.items())[:12]:
            legend += [("■ ", style), outlet, "   "]
        lines.append(Content.assemble(*legend))
        lines.append(Content(""))
        lines.extend(self._list_lines(max(1, self.size.height - len(lines))))
        return Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)

    def _hint(self, before: int, after: int, width: int) -> Content:
        """What the axis leaves out and the keys that change it, on a line of its own so
        that a narrow terminal cuts neither: the long form of the keys when it fits."""
        where = f"◀ {before} earlier, {after} later ▶" if before or after else "every event"
        for keys in (HINT_KEYS, HINT_KEYS_SHORT, ""):
            if len(where) + 3 + len(keys) <= width:
                break
        return Content.assemble((where, "bold"), ("   " + keys if keys else "", "$text-muted"))

    def _draw_density(self, lanes, shown: list[int], first: int, last: int, width: int) -> None:
        """Thousands of events: how many start in each column (cached per window), and the
        selected event marked above them."""
        key = (first, last, width, len(shown))
        if self._density is None or self._density[0] != key:
            counts = [0] * width
            for i in shown:
                x = self._x(max(self._first[i], first), first, last, width)
                if 0 <= x < width:
                    counts[x] += 1
            self._density = (key, counts)
        counts = self._density[1]
        top = max(counts) or 1
        rows = len(lanes) - 1
        for x, n in enumerate(counts):
            if not n:
                continue
            # fill the lanes bottom-up in eighths, at least one eighth for any event
            level = max(1, round(n / top * rows * 8))
            for r in range(rows):
                part = min(8, level - r * 8)
                if part <= 0:
                    break
                lanes[r][x] = (DENSITY[part], "$accent")
        sel = self.selected
        x = self._x(max(self._first[sel], first), first, last, width)
        style = "reverse " + self.outlet_style[self.events[sel].outlet]
        mark = f"▼{sel + 1}"
        x = max(0, min(x, width - len(mark)))  # at the right edge, the number still shows
        for k, ch in enumerate(mark):
            if 0 <= x + k < width:
                lanes[-1][x + k] = (ch, style)

    def _list_lines(self, rows: int) -> list[Content]:
        n = len(self.events)
        start = max(0, min(self.selected - rows // 2, n - rows))
        out = []
        for i in range(start, min(n, start + rows)):
            e = self.events[i]
            mark = "▶ " if i == self.selected else "  "
            who = f" — {e.speaker}" if e.speaker else ""
            line = Content.assemble(
                (mark, "bold"),
                (f"{i + 1:>3} ", "$text-muted"),
                (f"{e.when:<10} ", "bold"),
                (e.outlet, self.outlet_style[e.outlet]),
                who,
                ": ",
                e.what,
            )
            if i == self.selected:
                line = line.stylize("on $boost")
            out.append(line)
        return out

    # -- moving

    def move(self, delta: int) -> None:
        if self.events:
            self.selected = max(0, min(len(self.events) - 1, self.selected + delta))

    def watch_selected(self) -> None:
        self.refresh()

    def watch_zoom(self) -> None:
        self.refresh()

    @property
    def current(self) -> Any:
        return self.events[self.selected] if self.events else None


class TimelineScreen(Screen[None]):
    """Every dated event from every outlet on one axis."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,t", "close", "Back", id="timeline.back"),
        Binding("j,down,right,l", "move(1)", "Next", show=False, id="timeline.next"),
        Binding("k,up,left,h", "move(-1)", "Previous", show=False, id="timeline.previous"),
        Binding("pagedown", "move(10)", "Page down", show=False, id="timeline.page_down"),
        Binding("pageup", "move(-10)", "Page up", show=False, id="timeline.page_up"),
        Binding("home,g", "move(-1000000)", "First", show=False, id="timeline.first"),
        Binding("end,G", "move(1000000)", "Last", show=False, id="timeline.last"),
        Binding(
            "enter", "open", "Article", tooltip="open the article at this date", id="timeline.open"
        ),
        Binding(
            "plus,equals_sign",
            "zoom(1)",
            "Zoom in",
            tooltip="zoom in on the selected event",
            id="timeline.zoom_in",
        ),
        Binding("minus", "zoom(-1)", "Zoom out", show=False, id="timeline.zoom_out"),
        Binding(
            "0", "zoom(0)", "All", show=False, tooltip="the whole range again", id="timeline.all"
        ),
    ]

    def __init__(self, events: Sequence[Any] | None, store: Any = None) -> None:
        """`events` None: read them from `store` in a worker (dates only, no comparison)."""
        super().__init__()
        self.events = list(events) if events is not None else None
        self.store = store

    def compose(self) -> ComposeResult:
        events = self.events if self.events is not None or self.store is not None else []
        axis = TimelineAxis(events, id="timeline")
        axis.border_title = "Timeline"
        yield axis
        yield Footer(compact=True)

    def on_mount(self) -> None:
        axis = self.query_one(TimelineAxis)
        axis.focus()
        if not axis.ready:
            axis.loading = True
            self.run_worker(self._read_events, thread=True, group="timeline", exclusive=True)

    def _read_events(self) -> None:
        """The worker: the dates of every article (no comparison), posted to this screen."""
        try:
            events = cmp.timeline_events(self.store)
        except Exception as exc:
            self.post_message(TimelineRead([], str(exc)))
            return
        self.post_message(TimelineRead(events))

    @on(TimelineRead)
    def _events_read(self, event: TimelineRead) -> None:
        axis = self.axis
        axis.loading = False
        if event.error:
            axis.set_events([])
            self.notify(f"Timeline failed: {event.error}", severity="error")
            return
        self.events = event.events
        axis.set_events(event.events)

    @property
    def axis(self) -> TimelineAxis:
        return self.query_one(TimelineAxis)

    def action_move(self, delta: int) -> None:
        self.axis.move(delta)

    def action_zoom(self, step: int) -> None:
        """+1 in on the selected event, -1 out (past the first view: every event), 0
        every event at once."""
        axis = self.axis
        axis.zoom = WHOLE if step == 0 else max(WHOLE, min(8, axis.zoom + step))

    def action_open(self) -> None:
        e = self.axis.current
        if e is None or self.store is None:
            return
        try:
            article = self.store.article(e.article_id)
        except Exception:
            self.notify("That article is no longer in the store.", severity="warning")
            return
        start = max(0, e.start)
        end = e.end if e.end >= start else start
        self.app.push_screen(ArticleScreen(article, start, end))

    def action_close(self) -> None:
        self.dismiss(None)
