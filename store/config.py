"""The reviewer's config file: TOML in the user config folder (or $CLAIMDESK_CONFIG).

It lives in store/ because both front ends read it (the CLI and the dashboard) and the
store itself needs two of its values: the reviewer stamped on history (store/stamps.py)
and the default desk (store/paths.py). Command line beats environment beats this file.
Every problem is one ConfigError naming the file, the line and the fix, so that nothing
starts half-set. The dashboard's own checks (binding ids, clashes, themes) are in
tui/keymap.py: the store cannot know the dashboard's bindings.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from claimdesk.store.errors import StoreError

ENV_CONFIG = "CLAIMDESK_CONFIG"
CONFIG_NAME = "config.toml"
DOCS = "docs/config.md"

# What each table may hold: "" is the top level. A value is the type it must have.
SCHEMA: Mapping[str, Mapping[str, type]] = MappingProxyType(
    {
        "": MappingProxyType(
            {
                "reviewer": str,
                "db": str,
                "theme": str,
                "keys": dict,
                "feeds": dict,
                "export": dict,
                "watch": dict,
            }
        ),
        "export": MappingProxyType({"org": str}),
        "watch": MappingProxyType({"feeds": list, "every": str}),
    }
)
TOP_KEYS: tuple[str, ...] = (
    "reviewer",
    "db",
    "theme",
    "[keys]",
    "[feeds]",
    "[export]",
    "[watch]",
)

# `[watch] every` and `watch --every`: "90" (seconds), "30s", "10m", "1h"
DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*")
_HEADER = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


class ConfigError(StoreError):
    """A bad config file: "FILE:LINE: what is wrong; how to fix it" (one line)."""

    def __init__(self, path: Path, line: int | None, problem: str, fix: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}; {fix}")
        self.path = path
        self.line = line
        self.problem = problem
        self.fix = fix


@dataclass(frozen=True)
class Feed:
    """A followed feed (`claimdesk watch` reads them): its name in the file and its URL."""

    name: str
    url: str


@dataclass(frozen=True)
class Config:
    """The file's values (None: not set there) and where each key was written."""

    path: Path
    exists: bool = False
    reviewer: str | None = None
    db: Path | None = None
    theme: str | None = None
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    feeds: tuple[Feed, ...] = ()
    export_org: str | None = None
    watch_every: str | None = None
    lines: Mapping[tuple[str, str], int] = field(default_factory=lambda: MappingProxyType({}))

    def line_of(self, table: str, key: str | None = None) -> int | None:
        """The line that sets `key` in `table` (or the table's header when key is None)."""
        return self.lines.get((table, key or ""))

    def error(self, table: str, key: str | None, problem: str, fix: str) -> ConfigError:
        if table:
            line = self.line_of(table, key) or self.line_of(table) or self.line_of("", table)
        else:  # a top-level key, or a table of that name: its header
            line = self.line_of("", key) or self.line_of(key or "")
        return ConfigError(self.path, line, problem, fix)


def config_path() -> Path:
    """$CLAIMDESK_CONFIG, else config.toml in the platform's user config folder."""
    env = os.environ.get(ENV_CONFIG, "").strip()
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("claimdesk", appauthor=False)) / CONFIG_NAME


