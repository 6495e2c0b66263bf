"""Figures grouped by subject (`b`): a title line per group with the cursor on figures
only (QA Q27), one sort per comparison whatever the filter, and sections not titled
again for a list shown before (QA2 R5)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import FILTER_CYCLE
from tests.support.pilot import compared
from tests.support.tui_corpus import build_store


async def test_q27_numbers_by_subject_show_a_title_line_per_group(outlets_path: Path) -> None:
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(120, 40)) as pilot:
        desk = await compared(app, pilot)
        numbers = desk.table("numbers")
        numbers.focus()
        await pilot.press("b")
        await pilot.pause()
        groups = app.comparison.result.of_kind("figures")
        assert len(groups) == 2
        painted = [numbers.render_line(y).text for y in range(1, numbers.size.height)]
        titles = [line.strip() for line in painted if line.lstrip().startswith("▾")]
        assert len(titles) == 3, painted  # the two groups, then the figure in none
        for g in groups:
            assert any(t.startswith(f"▾ {g.label} — ") for t in titles), (g.label, titles)
            # each group's figures sit right under its title
            i = next(i for i, line in enumerate(painted) if line.strip().startswith(f"▾ {g.label}"))
            run = painted[i + 1 : i + 1 + len(g.members)]
            assert not any(line.lstrip().startswith("▾") for line in run), run
        assert titles[-1] == "▾ not compared with another outlet"
        # the cursor walks the figures only, never a title line
        await pilot.press("g")
        seen = []
        for _ in numbers.rows:
            seen.append(numbers.current.claim.value)
            await pilot.press("j")
        assert sorted(seen) == sorted(r.claim.value for r in numbers.rows)
        assert seen[-1] == 50000
        # b again: store order, no titles
        await pilot.press("b")
        await pilot.pause()
        painted = [numbers.render_line(y).text for y in range(1, numbers.size.height)]
        assert not any(line.lstrip().startswith("▾") for line in painted)


async def test_b_on_a_filter_key_does_not_sort_every_figure_again(
    tmp_path: Path, monkeypatch
) -> None:
    """R5: with `b` on, every `f` or search key re-sorted all figures by subject (and
    titled every row): 100-250 ms a key at 100k claims. The grouped order is one order
    per comparison; a filter only keeps its rows in it."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await compared(app, pilot)
        numbers = desk.table("numbers")
        await pilot.press("3", "b")
        await pilot.pause()
        calls = []
        real = app.comparison.figure_sort_key

        def counting(claim):
            calls.append(claim.id)
            return real(claim)

        monkeypatch.setattr(app.comparison, "figure_sort_key", counting)
        await pilot.press(*"f" * len(FILTER_CYCLE))  # around the cycle, back to all
        await pilot.pause()
        assert len(calls) <= len(desk.model.numbers), len(calls)
        # and the rows are still in the grouped order, each filter keeping it
        assert numbers.rows == sorted(desk.model.numbers, key=lambda r: real(r.claim))
        await pilot.press("slash", *"4")
        await pilot.pause()
        shown = numbers.rows
        assert shown and shown == sorted(shown, key=lambda r: real(r.claim))
        assert len(calls) <= len(desk.model.numbers), len(calls)


async def test_sections_of_a_list_shown_again_are_not_rebuilt() -> None:
    """R5: with `b` on at 100k, `f` back to every figure titled all 42,696 rows again
    (~30 ms, one section call per row) although the list was the one shown before."""
    from textual.app import App, ComposeResult

    from claimdesk.tui.claim_table import ClaimTable, Column

    calls = []

    def section(row):
        calls.append(row)
        return ("odd", "odd") if row % 2 else ("even", "even")

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield ClaimTable([Column("n")], lambda r: [(str(r), None)], str, id="t")

    app = One()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(ClaimTable)
        big = list(range(3000))
        table.set_rows(big)
        table.set_sections(section)
        assert len(calls) == 3000 and len(table.section_titles()) == 3000
        table.set_rows([1, 2, 3])
        table.set_rows(big)  # the same list object again: its titles are known
        assert len(calls) == 3003
        assert len(table.section_titles()) == 3000
        table.set_rows(list(big))  # an equal but new list is titled afresh
        assert len(calls) == 6003
        table.set_sections(section)  # a section function set again: titled afresh
        assert len(calls) == 9003
        await pilot.pause()
