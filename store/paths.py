"""Where the store lives and the names of its companion files."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "CLAIMDESK_DB"
DEFAULT_NAME = "claimdesk.json"


def resolve_store_path(db: str | os.PathLike[str] | None = None) -> Path:
    """--db PATH, else $CLAIMDESK_DB, else the user data directory's claimdesk.json."""
    if db:
        return Path(db).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("claimdesk", appauthor=False)) / DEFAULT_NAME


def journal_path(store: Path) -> Path:
    """The append-only verdict journal beside the store file."""
    return store.with_name(store.name + ".journal")


def lock_path(store: Path) -> Path:
    """The writer lock file (holds the writer's PID)."""
    return store.with_name(store.name + ".lock")


def temp_prefix(target: Path) -> str:
    """Prefix of temporary files written beside `target` (so startup can sweep them)."""
    return f".{target.name}.tmp-"
