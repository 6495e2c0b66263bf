"""One store interface, two backends: the TinyDB file (store/claimstore.py) and a
PostgreSQL server (store/pg_store.py).

`DeskStore` is exactly what the CLI and the dashboard use of a store; `open_store` picks
the backend from the `--db` value (or $CLAIMDESK_DB): a `postgresql://` or `postgres://`
URL means the server, anything else the file. Both backends keep the same rules (one
history, one undo, the same contested claims: store/review_state.py and store/history.py)
so that a verb never needs to know which one it talks to.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from claimdesk.extract.record import Extraction, Source
from claimdesk.store.paths import ENV_DB, resolve_store_path
from claimdesk.store.records import (
    Article,
    Claim,
    HistoryEntry,
    IngestResult,
    SourceRow,
)

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(db: str | os.PathLike[str] | None) -> bool:
    """A PostgreSQL connection URL (never a file path)."""
    return isinstance(db, str) and db.strip().lower().startswith(SERVER_SCHEMES)


def store_target(db: str | os.PathLike[str] | None = None) -> str | Path:
    """What `--db` names: a server URL as given, else the file path (resolve_store_path).
    A URL must never go through Path: that folds its '//' and loses the host."""
    if db:
        return db if is_server_url(db) else Path(db).expanduser()
    env = os.environ.get(ENV_DB)
    if env and is_server_url(env):
        return env
    return resolve_store_path(None)


@runtime_checkable
class DeskStore(Protocol):
    """What the CLI and the dashboard use of a desk, whichever backend holds it."""

    path: Path  # the file (or, for a server, the local folder of derived caches)
    readonly: bool
    articles_revision: int  # (how a desk is named to a user: store_label())

    # reads
    def articles(self) -> list[Article]: ...
    def article(self, article_id: str) -> Article: ...
    def claims(self, **filters: Any) -> list[Claim]: ...
    def claim(self, claim_id: str) -> Claim: ...
    def resolve_id(self, prefix: str) -> str: ...
    def sources(self) -> list[SourceRow]: ...
    def article_sources(self) -> dict[str, list[Source]]: ...
    def counts(self) -> dict[str, int]: ...
    def stats(self) -> dict[str, Any]: ...
    def history(self, claim_id: str | None = None) -> list[HistoryEntry]: ...
    def fingerprints(self) -> dict[str, str | None]: ...

    # verdicts: each one action, durable on return
    def mark(
        self,
        claim_ids: list[str],
        status: str,
        *,
        note: str | None = None,
        reviewer: str | None = None,
    ) -> list[HistoryEntry]: ...
    def apply_states(
        self, states: list[tuple[str, str, str]], *, reviewer: str | None = None
    ) -> list[HistoryEntry]: ...
    def set_note(
        self, claim_id: str, note: str, *, reviewer: str | None = None
    ) -> HistoryEntry | None: ...
    def undo(
        self, *, reviewer: str | None = None, actions: Collection[int] | None = None
    ) -> list[HistoryEntry]: ...

    # ingest
    def ingest_extraction(self, ext: Extraction, *, origin: str | None = None) -> IngestResult: ...
    def adopt_orphan(self, claim: Claim) -> None: ...
    def batch(self) -> AbstractContextManager[Any]: ...
    def flush(self) -> None: ...
    def release_written(self) -> None: ...  # between an ingest's checkpoints
    @property
    def pending(self) -> bool: ...
    @property
    def in_batch(self) -> bool: ...

    # following others, and the end
    def refresh(self) -> Any: ...  # a DeskChanges
    def reload(self) -> None: ...
    def write_lock(self) -> AbstractContextManager[None]: ...
    def check_output(self, target: str | os.PathLike[str]) -> None: ...
    def close(self) -> None: ...
    def discard_if_empty(self) -> bool: ...
    def __enter__(self) -> DeskStore: ...
    def __exit__(self, *exc: object) -> None: ...


def open_store(
    db: str | os.PathLike[str] | None,
    *,
    readonly: bool = False,
    exclusive: bool = False,
    wait: float = 0.0,
    lite: bool = False,
    heads_only: bool = False,
) -> DeskStore:
    """The desk `db` names (see store_target): a PgStore for a server URL, else a
    ClaimStore. Errors are StoreError with one line (a server's password never in it).
    `lite`: a file desk reads only its files' heads (for verbs that only add articles or
    record verdicts). `heads_only`: a server desk opened for ingest reads only its
    articles' heads, verdicts and history (store/pg_store.py _load_heads), never every
    claim; an article ingested again is read when it comes."""
    target = store_target(db)
    if isinstance(target, str):
        from claimdesk.store.pg_store import PgStore

        return PgStore(
            target, readonly=readonly, exclusive=exclusive, wait=wait, heads_only=heads_only
        )
    from claimdesk.store.claimstore import ClaimStore

    return ClaimStore(target, readonly=readonly, exclusive=exclusive, wait=wait, lite=lite)


def store_label(store: Any) -> str:
    """How to name a store to a user: a server desk's URL without its password (its
    `label`), else the file's path."""
    label = getattr(store, "label", None)
    return str(label) if label is not None else str(store.path)
