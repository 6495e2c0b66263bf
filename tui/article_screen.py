"""The full article (enter): read-only, the claim selected and scrolled into view."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea
from textual.widgets.text_area import Selection

from claimdesk.tui.article_view import ArticleView
from claimdesk.tui.desk_model import outlet_of


def offset_to_location(text: str, offset: int) -> tuple[int, int]:
    """A character offset as the (row, column) a TextArea uses."""
    offset = max(0, min(offset, len(text)))
    row = text.count("\n", 0, offset)
    col = offset - (text.rfind("\n", 0, offset) + 1)
    return row, col


LONG_BODY = 200_000  # characters: a body this long is shown by ArticleView
LONG_LINE = 5_000  # characters: so is a body holding a line this long


def is_long(body: str) -> bool:
    """Too long for a TextArea, which wraps every line before it paints one: a big body,
    or one line of thousands of characters (a page with no line breaks)."""
    if len(body) > LONG_BODY:
        return True
    pos = 0
    while pos < len(body):
        nl = body.find("\n", pos)
        end = len(body) if nl < 0 else nl
        if end - pos > LONG_LINE:
            return True
        pos = end + 1
    return False


class ArticleScreen(Screen[None]):
    """The article body in a TextArea (shows text literally), the claim as the selection;
    a long body in an ArticleView, which wraps and paints only the rows on screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back", id="article.back"),
        Binding("j", "scroll(1)", "Down", show=False, id="article.down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="article.up"),
    ]

    DEFAULT_CSS = """
    ArticleScreen #article-head { height: auto; background: $panel; padding: 0 1; }
    ArticleScreen TextArea { height: 1fr; border: none; }
    """

    def __init__(self, article: Any, start: int, end: int) -> None:
        super().__init__()
        self.article = article
        self.start = start
        self.end = end

    def compose(self) -> ComposeResult:
        a = self.article
        head = Content.assemble(
            (a.title or "(untitled)", "bold"),
            "\n",
            outlet_of(a),
            "  ",
            (a.published or "date unknown", "$text-muted"),
            "  ",
            (str(a.path or ""), "$text-muted"),
        )
        yield Static(head, id="article-head")
        body = a.body or ""
        if is_long(body):
            yield ArticleView(body, self.start, self.end, id="article-body")
        else:
            yield TextArea(body, read_only=True, soft_wrap=True, id="article-body")
        yield Footer()

    def on_mount(self) -> None:
        view = self.query_one("#article-body")
        if isinstance(view, ArticleView):  # it scrolls the claim into view once it has a width
            self.set_focus(view)
            return
        area = self.query_one(TextArea)
        body = self.article.body or ""
        area.selection = Selection(
            offset_to_location(body, self.start), offset_to_location(body, self.end)
        )
        self.set_focus(area)
        self.call_after_refresh(area.scroll_cursor_visible, center=True, animate=False)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#article-body").scroll_relative(y=lines, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
