"""What `claimdesk watch` remembers between passes, in NAME.watch beside the store: per
URL the validators for a conditional request (ETag, Last-Modified), the fingerprint of
the body last read, the feed item's GUID and stamp, the article it became.

Derived data: losing the file costs one full pass (every page fetched again, the store
answering "unchanged"), never an article or a verdict. So a file that cannot be read is
started afresh, and it is written atomically (temporary file, fsync, rename).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from claimdesk.store.storage import atomic_write

VERSION = 1


@dataclass(slots=True)
class UrlState:
    etag: str | None = None
    last_modified: str | None = None
    fingerprint: str | None = None
    guid: str | None = None
    stamp: str | None = None  # the feed item's updated/published as the feed gave it
    article_id: str | None = None
    canonical: str | None = None
    checked: str | None = None  # when it was last fetched (UTC, ISO)


@dataclass
class WatchState:
    path: Path
    urls: dict[str, UrlState] = field(default_factory=dict)
    damaged: str | None = None  # why the file on disk was not read (it is rewritten)

    @classmethod
    def load(cls, path: Path) -> WatchState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as exc:
            return cls(path, damaged=f"{path}: unreadable ({exc}); starting afresh")
        names = {f.name for f in fields(UrlState)}
        urls: dict[str, UrlState] = {}
        raw = data.get("urls") if isinstance(data, dict) else None
        for url, entry in (raw or {}).items():
            if isinstance(entry, dict):
                urls[url] = UrlState(**{k: v for k, v in entry.items() if k in names})
        return cls(path, urls)

    def get(self, url: str) -> UrlState:
        return self.urls.setdefault(url, UrlState())

    def known_guid(self, guid: str) -> str | None:
        """The URL an item with this GUID was read from, if one was."""
        for url, st in self.urls.items():
            if st.guid == guid:
                return url
        return None

    def known_fingerprint(self, fingerprint: str, other_than: str) -> str | None:
        """Another URL whose body had this fingerprint (the same page under two links)."""
        for url, st in self.urls.items():
            if url != other_than and st.fingerprint == fingerprint:
                return url
        return None

    def save(self) -> None:
        data = {"version": VERSION, "urls": {u: asdict(s) for u, s in sorted(self.urls.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8"))
