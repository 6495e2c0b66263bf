"""Where the store lives and the names of its companion files."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "CLAIMDESK_DB"
DEFAULT_NAME = "claimdesk.json"


def resolve_store_path(db: str | os.PathLike[str] | None = None) -> Path:
    """--db PATH, else $CLAIMDESK_DB, else the config file's `db`, else the user data
    directory's claimdesk.json. A bad config file raises its ConfigError (a StoreError)."""
    if db:
        return Path(db).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from claimdesk.store.config import load_config

    configured = load_config().db
    if configured is not None:
        return configured
    from platformdirs import user_data_dir

    return Path(user_data_dir("claimdesk", appauthor=False)) / DEFAULT_NAME


def journal_path(store: Path) -> Path:
    """The append-only verdict journal beside the store file."""
    return store.with_name(store.name + ".journal")


def lock_path(store: Path) -> Path:
    """The writer lock file (holds the writer's PID)."""
    return store.with_name(store.name + ".lock")


def features_path(store: Path) -> Path:
    """Each article's comparison features, read at ingest (store/features.py)."""
    return store.with_name(store.name + ".features")


def temp_prefix(target: Path) -> str:
    """Prefix of temporary files written beside `target` (so startup can sweep them)."""
    return f".{target.name}.tmp-"


# Files that belong to a store: never the target of a report (`export -o`, the dialog).
COMPANION_SUFFIXES = (".journal", ".lock", ".merges", ".compare.json", ".features")
_STORE_MAGIC = (b'{"_meta":', b'{"claimdesk_journal":')


def store_files(store: Path) -> list[Path]:
    """The store file and its companions (journal, lock, merge decisions, compare cache,
    comparison features)."""
    return [store, *(store.with_name(store.name + s) for s in COMPANION_SUFFIXES)]


def check_output(target: str | os.PathLike[str], store: Path | None = None) -> None:
    """Refuse to write a report over a store's own files: one slip of the tab key
    (`-o claimdesk.json`) would otherwise replace every article and verdict with Markdown.
    Refuses this store's files (also through links) and any file that is a claimdesk
    store or journal. Raises StoreError (one line)."""
    from claimdesk.store.errors import StoreError

    path = Path(target)
    real = os.path.realpath(path)
    if store is not None:
        for own in store_files(Path(store)):
            same = real == os.path.realpath(own)
            if not same and path.exists() and own.exists():
                try:
                    same = path.samefile(own)
                except OSError:
                    same = False
            if same:
                raise StoreError(
                    f"not writing the report over the store's own file {own}; choose another file"
                )
    head = _head(path)
    if head is None:
        return  # missing (or unreadable: the write will say so)
    if head.startswith(_STORE_MAGIC):
        raise StoreError(f"not writing the report over {path}: it is a claimdesk store file")
    # another store's companion (its merge decisions, above all): NAME.merges beside NAME
    for suffix in COMPANION_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if (_head(owner) or b"").startswith(_STORE_MAGIC[0]):
                raise StoreError(
                    f"not writing the report over {path}: it belongs to the claimdesk store {owner}"
                )


def _head(path: Path) -> bytes | None:
    """The first bytes of a file (leading whitespace dropped); None if it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read(64).lstrip()
    except OSError:
        return None
