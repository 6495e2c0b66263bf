"""The server's own CPU in an ingest (issue 14): a meter of a local PostgreSQL server's
processes (what `bench_pg.cli_ingest` puts beside the client's CPU), and the split of the
server's CPU by table and setting, from an ingest's rows replayed into fresh desks.

    .venv/bin/python -c "from benchmarks.server_cpu import server_cpu_by_table as f; f(4000, 3)"
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import log


def server_cpu_meter(dsn: str) -> Callable[[], float] | None:
    """A function giving the CPU seconds (user + system) the server `dsn` names has used
    so far: its postmaster's own and its reaped children's, and each live child's (the
    backends, WAL writer, autovacuum), read from /proc; None when that server is not on
    this machine or its files cannot be read. (Work the server leaves for later, e.g.
    autovacuum after the ingest, is not in a reading taken right after it.)"""
    import psycopg

    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            data = conn.execute("SHOW data_directory").fetchone()[0]
        postmaster = int((Path(data) / "postmaster.pid").read_text().split()[0])
        Path(f"/proc/{postmaster}/stat").read_text()
    except (psycopg.Error, OSError, ValueError, IndexError):
        return None
    tick = os.sysconf("SC_CLK_TCK")

    def seconds() -> float:
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:  # (gone meanwhile)
                continue
            fields = stat.rsplit(")", 1)[1].split()  # from the state on: ppid, ...
            if int(entry) == postmaster:
                total += sum(map(int, fields[11:15]))  # utime, stime, cutime, cstime
            elif int(fields[1]) == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / tick

    return seconds


# the session settings and schema changes `server_cpu_by_table` replays the rows under
REPLAY_VARIANTS = (
    ("pglz (before)", ("SET default_toast_compression = 'pglz'",)),
    ("lz4 (a writer's session now)", ()),
    ("lz4, no trigram index", ("DROP INDEX claims_search_trgm",)),
)


def server_cpu_by_table(articles: int, rounds: int) -> dict[str, list[dict[str, float]]]:
    """Where the server's CPU of an ingest goes: `claimdesk ingest` of `articles` corpus
    articles into a server desk, its rows read back, then COPYed again (200 articles or
    2,000 claims a statement, one transaction per table, as an ingest sends them) into
    fresh desks under each of REPLAY_VARIANTS, the backend's own CPU (/proc) per table.
    Interleaved rounds; the client's extraction is not in these figures."""
    import psycopg

    from benchmarks import corpus
    from claimdesk.store.backend import open_store
    from claimdesk.store.pg_rows import CLAIM_COLUMNS

    tables = {"articles": "ord, id, doc", "claims": f"ord, {CLAIM_COLUMNS}"}
    d = str(corpus.corpus_dir(articles))
    got: dict[str, list[dict[str, float]]] = {k: [] for k, _ in REPLAY_VARIANTS}
    tick = os.sysconf("SC_CLK_TCK")

    def cpu(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick

    from benchmarks.bench_pg import _another_database, claimdesk_run, server_dsn

    with server_dsn() as dsn:
        claimdesk_run(dsn, "ingest", d, "--published", "2024-12-17")
        rows: dict[str, list[bytes]] = {}
        with psycopg.connect(dsn) as conn:
            for table, cols in tables.items():
                with conn.cursor().copy(f"COPY (SELECT {cols} FROM {table}) TO STDOUT") as cp:
                    rows[table] = b"".join(bytes(b) for b in cp).splitlines(keepends=True)
        for r in range(rounds):
            for name, statements in REPLAY_VARIANTS:
                db = _another_database(dsn, 100 + r * len(REPLAY_VARIANTS) + len(got[name]))
                open_store(db).close()  # the schema, with its indexes
                with psycopg.connect(db, autocommit=True) as conn:
                    conn.execute("SET default_toast_compression = 'lz4'")
                    for sql in statements:
                        conn.execute(sql)
                    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
                    one: dict[str, float] = {}
                    for table, cols in tables.items():
                        step = 200 if table == "articles" else 2000
                        before = cpu(pid)
                        with conn.transaction():
                            for i in range(0, len(rows[table]), step):
                                with conn.cursor().copy(f"COPY {table} ({cols}) FROM STDIN") as cp:
                                    cp.write(b"".join(rows[table][i : i + step]))
                        one[table] = cpu(pid) - before
                got[name].append(one)
                log(
                    f"server CPU, {name}: articles {one['articles']:.2f} s, claims "
                    f"{one['claims']:.2f} s; load avg {os.getloadavg()[0]:.1f}"
                )
    return got
