"""Waiting for a server desk's changes: LISTEN on its own connection (a follower's thread
blocks here, never on the connection the desk's reads and writes use)."""

from __future__ import annotations

import contextlib
from typing import Any

from claimdesk.store.pg_conn import CHANNEL, connect, server_error


class PgListener:
    """`wait(timeout)`: True when someone changed the desk, False after `timeout` seconds
    of quiet. StoreError when the server went away; the next call connects again."""

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self._conn: Any = None

    def _listening(self) -> Any:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self.close()
            conn = connect(self.dsn)
            try:
                conn.execute(f"LISTEN {CHANNEL}")
            except Exception as exc:
                with contextlib.suppress(Exception):
                    conn.close()
                raise server_error(exc, self.dsn, "cannot follow the desk") from None
            self._conn = conn
        return self._conn

    def wait(self, timeout: float) -> bool:
        import psycopg

        conn = self._listening()
        try:
            got = False
            for _ in conn.notifies(timeout=timeout, stop_after=1):
                got = True
            return got
        except psycopg.Error as exc:
            self.close()
            raise server_error(exc, self.dsn, "lost the desk's server") from None

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    def __enter__(self) -> PgListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
