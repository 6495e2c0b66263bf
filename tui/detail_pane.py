"""The Detail pane: the selected claim in its article's context, highlighted, with its history.

Every piece of article text, name and note goes in as plain text inside a `Content`; the
only styles are the ones written here. Sections about other outlets ("also reported
by", "figures elsewhere") come from the caller: each callable gets the store and the
claim and returns a section title and lines, or None (tui/compare_section.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from claimdesk.store.verdict_states import (
    BY_NAME,
    CONTESTED_COLOUR,
    CONTESTED_GLYPH,
    VERDICT_STATES,
    glyph_of,
)
from claimdesk.tui.compare_section import SectionSource
from claimdesk.tui.desk_model import KIND_GLYPH, ClaimRow, outlet_of

CONTEXT_CHARS = 500
NEAR_CHARS = 400


STATUS_STYLE = MappingProxyType({s.name: f"bold {s.colour}" for s in VERDICT_STATES})


def context_window(body: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The paragraph(s) around [start, end), at most `chars` either side."""
    lo = body.rfind("\n\n", max(0, start - chars), start)
    lo = max(0, start - chars) if lo < 0 else lo + 2
    hi = body.find("\n\n", end, end + chars)
    hi = min(len(body), end + chars) if hi < 0 else hi
    return lo, hi


def claim_context(body: str, start: int, end: int) -> Content:
    """The context of a claim with the claim itself highlighted."""
    start = max(0, min(start, len(body)))
    end = max(start, min(end, len(body)))
    lo, hi = context_window(body, start, end)
    return Content.assemble(
        "… " if lo > 0 else "",
        body[lo:start],
        (body[start:end], "bold reverse $accent"),
        body[end:hi],
        " …" if hi < len(body) else "",
    )


def _heading(title: str) -> Content:
    return Content.styled(title, "bold $text-primary")


