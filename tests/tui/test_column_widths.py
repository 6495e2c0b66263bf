"""Column widths of the list panes (QA2 R8, R14): what a reviewer reads at 80-200 columns.

The Pilot tests open the demo store (the bundled sample articles, as `claimdesk demo`
builds it) and read the panes as painted on screen, page by page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.claim_table import ClaimTable, Column, column_widths
from claimdesk.tui.desk_screen import NUMBER_COLUMNS, QUOTE_COLUMNS, SOURCE_COLUMNS
from tests.support.pilot import compared

WIDTHS = (80, 100, 120, 200)


# ------------------------------------------------------------------ the allocation


@st.composite
def columns(draw) -> list[Column]:
    cols = []
    for n in range(draw(st.integers(1, 7))):
        width = draw(st.integers(0, 30))
        least = draw(st.none() | st.integers(1, 20))
        cols.append(
            Column(
                f"c{n}",
                width,
                min_width=least,
                grow=draw(st.integers(0, 60)),
                priority=draw(st.integers(0, 3)),
                flex=draw(st.booleans()),
            )
        )
    return cols


@settings(max_examples=400, deadline=None)
@given(cols=columns(), width=st.integers(0, 250))
def test_widths_fit_and_follow_priority(cols: list[Column], width: int) -> None:
    widths = column_widths(cols, width)
    shown = [i for i, w in enumerate(widths) if w]
    assert sum(widths[i] + 1 for i in shown) <= width  # each shown column + one space
    for i in shown:
        col = cols[i]
        assert widths[i] >= col.least  # never a stub below its minimum
        if not col.flexible:
            assert widths[i] <= max(col.least, col.width, col.grow)
    # a column of a higher priority number is shown only when every column before it
    # in priority is shown and has the width it asks for
    for j in shown:
        for i, col in enumerate(cols):
            if col.priority < cols[j].priority:
                assert widths[i] >= max(col.least, col.width), (i, j, widths)
    # a shown flexible column takes whatever is left: no blank cells at the row's end
    if any(cols[i].flexible for i in shown):
        assert sum(widths[i] + 1 for i in shown) == width


def test_old_style_flexible_columns_share_the_width() -> None:
    """`Column(title)` (width 0) is flexible, as before: two of them split the row."""
    assert column_widths([Column("a"), Column("b")], 200) == [99, 99]
    assert column_widths([Column("S", 1), Column("a"), Column("b")], 41) == [1, 19, 18]


@pytest.mark.parametrize("pane", range(50, 160))
def test_counts_marks_and_the_identifying_columns_at_every_pane_width(pane: int) -> None:
    """The list panes are 53 (100 terminal columns) to 145 (240) cells wide: counts and
    marks keep their width; the name, the figure with its noun, and the quote keep a
    readable width before any secondary column widens."""
    src = column_widths(SOURCE_COLUMNS, pane)
    assert src[3:] == [4, 4, 4, 4, 4]
    assert src[0] >= 18  # "Amara Okafor-Lind", the longest sample names, are 17
    num = column_widths(NUMBER_COLUMNS, pane)
    assert num[:2] == [1, 3] and num[2] >= 12 and num[3] >= 12
    quo = column_widths(QUOTE_COLUMNS, pane)
    assert quo[:2] == [1, 2] and quo[3] >= 24 and quo[2] >= 12


# ------------------------------------------------------------------ on screen


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from claimdesk.cli.dashboard_verbs import ingest_samples

    path = tmp_path_factory.mktemp("demo") / "demo.json"
    ingest_samples(path)
    return path


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    """A fresh copy per test: the app writes its comparison cache beside the store."""
    for f in demo_store.parent.iterdir():
        if f.is_file() and f.name.startswith(demo_store.name):
            shutil.copy(f, tmp_path / f.name)
    return tmp_path / demo_store.name


def painted(app: ClaimdeskApp, table: ClaimTable) -> list[str]:
    """The pane's lines as they are on screen (the compositor's output, cropped to it)."""
    region = table.content_region
    strips = app.screen._compositor.render_strips()
    return [strip.crop(region.x, region.right).text for strip in strips[region.y : region.bottom]]


async def every_line(app: ClaimdeskApp, pilot, name: str) -> list[str]:
    """Every row of a pane as painted, paging through it from the top with the keys."""
    desk = app.screen
    table = desk.table(name)
    await pilot.press(str(("sources", "quotes", "numbers").index(name) + 1), "g")
    await pilot.pause()
    lines = painted(app, table)
    while table.cursor < len(table.rows) - 1:
        await pilot.press("pagedown")
        await pilot.pause()
        lines += painted(app, table)
    return lines


@pytest.mark.parametrize("width", WIDTHS)
async def test_source_names_read_in_full(store: Path, width: int) -> None:
    """R14: at 100 columns "Tomas…" was Tomas Mbeki, Tomas Berg or Tomasz Weller."""
    app = ClaimdeskApp(store)
    async with app.run_test(size=(width, 40)) as pilot:
        desk = await compared(app, pilot)
        people = {v.source.name for v in desk.table("sources").rows if v.source.kind == "person"}
        assert "Amara Okafor-Lind" in people and "Tomasz Weller" in people
        text = "\n".join(await every_line(app, pilot, "sources"))
        cut = sorted(name for name in people if f" {name} " not in text)
        assert not cut, cut
        assert "Source" in painted(app, desk.table("sources"))[0]
        for title in ("All", "·", "✓", "✗", "⊘"):  # the counts are all there
            assert title in painted(app, desk.table("sources"))[0]


@pytest.mark.parametrize("width", WIDTHS)
async def test_figures_show_what_they_count(store: Path, width: int) -> None:
    """R14: at 100 columns "Of what" had 0 cells: "at least 52" with no "people"."""
    app = ClaimdeskApp(store)
    async with app.run_test(size=(width, 40)) as pilot:
        desk = await compared(app, pilot)
        rows = desk.table("numbers").rows
        lines = await every_line(app, pilot, "numbers")
        assert len(lines) >= len(rows)
        wanted = [
            f"{r.value_text} {r.claim.noun}"
            for r in rows
            if r.claim.noun and len(r.value_text) <= 12 and len(r.claim.noun) <= 12
        ]
        assert "at least 52 people" in wanted and len(wanted) > 50
        text = "\n".join(lines)
        missing = [w for w in wanted if w not in text]
        assert not missing, missing[:5]


@pytest.mark.parametrize("width", WIDTHS)
async def test_quotes_keep_a_readable_share(store: Path, width: int) -> None:
    """The quote says which row it is: its first 24 characters show beside the speaker."""
    app = ClaimdeskApp(store)
    async with app.run_test(size=(width, 40)) as pilot:
        desk = await compared(app, pilot)
        quotes = desk.table("quotes")
        await pilot.press("2")
        await pilot.pause()
        lines = painted(app, quotes)[1:]
        shown = quotes.rows[: len(lines)]
        assert len(shown) >= 3
        for row, line in zip(shown, lines, strict=False):
            assert row.claim.text[:24] in line, line
            assert row.claim.speaker is None or row.claim.speaker[:12] in line


async def test_merged_outlets_read_in_full_at_200(store: Path) -> None:
    """R8: at 200 columns a merged source's outlets were cut to "Meridian Week…"."""
    app = ClaimdeskApp(store)
    async with app.run_test(size=(200, 50)) as pilot:
        desk = await compared(app, pilot)
        two = [v.outlets for v in desk.table("sources").rows if v.outlets.count(", ") == 1]
        assert "Meridian Weekly, Northwind Wire" in two
        text = "\n".join(await every_line(app, pilot, "sources"))
        cut = [o for o in two if o not in text]
        assert not cut, cut


async def test_widths_follow_a_resize(store: Path) -> None:
    """The widths are computed once per pane width: a resize recomputes them."""
    app = ClaimdeskApp(store)
    async with app.run_test(size=(100, 40)) as pilot:
        desk = await compared(app, pilot)
        sources = desk.table("sources")
        header = painted(app, sources)[0]
        assert "Role" not in header and "Outlets" in header  # Role is read in Detail
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        await pilot.pause()
        header = painted(app, sources)[0]
        assert "Role" in header and "Outlets" in header
        text = "\n".join(painted(app, sources))
        assert "Meridian Weekly, Northwind Wire" in text
