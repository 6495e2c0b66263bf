"""The config file's `[keys]`: every dashboard binding by its stable id, and the checks a
renamed key must pass before the dashboard starts (the id exists; the new key is not
already bound where the binding is active). The App hands the checked map to Textual's
keymap (`App.set_keymap`), which the footer and the bindings follow; `?` reads
`configured()` so it lists the keys as configured too.

The store reads the file (store/config.py) but cannot know the dashboard's bindings, so
these checks live here and raise the store's ConfigError (file, line, fix).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from textual.binding import Binding, BindingType
from textual.keys import _normalize_key_list

from claimdesk.store.config import DOCS, Config, ConfigError


@dataclass(frozen=True)
class KeyScope:
    """Bindings that are active together (one binding chain): a key may do one thing."""

    name: str
    bindings: tuple[Binding, ...]


def key_scopes(app_bindings: Iterable[BindingType]) -> tuple[KeyScope, ...]:
    """The dashboard's binding chains: each pane with the desk and the App (whose
    `app_bindings` the App passes: this module is imported by it), each screen over the
    desk (a non-modal screen also gets the App's keys)."""
    from claimdesk.tui.article_screen import ArticleScreen
    from claimdesk.tui.claim_table import ClaimTable
    from claimdesk.tui.desk_screen import DeskScreen
    from claimdesk.tui.detail_pane import DetailPane
    from claimdesk.tui.export_dialog import ExportDialog
    from claimdesk.tui.help_screen import HelpScreen
    from claimdesk.tui.note_editor import NoteEditor
    from claimdesk.tui.prompt_dialog import PromptDialog
    from claimdesk.tui.search_bar import SearchBar
    from claimdesk.tui.timeline_screen import TimelineScreen

    app = tuple(app_bindings)
    desk = tuple(DeskScreen.BINDINGS)

    def scope(name: str, *parts: Iterable[BindingType]) -> KeyScope:
        return KeyScope(name, tuple(b for part in parts for b in part if isinstance(b, Binding)))

    return (
        scope("the panes", ClaimTable.BINDINGS, desk, app),
        scope("the Detail pane", DetailPane.BINDINGS, desk, app),
        scope("the search line", SearchBar.BINDINGS, desk, app),
        scope("the article", ArticleScreen.BINDINGS, app),
        scope("the timeline", TimelineScreen.BINDINGS, app),
        scope("the note editor", NoteEditor.BINDINGS),
        scope("the export dialog", ExportDialog.BINDINGS),
        scope("a prompt", PromptDialog.BINDINGS),
        scope("the help screen", HelpScreen.BINDINGS),
    )


def binding_ids(scopes: Sequence[KeyScope]) -> Mapping[str, Binding]:
    """Every binding id of the dashboard and (the first of) its binding."""
    found: dict[str, Binding] = {}
    for scope in scopes:
        for b in scope.bindings:
            if b.id:
                found.setdefault(b.id, b)
    return MappingProxyType(found)


def normal_keys(keys: str) -> tuple[str, ...]:
    """ "y,ctrl+y" -> ("y", "ctrl+y"); "?" -> "question_mark" (Textual's long names)."""
    return tuple(k for k in _normalize_key_list(keys).split(",") if k)


def checked_keymap(config: Config, scopes: Sequence[KeyScope]) -> dict[str, str]:
    """The file's `[keys]` as a Textual keymap; ConfigError for an id that does not exist,
    a key that is not one, or a key that would do two things at once."""
    ids = {b.id for s in scopes for b in s.bindings if b.id}
    keymap: dict[str, str] = {}
    for bid, value in config.keys.items():
        if bid not in ids:
            near = difflib.get_close_matches(bid, sorted(ids), n=2)
            hint = f"did you mean {' or '.join(near)}? " if near else ""
            raise config.error(
                "keys",
                bid,
                f"no dashboard binding has the id {bid!r}",
                f"{hint}`claimdesk config keys` lists every id ({DOCS})",
            )
        keys = normal_keys(value)
        bad = [k for k in keys if " " in k or k.endswith("+")]
        if not keys or bad:
            raise config.error(
                "keys", bid, f"{value!r} is not a key", 'write keys as "y", "ctrl+y" or "f5,y"'
            )
        if len(set(keys)) != len(keys):
            raise config.error("keys", bid, f"{value!r} names a key twice", "name each key once")
        keymap[bid] = ",".join(keys)
    for scope in scopes:
        _check_scope(config, scope, keymap)
    return keymap


def _check_scope(config: Config, scope: KeyScope, keymap: Mapping[str, str]) -> None:
    """A renamed key must not be bound to another binding of the same chain."""
    owner: dict[str, tuple[str, Binding]] = {}  # key -> (what does it, binding)
    for b in scope.bindings:
        what = b.id or b.action
        for key in configured_keys(b, keymap):
            held = owner.get(key)
            if held is None:
                owner[key] = (what, b)
                continue
            if held[0] == what:
                continue  # the same binding at two levels (App and desk `q`)
            renamed = [x for x in (b, held[1]) if x.id in keymap]
            if not renamed:
                continue  # two bindings the code gives one key on purpose (focus decides)
            mine = max(renamed, key=lambda x: config.line_of("keys", x.id) or 0)
            other = held[1] if mine is b else b
            other_name = other.id or other.action
            raise config.error(
                "keys",
                mine.id,
                f"{mine.id} = {config.keys[mine.id or '']!r} binds a key twice in {scope.name}: "
                f"{key} already does {other_name} ({other.description or other.action})",
                f"give {mine.id} another key, or move {other_name} too",
            )


def configured_keys(binding: Binding, keymap: Mapping[str, str]) -> tuple[str, ...]:
    """The keys a binding answers to under `keymap`."""
    if binding.id and binding.id in keymap:
        return tuple(keymap[binding.id].split(","))
    return tuple(k.strip() for k in binding.key.split(","))


def configured(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> list[Binding]:
    """The bindings with their keys as configured (for the help screen)."""
    out: list[Binding] = []
    for b in bindings:
        if not isinstance(b, Binding):
            continue
        if b.id and b.id in keymap:
            b = b.with_key(keymap[b.id], key_display=None)
        out.append(b)
    return out


def check_theme(config: Config, themes: Iterable[str]) -> None:
    """A `theme` the dashboard does not have is an error, not a silent default."""
    known = sorted(themes)
    if config.theme is not None and config.theme not in known:
        raise config.error(
            "",
            "theme",
            f"no theme is called {config.theme!r}",
            f"use one of {', '.join(known)}",
        )


def dashboard_keymap(config: Config, app_bindings: Iterable[BindingType]) -> dict[str, str]:
    """Everything the dashboard checks in the file: its keys and its theme."""
    from textual.theme import BUILTIN_THEMES

    keymap = checked_keymap(config, key_scopes(app_bindings))
    check_theme(config, BUILTIN_THEMES)
    return keymap


__all__ = [
    "ConfigError",
    "KeyScope",
    "binding_ids",
    "check_theme",
    "checked_keymap",
    "configured",
    "dashboard_keymap",
    "key_scopes",
    "normal_keys",
]
