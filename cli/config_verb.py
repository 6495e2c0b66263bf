"""`claimdesk config path|check|keys|feeds`: where the config file is, whether it is
right, which key does what, which feeds `claimdesk watch` will follow.

`check` runs the dashboard's own checks too (binding ids, keys bound twice, the theme),
so a file it passes is one the dashboard starts with.
"""

from __future__ import annotations

import argparse
import sys

from claimdesk.cli.common import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "config",
        help="the config file: where it is, check it, list the keys and feeds",
        description="The config file (TOML): $CLAIMDESK_CONFIG, else config.toml in the "
        "user config folder. See docs/config.md.",
    )
    what = p.add_subparsers(dest="config_verb", metavar="WHAT", required=True)
    what.add_parser("path", help="print where the config file is (or would be)").set_defaults(
        func=run_path
    )
    what.add_parser(
        "check", help="check the file as the dashboard would; one line per problem"
    ).set_defaults(func=run_check)
    what.add_parser(
        "keys", help="every dashboard binding id, its key(s) as configured, what it does"
    ).set_defaults(func=run_keys)
    what.add_parser("feeds", help="the [feeds] to follow: name and URL").set_defaults(
        func=run_feeds
    )


def _load():  # -> Config
    from claimdesk.store.config import ConfigError, load_config

    try:
        return load_config()
    except ConfigError as exc:
        raise CliError(str(exc)) from None


def _dashboard_keymap(config) -> dict[str, str]:
    from claimdesk.store.config import ConfigError
    from claimdesk.tui.app import ClaimdeskApp

    try:
        return ClaimdeskApp.check_config(config)
    except ConfigError as exc:
        raise CliError(str(exc)) from None


def run_path(args: argparse.Namespace) -> int:
    from claimdesk.store.config import config_path

    print(config_path())
    return 0


def run_check(args: argparse.Namespace) -> int:
    config = _load()
    if not config.exists:
        print(f"no config file at {config.path}: the defaults are in use")
        return 0
    keymap = _dashboard_keymap(config)
    parts = [
        f"reviewer {config.reviewer}" if config.reviewer else None,
        f"db {config.db}" if config.db else None,
        f"theme {config.theme}" if config.theme else None,
        f"{len(keymap)} key(s) renamed" if keymap else None,
        f"{len(config.feeds)} feed(s)" if config.feeds else None,
        f"watch every {config.watch_every}" if config.watch_every else None,
        f"export org {config.export_org}" if config.export_org else None,
    ]
    said = ", ".join(p for p in parts if p) or "nothing set"
    print(f"{config.path}: ok ({said})")
    return 0


def run_keys(args: argparse.Namespace) -> int:
    from claimdesk.tui.app import ClaimdeskApp
    from claimdesk.tui.help_screen import key_label
    from claimdesk.tui.keymap import binding_ids, configured_keys

    keymap = _dashboard_keymap(_load())
    for bid, b in sorted(binding_ids(ClaimdeskApp.key_scopes()).items()):
        keys = key_label(",".join(configured_keys(b, keymap)))
        mark = "*" if bid in keymap else " "
        print(f"{bid:<24}{mark}{keys:<18} {b.tooltip or b.description}")
    return 0


def run_feeds(args: argparse.Namespace) -> int:
    config = _load()
    if not config.feeds:
        print(f"no [feeds] in {config.path}", file=sys.stderr)
    for feed in config.feeds:
        print(f"{feed.name}\t{feed.url}")
    return 0
