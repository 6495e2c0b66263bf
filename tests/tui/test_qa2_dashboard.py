"""QA round 2 guards (notes/qa2.md): behaviour a reviewer hit by hand in the dashboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from claimdesk.tui.app import ClaimdeskApp
from tests.support.pilot import compared
from tests.support.tui_corpus import build_store


async def _loaded(app: ClaimdeskApp, pilot) -> None:
    for _ in range(600):
        if app.loaded.is_set():
            break
        await pilot.pause(0.05)
    assert app.loaded.is_set()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_key_typed_right_after_a_pane_jump_goes_to_that_pane(tmp_path: Path) -> None:
    """R2: in a terminal `3G` arrives in one read; G must move the Numbers cursor, not
    the pane that had focus before (Widget.focus() defers the change to a later tick)."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        await _loaded(app, pilot)
        desk = app.screen
        quotes, numbers = desk.table("quotes"), desk.table("numbers")
        assert app.focused is quotes and len(numbers.rows) > 1
        # both keys queued before either is handled, as a terminal delivers them
        app.post_message(events.Key("3", "3"))
        app.post_message(events.Key("G", "G"))
        await pilot.pause(0.2)
        assert app.focused is numbers
        assert numbers.cursor == len(numbers.rows) - 1
        assert quotes.cursor == 0


async def test_verdict_key_right_after_search_enter_marks_not_types(tmp_path: Path) -> None:
    """R11: `/boats⏎v` typed at once: enter keeps the search and gives the list its keys
    back, so v marks the claim instead of landing in the search line as 'boatsv'."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        await _loaded(app, pilot)
        desk = app.screen
        await pilot.press("3", "slash", *"boats")
        await pilot.pause()
        assert desk.filters.search == "boats"
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("v", "v"))
        await pilot.pause(0.3)
        assert desk.filters.search == "boats"
        assert app.focused is desk.table("numbers")
        assert [r.claim.id for r in desk.table("numbers").rows if r.claim.status == "verified"]
        # `down` ("to results") likewise: the j after it moves the cursor
        await pilot.press("c", "g", "slash")
        await pilot.pause()
        assert len(desk.table("numbers").rows) > 1 and desk.table("numbers").cursor == 0
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("j", "j"))
        await pilot.pause(0.3)
        assert desk.filters.search == ""
        assert desk.table("numbers").cursor == 1


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_export_dialog_explanation_is_shown_whole(tmp_path: Path, size) -> None:
    """R3: the line saying the source/article/search limits do not apply was cut
    ("... by article and verdict (the sour") at every width: it must wrap in the box."""
    from textual.widgets import Label

    from claimdesk.tui.export_dialog import ExportDialog

    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=size) as pilot:
        await _loaded(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        label = next(x for x in dialog.query(Label) if "limits do not apply" in str(x.render()))
        box = label.parent
        assert label.region.right <= box.content_region.right
        assert label.region.height >= 2  # wrapped, not cut


async def test_palette_tells_two_anonymous_voices_apart(tmp_path: Path) -> None:
    """R4: "officials" of two articles are two Sources rows; the palette listed both as
    the same "Jump to source: officials". Each entry must name its article."""
    from claimdesk.extract.pipeline import extract_path
    from claimdesk.store import ClaimStore
    from claimdesk.tui.commands import DeskCommands

    db = tmp_path / "s.json"
    for name, text in (
        ("a.txt", "Bridge shut in Corran\n\nOfficials said at least 12 people were hurt."),
        ("b.txt", "Fire at Velmora port\n\nOfficials said about 40 homes burned down."),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with ClaimStore(db) as st:
            st.ingest_extraction(extract_path(str(tmp_path / name), published="2025-02-03"))
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        await _loaded(app, pilot)
        provider = DeskCommands(app.screen)
        jumps = [t for t, _h, _cb, _s in provider.commands() if t.startswith("Jump to source")]
        officials = [t for t in jumps if "fficials" in t]
        assert len(officials) == 2
        assert len(set(officials)) == 2, officials
        assert any("Corran" in t for t in officials) and any("Velmora" in t for t in officials)


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
        await pilot.press("f", "f", "f", "f", "f")  # around the cycle, back to all
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


@pytest.mark.parametrize("key", ["question_mark", "n"])
async def test_desk_footer_never_shows_a_key_cut_under_the_palette_key(tmp_path: Path, key) -> None:
    """R7 (Q17 again): with the help screen (or the note editor) over the desk, the desk's
    footer re-made its keys and fitted them before they were laid out (every width 0),
    so "t Ti▏^p Commands" showed cut at 120 columns behind the help."""
    from textual.widgets._footer import FooterKey

    from claimdesk.tui.desk_footer import DeskFooter

    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 36)) as pilot:
        desk = await compared(app, pilot)
        await pilot.press("2", key)
        await pilot.pause(0.5)
        assert app.screen is not desk
        if key == "n":
            await pilot.press("escape")  # back on the desk, whose footer was re-made meanwhile
            await pilot.pause(0.5)
        footer = desk.query_one(DeskFooter)
        keys = list(footer.query(FooterKey))
        palette = next(k for k in keys if k.has_class("-command-palette"))
        shown = [k for k in keys if k.display and k is not palette]
        assert shown
        for k in shown:
            assert k.region.right <= palette.region.x, (k.description, k.region, palette.region)


async def test_orphaned_claim_is_not_shown_in_someone_elses_sentence(tmp_path: Path) -> None:
    """R18: after the article changed, a judged quote that is gone keeps its verdict and
    shows "(no longer in the article)" — but Detail cut its old offsets out of the new
    body and highlighted "The port authority said 40 ships were waiting." as the claim."""
    from claimdesk.extract.pipeline import extract_path
    from claimdesk.store import ClaimStore
    from claimdesk.tui.detail_pane import render_claim

    src, db = tmp_path / "a.txt", tmp_path / "s.json"
    quote = "We will not go back until the pay offer improves"
    src.write_text(
        "Port strike enters second week\n\n"
        "Union leader Bram Holt said on Monday that at least 300 dockers had walked out. "
        f'"{quote}," Holt said.\n\n'
        "The port authority said 40 ships were waiting.\n",
        encoding="utf-8",
    )
    with ClaimStore(db) as st:
        st.ingest_extraction(extract_path(str(src), published="2025-04-07"))
        qid = next(c.id for c in st.claims() if c.kind == "quote")
        st.mark([qid], "disputed", note="checked with the union")
    src.write_text(src.read_text(encoding="utf-8").replace(f'"{quote}," Holt said.', ""))
    with ClaimStore(db) as st:
        st.ingest_extraction(extract_path(str(src), published="2025-04-07"))
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        await _loaded(app, pilot)
        row = next(r for r in app.screen.model.quotes if r.claim.id == qid)
        assert row.claim.orphaned
        article = app.store.article(row.claim.article_id)
        shown = render_claim(row, article, None, [], app.store).plain
        assert "no longer in the article" in shown
        assert quote in shown
        assert "40 ships were waiting" not in shown
        # and the article opens without selecting someone else's words as the claim
        from claimdesk.tui.article_screen import ArticleScreen

        app.screen.open_article(row)
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.start == app.screen.end
