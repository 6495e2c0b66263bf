"""Pilot tests: every dashboard key's effect on the store, reopened from disk afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from claimdesk.store import ClaimStore
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.claim_table import ClaimTable
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.detail_pane import DetailPane
from claimdesk.tui.export_dialog import ExportDialog
from claimdesk.tui.help_screen import HelpScreen
from claimdesk.tui.note_editor import NoteEditor
from tests.support.desk import ready
from tests.support.pilot import compared, wait_for, workers_done
from tests.support.tui_corpus import build_store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "desk.json")


def on_disk(path: Path) -> dict[str, tuple[str, str]]:
    """claim text -> (status, note) as a fresh reader of the store sees it."""
    with ClaimStore(path, readonly=True) as store:
        return {c.text: (c.status, c.note) for c in store.claims()}


async def palette(pilot, text: str) -> None:
    """Run a command palette command by typing its title and pressing enter."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p", *text)

    def first_matches() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, CommandPalette):
            return False
        commands = screen.query_one(CommandList)
        if commands.option_count == 0 or commands.highlighted is None:
            return False
        prompt = commands.get_option_at_index(commands.highlighted).prompt
        return text in str(prompt)

    await wait_for(pilot, first_matches)
    await pilot.press("enter")
    await pilot.pause()


def texts(table: ClaimTable) -> list[str]:
    return [r.claim.text for r in table.rows]


