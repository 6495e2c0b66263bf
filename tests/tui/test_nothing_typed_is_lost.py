"""Nothing a reviewer typed is lost by one key (QA Q23)."""

from __future__ import annotations

from textual.app import App

from claimdesk.tui.note_editor import NoteEditor


class _Host(App[None]):
    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note
        self.results: list[str | None] = []

    def on_mount(self) -> None:
        editor = NoteEditor("At least 40 ships were waiting.", self.note)
        self.push_screen(editor, self.results.append)


async def test_esc_with_a_typed_note_warns_first_and_discards_on_the_second_esc() -> None:
    app = _Host("")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("h", "i")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)  # still editing: the note is kept
        assert app.results == []
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert app.results == [None]


async def test_typing_after_the_warning_needs_esc_twice_again_and_ctrl_s_saves() -> None:
    app = _Host("old")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("x", "escape", "y", "escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == ["oldxy"]


async def test_esc_on_an_unchanged_note_closes_at_once() -> None:
    app = _Host("old")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert app.results == [None]
