"""The config file drives the dashboard: a renamed key does the work and the old one no
longer does, the footer and `?` show the keys as configured, history names the config's
reviewer, the file's theme is the first theme and the palette's choice is written back."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from claimdesk.store import ClaimStore
from claimdesk.store.config import load_config
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.help_screen import HelpScreen
from tests.support.desk import ready
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store
from tests.tui.test_verdict_keys import palette


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "desk.json")


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '# the desk of the night shift\nreviewer = "dana"\ntheme = "nord"\n\n'
        '[keys]\nverify = "y"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(path))
    monkeypatch.delenv("CLAIMDESK_REVIEWER", raising=False)
    return path


def status_and_reviewers(path: Path, text: str) -> tuple[str, list[str | None]]:
    """The claim's status and who is named in its history, as a fresh reader sees them."""
    with ClaimStore(path, readonly=True) as store:
        claim = next(c for c in store.claims() if c.text == text)
        return claim.status, [h.reviewer for h in store.history(claim.id)]


async def test_a_renamed_key_verifies_and_the_old_key_no_longer_does(
    store_path: Path, config_file: Path
) -> None:
    app = ClaimdeskApp(store_path, config=load_config())
    async with app.run_test(size=(120, 35)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        first, second = (r.claim.text for r in quotes.rows[:2])
        await pilot.press("v")  # the old key: nothing happens
        await pilot.pause()
        assert quotes.cursor == 0
        assert status_and_reviewers(store_path, first) == ("unreviewed", [])
        await pilot.press("y")
        await wait_for(pilot, lambda: quotes.cursor == 1)
        assert status_and_reviewers(store_path, first) == ("verified", ["dana"])
        assert status_and_reviewers(store_path, second)[0] == "unreviewed"
        # the footer shows the key as configured
        shown = {k.description: k.key_display for k in app.screen.query(FooterKey)}
        assert shown["Verify"] == "y"
        assert shown["Dispute"] == "d"
        # in its place: Textual's keymap would move it to the end, the first to be hidden
        order = [k.description for k in app.screen.query(FooterKey)]
        assert order.index("Quit") < order.index("Verify") < order.index("Dispute")
        # and so does `?`
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_rows = {(keys, what) for _, keys, what in app.screen.rows}
        verify_tip = next(r for _, _, r in app.screen.rows if r.startswith("mark verified"))
        assert ("y", verify_tip) in help_rows
        assert ("v", verify_tip) not in help_rows


async def test_the_config_theme_starts_and_the_palette_theme_is_remembered(
    store_path: Path, config_file: Path
) -> None:
    app = ClaimdeskApp(store_path, config=load_config())
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        assert app.theme == "nord"
        await palette(pilot, "Theme: dracula")
        await wait_for(pilot, lambda: load_config().theme == "dracula")
    text = config_file.read_text(encoding="utf-8")
    assert text.count("theme") == 1
    assert text.startswith("# the desk of the night shift\n")  # every other line kept
    assert load_config().keys == {"verify": "y"}
    assert load_config().reviewer == "dana"
