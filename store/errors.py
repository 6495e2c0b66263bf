"""The store's error types: one-line messages that name the store path."""

from __future__ import annotations


class StoreError(Exception):
    """A store problem fit to show a user as one line (it names the store path)."""


class StoreLocked(StoreError):
    """Another process holds the writer lock: "store in use by PID N: <path>"."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class StoreNotWritable(StoreError):
    """This user may not write the store's files: open it read-only, and say why."""
