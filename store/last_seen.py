"""When each reviewer last looked at a desk: `NAME.seen` beside the store, one stamp per
reviewer. The dashboard reads it on open (articles ingested since are "new on the
desk") and writes the time it closes. A missing or unreadable file means "never looked":
nothing is marked new, nothing is lost (it is written atomically, and only a stamp)."""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.store.paths import last_seen_path
from claimdesk.store.storage import atomic_write


def read_last_seen(store: Path | str, reviewer: str) -> str | None:
    """The UTC stamp ("2025-02-03T10:00:00Z") at which `reviewer` last left the desk."""
    try:
        data = json.loads(last_seen_path(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    stamp = data.get(reviewer) if isinstance(data, dict) else None
    return stamp if isinstance(stamp, str) else None


def remember_last_seen(store: Path | str, reviewer: str, stamp: str) -> None:
    """Record `stamp` for `reviewer`, keeping the others' (OSError when not writable)."""
    path = last_seen_path(store)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    data[reviewer] = stamp
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
