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
    """The short write lock (held for one journal append or publish step; holds a PID)."""
    return store.with_name(store.name + ".lock")


def segments_path(store: Path) -> Path:
    """Each ingest's articles and claims, one immutable file each (store/segments.py)."""
    return store.with_name(store.name + ".segments")


def ingest_lock_path(store: Path) -> Path:
    """The long writers' lock: ingest, import and compaction take turns on it."""
    return store.with_name(store.name + ".ingest.lock")


def presence_dir(store: Path) -> Path:
    """Who is on the desk: one small file per open dashboard (store/presence.py)."""
    return store.with_name(store.name + ".here")


def features_path(store: Path) -> Path:
    """Each article's comparison features, read at ingest (store/features.py)."""
    return store.with_name(store.name + ".features")


def first_page_path(store: Path) -> Path:
    """The rows a dashboard launch shows before the desk is read (tui/first_page.py)."""
    return store.with_name(store.name + ".firstpage")


def watch_state_path(store: Path | str) -> Path:
    """What `claimdesk watch` remembers per URL (validators, GUIDs, fingerprints)."""
    return _beside(store, ".watch")


def last_seen_path(store: Path | str) -> Path:
    """When each reviewer last looked at the desk (store/last_seen.py)."""
    return _beside(store, ".seen")


def _beside(store: Path | str, suffix: str) -> Path:
    """A small file of this machine's that goes with a desk: beside a file desk; for a
    server desk (a URL) in this machine's data folder, one per server and database,
    named by a hash of the address without its password."""
    if isinstance(store, Path):
        return store.with_name(store.name + suffix)
    import hashlib

    from platformdirs import user_data_dir

    from claimdesk.store.pg_conn import redacted

    digest = hashlib.sha256(redacted(store).encode("utf-8")).hexdigest()[:16]
    return Path(user_data_dir("claimdesk", appauthor=False)) / "servers" / f"{digest}{suffix}"


def temp_prefix(target: Path) -> str:
    """Prefix of temporary files written beside `target` (so startup can sweep them)."""
    return f".{target.name}.tmp-"


# Files that belong to a store: never the target of a report (`export -o`, the dialog).
# Every companion the store writes is named NAME + one of these suffixes.
COMPANION_SUFFIXES = (
    ".journal",
    ".segments",
    ".lock",
    ".ingest.lock",
    ".here",
    ".merges",
    ".compare.json",
    ".features",
    ".watch",
    ".seen",
    ".firstpage",
)
_STORE_MAGIC = (b'{"_meta":', b'{"claimdesk_journal":')


def store_files(store: Path) -> list[Path]:
    """The store file and its companions (journal, lock, merge decisions, compare cache,
    comparison features)."""
    return [store, *(store.with_name(store.name + s) for s in COMPANION_SUFFIXES)]


def check_output(target: str | os.PathLike[str], store: Path | None = None) -> None:
    """Refuse to write a report where a store keeps, or would keep, its own files: one
    slip of the tab key (`-o claimdesk.json`) would otherwise replace every article and
    verdict with Markdown, and a report written as `b.json.merges` or `copy.json.journal`
    before that file exists makes store b (or the copy) unreadable the moment it reads it.

    Refused, whether the target exists or not: this store's files (also through links);
    any file that is a claimdesk store or journal; any name ending in a companion suffix
    (NAME.journal, NAME.merges, ...); any NAME.anything beside a store file NAME (what
    the store may add later) and the temporary files of its atomic writes. Raises
    StoreError (one line)."""
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
    if head is not None and head.startswith(_STORE_MAGIC):
        raise StoreError(f"not writing the report over {path}: it is a claimdesk store file")
    for candidate in (path, Path(real)):
        owner = _store_beside(candidate)
        if owner is not None:
            raise StoreError(
                f"not writing the report to {path}: it belongs to the claimdesk store {owner}"
            )
    for folder in (path.parent, Path(real).parent):
        if folder.name.endswith(".segments") and len(folder.name) > len(".segments"):
            raise StoreError(
                f"not writing the report to {path}: it is inside a claimdesk store's folder "
                f"of segments ({folder}); choose another folder"
            )
    for name in (path.name, Path(real).name):  # (the name given, and where a link leads)
        why = _companion_name(name)
        if why:
            raise StoreError(
                f"not writing the report to {path}: {why}; choose a name that is not a store's"
            )


def _companion_name(name: str) -> str | None:
    """Why a file name is one a store's companion has (None when it is not)."""
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"a {suffix} file is a claimdesk store's companion"
    if name.startswith(".") and ".tmp-" in name:
        return "it is the name of a store's temporary file"
    return None


def _store_beside(path: Path) -> Path | None:
    """The claimdesk store NAME beside `path` when `path` is NAME.something (a companion
    the store has, or may add later); None when there is none."""
    parts = path.name.split(".")
    for i in range(len(parts) - 1, 0, -1):
        name = ".".join(parts[:i])
        if not name.strip("."):
            continue
        owner = path.with_name(name)
        if (_head(owner) or b"").startswith(_STORE_MAGIC[0]):
            return owner
    return None


def _head(path: Path) -> bytes | None:
    """The first bytes of a file (leading whitespace dropped); None if it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read(64).lstrip()
    except OSError:
        return None
