"""The command palette's own commands (ctrl+p): mark, filter, export, ingest, sources, themes.

`ListedCommands` is the one palette search: a provider lists its commands, and this
finds and shows them. Source names are untrusted, so hits are built as `Content` from
plain text (the stock `Matcher.highlight` would parse them as markup).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from claimdesk.store.verdict_states import CONTESTED, STATUS_NAMES
from claimdesk.tui.desk_screen import DeskScreen

Command = tuple[str, str, Callable[[], object], bool]
"""title, help (fixed text), callback, shown before typing."""


class ListedCommands(Provider):
    """A palette provider that lists its commands; the discovery and the fuzzy search
    (with plain-text titles) are the same for every list."""

    def commands(self) -> list[Command]:
        return []

    async def discover(self) -> Hits:
        for title, help_text, callback, shown in self.commands():
            if shown:
                yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback, _shown in self.commands():
            score, offsets = matcher.fuzzy_search.match(query, title)
            if score > 0:
                shown = Content(title)
                for offset in offsets:
                    shown = shown.stylize("bold $text-accent", offset, offset + 1)
                yield Hit(score, shown, callback, text=title, help=help_text)


class DeskCommands(ListedCommands):
    """Verdicts, filters, export, ingest, keys, sources and themes."""

    def _desk(self) -> DeskScreen | None:
        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, DeskScreen):
                return screen
        return None

    def commands(self) -> list[Command]:
        desk = self._desk()
        if desk is None:
            return []
        out: list[Command] = []
        for status in STATUS_NAMES:
            out.append(
                (
                    f"Mark {status}",
                    "the selected claim, or every tagged row shown",
                    partial(desk.action_mark, status),
                    True,
                )
            )
        for status in (None, *STATUS_NAMES):
            out.append(
                (
                    f"Filter: {status or 'all statuses'}",
                    "show only claims in this status",
                    partial(desk.set_status_filter, status),
                    True,
                )
            )
        out.append(
            (
                "Filter: contested",
                "claims two reviewers decided differently (nobody has settled yet)",
                partial(desk.set_status_filter, CONTESTED),
                True,
            )
        )
        if desk.model is not None:
            me = desk.desk_app.reviewer
            for who in (None, me, *(r for r in desk.model.reviewers() if r != me)):
                label = "everyone" if who is None else ("mine" if who == me else who)
                out.append(
                    (
                        f"Reviewer: {label}",
                        "only claims whose verdict or note is by this reviewer"
                        if who
                        else "every claim, whoever decided it",
                        partial(desk.set_reviewer_filter, who),
                        True,
                    )
                )
        out += [
            (
                "Re-read the store",
                "now (others' changes show by themselves within a second)",
                desk.action_reread,
                True,
            ),
            (
                "New on the desk (w)",
                "only what came in since you last looked (✦), or everything again",
                desk.action_toggle_new,
                True,
            ),
            ("Clear limits", "source, article, status and search", desk.action_clear_limits, True),
            ("Undo", "your last verdict or note in this session", desk.action_undo, True),
            ("Export…", "Markdown, CSV, JSON or ClaimReview to a file", desk.action_export, True),
            (
                "Compare outlets",
                "who else reports each claim (runs in the background)",
                desk.action_compare,
                True,
            ),
            (
                "Ingest a file…",
                "add an article (.txt, .md, .html) to the store",
                desk.action_ingest,
                True,
            ),
            ("Keys", "every key of the dashboard", partial(self.app.run_action, "help"), True),
        ]
        if desk.model is not None:
            for view in desk.model.source_rows:
                # an anonymous voice is one row per article: its article tells two apart
                where = f" in “{view.where}”" if view.where else ""
                out.append(
                    (
                        f"Jump to source: {view.source.name}{where}",
                        "select it in the Sources pane",  # help is parsed as markup: fixed
                        partial(desk.jump_to_source, view.id),
                        False,
                    )
                )
        for theme in sorted(self.app.available_themes):
            out.append(
                (
                    f"Theme: {theme}",
                    "switch the colour theme",
                    partial(self._set_theme, theme),
                    False,
                )
            )
        return out

    def _set_theme(self, theme: str) -> None:
        self.app.theme = theme
