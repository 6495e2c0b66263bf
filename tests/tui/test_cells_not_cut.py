"""What the panes and the header must never cut (issue 12, finding 14): a count, a figure,
a filter in the middle of a word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimdesk.extract.record import Extraction, Source, Statement
from claimdesk.store import ClaimStore
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.header_bar import HeaderBar, fit_words
from tests.support.desk import ready
from tests.support.pilot import compared
from tests.tui.test_column_widths import demo_store, every_line, painted, store  # noqa: F401

BUSY = 10_050  # claims of one source: five digits


@pytest.fixture
def busy_store(tmp_path: Path) -> Path:
    """One invented depot manager reporting 10,050 shipments."""
    lines = [f"Ilsa Varro said shipment {i} reached the depot." for i in range(BUSY)]
    body = "\n".join(lines)
    statements, pos = [], 0
    for i in range(BUSY):
        text = f"shipment {i} reached the depot"
        start = body.index(text, pos)
        statements.append(Statement(text, "Ilsa Varro", start, start + len(text)))
        pos = start + len(text)
    ext = Extraction(
        path="depot.txt",
        words=len(body.split()),
        title="Depot log",
        publisher="Varro Courier",
        published="2025-01-02",
        url=None,
        body=body,
        sources=[Source("Ilsa Varro", "person", "depot manager", [])],
        quotes=[],
        statements=statements,
        numbers=[],
    )
    path = tmp_path / "busy.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(ext)
    return path


@pytest.mark.parametrize("width", (80, 120))
async def test_source_counts_are_never_cut(busy_store: Path, width: int) -> None:
    app = ClaimdeskApp(busy_store)
    async with app.run_test(size=(width, 30)) as pilot:
        desk = await ready(app, pilot)
        lines = painted(app, desk.table("sources"))
        row = next(line for line in lines if "Ilsa Varro" in line)
        assert not re.search(r"\d…", row), row  # not "1005…"
        assert re.search(rf"\b{BUSY}\b.*\b{BUSY}\b", row), row  # "All" and unreviewed


@pytest.mark.parametrize("width", (100, 120))  # below 100 the lists take the full width
async def test_figures_read_in_full(store: Path, width: int) -> None:  # noqa: F811
    app = ClaimdeskApp(store)
    async with app.run_test(size=(width, 40)) as pilot:
        desk = await compared(app, pilot)
        rows = desk.table("numbers").rows
        assert "about USD 40 million" in {r.value_text for r in rows}
        text = "\n".join(await every_line(app, pilot, "numbers"))
        missing = sorted({r.value_text for r in rows if r.value_text not in text})
        assert not missing, missing


async def test_the_header_cuts_the_filters_at_a_word_with_an_ellipsis(
    store: Path,  # noqa: F811
) -> None:
    app = ClaimdeskApp(store)
    async with app.run_test(size=(120, 30)) as pilot:
        desk = await compared(app, pilot)
        name = "Amara Okafor-Lind"
        source = next(v for v in desk.table("sources").rows if v.source.name == name)
        desk.limit_to_source(source.id)
        desk.set_status_filter("unreviewed")
        desk.set_search("the government would release emergency aid to the valley")
        await pilot.pause()
        full = desk.filters.describe()
        line = painted_header(app, app.screen.query_one(HeaderBar))
        assert "filter:" in line
        after = line.split("filter: ", 1)[1].rstrip()
        assert len(full) > len(after)  # it did not fit: it is cut
        assert after.endswith("…"), line
        kept = after[:-1]
        assert full.startswith(kept) and full[len(kept)] == " ", (kept, full)


def painted_header(app: ClaimdeskApp, header: HeaderBar) -> str:
    region = header.region
    strips = app.screen._compositor.render_strips()
    return strips[region.y].crop(region.x, region.right).text


def test_fit_words() -> None:
    assert fit_words("status=disputed /harbour wall", 40) == "status=disputed /harbour wall"
    assert fit_words("status=disputed /harbour wall", 22) == "status=disputed…"
    assert fit_words("source=Tomas Mbeki", 13) == "source=Tomas…"
    assert fit_words("source=Tomas Mbeki", 17) == "source=Tomas…"
    assert fit_words("abcdefghij", 5) == "abcd…"  # one long word: cut, but marked
