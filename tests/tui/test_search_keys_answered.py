"""How the desk answers the keys typed into the search line (issue 18, measured end to end
in a real terminal by benchmarks/bench_terminal.py). Keys typed while the desk answers an
earlier one (a fast typist, a paste, a loaded machine): the desk filters for the line as it
is now, never for each query the line passed through. The lists are painted in the frame
that echoes the letter, not in a later one. Work and frames are counted, never timed."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.search_bar import SearchBar
from tests.support.pilot import settled, wait_for
from tests.support.tui_corpus import build_store


async def search_line_open(app: ClaimdeskApp, pilot: Pilot) -> DeskScreen:
    """The desk, loaded and settled, with its search line open."""
    await wait_for(pilot, app.loaded.is_set)
    await settled(app, pilot)
    desk = app.screen
    assert isinstance(desk, DeskScreen)
    await pilot.press("slash")
    return desk


def searches_asked(desk: DeskScreen) -> list[str]:
    """The queries the desk is asked to filter for from now on, in order."""
    asked: list[str] = []
    answer = desk.set_search

    def counted(text: str) -> None:
        asked.append(text)
        answer(text)

    desk.set_search = counted  # type: ignore[method-assign]
    return asked


async def test_keys_queued_behind_an_answer_are_filtered_once(tmp_path: Path) -> None:
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(160, 45)) as pilot:
        desk = await search_line_open(app, pilot)
        bar = desk.query_one(SearchBar)
        asked = searches_asked(desk)
        for typed in ("m", "ma", "mar"):  # three keys in before the desk answers the first
            bar.value = typed
        await wait_for(pilot, lambda: desk.filters.search == "mar")
        await settled(app, pilot)
        assert asked == ["mar"]
        model = desk.model
        assert model is not None
        shown = [row.id for row in desk.table("quotes").rows]
        fresh = [row.id for row in model.quotes if "mar" in row.hay]
        assert shown == fresh and shown  # what a filter from scratch shows, not empty


async def test_each_key_typed_at_a_readers_pace_is_answered(tmp_path: Path) -> None:
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(160, 45)) as pilot:
        desk = await search_line_open(app, pilot)
        asked = searches_asked(desk)
        for key in "mar":
            await pilot.press(key)
            await wait_for(pilot, lambda: bool(asked) and asked[-1] == desk.filters.search)
        assert asked == ["m", "ma", "mar"]


async def test_the_frame_that_answers_a_search_key_carries_the_lists(tmp_path: Path) -> None:
    """The lists and the header are painted in the same frame as the typed letter, not
    one or two frames after it (each 16.7 ms apart: issue 18's search keystroke)."""
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"))
    async with app.run_test(size=(160, 45)) as pilot:
        desk = await search_line_open(app, pilot)
        await settled(app, pilot)
        frames: list[set[int]] = []  # the screen lines each frame repaints
        display = app._display

        def spy(screen: object, update: object) -> None:
            spans = getattr(update, "spans", None)
            if spans:
                frames.append({span[0] for span in spans})
            display(screen, update)  # type: ignore[arg-type]

        app._display = spy  # type: ignore[method-assign]
        model = desk.model
        assert model is not None
        before = list(desk.table("quotes").rows)
        await pilot.press("m")
        await wait_for(pilot, lambda: desk.filters.search == "m" and bool(frames))
        await settled(app, pilot)
        assert desk.table("quotes").rows != before  # the key changed the list
        quotes = desk.table("quotes").region
        header = desk.query_one("#header").region
        assert set(range(quotes.y, quotes.bottom)) | {header.y} <= frames[0]
