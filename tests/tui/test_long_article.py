"""A long article on one line (issue 12, finding 9): the article view opens on the claim
and draws every row of it, wrapped, not just the first line."""

from __future__ import annotations

from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.store.ingest import ingest_path
from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.article_view import ArticleView, wrap_rows
from tests.support.desk import ready
from tests.support.pilot import DeskApp, wait_for
from tests.tui.test_column_widths import painted


def _one_line_article(path: Path, sentences: int) -> Path:
    """An invented depot log with no line break in its body."""
    body = " ".join(
        f"Ilsa Varro said that {i % 900 + 2} grain barges had reached the east depot."
        for i in range(sentences)
    )
    path.write_text("Depot log of the east harbour\n\n" + body + "\n", encoding="utf-8")
    return path


def test_wrap_rows_keeps_every_character() -> None:
    text = "one two three\n\nfour fivesixseveneightnine ten\n"
    starts, ends = wrap_rows(text, 8)
    rows = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    assert rows == ["one two ", "three", "", "four ", "fivesixs", "eveneigh", "tnine ", "ten", ""]
    assert "".join(rows) == text.replace("\n", "")
    assert all(len(r) <= 8 for r in rows)


async def test_a_long_one_line_article_opens_on_its_claim_in_full(tmp_path: Path) -> None:
    src = _one_line_article(tmp_path / "depot.txt", 4000)  # about 300 KB on one line
    store_path = tmp_path / "depot.json"
    with ClaimStore(store_path) as st:
        assert ingest_path(st, str(src)).status == "added"
    app = DeskApp(store_path)
    async with app.run_test(size=(100, 30)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        quotes.cursor = len(quotes.rows) * 3 // 4  # far into the line
        claim = quotes.current.claim
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        view = app.screen.query_one("#article-body")
        assert isinstance(view, ArticleView)
        await wait_for(pilot, lambda: view.centered and view.scroll_y > 0)
        await pilot.pause()
        body = view.text
        # every character of the body is on a row: the line is drawn in full
        assert view.row_count >= len(body) // view.size.width
        assert "".join(view.row_text(i) for i in range(view.row_count)) == body.replace("\n", "")
        # the claim's row is on screen, and every row on screen has text
        lines = painted(app, view)
        assert any(claim.text[:20] in line for line in lines), lines
        assert all(line.strip() for line in lines), lines
        await pilot.press("G")
        await pilot.pause()
        assert body.rstrip()[-20:] in "".join(painted(app, view))
