"""Pilot tests for comparing outlets in the dashboard: merged sources, confirming and
splitting a merge, the group verdict, the Detail blocks and the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette

from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.tui.compare_section import entity_for, entity_lines
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.detail_pane import DetailPane
from claimdesk.tui.group_verdict_dialog import GroupVerdictDialog
from claimdesk.tui.timeline_screen import TimelineAxis, TimelineScreen
from tests.support.compare_store_records import nyt
from tests.support.pilot import DeskApp, compared, settled, wait_for, workers_done


@pytest.fixture
def store_path(outlets_path: Path) -> Path:
    """The two seed-shaped reports (the folder's conftest builds them)."""
    return outlets_path


def _names(desk: DeskScreen) -> list[str]:
    return [v.source.name for v in desk.table("sources").rows]


def _select_source(desk: DeskScreen, name: str) -> None:
    table = desk.table("sources")
    table.focus()
    table.cursor = _names(desk).index(name)


def _select_claim(desk: DeskScreen, pane: str, text: str, outlet: str) -> None:
    table = desk.table(pane)
    table.focus()
    for i, row in enumerate(table.rows):
        if row.claim.text == text and row.outlet == outlet:
            table.cursor = i
            return
    raise AssertionError(f"no row {text!r} from {outlet}")


async def test_sources_pane_lists_a_merged_entity_once(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        names = _names(desk)
        assert names.count("Pat Ryder") == 1
        ryder = desk.table("sources").rows[names.index("Pat Ryder")]
        assert "The New York Times" in ryder.outlets and "Newsweek" in ryder.outlets
        # every outlet's role is kept, and a role's organisation is not one of his names
        assert "spokesman" in ryder.source.role and "press secretary" in ryder.source.role
        assert "Pentagon" not in ryder.source.aliases
        # the GUR and the agency are one row too
        assert (
            sum("GUR" in (v.source.name, *v.source.aliases) for v in desk.table("sources").rows)
            == 1
        )


async def test_confirm_then_split_a_merge(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        assert "Kim Jong Un" in _names(desk) and "Kim Jung-un" not in _names(desk)
        _select_source(desk, "Kim Jong Un")
        await pilot.press("m")
        await wait_for(pilot, lambda: any(d.same for d in cmp.decisions(app.store)))

        def confirmed() -> bool:
            kim = entity_for(app.comparison.result, None, "Kim Jong Un")
            return kim is not None and kim.confirmed

        await wait_for(pilot, confirmed)
        await settled(app, pilot)
        _select_source(desk, "Kim Jong Un")
        await pilot.press("M")
        await wait_for(pilot, lambda: not any(d.same for d in cmp.decisions(app.store)))
        await workers_done(app)
        await wait_for(pilot, lambda: "Kim Jung-un" in _names(desk))
        assert "Kim Jong Un" in _names(desk)
    # durable: a fresh reader sees the split
    with ClaimStore(store_path, readonly=True) as st:
        assert [d.same for d in cmp.decisions(st)] == [False]
        result = cmp.comparison(st)
        assert entity_for(result, None, "Kim Jong Un") is None


async def test_group_verdict_then_undo(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        _select_claim(desk, "quotes", "killed and wounded", "Newsweek")
        await pilot.press("d")  # disputed, and the cursor moves on
        _select_claim(desk, "quotes", "killed and wounded", "Newsweek")
        await pilot.press("equals_sign")
        await wait_for(pilot, lambda: isinstance(app.screen, GroupVerdictDialog))
        await pilot.press("enter")
        nyt_quote = next(
            r for r in desk.table("quotes").rows if r.claim.text.startswith("We do have")
        )
        assert nyt_quote.claim.status == "disputed"
        await pilot.press("z")
        assert nyt_quote.claim.status == "unreviewed"
    with ClaimStore(store_path, readonly=True) as st:
        statuses = {c.text[:10]: c.status for c in st.claims() if c.kind == "quote"}
        assert statuses["We do have"] == "unreviewed"
        assert statuses["killed and"] == "disputed"


async def test_group_verdict_needs_a_verdict_first(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        _select_claim(desk, "quotes", "killed and wounded", "Newsweek")
        await pilot.press("equals_sign")
        await pilot.pause()
        assert all(r.claim.status == "unreviewed" for r in desk.table("quotes").rows)


async def test_detail_pane_blocks(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        store = app.store
        quote = next(c for c in store.claims() if c.text == "killed and wounded")
        shown = app.comparison
        section = shown.also_reported(store, quote)
        assert section is not None and section[0] == "Also reported by"
        plain = "\n".join(str(line) for line in section[1])
        assert "1 origin (Pat Ryder)" in plain and "The New York Times" in plain
        ten_k = next(c for c in store.claims() if c.value == 10000)
        figs = shown.figures_elsewhere(store, ten_k)
        assert figs is not None and "consistent" in str(figs[1][0])
        same = shown.same_person(store, quote)
        assert same is not None and "Pat Ryder" in str(same[1][0])
        assert shown.figure_mark(ten_k.id) == "="
        # the blocks really are in the Detail pane for the selected claim
        _select_claim(desk, "quotes", "killed and wounded", "Newsweek")
        detail = desk.query_one(DetailPane)
        await wait_for(pilot, lambda: "Also reported by" in detail.content.plain)
        from claimdesk.tui.detail_pane import render_claim

        row = desk.table("quotes").current
        article = store.article(row.claim.article_id)
        text = render_claim(row, article, None, [], store, shown.sections()).plain
        assert "Also reported by" in text and "Same person as" in text


async def test_timeline_key_and_palette(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await compared(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))
        axis = app.screen.query_one(TimelineAxis)
        days = [e.first_day for e in axis.events]
        assert days == sorted(days) and len(days) == 5
        await pilot.press("end")
        assert axis.selected == len(days) - 1
        await pilot.press("enter")  # the article at that date
        from claimdesk.tui.article_screen import ArticleScreen

        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.press("escape")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DeskScreen))
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Timeline")

        def offered() -> bool:  # the search runs in the background: its hit is listed
            hits = app.screen.query_one(CommandList)
            i = hits.highlighted
            return i is not None and "Timeline" in str(hits.get_option_at_index(i).prompt)

        await wait_for(pilot, offered)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))


async def test_numbers_grouped_by_subject_and_marked(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        desk.table("numbers").focus()
        await pilot.press("b")
        await pilot.pause()
        values = [r.claim.value for r in desk.table("numbers").rows]
        # the two figure groups first (casualties: 30, 30; deployed: 10,000, 11,000), then 50,000
        assert values[-1] == 50000
        assert sorted(values[:4]) == [30, 30, 10000, 11000]
        rows = desk.table("numbers").rows
        marks = {r.claim.value: app.comparison.figure_mark(r.id) for r in rows}
        assert marks[10000] == "=" and marks[50000] == ""
        await pilot.press("b")
        await pilot.pause()
        assert len(desk.table("numbers").rows) == 5


def _notes(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_group_verdict_on_a_claim_no_other_outlet_reports(store_path: Path) -> None:
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        numbers = desk.table("numbers")
        row = next(r for r in numbers.rows if r.claim.value == 50000)
        _select_claim(desk, "numbers", row.claim.text, row.outlet)
        await pilot.press("v")
        _select_claim(desk, "numbers", row.claim.text, row.outlet)
        await pilot.press("equals_sign")
        await pilot.pause()
        notes = _notes(app)
        assert any("No other outlet reports this claim" in n for n in notes), notes
        assert not any("verdict first" in n for n in notes), notes


def test_group_verdict_key_shows_as_equals() -> None:
    from claimdesk.tui.compare_keys import BINDINGS

    binding = next(b for b in BINDINGS if b.action == "group_verdict")
    assert binding.key_display == "="


async def test_numbers_by_subject_name_their_group(store_path: Path) -> None:
    from claimdesk.tui.desk_screen import number_cells

    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        desk.table("numbers").focus()
        rows = desk.table("numbers").rows
        ten_k = next(r for r in rows if r.claim.value == 10000)
        shown = app.comparison
        plain_before = number_cells(ten_k, shown)[3][0]
        await pilot.press("b")
        await pilot.pause()
        label = shown.figure_group[ten_k.id].label
        assert label in number_cells(ten_k, shown)[3][0] and label not in plain_before
        await pilot.press("b")
        await pilot.pause()
        assert number_cells(ten_k, shown)[3][0] == plain_before


def test_entity_block_offers_m_and_m_only_for_a_real_suggestion() -> None:
    """QA2 R17: names that reduce to one key are one name, not a suggestion to confirm."""
    from claimdesk.extract.compare import Group

    def group(names: list[str], keys: list[str]) -> Group:
        return Group(
            id="ent-x", kind="same-entity", label=names[0], members=["a#x", "b#x"],
            articles=["a", "b"], outlets=["One", "Two"], origins=[names[0]], consistent=True,
            evidence=["same name"], confidence=0.97, names=names, keys=keys,
        )  # fmt: skip

    def text(g: Group) -> str:
        return "\n".join(str(line) for line in entity_lines(g))

    one = text(group(["Mara Velin"], ["person:mara velin"]))
    assert "the same name" in one and "m confirms" not in one and "suggested" not in one
    two = text(group(["Kim Jong Un", "Kim Jung-un"], ["person:kim jong un", "person:kim jung un"]))
    assert "suggested" in two and "m confirms this merge" in two


async def test_an_article_ingested_in_the_dashboard_is_compared(tmp_path: Path) -> None:
    """QA3 F4: after "Ingest a file…" the comparison is computed again, so the new
    article's claims take part in the groups (it had kept the old comparison)."""
    from tests.support.compare_store_records import NW_BODY

    path = tmp_path / "desk.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(nyt())
    article = tmp_path / "newsweek.txt"
    article.write_text(NW_BODY, encoding="utf-8")
    app = DeskApp(path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        before = app.comparison.result
        assert not any(len(g.articles) > 1 for g in before.groups)
        desk.ingest(str(article))
        await wait_for(pilot, lambda: app.comparison.result is not before)
        await settled(app, pilot)
        after = app.comparison.result
        assert any(len(g.articles) == 2 for g in after.groups)
