"""The first launch of a desk no dashboard has opened (issue 18): `claimdesk ingest` keeps
the first page itself (tui/first_page.py, `keep_page_after_ingest`), so that launch shows
rows and counts before the whole desk is read, the same ones the whole desk then shows.
The desk's read is held open by an Event (never timed); the real `claimdesk` command
writes the desk."""

from __future__ import annotations

from pathlib import Path

from claimdesk.tui.first_page import page_path
from tests.support.pilot import wait_for
from tests.tui.test_first_page import HeldApp, header_text
from tests.tui.test_first_page_after_change import FERRY, claimdesk, screen_line

# invented reports of invented events
ORCHARD = """Frost spares most of the Bellweather orchards

Bellweather, 3 April 2025 (Valley Ledger) - Growers in the Bellweather valley said on
Thursday that the late frost had damaged fewer trees than they feared.

"We lost the blossom on the high rows, but the valley floor came through," said Tomas
Greaves, who chairs the growers' cooperative.

The cooperative said 12 percent of its 640 hectares had been hit, and that the harvest
would begin in late August as planned.
"""

QUARRY = """Quarry road to close for repairs

Harnley, 9 June 2025 (Harnley Courier) - The road to the old Harnley quarry will close for
three weeks from Monday, the county roads office said.

"The surface has broken up under the trucks and has to be rebuilt," said Petra Olm, the
county's roads engineer. The repairs will cost 85,000 euros, the office said.
"""


def _ingest(desk: Path, tmp_path: Path, **articles: str) -> None:
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    paths = [str(tmp_path / f"{name}.txt") for name in articles]
    claimdesk("--db", str(desk), "ingest", *paths, "--published", "2025-06-10")


async def _first_rows_are_the_desks(desk: Path, words: str) -> None:
    """A launch shows the kept page before the desk is read; the whole desk then shows the
    same first rows, counts and pane lengths."""
    app = HeldApp(desk)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: app.reading.is_set() and screen.page is not None)
        await pilot.pause()
        page = screen.page
        assert screen.model is None and not app.loaded.is_set()  # the desk is not read yet
        assert page.quotes and page.numbers
        assert words in screen_line(app, words)
        assert "claims" in header_text(app) and "loading" not in header_text(app)
        quotes, numbers = screen.table("quotes"), screen.table("numbers")
        shown = (quotes.border_subtitle, numbers.border_subtitle, dict(page.counts))
        # the Sources pane (its order may fold merged entities) waits for the desk
        assert not screen.table("sources").rows
        app.release.set()
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        model = screen.model
        assert [r.id for r in page.quotes] == [r.id for r in model.quotes[: len(page.quotes)]]
        assert [r.id for r in page.numbers] == [r.id for r in model.numbers[: len(page.numbers)]]
        assert shown == (f"{len(model.quotes):,}", f"{len(model.numbers):,}", dict(model.counts))
        assert screen.table("sources").rows


async def test_a_desk_never_opened_shows_rows_before_it_is_read(tmp_path: Path) -> None:
    desk = tmp_path / "new" / "desk.json"
    desk.parent.mkdir()
    _ingest(desk, tmp_path, orchard=ORCHARD, quarry=QUARRY)
    assert page_path(desk).exists()  # written by the ingest: no dashboard has run
    await _first_rows_are_the_desks(desk, "We lost the blossom")


async def test_a_second_ingest_and_an_updated_article_keep_a_true_page(tmp_path: Path) -> None:
    desk = tmp_path / "desk.json"
    _ingest(desk, tmp_path, orchard=ORCHARD)
    _ingest(desk, tmp_path, ferry=FERRY)  # added: the kept page is brought up to date
    # an article changed since: the page cannot be caught up, so the ingest keeps a new one
    _ingest(desk, tmp_path, orchard=ORCHARD.replace("12 percent", "15 percent"))
    await _first_rows_are_the_desks(desk, "The pier is repaired")
