"""Untrusted text (articles, names, notes) shows literally and never runs an action."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import set_cell_size
from rich.style import Style
from textual.widgets import TextArea

from claimdesk.extract.record import Extraction, Number, Quote, Source, Statement
from claimdesk.store import ClaimStore
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.claim_table import ClaimTable, Column, fit, one_line
from claimdesk.tui.detail_pane import DetailPane
from tests.support.desk import ready
from tests.support.pilot import wait_for

CLICK = "[@click=app.quit]quit[/]"
CLOSE = "[/]"
BOLD = "[bold]x"
OSC52 = "\x1b]52;c;ZXZpbA==\x07"
HOSTILE = f"{CLICK} {CLOSE} {BOLD} {OSC52}"


def hostile_extraction() -> Extraction:
    speaker = f"{CLICK}{BOLD}"
    quote = f"Say {CLICK} and {CLOSE} then {BOLD} {OSC52}"
    statement = f"it was {CLOSE}{CLICK}"
    body = f"Intro {HOSTILE}.\n\n“{quote},” said {speaker}. He said {statement}. 7 {BOLD}."
    q0 = body.index(quote)
    s0 = body.index(statement)
    n0 = body.index(f"7 {BOLD}")
    return Extraction(
        path=f"evil-{CLOSE}.txt",
        words=20,
        title=f"Title {CLICK}",
        publisher=f"Outlet {BOLD}",
        published="2025-01-01",
        body=body,
        sources=[Source(speaker, "person", f"role {CLOSE}", [])],
        quotes=[Quote(quote, speaker, False, q0, q0 + len(quote))],
        statements=[Statement(statement, speaker, s0, s0 + len(statement))],
        numbers=[Number(7, None, None, BOLD, speaker, False, f"7 {BOLD}", n0, n0 + 3)],
    )


def screen_text(app: ClaimdeskApp) -> str:
    """Everything on screen as plain characters."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_markup_and_escapes_show_literally_and_do_nothing(tmp_path: Path) -> None:
    path = tmp_path / "evil.json"
    with ClaimStore(path) as store:
        store.ingest_extraction(hostile_extraction())
        quote = store.claims(kind="quote")[0]
        store.set_note(quote.id, f"note {HOSTILE}")
        stored_quote = quote.text
    assert "\x1b" not in stored_quote  # ingest strips control characters
    fired: list[str] = []
    app = ClaimdeskApp(path)
    app.action_quit = lambda: fired.append("quit")  # type: ignore[method-assign]
    async with app.run_test(size=(160, 50)) as pilot:
        desk = await ready(app, pilot)
        for pane in ("sources", "quotes", "numbers"):
            await pilot.press({"sources": "1", "quotes": "2", "numbers": "3"}[pane])
            table = desk.table(pane)
            assert table.rows, pane
            # click every visible row and every cell of the detail pane's first lines
            for y in range(1, len(table.rows) + 2):
                for x in range(2, table.size.width, 11):
                    await pilot.click(table, offset=(x, y))
            text = screen_text(app)
            assert "[@click=app.quit]" in text, pane
            assert "[bold]x" in text, pane
            detail = desk.query_one(DetailPane)
            for y in range(0, min(detail.size.height, 12)):
                for x in range(0, detail.size.width, 9):
                    await pilot.click(detail, offset=(x, y))
        # the quote and its note in the detail pane, literally
        await pilot.press("2", "g")
        await wait_for(pilot, lambda: not desk.detail_pending)
        detail_text = str(desk.query_one(DetailPane).content)
        assert stored_quote in detail_text
        assert f"note {CLICK} {CLOSE} {BOLD}" in detail_text
        assert "\x1b" not in screen_text(app)
        # the full article, literally, clicked all over
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        area = app.screen.query_one(TextArea)
        assert CLICK in area.text and BOLD in area.text
        assert area.selected_text == stored_quote
        for y in range(0, 6):
            for x in range(0, 60, 4):
                await pilot.click(area, offset=(x, y))
        await pilot.press("escape")
        # the note editor shows the note as text too
        await pilot.press("n")
        await pilot.pause()
        assert f"note {CLICK}" in app.screen.query_one(TextArea).text
        await pilot.press("escape")
        assert fired == []
        assert app.is_running
        with ClaimStore(path, readonly=True) as store:  # nothing was marked by a click
            assert {c.status for c in store.claims()} == {"unreviewed"}


printable = st.text(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn", "Mn", "Me", "Cf", "Zl", "Zp"),
    ),
    max_size=40,
)


async def test_row_text_is_what_is_stored() -> None:
    """The line widget paints exactly the stored characters (fitted to the column)."""
    from textual.app import App

    class TableApp(App[None]):
        def compose(self):
            yield ClaimTable(
                [Column("Speaker", 0), Column("Text", 0)],
                lambda row: [(row[0], None), (row[1], "claim-table--strong")],
                key=lambda row: row[1],
            )

    app = TableApp()
    async with app.run_test(size=(120, 10)):
        table = app.query_one(ClaimTable)

        @settings(max_examples=300, deadline=None)
        @given(text=printable, speaker=printable)
        def check(text: str, speaker: str) -> None:
            table.rows = [(speaker, text)]
            widths = table._column_widths(200)
            strip = table._render_row(table.rows[0], 202, Style(), False, False)
            painted = strip.text
            speaker_cell = fit(one_line(speaker), widths[0])
            text_cell = fit(one_line(text), widths[1])
            assert painted == set_cell_size(f"  {speaker_cell} {text_cell} ", 202)
            cells = [seg.text for seg in strip]
            assert cells[1] == speaker_cell and cells[3] == text_cell
            # with room to spare the whole stored text shows, character for character
            if len(text) < widths[1] // 2:
                assert cells[3].rstrip() == one_line(text).rstrip()

        check()
