"""The reviewer's findings on the desk (issue 12): a group verdict reaches only the same
claim and asks first, claim keys refuse from the Sources pane, a limit starts at the top,
a reload keeps the selected row on its line. Keys are pressed as a person would; the
store on disk is read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from claimdesk.store.ingest import ingest_path
from claimdesk.tui.compare_keys import CompareActions
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.group_verdict_dialog import GroupVerdictDialog
from claimdesk.tui.note_editor import NoteEditor
from tests.support.desk import notes, ready, select_source
from tests.support.paths import SAMPLE_DATA
from tests.support.pilot import DeskApp, compared, settled, wait_for

# two invented reports of one invented border clash: each outlet's statement about the
# wounded and the closed road holds several figures, so one same-claim group links the
# statements and figures that are not the same claim ("about 1,200" villagers, "30"
# soldiers, "12 kilometres" of road)
HARROW = ("harrow_pass_northwind.txt", "harrow_pass_calder_newspail.txt")


@pytest.fixture
def harrow_path(tmp_path: Path) -> Path:
    path = tmp_path / "harrow.json"
    with ClaimStore(path) as st:
        for name in HARROW:
            assert ingest_path(st, str(SAMPLE_DATA / name)).status == "added"
    return path


def _focus_row(desk: DeskScreen, pane: str, pick) -> int:
    table = desk.table(pane)
    table.focus()
    for i, row in enumerate(table.rows):
        if pick(row.claim):
            table.cursor = i
            return i
    raise AssertionError(f"no such row in {pane}")


def _on_disk(path: Path) -> dict[tuple[str, str], str]:
    """(text, article id) -> status, as a fresh reader of the store sees them."""
    with ClaimStore(path, readonly=True) as st:
        return {(c.text, c.article_id): c.status for c in st.claims()}


async def test_group_verdict_reaches_only_the_same_figure_and_asks_first(
    harrow_path: Path,
) -> None:
    app = DeskApp(harrow_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        is_km = lambda c: c.kind == "number" and c.value == 12 and c.unit == "km"  # noqa: E731
        kms = [r for r in desk.table("numbers").rows if is_km(r.claim)]
        assert len(kms) == 2 and kms[0].claim.article_id != kms[1].claim.article_id
        # one report of the road: verified; the statement around the other: dismissed
        _focus_row(desk, "numbers", lambda c: c.id == kms[0].id)
        await pilot.press("v")
        statement = next(r for r in desk.table("quotes").rows if "12 kilometres" in r.claim.text)
        _focus_row(desk, "quotes", lambda c: c.id == statement.id)
        await pilot.press("x")
        # then "about 1,200" villagers disputed, and `=` on it
        _focus_row(desk, "numbers", lambda c: c.value == 1200)
        await pilot.press("d")
        _focus_row(desk, "numbers", lambda c: c.value == 1200)
        await pilot.press("equals_sign")
        await pilot.pause()
        # no other outlet gives 1,200: nothing else is the same claim, nothing changes
        assert not isinstance(app.screen, GroupVerdictDialog)
        assert any("No other outlet reports this claim" in n for n in notes(app)), notes(app)
        # `=` on the verified 12 km: the other outlet's 12 km only, listed and asked
        _focus_row(desk, "numbers", lambda c: c.id == kms[0].id)
        await pilot.press("equals_sign")
        await wait_for(pilot, lambda: isinstance(app.screen, GroupVerdictDialog))
        dialog = app.screen
        assert [c.claim.id for c in dialog.changes] == [kms[1].id]
        await pilot.press("enter")
        await wait_for(pilot, lambda: kms[1].claim.status == "verified")
    disk = _on_disk(harrow_path)
    with ClaimStore(harrow_path, readonly=True) as st:
        by_id = {c.id: c for c in st.claims()}
    assert by_id[kms[1].id].status == "verified"
    assert by_id[statement.id].status == "dismissed"  # left alone
    thirty = [c for c in by_id.values() if c.kind == "number" and c.value == 30]
    assert thirty and all(c.status == "unreviewed" for c in thirty)
    assert sum(s == "disputed" for s in disk.values()) == 1  # 1,200 alone


async def test_group_verdict_asks_before_changing_a_decided_claim_and_undo_says_so(
    harrow_path: Path,
) -> None:
    app = DeskApp(harrow_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        statements = [r for r in desk.table("quotes").rows if "12 kilometres" in r.claim.text]
        assert len(statements) == 2
        first, other = statements
        # a colleague already verified the other outlet's statement
        _focus_row(desk, "quotes", lambda c: c.id == other.id)
        await pilot.press("v")
        _focus_row(desk, "quotes", lambda c: c.id == first.id)
        await pilot.press("d")
        _focus_row(desk, "quotes", lambda c: c.id == first.id)
        await pilot.press("equals_sign")
        await wait_for(pilot, lambda: isinstance(app.screen, GroupVerdictDialog))
        dialog = app.screen
        assert [c.claim.id for c in dialog.changes] == [other.id]
        assert dialog.decided == 1
        shown = str(dialog.query_one("#group-verdict-ask").render())
        assert "already have a verdict" in shown
        await pilot.press("u")  # only the unreviewed: none, so nothing is changed
        await wait_for(pilot, lambda: not isinstance(app.screen, GroupVerdictDialog))
        assert other.claim.status == "verified"
        _focus_row(desk, "quotes", lambda c: c.id == first.id)
        await pilot.press("equals_sign")
        await wait_for(pilot, lambda: isinstance(app.screen, GroupVerdictDialog))
        await pilot.press("enter")  # change it too
        await wait_for(pilot, lambda: other.claim.status == "disputed")
        assert _on_disk(harrow_path)[(other.claim.text, other.claim.article_id)] == "disputed"
        await pilot.press("z")
        await wait_for(pilot, lambda: other.claim.status == "verified")
        said = notes(app)[-1]
        assert "back to verified" in said, said
        assert "back to dismissed" not in said and "unreviewed" not in said, said
    assert _on_disk(harrow_path)[(other.claim.text, other.claim.article_id)] == "verified"


async def test_undo_of_a_group_verdict_names_each_claims_own_verdict(harrow_path: Path) -> None:
    app = DeskApp(harrow_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        rows = desk.table("numbers").rows
        kms = [r for r in rows if r.claim.value == 12 and r.claim.unit == "km"]
        # each outlet's 12 km and statement decided apart; then `=` on one of each, tagged
        _focus_row(desk, "numbers", lambda c: c.id == kms[1].id)
        await pilot.press("d")
        statements = [r for r in desk.table("quotes").rows if "12 kilometres" in r.claim.text]
        _focus_row(desk, "quotes", lambda c: c.id == statements[0].id)
        await pilot.press("x")
        _focus_row(desk, "quotes", lambda c: c.id == statements[1].id)
        await pilot.press("v")
        _focus_row(desk, "numbers", lambda c: c.id == kms[0].id)
        await pilot.press("v")
        _focus_row(desk, "quotes", lambda c: c.id == statements[1].id)
        await pilot.press("space")
        _focus_row(desk, "numbers", lambda c: c.id == kms[0].id)
        await pilot.press("space")
        await pilot.press("equals_sign")
        await wait_for(pilot, lambda: isinstance(app.screen, GroupVerdictDialog))
        await pilot.press("enter")
        await wait_for(pilot, lambda: kms[1].claim.status == "verified")
        assert statements[0].claim.status == "verified"
        await pilot.press("z")  # one action: both back, each to its own verdict
        await wait_for(pilot, lambda: kms[1].claim.status == "disputed")
        assert statements[0].claim.status == "dismissed"
        said = notes(app)[-1]
        assert "1 more back to their earlier verdicts" in said, said
    assert set(_on_disk(harrow_path).values()) >= {"disputed", "dismissed", "verified"}


async def test_claim_keys_refuse_on_the_sources_pane(harrow_path: Path) -> None:
    app = DeskApp(harrow_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        desk.table("quotes").cursor = 3  # the Quotes pane has a current row, not in view
        before = _on_disk(harrow_path)
        desk.table("sources").focus()
        await pilot.pause()
        for key in ("n", "a", "equals_sign", "v"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, DeskScreen), key
            assert not isinstance(app.screen, NoteEditor), key
            assert sum("Select a quote or number first" in n for n in notes(app)) >= 1, key
        assert desk.filters.article_id is None
        await settled(app, pilot)
        assert sum("Select a quote or number first" in n for n in notes(app)) == 4
    assert _on_disk(harrow_path) == before


async def test_a_limit_chosen_on_sources_starts_at_the_top(harrow_path: Path) -> None:
    app = DeskApp(harrow_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        quotes.cursor = len(quotes.rows) - 1  # far down the whole list
        sources = desk.table("sources")
        # a source whose claims do not hold the row the cursor was on
        last = quotes.current
        name = next(
            v.source.name
            for v in sources.rows
            if v.id != last.source_id and sum(v.counts.values()) > 1
        )
        select_source(desk, name)
        await pilot.press("enter")
        await wait_for(pilot, lambda: desk.filters.source_name is not None)
        await pilot.pause()
        assert app.focused is quotes
        assert 0 < len(quotes.rows) < len(desk.model.quotes)
        assert quotes.cursor == 0
        assert desk.table("numbers").cursor == 0


@pytest.fixture
def harrow3_path(tmp_path: Path) -> Path:
    """The three reports of the clash: "Tomas Mbeki" and "Thomas Mbeki" are one entity,
    merged by the comparison, which moves the Sources rows around."""
    path = tmp_path / "harrow3.json"
    with ClaimStore(path) as st:
        for p in sorted(SAMPLE_DATA.glob("harrow_pass_*")):
            assert ingest_path(st, str(p)).status == "added"
    return path


async def test_the_sources_show_their_final_order_at_once(
    harrow3_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first: list[list[str]] = []
    loaded = DeskScreen._loaded

    def record(self: DeskScreen, model) -> None:
        first.append([v.source.name for v in model.source_rows])
        loaded(self, model)

    monkeypatch.setattr(DeskScreen, "_loaded", record)
    app = DeskApp(harrow3_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        final = [v.source.name for v in desk.table("sources").rows]
        assert "Thomas Mbeki" not in final  # merged into "Tomas Mbeki"
        assert first[0] == final  # the first rows shown were already in this order


async def test_a_reload_keeps_the_selected_source_on_its_line(
    harrow3_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the comparison is started by the test, after the cursor is placed (not by the load)
    monkeypatch.setattr(CompareActions, "_compare_when_loaded", lambda self: None)
    monkeypatch.setattr(
        CompareActions, "desk_sources", lambda self, store: store.sources(), raising=False
    )
    app = DeskApp(harrow3_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        sources = desk.table("sources")
        sources.focus()
        before = [v.id for v in sources.rows]
        after = _merged_order(app)
        assert after != before
        # a source the merge moves down the list: the cursor on it, in store order
        sid = next(sid for i, sid in enumerate(after) if sid in before and before.index(sid) < i)
        sources.cursor = before.index(sid)
        await pilot.pause()
        line = sources.cursor - round(sources.scroll_y)
        app.compare_refresh()  # the comparison's rows: merged, another order
        await wait_for(pilot, lambda: [v.id for v in sources.rows] == after)
        await settled(app, pilot)
        assert sources.current.id == sid
        assert sources.cursor == after.index(sid)
        assert sources.cursor - round(sources.scroll_y) == line


def _merged_order(app) -> list[str]:
    from claimdesk.store import comparison as cmp
    from claimdesk.tui.compare_keys import merged_sources
    from claimdesk.tui.desk_model import DeskModel

    store = app.store
    result = cmp.comparison(store)
    model = DeskModel(store.articles(), merged_sources(store.sources(), result), store.claims())
    return [v.id for v in model.source_rows]


async def test_help_has_a_legend_of_every_row_symbol(harrow_path: Path) -> None:
    from claimdesk.store.verdict_states import VERDICT_STATES
    from claimdesk.tui import row_marks
    from claimdesk.tui.help_screen import HelpScreen

    app = DeskApp(harrow_path)
    async with app.run_test(size=(120, 60)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = str(app.screen.query_one("#help-text").render())
        legend = text[text.index("Row symbols") :]
        lines = [line.strip() for line in legend.splitlines()]
        for state in VERDICT_STATES:
            assert f"{state.glyph}   {state.name}" in lines, (state.name, lines)
        for symbol in (
            *row_marks.KIND_GLYPH.values(),
            row_marks.NOTE,
            row_marks.TAGGED,
            row_marks.HYPOTHETICAL,
            row_marks.CONFLICT,
            row_marks.AGREES,
            row_marks.SAME_CLAIM,
        ):
            assert any(line.startswith(symbol + " ") for line in lines), (symbol, lines)
        # the list of symbols, every one explained
        for symbol in ["·", "✓", "✗", "⊘", "✎", "•", "“", "≈", "#", "?", "≠", "=", "≡"]:
            assert any(line.startswith(symbol + " ") for line in lines), symbol
