"""The claimdesk dashboard App: opens the store, shows the desk, owns quit/help/palette."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.theme import Theme

from claimdesk.store.config import Config, remember_theme
from claimdesk.store.last_seen import read_last_seen, remember_last_seen
from claimdesk.store.presence import Presence
from claimdesk.store.stamps import default_reviewer, now_iso
from claimdesk.tui.article_screen import ArticleScreen
from claimdesk.tui.claim_table import ClaimTable
from claimdesk.tui.commands import DeskCommands
from claimdesk.tui.compare_keys import CompareActions, CompareCommands
from claimdesk.tui.desk_follow import DeskFollower
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.export_dialog import ExportDialog
from claimdesk.tui.group_verdict_dialog import GroupVerdictDialog
from claimdesk.tui.help_screen import HelpScreen
from claimdesk.tui.keymap import KeyScope, configured, dashboard_keymap, key_scopes
from claimdesk.tui.messages import DeskChanged, PresenceChanged
from claimdesk.tui.note_editor import NoteEditor
from claimdesk.tui.row_marks import legend
from claimdesk.tui.search_bar import SearchBar
from claimdesk.tui.timeline_screen import TimelineScreen

if TYPE_CHECKING:
    from claimdesk.store.pg_presence import PgPresence


class ClaimdeskApp(CompareActions):
    """`store_path` is opened in a worker after the first frame, as one of the desk's
    writers (read-only only when this user may not write its files).

    The App owns the store, its comparison (CompareActions, tui/compare_keys.py), this
    dashboard's presence on the desk and the worker that follows what others write
    (tui/desk_follow.py): no state of the dashboard is kept in a module.
    """

    CSS_PATH = "app.tcss"
    TITLE = "claimdesk"
    COMMANDS: ClassVar = App.COMMANDS | {DeskCommands, CompareCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", show=False, id="quit"),
        Binding("question_mark", "help", "Help", show=False, id="help"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,
            tooltip="command palette: mark, filter, export, ingest, sources, themes",
            id="palette",
        ),
        *CompareActions.COMPARE_BINDINGS,
    ]

    def __init__(
        self,
        store_path: str | Path,
        *,
        store_label: str | None = None,
        reviewer: str | None = None,
        store: Any = None,
        config: Config | None = None,
    ) -> None:
        """`config`: the reviewer's config file, checked here (ConfigError before anything
        starts); its [keys] become Textual's keymap, its theme the first theme, and a theme
        chosen later is written back to it."""
        super().__init__()
        self.config = config
        self.configured_keys: Mapping[str, str] = {}
        self.export_org = config.export_org if config is not None else None
        if config is not None:
            self.configured_keys = self.check_config(config)
            self.set_keymap(self.configured_keys)
            if config.theme:
                self.theme = config.theme
        from claimdesk.store.backend import is_server_url
        from claimdesk.store.pg_conn import redacted

        # a server desk's URL stays a str (a Path would fold its '//')
        self.server = is_server_url(store_path)
        self.store_path: str | Path = store_path if self.server else Path(store_path)
        default_label = redacted(str(store_path)) if self.server else Path(store_path).name
        self.store_label = store_label or default_label
        self.reviewer = default_reviewer(reviewer)
        self.store: Any = store
        self.readonly = bool(store is not None and getattr(store, "readonly", False))
        self.readonly_reason = ""
        self.store_error = ""
        self.connection_note = ""  # a server desk's lost connection ("reconnecting…")
        self.presence: Presence | PgPresence | None = None
        self.last_seen: str | None = None  # this reviewer's last look (new on the desk)
        self._stop_following = threading.Event()
        self._follower: threading.Thread | None = None
        self.loaded = threading.Event()
        self.first_frame_at: float | None = None  # perf_counter() of the first painted frame
        self.loaded_at: float | None = None  # ... and of the first frame with the rows
        self.page_at: float | None = None  # ... and of the kept first page (first_page.py)

    @classmethod
    def key_scopes(cls) -> tuple[KeyScope, ...]:
        """Every binding chain of the dashboard (`claimdesk config keys` lists them)."""
        return key_scopes(cls.BINDINGS)

    @classmethod
    def check_config(cls, config: Config) -> dict[str, str]:
        """The file's keymap, or ConfigError (`claimdesk config check`)."""
        return dashboard_keymap(config, cls.BINDINGS)

    def get_default_screen(self) -> DeskScreen:
        return DeskScreen()

    def open_store(self) -> Any:
        """Open the store (called from the loading worker); None with `store_error` set."""
        if self.store is not None:
            return self.store
        from claimdesk.store import StoreError, StoreLocked, StoreNotWritable
        from claimdesk.store.backend import open_store

        if isinstance(self.store_path, str):  # a server desk: read in pages, never whole
            from claimdesk.store.pg_paged import open_paged as open_store
        try:
            self.store = open_store(self.store_path)
        except (StoreNotWritable, StoreLocked) as exc:
            # a desk this user may not write (or one being created right now): look only
            try:
                self.store = open_store(self.store_path, readonly=True)
            except (StoreError, OSError) as exc2:
                self.store_error = str(exc2)
                return None
            self.readonly = True
            self.readonly_reason = str(exc)
            self.call_from_thread(self.notify, f"Read-only: {exc}", severity="warning", timeout=10)
        except (StoreError, OSError) as exc:
            self.store_error = str(exc)
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=10)
            return None
        self.last_seen = read_last_seen(self.store_path, self.reviewer)
        if isinstance(self.store_path, str):  # a server desk: a named connection
            from claimdesk.store.pg_presence import PgPresence

            self.presence = PgPresence(self.store_path, self.reviewer)
            self.presence.join()
        elif not self.readonly:
            self.presence = Presence(self.store_path, self.reviewer)
            self.presence.join()
        return self.store

    def follow_desk(self) -> None:
        """Start following what others write to the desk (once the rows are shown).

        A thread of its own, not a Textual worker: it lives as long as the dashboard,
        while the App's workers are tasks that end (waiting for them means "settled")."""
        if self.store is None or self._follower is not None or self._stop_following.is_set():
            return
        self._follower = threading.Thread(target=self._follow, name="claimdesk-follow", daemon=True)
        self._follower.start()

    def _follow(self) -> None:
        me = self.presence
        try:
            for seen in DeskFollower(self.store, me, self._stop_following).run():
                desk = self.get_default_screen_instance()
                if self._stop_following.is_set() or desk is None:
                    return
                if seen.here is not None:
                    desk.post_message(PresenceChanged(seen.here))
                if seen.connection is not None:
                    self._connection_changed(seen.connection)
                if seen.changes is not None or seen.merges_changed:
                    desk.post_message(DeskChanged(seen.changes, seen.merges_changed))
        except Exception as exc:  # the desk goes on; it only stops showing others live
            if not self._stop_following.is_set():
                self.call_from_thread(
                    self.notify,
                    f"Stopped following the desk: {exc}. ctrl+r reads it again.",
                    severity="warning",
                )

    def _connection_changed(self, state: str) -> None:
        """A server desk's connection: lost (the desk stays as it was, marked so) or back."""
        if state == "reconnecting":
            self.call_from_thread(self._show_connection, "reconnecting to the desk's server…")
            self.call_from_thread(
                self.notify,
                "Lost the desk's server: reconnecting… (changes are refused until it is back)",
                severity="warning",
                timeout=5,
            )
        else:
            self.call_from_thread(self._show_connection, "")
            self.call_from_thread(self.notify, "Back on the desk's server: caught up.")

    def _show_connection(self, text: str) -> None:
        self.connection_note = text  # the header says it until the server is back
        desk = self.get_default_screen_instance()
        if desk is not None and desk.is_mounted:
            desk._update_header()

    def get_default_screen_instance(self) -> DeskScreen | None:
        """The desk screen (the bottom of the stack), if the App still has one."""
        stack = self.screen_stack
        return stack[0] if stack and isinstance(stack[0], DeskScreen) else None

    def on_mount(self) -> None:
        if self.config is not None:
            self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: Theme) -> None:
        if self.config is not None:
            self.remember_theme(self.config.path, theme.name)

    @work(thread=True, exclusive=True, group="remember-theme")
    def remember_theme(self, path: Path, name: str) -> None:
        """The palette's theme is the next session's theme: written to the config file."""
        try:
            remember_theme(path, name)
        except OSError as exc:
            self.call_from_thread(
                self.notify,
                f"theme not remembered: cannot write {path}: {exc.strerror or exc}",
                severity="warning",
            )

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections = [
            ("Moving", ClaimTable.BINDINGS),
            ("Reviewing", DeskScreen.BINDINGS),
            ("Search line", SearchBar.BINDINGS),
            ("Everywhere", self.BINDINGS[2:3]),
            ("Comparing outlets", CompareActions.COMPARE_BINDINGS),
            ("Group verdict (=)", GroupVerdictDialog.BINDINGS),
            ("Timeline (t)", TimelineScreen.BINDINGS),
            ("Full article (enter)", ArticleScreen.BINDINGS),
            ("Note editor (n)", NoteEditor.BINDINGS),
            ("Export dialog (e)", ExportDialog.BINDINGS),
        ]
        if isinstance(self.screen, TimelineScreen):  # its own keys first, then the rest
            sections.insert(0, sections.pop(6))
        keys = self.configured_keys
        shown = [(title, configured(b, keys)) for title, b in sections]
        self.push_screen(HelpScreen(shown, legend()))

    def on_unmount(self) -> None:
        self._stop_following.set()
        if self._follower is not None:
            self._follower.join(timeout=5)  # before the store it reads is closed
        self.stop_comparing()  # before the store (and its lock) is let go
        if self.presence is not None:
            self.presence.leave()
        if not self.readonly and self.store is not None:
            with contextlib.suppress(OSError):  # only a stamp: "new on the desk" next time
                remember_last_seen(self.store_path, self.reviewer, now_iso())
        store, self.store = self.store, None
        if store is not None:
            store.close()
