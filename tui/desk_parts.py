"""What the desk screen's parts (tui/live_desk.py, tui/verdict_actions.py) may ask of the
desk screen (tui/desk_screen.py), which defines each of these: the base they share."""

from __future__ import annotations

from typing import Any, cast

from textual.screen import Screen

from claimdesk.tui.claim_table import ClaimTable
from claimdesk.tui.desk_host import DeskHost
from claimdesk.tui.desk_model import ClaimRow, DeskModel, Filters


class DeskParts(Screen[None]):
    model: DeskModel | None
    filters: Filters
    _detail_row: Any

    @property
    def desk_app(self) -> DeskHost:
        return cast(DeskHost, self.app)

    def table(self, name: str) -> ClaimTable:
        raise NotImplementedError

    def _update_header(self, busy: str = "") -> None:
        raise NotImplementedError

    def _show_detail(self, table: ClaimTable | None = None) -> None:
        raise NotImplementedError

    def _loaded(self, model: DeskModel) -> None:
        raise NotImplementedError

    def _apply_filters(self, by_key: bool = False) -> None:
        raise NotImplementedError

    def claim_in_focus(self) -> ClaimRow | None:
        raise NotImplementedError
