"""A server desk's kept comparison features (the `features` table) and, for one ingest,
the fingerprints of what is kept there.

An ingest compares the kept fingerprints with the desk's at every checkpoint
(store/comparison.py `_put_stale_features`). Reading them costs the server a parse of
every kept row's JSON (`raw->>0`), at each checkpoint, so a long ingest into a big desk
read the whole table again and again. `KeptPrints` reads them once and then follows this
desk's own writes; it is dropped when the ingest lets go of the desk (its long writers'
lock). What another process writes meanwhile (a comparison keeping the features whole)
is not seen: at worst an entry it dropped is missing until the next comparison works it
out again, derived data that costs time and never anything stored.
"""

from __future__ import annotations

import json
from typing import Any

FEATURE_COPY = "COPY features (article_id, version, raw) FROM STDIN"


def first_print(raw: Any) -> str | None:
    """What the server's `raw->>0` gives for a kept fingerprint: a string first item."""
    if isinstance(raw, list) and raw and isinstance(raw[0], str):
        return raw[0]
    return None


def read_kept_prints(conn: Any, version: int) -> dict[str, str]:
    """Each kept entry's fingerprint (its first item), read on the server."""
    rows = conn.execute(
        "SELECT article_id, raw->>0 FROM features WHERE version = %s", (version,)
    ).fetchall()
    return {aid: fp for aid, fp in rows if fp is not None}


def write_all(conn: Any, version: int, articles: dict[str, list[Any]]) -> None:
    """Every entry replaced by `articles` (in the caller's transaction)."""
    conn.execute("DELETE FROM features")
    with conn.cursor().copy(FEATURE_COPY) as copy:
        for aid, raw in articles.items():
            copy.write_row((aid, version, json.dumps(raw)))


def put_some(conn: Any, version: int, fresh: dict[str, list[Any]], gone: list[str]) -> None:
    """The entries of `fresh` replaced and those of `gone` dropped (caller's transaction)."""
    conn.execute("DELETE FROM features WHERE article_id = ANY(%s)", ([*fresh, *gone],))
    with conn.cursor().copy(FEATURE_COPY) as copy:
        for aid, raw in fresh.items():
            copy.write_row((aid, version, json.dumps(raw)))


class KeptPrints:
    """The kept fingerprints of one features version, read once, then kept up to date with
    this desk's committed writes (`wrote_all`, `wrote_some`); `drop()` forgets them."""

    def __init__(self) -> None:
        self._version: int | None = None
        self._prints: dict[str, str] = {}

    def get(self, version: int) -> dict[str, str] | None:
        """A copy of the fingerprints held for `version`, or None: read them."""
        return dict(self._prints) if self._version == version else None

    def hold(self, version: int, prints: dict[str, str]) -> None:
        self._version, self._prints = version, dict(prints)

    def wrote_all(self, version: int, articles: dict[str, list[Any]]) -> None:
        self.hold(version, {a: fp for a, r in articles.items() if (fp := first_print(r))})

    def wrote_some(self, version: int, fresh: dict[str, list[Any]], gone: list[str]) -> None:
        if self._version != version:  # (entries of another version: read again)
            self.drop()
            return
        for aid in (*fresh, *gone):
            self._prints.pop(aid, None)
        for aid, raw in fresh.items():
            fp = first_print(raw)
            if fp is not None:
                self._prints[aid] = fp

    def drop(self) -> None:
        self._version, self._prints = None, {}

    def state(self) -> tuple[int, dict[str, str]] | None:
        """(version, fingerprints) held, or None: what a features child hands back
        (store/pg_apart.py)."""
        return None if self._version is None else (self._version, dict(self._prints))