def render_claim(
    row: ClaimRow,
    article: Any,
    source: Any,
    history: list[Any],
    store: Any,
    sections: Sequence[SectionSource] = (),
) -> Content:
    """Everything the Detail pane says about one claim; `sections`: the blocks about
    other outlets (the App's comparison gives them)."""
    c = row.claim
    parts: list[Content] = []
    kind = {"quote": "Quote", "statement": "Statement", "number": "Figure"}[c.kind]
    if c.kind == "quote" and c.partial:
        kind = "Partial quote"
    head = Content.assemble(
        (f"{KIND_GLYPH[c.kind]} {kind}", "bold"),
        "  ",
        (f"{glyph_of(c.status)} {c.status}", STATUS_STYLE.get(c.status, "bold")),
    )
    reviewer = getattr(c, "reviewer", None)
    if reviewer:
        when = str(getattr(c, "reviewed_at", "") or "")[:16].replace("T", " ")
        head = head + Content.styled(
            f"  by {reviewer}" + (f", {when}" if when else ""), "$text-muted"
        )
    if getattr(c, "orphaned", False):
        head = head + Content.styled("  (no longer in the article)", "$text-warning")
    parts.append(head)
    contested = getattr(c, "contested_with", None)
    if contested:
        who, said = contested
        parts.append(
            Content.styled(
                f"{CONTESTED_GLYPH} contested: {who} said {said}, {reviewer} said {c.status}"
                " — mark it again (any verdict) to settle it",
                f"bold {CONTESTED_COLOUR}",
            )
        )
    if c.kind == "number":
        line = Content.assemble(("Figure: ", "bold"), row.value_text)
        if c.noun:
            line = line + Content(" " + c.noun)
        if c.hypothetical:
            line = line + Content.styled("  (hypothetical)", "$text-warning")
        parts.append(line)
    # the claim in its context first: on a short pane it is what must be in view
    body = article.body if article is not None else ""
    orphaned = bool(getattr(c, "orphaned", False))
    if orphaned:
        # its offsets point into the body it came from, not this one: show its own text,
        # never a sentence of the new body highlighted as if it were the claim (QA2 R18)
        parts.append(Content("“" + c.text + "”" if c.kind != "number" else c.text))
    else:
        parts.append(claim_context(body, c.start, c.end) if body else Content(c.text))
    parts.append(Content(""))
    speaker = Content.assemble(("Speaker: ", "bold"), c.speaker or "not attributed")
    if source is not None and source.role:
        speaker = speaker + Content(", " + source.role)
    if source is not None and source.kind:
        speaker = speaker + Content.styled(f"  [{source.kind}]", "$text-muted")
    parts.append(speaker)
    outlet = Content.assemble(("Outlet: ", "bold"), outlet_of(article))
    if article is not None and article.aggregator and article.publisher:
        outlet = outlet + Content(f" (via {article.aggregator})")
    parts.append(outlet)
    if article is not None:
        parts.append(Content.assemble(("Published: ", "bold"), article.published or "unknown"))
    if article is not None and article.title:
        parts.append(Content.assemble(("Article: ", "bold"), article.title))
    if article is not None and not orphaned:  # dates and hedges near stale offsets: none
        lo, hi = context_window(body, c.start, c.end)
        dates = [d for d in article.dates or () if lo <= d.get("start", -1) < hi]
        if dates:
            parts.append(Content(""))
            parts.append(_heading("Dates here"))
            for d in dates:
                resolved = d.get("resolved") or "unresolved"
                parts.append(Content.assemble("  ", str(d.get("text", "")), " → ", str(resolved)))
        hedges = [
            h
            for h in article.hedges or ()
            if c.start - NEAR_CHARS <= h.get("start", -(10**9)) <= c.end + NEAR_CHARS
        ]
        if hedges:
            parts.append(Content(""))
            parts.append(_heading("Hedges nearby"))
            for h in hedges:
                parts.append(Content.assemble(("  ⚠ ", "$text-warning"), str(h.get("text", ""))))
    for extra in sections:
        section = extra(store, c)
        if section:
            title, lines = section
            parts.append(Content(""))
            parts.append(_heading(title))
            parts.extend(line if isinstance(line, Content) else Content(line) for line in lines)
    parts.append(Content(""))
    note_by = getattr(c, "note_by", None)
    parts.append(_heading(f"Note (by {note_by})" if c.note and note_by else "Note"))
    parts.append(
        Content(c.note) if c.note else Content.styled("(none — n to write one)", "$text-muted")
    )
    parts.append(Content(""))
    parts.append(_heading("History"))
    if not history:
        parts.append(Content.styled("(no verdicts yet)", "$text-muted"))
    for h in history:
        line = Content.assemble(
            "  ",
            (str(h.at)[:19].replace("T", " "), "$text-muted"),
            "  ",
        )
        if h.from_status != h.to_status:
            line = line + Content(f"{h.from_status} → {h.to_status}")
        elif h.from_note != h.to_note:
            line = line + Content("note changed")
        else:  # the same verdict given again: it settled a contested claim
            line = line + Content(f"{h.to_status} (confirmed)")
        if h.undo_of is not None:
            line = line + Content.styled(" (undo)", "$text-muted")
        if h.reviewer:
            line = line + Content(f" by {h.reviewer}")
        parts.append(line)
    return Content("\n").join(parts)


# each command on its own line and what it does indented below it: side by side, the
# two columns broke into a ragged mess when the pane is narrow (QA Q24)
WELCOME = Content.assemble(
    ("Welcome to claimdesk", "bold $text-primary"),
    "\n\nThis store has no articles yet. To fill it:\n\n",
    ("  claimdesk ingest FILE...", "bold"),
    ("\n      articles as .txt, .md or .html\n", "$text-muted"),
    ("  … --published YYYY-MM-DD", "bold"),
    ("\n      so “on Monday” gets a date\n", "$text-muted"),
    ("  ctrl+p → Ingest a file", "bold"),
    ("\n      from here\n", "$text-muted"),
    ("  claimdesk demo", "bold"),
    ("\n      the bundled sample articles\n\n", "$text-muted"),
    "Then walk the Sources, Quotes and Numbers panes with the arrow keys, ",
    "and mark claims "
    + ", ".join(f"{s.key} {s.name}" for s in VERDICT_STATES if s.decided)
    + ". ? lists every key.",
)