def load_config(path: Path | None = None) -> Config:
    """Read and check the file (a missing file is an empty config); ConfigError if bad."""
    path = config_path() if path is None else path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(path=path)
    except OSError as exc:
        raise ConfigError(
            path, None, f"cannot read the config file: {exc.strerror or exc}", _fix_path()
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(path, line, "not UTF-8 text", "save the file as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        line = int(m.group(1)) if m else None
        problem = re.sub(
            r"\s*\(at line \d+, column \d+\)$|\s*\(at end of document\)$", "", str(exc)
        )
        raise ConfigError(
            path, line, f"TOML syntax: {problem}", f"fix the TOML there ({DOCS} shows the format)"
        ) from None
    return _checked(path, data, _key_lines(text))


def _fix_path() -> str:
    return f"point ${ENV_CONFIG} at a readable file or remove it"


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """(table, key) -> line of each `key =` line, and (table, "") -> its header's line."""
    lines: dict[tuple[str, str], int] = {}
    table = ""
    for n, line in enumerate(text.splitlines(), 1):
        if m := _HEADER.match(line):
            table = m.group(1).strip('"')
            lines.setdefault((table, ""), n)
        elif m := _KEY.match(line):
            key = next(g for g in m.groups() if g is not None)
            lines.setdefault((table, key), n)
    return lines


def _checked(path: Path, data: dict[str, Any], lines: dict[tuple[str, str], int]) -> Config:
    bare = Config(path=path, exists=True, lines=MappingProxyType(lines))

    def need(table: str, key: str, value: Any, kind: type) -> None:
        if not isinstance(value, kind):
            want = {str: "a quoted string", dict: "a table", list: "a list of strings"}[kind]
            name = f"[{key}]" if kind is dict else f"{table + '.' if table else ''}{key}"
            raise bare.error(
                table,
                key,
                f"{name} is {_kind(value)}",
                f"write {name} as {want} (see {DOCS})",
            )

    for key, value in data.items():
        if key not in SCHEMA[""]:
            raise bare.error(
                "",
                key,
                f"unknown key {key!r}",
                f"{_did_you_mean(key, SCHEMA[''])}the file knows {', '.join(TOP_KEYS)} ({DOCS})",
            )
        need("", key, value, SCHEMA[""][key])
    for key in ("reviewer", "db", "theme"):
        if key in data and not data[key].strip():
            raise bare.error("", key, f"{key} is empty", f"give {key} a value or remove the line")
    for table in ("export", "watch"):  # tables of plain keys, each checked by SCHEMA
        known = list(SCHEMA[table])
        knows = f"only {known[0]}" if len(known) == 1 else " and ".join(known)
        for key, value in data.get(table, {}).items():
            if key not in SCHEMA[table]:
                raise bare.error(
                    table,
                    key,
                    f"unknown key {key!r} in [{table}]",
                    f"{_did_you_mean(key, SCHEMA[table])}[{table}] knows {knows}",
                )
            need(table, key, value, SCHEMA[table][key])
    export, watch = data.get("export", {}), data.get("watch", {})
    keys: dict[str, str] = {}
    for key, value in data.get("keys", {}).items():
        if not isinstance(value, str) or not value.strip():
            raise bare.error(
                "keys",
                key,
                f"[keys] {key} is {_kind(value)}",
                f'give it the key(s) as a string: {key} = "y" or "y,ctrl+y"',
            )
        keys[key] = value
    feeds: list[Feed] = []
    for name, url in data.get("feeds", {}).items():
        if not isinstance(url, str) or not _is_url(url):
            raise bare.error(
                "feeds",
                name,
                f"[feeds] {name} is not an http(s) URL ({_kind(url)})",
                f'write it as {name} = "https://example.org/feed.xml"',
            )
        feeds.append(Feed(name, url.strip()))
    for url in watch.get("feeds", []):
        if not isinstance(url, str) or not _is_url(url):
            raise bare.error(
                "watch",
                "feeds",
                f"[watch] feeds holds {_kind(url)}, not an http(s) URL",
                'write it as feeds = ["https://example.org/feed.xml"]',
            )
        feeds.append(Feed(url.strip(), url.strip()))
    every = watch.get("every")
    if every is not None and not DURATION.fullmatch(every):
        raise bare.error(
            "watch",
            "every",
            f"[watch] every is not a duration ({_kind(every)})",
            'write it as every = "30s", "10m" or "1h"',
        )
    db = data.get("db")
    return Config(
        path=path,
        exists=True,
        reviewer=data["reviewer"].strip() if "reviewer" in data else None,
        db=_db_path(path, db) if db else None,
        theme=data["theme"].strip() if "theme" in data else None,
        keys=MappingProxyType(keys),
        feeds=tuple(feeds),
        export_org=export["org"].strip() or None if "org" in export else None,
        watch_every=every.strip() if every else None,
        lines=MappingProxyType(lines),
    )


def _did_you_mean(key: str, known: Iterable[str]) -> str:
    import difflib  # only for a bad file: not on every writer's way in

    near = difflib.get_close_matches(key, list(known), n=1)
    return f"did you mean {near[0]}? " if near else ""


def _kind(value: Any) -> str:
    if isinstance(value, str):
        return "an empty string" if not value.strip() else f"the string {value!r}"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


def _is_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _db_path(config: Path, db: str) -> Path:
    """`~` is the home folder; a relative path is taken from the config file's folder."""
    path = Path(db.strip()).expanduser()
    return path if path.is_absolute() else config.parent / path


def config_value(name: str) -> Any:
    """One value of the current file, for the store's fallbacks; None when the file does
    not set it or is bad (the front ends refuse a bad file before anything is written)."""
    try:
        return getattr(load_config(), name)
    except ConfigError:
        return None


def remember_theme(path: Path, theme: str) -> None:
    """Write `theme = "NAME"` into the file (the palette's choice is remembered), keeping
    every other line; atomically (temporary file, fsync, rename)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f"theme = {_toml_string(theme)}\n"
    out: list[str] = []
    done = False
    top = True
    for old in text.splitlines(keepends=True):
        if _HEADER.match(old):
            if top and not done:
                out.append(line)
                done = True
            top = False
        elif top and (m := _KEY.match(old)) and "theme" in m.groups():
            if not done:
                out.append(line)
                done = True
            continue
        out.append(old)
    if not done:
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n"
        out.append(line)
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("".join(out))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
