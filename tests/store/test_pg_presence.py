"""Who is on a server desk (store/pg_presence.py): dashboards in other processes are
listed by reviewer while their process lives, and gone when it leaves or is killed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable

from claimdesk.store.backend import open_store
from claimdesk.store.pg_listen import PgListener
from claimdesk.store.pg_presence import PgPresence, _app_name, visitors

# a dashboard's presence in a process of its own: joins, says so, stays until stdin closes
HERE = """
import sys
from claimdesk.store.pg_presence import PgPresence
p = PgPresence(sys.argv[1], sys.argv[2])
print("joined" if p.join() else "refused", flush=True)
sys.stdin.readline()
p.leave()
"""


def _until(cond: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Poll a condition (the server drops a dead process's connection on its own time)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


def _open(dsn: str, reviewer: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HERE, dsn, reviewer],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "joined"
    return proc


def _names(dsn: str, **kw) -> list[str]:
    return sorted(v.reviewer for v in visitors(dsn, **kw))


def test_two_processes_are_here_until_one_leaves_and_one_is_killed(pg_dsn):
    open_store(pg_dsn).close()
    with PgListener(pg_dsn) as listener:
        listener.wait(0.0)  # listening before anyone joins
        ana = _open(pg_dsn, "Ána Øst")
        assert _until(lambda: listener.wait(0.5))  # a join is announced
        bo = _open(pg_dsn, "bo")
        me = PgPresence(pg_dsn, "cy")
        try:
            assert me.join()
            assert sorted(v.reviewer for v in me.others()) == ["bo", "Ána Øst"]
            assert _names(pg_dsn) == ["bo", "cy", "Ána Øst"]
            assert bo.stdin is not None
            bo.stdin.close()  # bo closes the dashboard
            assert bo.wait(10) == 0
            assert _until(lambda: _names(pg_dsn, skip_pid=me.pid) == ["Ána Øst"])
            ana.send_signal(signal.SIGKILL)  # ana's terminal dies: no leave() at all
            ana.wait(10)
            assert _until(lambda: me.others() == [])
        finally:
            me.leave()
            for proc in (ana, bo):
                if proc.poll() is None:
                    proc.kill()
                proc.wait(10)
    assert _names(pg_dsn) == []


def test_a_name_that_fills_the_servers_63_bytes_still_decodes():
    name = _app_name("Ø" * 40)
    assert len(name) <= 63 and not name[-2:].count("%")
    assert PgPresence("postgresql://nobody@/nowhere?host=/nonexistent", "x").join() is False
