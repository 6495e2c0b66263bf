"""Who and when: the reviewer and the time stamped on every history entry and decision.

Kept apart from the store class so that the comparison and the export can stamp what they
write without importing the store (no import circle).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os

from claimdesk.store.config import config_value


def now_iso() -> str:
    """The current UTC time to the second, as "2025-02-03T10:00:00Z"."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def default_reviewer(reviewer: str | None = None) -> str:
    """--reviewer, else $CLAIMDESK_REVIEWER, else the config file's `reviewer`, else the
    login name, else "unknown"."""
    if reviewer:
        return reviewer
    env = os.environ.get("CLAIMDESK_REVIEWER")
    if env:
        return env
    configured = config_value("reviewer")
    if configured:
        return str(configured)
    try:
        return getpass.getuser() or "unknown"
    except Exception:
        return "unknown"
