"""Who is on a server desk: each open dashboard keeps one connection to the desk's
database named `claimdesk-here:<reviewer>` (its application_name).

The server lists every live connection (pg_stat_activity), and drops one the moment its
process goes, even by kill -9: a name the server lists is a dashboard that is open. As
with the file desk's locked files (store/presence.py): no table, no clock, no heartbeat,
nothing to expire, and a reviewer who may only read the desk is seen too. A join and a
leave are announced by NOTIFY so that open dashboards look again at once.
"""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import quote, unquote

from claimdesk.store.pg_conn import CHANNEL, connect
from claimdesk.store.presence import Visitor

PREFIX = "claimdesk-here:"
NAME_BYTES = 63  # the server keeps this much of an application_name (NAMEDATALEN - 1)


def _app_name(reviewer: str) -> str:
    """The reviewer's name as an application_name: percent-encoded (the server keeps only
    printable ASCII), cut at a whole escape so that it decodes."""
    name = PREFIX + quote(reviewer, safe=" @.-_")
    name = name[:NAME_BYTES]
    cut = name.rfind("%", len(name) - 2)
    return name[:cut] if cut != -1 else name


class PgPresence:
    """This process's mark on a server desk (join() on open, leave() on close)."""

    def __init__(self, dsn: str, reviewer: str) -> None:
        self.dsn = dsn
        self.reviewer = reviewer
        self._conn: Any = None

    def join(self) -> bool:
        """Announce this dashboard; False (and no error) when the server is away."""
        try:
            conn = connect(self.dsn)
            conn.execute("SELECT set_config('application_name', %s, false)",
                         (_app_name(self.reviewer),))  # fmt: skip
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "presence"))
        except Exception:  # (StoreError or a server error: presence is best effort)
            return False
        self._conn = conn
        return True

    @property
    def pid(self) -> int | None:
        """The server process of our mark (skipped in others())."""
        return None if self._conn is None else int(self._conn.info.backend_pid)

    def leave(self) -> None:
        if self._conn is None:
            return
        with contextlib.suppress(Exception):
            self._conn.execute("SELECT set_config('application_name', '', false)")
            self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "presence"))
        with contextlib.suppress(Exception):
            self._conn.close()
        self._conn = None

    def others(self) -> list[Visitor]:
        """Everyone else on the desk now, by reviewer name: asked on our own connection
        (a follower looks every second), else on a new one."""
        if self._conn is not None:
            try:
                return _listed(self._conn, self.pid)
            except Exception:  # the connection broke (a server restart): join again
                with contextlib.suppress(Exception):
                    self._conn.close()
                self._conn = None
                if not self.join():
                    return []
        return visitors(self.dsn, skip_pid=self.pid)


def visitors(dsn: str, *, skip_pid: int | None = None) -> list[Visitor]:
    """The dashboards open on the server desk at `dsn` ([] when the server is away)."""
    try:
        conn = connect(dsn)
    except Exception:
        return []
    try:
        return _listed(conn, skip_pid)
    except Exception:
        return []
    finally:
        conn.close()


def _listed(conn: Any, skip_pid: int | None) -> list[Visitor]:
    rows = conn.execute(
        "SELECT pid, application_name, backend_start::text FROM pg_stat_activity "
        "WHERE datname = current_database() AND starts_with(application_name, %s) "
        "ORDER BY backend_start, pid",
        (PREFIX,),
    ).fetchall()
    return [
        Visitor(unquote(name[len(PREFIX) :]) or "unknown", int(pid), "", since or "")
        for pid, name, since in rows
        if pid != skip_pid
    ]
