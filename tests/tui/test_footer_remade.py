"""The desk's footer is re-made only when the keys it shows change: Textual says the
bindings were updated several times while the dashboard starts, each time with the same
keys, and each re-made footer is some 30 widgets to style on the UI thread, before the
first rows of a server desk (issue 14). A change of keys (the search line focused) still
re-makes it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_footer import DeskFooter
from tests.support.desk import ready
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store


async def test_the_footer_is_made_again_only_when_its_keys_change(tmp_path: Path, monkeypatch):
    made: list[int] = []
    compose = DeskFooter.compose

    def counting(self):
        made.append(1)
        return compose(self)

    monkeypatch.setattr(DeskFooter, "compose", counting)
    app = ClaimdeskApp(build_store(tmp_path / "desk.json"), reviewer="cy")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        footer = desk.query_one(DeskFooter)
        assert len(made) <= 2, made  # (the first, and the one once the bindings are ready)
        keys = {k.key for k in footer.query(FooterKey)}
        assert "f" in keys
        await pilot.press("slash")  # the search line's keys instead of the desk's
        await wait_for(pilot, lambda: {k.key for k in footer.query(FooterKey)} != keys)
        assert "escape" in {k.key for k in footer.query(FooterKey)}