async def test_loads_rows_into_panes(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        assert len(desk.table("quotes").rows) == 5
        assert len(desk.table("numbers").rows) == 4
        names = [v.source.name for v in desk.table("sources").rows]
        assert sorted(names) == ["Mara Velin", "Tomas Reyd"]
        assert app.focused is desk.table("quotes")
        # quotes and statements are told apart by their glyph
        rows = desk.table("quotes")
        glyphs = {r.claim.kind: rows.row_text(i, 100).split()[1] for i, r in enumerate(rows.rows)}
        assert glyphs == {"quote": "“", "statement": "≈"}


@pytest.mark.parametrize(
    ("key", "status"),
    [("v", "verified"), ("d", "disputed"), ("x", "dismissed")],
)
async def test_verdict_keys_write_the_store(store_path: Path, key: str, status: str) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        first = quotes.rows[0].claim.text
        await pilot.press(key)
        assert quotes.cursor == 1  # moves on to the next claim, like mutt
        assert desk.model.counts[status] == 1
        assert on_disk(store_path)[first][0] == status  # durable before the next key
        await pilot.press("k", "u")
        assert on_disk(store_path)[first][0] == "unreviewed"


async def test_verdict_on_numbers_pane_and_counts_in_sources(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("3")
        numbers = desk.table("numbers")
        assert app.focused is numbers
        assert numbers.current.claim.text == "at least 1,200 residents"
        await pilot.press("d")
        assert on_disk(store_path)["at least 1,200 residents"][0] == "disputed"
        velin = next(v for v in desk.model.source_rows if v.source.name == "Mara Velin")
        assert velin.counts["disputed"] == 1
        await pilot.press("1")
        assert app.focused is desk.table("sources")
        await pilot.press("v")  # no verdicts on sources: a warning, no write
        assert desk.model.counts["verified"] == 0


async def test_tag_then_verdict_applies_to_visible_tagged_rows_only(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        tagged = texts(quotes)[:3]
        await pilot.press("space", "space", "space")
        assert len(quotes.tagged) == 3
        # hide one tagged row with a search, then dispute
        await pilot.press("slash", *"market", "enter")
        shown = texts(quotes)
        assert shown and all("market" in t.lower() for t in shown)
        await pilot.press("d")
        await wait_for(pilot, lambda: any("left alone" in n.message for n in app._notifications))
        disk = on_disk(store_path)
        for text in tagged:
            expected = "disputed" if text in shown else "unreviewed"
            assert disk[text][0] == expected, text
        # the rows the verdict left alone stay tagged (QA2 R16); the marked ones do not
        left = {r.id for r in desk.model.rows_by_id.values() if r.claim.text in tagged
                and r.claim.text not in shown}  # fmt: skip
        assert left and quotes.tagged == left
        assert any("left alone" in n.message for n in app._notifications)
        # a bulk verdict is one action: one undo brings them all back
        await pilot.press("z")
        assert all(s == "unreviewed" for s, _ in on_disk(store_path).values())


async def test_undo_restores_previous_status(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        first = desk.table("quotes").rows[0].claim.text
        await pilot.press("v", "k", "x")
        assert on_disk(store_path)[first][0] == "dismissed"
        await pilot.press("z")
        assert on_disk(store_path)[first][0] == "verified"
        assert desk.table("quotes").rows[0].claim.status == "verified"
        assert desk.model.counts["verified"] == 1 and desk.model.counts["dismissed"] == 0


async def test_z_in_a_fresh_session_leaves_earlier_verdicts_alone(tmp_path) -> None:
    """A reviewer opens the desk and presses z before doing anything: the verdict a
    colleague (or the CLI) recorded earlier must stay; z undoes this session's actions."""
    db = build_store(tmp_path / "desk.json")
    with ClaimStore(db) as st:
        first = next(iter(st.claims()))
        st.mark([first.id], "verified", reviewer="colleague")
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await workers_done(app)
        await pilot.pause()
        await pilot.press("z")
        await workers_done(app)
        await pilot.pause()
    with ClaimStore(db, readonly=True) as st:
        status = {c.id: c.status for c in st.claims()}
    assert status[first.id] == "verified"


async def test_note_editor_saves_multiline_note(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        first = desk.table("quotes").rows[0].claim.text
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Call the", "enter", *"port office")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DeskScreen)
        assert on_disk(store_path)[first] == ("unreviewed", "Call the\nport office")
        detail = desk.query_one(DetailPane).content
        assert "Call the\nport office" in str(detail)
        # escape warns about the typed text (QA Q23); a second escape cancels without writing
        await pilot.press("n", *"xyz", "escape")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        assert isinstance(app.screen, DeskScreen)
        assert on_disk(store_path)[first][1] == "Call the\nport office"
        await pilot.press("z")
        assert on_disk(store_path)[first][1] == ""


async def test_status_filter_cycles(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("v")
        await pilot.press("f")
        assert desk.filters.status == "unreviewed"
        assert len(desk.table("quotes").rows) == 4
        await pilot.press("f")
        assert desk.filters.status == "verified"
        assert len(desk.table("quotes").rows) == 1
        assert len(desk.table("numbers").rows) == 0
        await pilot.press("f", "f", "f")
        assert desk.filters.status == "contested"  # two reviewers disagree: nobody here
        assert len(desk.table("quotes").rows) == 0
        await pilot.press("f")
        assert desk.filters.status is None
        assert len(desk.table("quotes").rows) == 5


async def test_live_search_and_escape(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("slash", *"reyd")
        # live: the speaker matches without pressing enter
        assert {r.claim.speaker for r in desk.table("quotes").rows} == {"Tomas Reyd"}
        assert {r.claim.speaker for r in desk.table("numbers").rows} == {"Tomas Reyd"}
        await pilot.press("backspace", "backspace", "backspace", "backspace", *"gazette")
        # the outlet is searched too
        assert {r.outlet for r in desk.table("quotes").rows} == {"Kelloran Gazette"}
        await pilot.press(*"zzz")
        assert desk.table("quotes").rows == []
        await pilot.press("escape")
        assert desk.filters.search == ""
        assert len(desk.table("quotes").rows) == 5
        assert app.focused is desk.table("quotes")


async def test_source_article_limits_and_clear(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("1")
        sources = desk.table("sources")
        idx = next(i for i, v in enumerate(sources.rows) if v.source.name == "Tomas Reyd")
        sources.cursor = idx
        await pilot.press("s")
        assert {r.claim.speaker for r in desk.table("quotes").rows} == {"Tomas Reyd"}
        assert len(desk.table("numbers").rows) == 1
        await pilot.press("c")
        assert len(desk.table("quotes").rows) == 5
        # enter on a source limits too and moves to the quotes
        sources.cursor = 1 - idx
        await pilot.press("1", "enter")
        assert {r.claim.speaker for r in desk.table("quotes").rows} == {"Mara Velin"}
        assert app.focused is desk.table("quotes")
        await pilot.press("c", "2", "G")
        last = desk.table("quotes").current
        await pilot.press("a")
        rows = desk.table("quotes").rows
        assert rows and {r.claim.article_id for r in rows} == {last.claim.article_id}
        assert len(rows) < 5
        assert "article=" in desk.filters.describe()
        # s on a claim limits to that claim's speaker
        await pilot.press("c", "g", "s")
        assert {r.claim.speaker for r in desk.table("quotes").rows} == {"Mara Velin"}


async def test_enter_opens_article_with_claim_selected(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("j", "enter")
        claim = desk.table("quotes").current.claim
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        from textual.widgets import TextArea

        assert app.screen.query_one(TextArea).selected_text == claim.text
        await pilot.press("escape")
        assert isinstance(app.screen, DeskScreen)


async def test_help_screen_lists_every_key(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        keys = {k for _section, k, _what in rows}
        for key in [
            "v",
            "d",
            "x",
            "u",
            "n",
            "z",
            "/",
            "f",
            "s",
            "a",
            "c",
            "e",
            "?",
            "q",
            "space",
            "enter",
            "1",
            "2",
            "3",
            "tab",
            "shift+tab",
            "ctrl+p",
        ]:
            assert any(key in k.split() for k in keys), key
        assert any("j" in k.split() and "↓" in k.split() for k in keys)
        assert any("g" in k.split() for k in keys) and any("G" in k.split() for k in keys)
        await pilot.press("escape")
        assert isinstance(app.screen, DeskScreen)


async def test_q27_help_shows_the_keys_as_the_footer_does(store_path: Path) -> None:
    from textual.widgets import Static

    from claimdesk.tui.help_screen import HelpScreen

    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await compared(app, pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        rows = app.screen.rows
        keys = {what: k for _section, k, what in rows}
        group = next(k for what, k in keys.items() if "every outlet's report" in what)
        assert group == "="
        text = str(app.screen.query_one("#help-text", Static).render())
        assert "equals_sign" not in text and "question_mark" not in text
        undo = next(what for what, k in keys.items() if k == "z")
        assert "merge" in undo


async def test_palette_commands(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await palette(pilot, "Filter: disputed")
        assert desk.filters.status == "disputed"
        await palette(pilot, "Mark verified")
        await palette(pilot, "Clear limits")
        assert desk.filters.status is None
        await palette(pilot, "Jump to source: Tomas")
        assert app.focused is desk.table("sources")
        assert desk.table("sources").current.source.name == "Tomas Reyd"
        await palette(pilot, "Theme: textual-light")
        assert app.theme == "textual-light"


async def test_palette_mark_command(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        first = desk.table("quotes").current.claim.text
        await palette(pilot, "Mark disputed")
        assert on_disk(store_path)[first][0] == "disputed"


async def test_palette_ingest_a_file(store_path: Path, tmp_path: Path) -> None:
    from claimdesk.tui.prompt_dialog import PromptDialog

    article = tmp_path / "extra.txt"
    article.write_text(
        "Harbour pilots said 12 ships waited outside the breakwater on Friday.\n\n"
        "“We cannot bring them in until the wall is checked,” said Ilsa Marr, a pilot.\n",
        encoding="utf-8",
    )
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        before = len(desk.model.articles)
        await palette(pilot, "Ingest a file")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptDialog))
        await pilot.press(*str(article), "enter")
        await wait_for(pilot, lambda: len(desk.model.articles) == before + 1)
        assert any("Ingested extra.txt" in n.message for n in app._notifications)
        await palette(pilot, "Ingest a file")
        await wait_for(pilot, lambda: isinstance(app.screen, PromptDialog))
        await pilot.press(*str(tmp_path / "missing.txt"), "enter")
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        assert app.is_running
        assert len(desk.model.articles) == before + 1


async def test_export_writes_file_and_reports_unwritable_path(
    store_path: Path, tmp_path: Path
) -> None:
    app = ClaimdeskApp(store_path)
    out = tmp_path / "report.md"
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        await pilot.press("v", "e")
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-path").value = str(out)
        await pilot.press("enter")
        await wait_for(pilot, out.exists)
        assert "east wall" in out.read_text(encoding="utf-8")
        assert not list(tmp_path.glob("*.part"))
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#export-path").value = str(tmp_path / "no" / "such" / "dir.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert any("cannot write" in m and "no folder" in m for m in errors)
        # the dialog stays open with the error and the path as typed (finding 11)
        assert app.is_running and isinstance(app.screen, ExportDialog)


async def test_a_desk_another_writer_has_open_is_a_full_writer(store_path: Path) -> None:
    """Issue 13: another claimdesk with the desk open no longer makes it read-only."""
    holder = ClaimStore(store_path)
    try:
        app = ClaimdeskApp(store_path, reviewer="ana")
        async with app.run_test(size=(120, 35)) as pilot:
            desk = await ready(app, pilot)
            assert not app.readonly
            row = desk.table("quotes").current
            first, text = row.id, row.claim.text
            await pilot.press("v")
            assert desk.model.counts["verified"] == 1
        holder.refresh()
        assert holder.claim(first).status == "verified"
        assert holder.claim(first).reviewer == "ana"
    finally:
        holder.close()
    assert on_disk(store_path)[text][0] == "verified"


async def test_a_desk_you_may_not_write_opens_read_only_and_says_why(
    store_path: Path, monkeypatch
) -> None:
    import claimdesk.store.claimstore as claimstore

    # as root every file is writable: deny what a user without write permission is denied
    monkeypatch.setattr(claimstore.os, "access", lambda path, mode: False)
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        assert app.readonly
        assert any("you may not write" in n.message for n in app._notifications), [
            n.message for n in app._notifications
        ]
        await pilot.press("v")
        assert desk.model.counts["verified"] == 0
        notes = [n.message for n in app._notifications]
        assert any("you may not write" in m and "verdicts are off" in m for m in notes), notes
    assert all(s == "unreviewed" for s, _ in on_disk(store_path).values())


async def test_unreadable_store_is_a_notice_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    app = ClaimdeskApp(bad)
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        await workers_done(app)
        await pilot.pause()
        assert app.is_running
        await pilot.press("v", "j", "slash", "a", "escape")
        assert app.is_running
    assert bad.read_text(encoding="utf-8") == "{not json"


async def test_empty_store_shows_welcome(tmp_path: Path) -> None:
    app = ClaimdeskApp(tmp_path / "empty.json")
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        text = str(desk.query_one(DetailPane).content)
        assert "claimdesk ingest" in text and "claimdesk demo" in text


@pytest.mark.parametrize("size", [(100, 30), (120, 36), (80, 24)])
async def test_q24_welcome_reads_at_any_width_and_points_at_the_detail_pane(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from claimdesk.tui.detail_pane import DetailPane

    app = ClaimdeskApp(tmp_path / "empty.json")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        desk = app.screen
        assert isinstance(desk, DeskScreen)
        pane = desk.query_one(DetailPane)
        lines = [strip.text.rstrip() for strip in pane._lines()]  # as wrapped, all of it
        for command, what in [
            ("claimdesk ingest FILE...", "articles as .txt, .md or .html"),
            ("ctrl+p → Ingest a file", "from here"),
            ("claimdesk demo", "the bundled sample articles"),
        ]:
            i = next(i for i, line in enumerate(lines) if line.strip() == command)
            # the command alone on its line, what it does whole and indented on the next
            assert lines[i + 1].strip() == what and lines[i + 1].startswith("    "), lines
        below = desk.query_one("#detail").region.y > desk.table("numbers").region.y
        assert below == (size[0] < 100)
        for name in ("sources", "quotes", "numbers"):
            empty = desk.table(name).empty_text
            assert "on the right" not in empty and "Detail" in empty, empty


async def test_narrow_layout_puts_detail_below(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await ready(app, pilot)
        assert desk.has_class("-narrow")
        lists, detail = desk.query_one("#lists"), desk.query_one(DetailPane)
        assert detail.region.y >= lists.region.bottom
        assert detail.region.width == 80
        quotes = desk.table("quotes")
        assert quotes.region.height > desk.table("sources").region.height
        assert quotes.row_text(0).strip()  # the focused pane shows rows
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(200, 60)) as pilot:
        desk = await ready(app, pilot)
        assert desk.has_class("-wide")
        lists, detail = desk.query_one("#lists"), desk.query_one(DetailPane)
        assert detail.region.x >= lists.region.right


async def test_tab_and_mouse(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("tab")
        assert app.focused is desk.table("numbers")
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is desk.table("sources")
        quotes = desk.table("quotes")
        # click the third data row (header is line 0, border adds 1)
        await pilot.click(quotes, offset=(10, 4))
        assert app.focused is quotes
        assert quotes.cursor == 2
        await pilot.press("v")
        assert desk.model.counts["verified"] == 1


async def test_detail_follows_the_cursor(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("3", "j", "j")
        await wait_for(pilot, lambda: not desk.detail_pending)
        text = desk.query_one(DetailPane).content.plain
        assert "about 1,500 residents" in text and "Kelloran Gazette" in text
        await pilot.press("1")
        assert "Kind: person" in desk.query_one(DetailPane).content.plain


async def test_keys_typed_right_after_slash_go_to_the_search(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        # all queued at once, as a paste or tmux send-keys delivers them
        from textual.events import Key

        for key, char in [("slash", "/"), *((c, c) for c in "market")]:
            app.post_message(Key(key, char))
        await wait_for(pilot, lambda: desk.filters.search == "market")
        assert isinstance(app.screen, DeskScreen)  # no `e` export dialog, no `m` merge
        assert desk.model.counts["unreviewed"] == 9


async def test_keys_typed_right_after_n_go_to_the_note(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("2")
        claim = desk.table("quotes").current.claim
        from textual.events import Key

        # a fast typist: "n", then "vxq d" before the editor has mounted; each of these is
        # a desk or app shortcut (verify, dismiss, quit, dispute) if it lands on the desk
        for key, char in [("n", "n"), *((c if c != " " else "space", c) for c in "vxq d")]:
            app.post_message(Key(key, char))
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.pause()
        editor = app.screen
        await wait_for(pilot, lambda: editor.query_one("#note-text").text == "vxq d")
        assert app.is_running
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: claim.note == "vxq d")
        assert claim.status == "unreviewed"
    assert on_disk(store_path)[claim.text] == ("unreviewed", "vxq d")


async def test_n_typed_in_the_search_line_is_a_letter(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("slash", *"harbour n")
        await wait_for(pilot, lambda: desk.filters.search == "harbour n")
        assert isinstance(app.screen, DeskScreen)  # no note editor


async def test_key_typed_right_after_a_pane_jump_goes_to_that_pane(tmp_path: Path) -> None:
    """R2: in a terminal `3G` arrives in one read; G must move the Numbers cursor, not
    the pane that had focus before (Widget.focus() defers the change to a later tick)."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        desk = app.screen
        quotes, numbers = desk.table("quotes"), desk.table("numbers")
        assert app.focused is quotes and len(numbers.rows) > 1
        # both keys queued before either is handled, as a terminal delivers them
        app.post_message(events.Key("3", "3"))
        app.post_message(events.Key("G", "G"))
        await wait_for(
            pilot, lambda: app.focused is numbers and numbers.cursor == len(numbers.rows) - 1
        )
        assert app.focused is numbers
        assert numbers.cursor == len(numbers.rows) - 1
        assert quotes.cursor == 0


async def test_verdict_key_right_after_search_enter_marks_not_types(tmp_path: Path) -> None:
    """R11: `/boats⏎v` typed at once: enter keeps the search and gives the list its keys
    back, so v marks the claim instead of landing in the search line as 'boatsv'."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        desk = app.screen
        await pilot.press("3", "slash", *"boats")
        await pilot.pause()
        assert desk.filters.search == "boats"
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("v", "v"))
        await wait_for(
            pilot, lambda: any(r.claim.status == "verified" for r in desk.table("numbers").rows)
        )
        assert desk.filters.search == "boats"
        assert app.focused is desk.table("numbers")
        assert [r.claim.id for r in desk.table("numbers").rows if r.claim.status == "verified"]
        # `down` ("to results") likewise: the j after it moves the cursor
        await pilot.press("c", "g", "slash")
        await pilot.pause()
        assert len(desk.table("numbers").rows) > 1 and desk.table("numbers").cursor == 0
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("j", "j"))
        await wait_for(pilot, lambda: desk.table("numbers").cursor == 1)
        assert desk.filters.search == ""
        assert desk.table("numbers").cursor == 1


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 35), (200, 60)])
async def test_footer_shows_only_whole_keys(store_path: Path, size: tuple[int, int]) -> None:
    """QA Q11/Q17: no key cut under "^p Commands", no stray letter in the last column."""
    from textual.widgets._footer import FooterKey

    app = ClaimdeskApp(store_path)
    async with app.run_test(size=size) as pilot:
        desk = await ready(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        keys = list(desk.query(FooterKey))
        palette = [k for k in keys if k.has_class("-command-palette")]
        shown = [k for k in keys if k.display and not k.has_class("-command-palette")]
        assert palette and shown[0].key == "space"
        assert any(k.key == "question_mark" for k in shown)  # `?` lists whatever is hidden
        for key in shown:
            assert key.region.right <= palette[0].region.x, key.description
        assert palette[0].region.right >= size[0] - 1  # docked right, nothing after it
        if size[0] >= 200:
            assert all(k.display for k in keys)


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
        await wait_for(pilot, lambda: app.screen is not desk)
        assert app.screen is not desk
        if key == "n":
            await pilot.press("escape")  # back on the desk, whose footer was re-made meanwhile
            await wait_for(pilot, lambda: app.screen is desk)
        footer = desk.query_one(DeskFooter)

        def fitted() -> bool:
            """The footer laid out again, and every key it shows whole beside the palette key."""
            keys = list(footer.query(FooterKey))
            palette = next(k for k in keys if k.has_class("-command-palette"))
            shown = [k for k in keys if k.display and k is not palette]
            return palette.region.width > 0 and all(
                k.region.right <= palette.region.x for k in shown
            )

        await wait_for(pilot, fitted)
        keys = list(footer.query(FooterKey))
        palette = next(k for k in keys if k.has_class("-command-palette"))
        shown = [k for k in keys if k.display and k is not palette]
        assert shown
        for k in shown:
            assert k.region.right <= palette.region.x, (k.description, k.region, palette.region)


async def test_wide_terminal_gives_spare_width_to_figure_and_outlet(store_path: Path) -> None:
    """QA Q10: at 200 columns Figure and Outlet are not cut while "Of what" is half empty."""
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(200, 60)) as pilot:
        desk = await ready(app, pilot)
        numbers, quotes = desk.table("numbers"), desk.table("quotes")
        text = "\n".join(numbers.row_text(i) for i in range(len(numbers.rows)))
        assert "Northwind Herald" in text and "Northwind H…" not in text
        assert "Northwind Herald" in quotes.row_text(0)
        widths = numbers._column_widths(numbers._content_width() - 2)
        assert widths[2] >= 26 and widths[3] >= 30  # Figure grew; "Of what" kept its room


async def test_theme_switch_recolours_the_detail_pane(store_path: Path) -> None:
    """QA Q21: the Detail pane's text takes the new theme's colours without a cursor move."""
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        detail = desk.query_one(DetailPane)

        def styles() -> set:
            return {seg.style for strip in detail._lines() for seg in strip if seg.style}

        before = styles()
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        after = styles()
        assert after and not (after & before)