class DetailPane(Widget, can_focus=True):
    """A Line API view of one claim: replacing its content repaints it without a re-layout.

    It scrolls itself (j/k, arrows, page keys, the mouse wheel); the border's subtitle says
    how much more there is below.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_by(1)", "Down", show=False, id="detail.down"),
        Binding("up,k", "scroll_by(-1)", "Up", show=False, id="detail.up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="detail.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="detail.page_up"),
        Binding("g,home", "scroll_by(-1000000)", "Top", show=False, id="detail.top"),
        Binding("G,end", "scroll_by(1000000)", "Bottom", show=False, id="detail.bottom"),
    ]

    DEFAULT_CSS = """
    DetailPane { background: $surface; padding: 0 1; height: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content = Content("")
        self.top = 0
        self._strips: list[Strip] = []
        self._strips_key: tuple[int, int] | None = None
        self._width_value = 0
        self._width_key: object = None

    def show_content(self, content: Content) -> None:
        self.content = content
        self.top = 0
        self._strips_key = None
        # lay the text out now: the "↓ N more" subtitle it sets repaints the pane, and set
        # while painting it would cost a second full repaint in the next frame
        self._lines()
        self.refresh()

    def _lines(self) -> list[Strip]:
        width = self._width()
        key = (id(self.content), width)
        if self._strips_key != key and width > 0:
            self._strips = Visual.to_strips(self, self.content, width, None, self.visual_style)
            self._strips_key = key
            self._update_more()
        return self._strips

    def _update_more(self) -> None:
        below = len(self._strips) - self.top - self.size.height
        subtitle = f"↓ {below} more" if below > 0 else ""
        if self.border_subtitle != subtitle:
            self.border_subtitle = subtitle

    def _width(self) -> int:
        """The content width (`size` recomputes the region on every call: once per frame)."""
        key = self._size
        if key != self._width_key:
            self._width_value = self.size.width
            self._width_key = key
        return self._width_value

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._width_key = None
        self._strips_key = None  # a theme change recolours the text (QA Q21)

    def render_line(self, y: int) -> Strip:
        lines = self._lines()
        width = self._width()
        i = self.top + y
        if i < len(lines):
            return lines[i].extend_cell_length(width, self.visual_style.rich_style)
        return Strip.blank(width, self.visual_style.rich_style)

    def _on_resize(self, event: events.Resize) -> None:
        self._strips_key = None
        self._width_key = None
        self.refresh()

    def action_scroll_by(self, lines: int) -> None:
        total = len(self._lines())
        top = max(0, min(self.top + lines, max(total - self.size.height, 0)))
        if top != self.top:
            self.top = top
            self._update_more()
            self.refresh()

    def action_page(self, pages: int) -> None:
        self.action_scroll_by(pages * max(self.size.height - 1, 1))

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.action_scroll_by(3)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.action_scroll_by(-3)

    def show_claim(
        self,
        row: ClaimRow,
        article: Any,
        source: Any,
        history: list,
        store: Any,
        sections: Sequence[SectionSource] = (),
    ) -> None:
        self.show_content(render_claim(row, article, source, history, store, sections))

    def show_source(self, view: Any) -> None:
        src = view.source
        parts = [
            Content.styled(src.name, "bold"),
            Content.assemble(("Kind: ", "bold"), src.kind or "?"),
        ]
        if src.role:
            parts.append(Content.assemble(("Role: ", "bold"), src.role))
        if src.aliases:
            parts.append(Content.assemble(("Also named: ", "bold"), "; ".join(src.aliases)))
        parts.append(Content.assemble(("Outlets: ", "bold"), view.outlets or "?"))
        if getattr(view, "where", ""):
            parts.append(Content.assemble(("Article: ", "bold"), view.where))
        counts = ", ".join(f"{view.counts.get(s, 0)} {s}" for s in BY_NAME)
        parts.append(Content.assemble(("Claims: ", "bold"), counts))
        parts.append(Content(""))
        parts.append(
            Content.styled("enter or s: limit Quotes and Numbers to this source", "$text-muted")
        )
        self.show_content(Content("\n").join(parts))
