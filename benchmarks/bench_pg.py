"""The PostgreSQL desk beside the file desk, in the same run on the same machine.

For each backend (a TinyDB file in a temporary folder; a database on a PostgreSQL server
with fsync on: $CLAIMDESK_BENCH_PG, else a throwaway server started from the machine's own
binaries, as the tests do) it measures

- ingest: synthetic articles (10 claims each, benchmarks/bench_store.py) in one batch;
- open + claims(): a fresh reader's time to every claim (what `list` and the dashboard pay);
- status filter and search on the open desk (both backends hold it in memory);
- durable verdict write: `mark()` of one claim, p95 over >= 200 writes;
- `claimdesk ingest DIR` of the same corpus articles (benchmarks/corpus.py) into a new
  file desk and a new server desk, interleaved rounds (issue 14: at least 1x);
- `claimdesk ingest` of 300 new articles into a desk of 1M claims made by FILL_SQL:
  the server desk (heads only), the file desk and the previous whole-desk open;
- `claimdesk compare` on a desk of ten relabelled copies of the 100k one (~1M claims,
  benchmarks/scaled.py) as a file and copied to the server: wall, CPU, peak RSS.

    .venv/bin/python -m benchmarks --only pg [--quick]
    .venv/bin/python -m benchmarks.bench_pg [--quick]
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.bench_store import STATUSES, synthetic_extraction
from benchmarks.harness import OUT, Result, log, median, p95


@contextmanager
def server_dsn() -> Iterator[str]:
    """A fresh database: on $CLAIMDESK_BENCH_PG's server, else on a throwaway one."""
    given = os.environ.get("CLAIMDESK_BENCH_PG")
    if given:
        yield given
        return
    from tests.support.pg_server import start_server

    server = start_server(fsync=True)
    try:
        yield server.fresh_dsn()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


def ingest(db: str, articles: int, seed: int = 7) -> float:
    """Seconds to ingest `articles` synthetic articles in one batch."""
    from claimdesk.store.backend import open_store

    rng = random.Random(seed)
    exts = [synthetic_extraction(i, rng) for i in range(articles)]
    open_store(db).close()  # the empty desk made first (a server's schema, a file's file)
    t0 = time.perf_counter()
    with open_store(db, exclusive=True) as s, s.batch():
        for ext in exts:
            s.ingest_extraction(ext)
    return time.perf_counter() - t0


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def reads(db: str, runs: int) -> tuple[list[float], list[float], list[float]]:
    """(open + claims(), status filter, search) seconds."""
    from claimdesk.store.backend import open_store

    def open_all() -> None:
        with open_store(db, readonly=True) as s:
            s.claims()

    opens = timed(open_all, runs)
    with open_store(db, readonly=True) as s:
        filters = timed(lambda: s.claims(status="verified"), runs * 4)
        searches = timed(lambda: s.claims(search="district 4"), runs * 4)
    return opens, filters, searches


def marks(db: str, writes: int, seed: int = 11) -> list[float]:
    from claimdesk.store.backend import open_store

    rng = random.Random(seed)
    out = []
    with open_store(db) as s:
        ids = [c.id for c in s.claims()]
        gc.collect()
        for w in range(writes):
            cid, status = rng.choice(ids), rng.choice(STATUSES)
            t0 = time.perf_counter()
            s.mark([cid], status, note=f"write {w}", reviewer="bench")
            out.append(time.perf_counter() - t0)
    return out


def notify_latencies(db: str, writes: int, seed: int = 17) -> list[float]:
    """Seconds from a mark's call to another desk holding it: a follower thread waits on
    LISTEN (as the dashboard's does) and refreshes its own PgStore on each notification."""
    import threading

    from claimdesk.store.backend import open_store
    from claimdesk.store.pg_listen import PgListener

    rng = random.Random(seed)
    seen: dict[int, float] = {}
    stop = threading.Event()
    ready = threading.Event()

    def follow() -> None:
        with open_store(db, readonly=True) as other, PgListener(db) as listener:
            listener.wait(0.0)  # LISTENing before the first mark
            ready.set()
            while not stop.is_set():
                if listener.wait(0.2):
                    now = time.perf_counter()
                    for e in other.refresh().entries:
                        seen.setdefault(e.seq, now)

    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    ready.wait(30)
    out = []
    with open_store(db) as s:
        ids = [c.id for c in s.claims()]
        for w in range(writes):
            t0 = time.perf_counter()
            entries = s.mark([rng.choice(ids)], "verified", note=f"n{w}", reviewer="bench")
            deadline = time.perf_counter() + 5
            while entries[-1].seq not in seen and time.perf_counter() < deadline:
                time.sleep(0.0005)
            out.append(seen.get(entries[-1].seq, deadline) - t0)
    stop.set()
    thread.join(5)
    return out


def measure(articles: int, runs: int, writes: int) -> list[Result]:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pg-bench-", dir=OUT))
    figures: dict[str, dict[str, list[float]]] = {}
    try:
        with server_dsn() as dsn:
            for name, db in (("file", str(tmp / "desk.json")), ("server", dsn)):
                log(f"{name}: ingesting {articles:,} articles ...")
                seconds = ingest(db, articles)
                log(f"{name}: {articles / seconds:,.0f} articles/s")
                m = marks(db, writes)
                opens, filters, searches = reads(db, runs)
                figures[name] = {
                    "ingest": [articles * 10 / seconds],
                    "mark": m,
                    "open": opens,
                    "filter": filters,
                    "search": searches,
                }
                log(f"{name}: mark p95 {p95(m) * 1e3:.2f} ms, open {median(opens):.3f} s")
            seen = notify_latencies(dsn, max(20, writes // 4))
            log(f"server: a verdict seen elsewhere after p95 {p95(seen) * 1e3:.1f} ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    srv, fil = figures["server"], figures["file"]
    n = articles * 10
    ms = 1e3
    return [
        Result(
            f"server desk: ingest @{n:,} claims",
            "claims/s",
            srv["ingest"][0],
            higher_is_better=True,
            peer_name="file desk, same input",
            peer_median=fil["ingest"][0],
            note="one batch, claims through COPY; server fsync on",
        ),
        Result(
            f"server desk: durable verdict write @{n:,} claims",
            "ms",
            median(srv["mark"]) * ms,
            p95(srv["mark"]) * ms,
            target=5.0,
            check="p95",
            peer_name="file desk mark()",
            peer_median=median(fil["mark"]) * ms,
            peer_p95=p95(fil["mark"]) * ms,
            runs=len(srv["mark"]),
            note="one transaction: history insert, verdict upsert, NOTIFY; unix socket",
        ),
        Result(
            "server desk: a verdict seen by another desk (LISTEN/NOTIFY + refresh)",
            "ms",
            median(seen) * ms,
            p95(seen) * ms,
            target=1000.0,
            check="p95",
            runs=len(seen),
            note="from the mark() call (its write included) to the other desk's refresh()",
        ),
        Result(
            f"server desk: open + claims() @{n:,} claims",
            "s",
            median(srv["open"]),
            p95(srv["open"]),
            peer_name="file desk open",
            peer_median=median(fil["open"]),
            peer_p95=p95(fil["open"]),
            runs=runs,
            note="the whole desk read into memory (no server-side paging yet)",
        ),
        Result(
            f"server desk: status filter @{n:,} claims",
            "ms",
            median(srv["filter"]) * ms,
            p95(srv["filter"]) * ms,
            target=100.0,
            check="p95",
            peer_name="file desk",
            peer_median=median(fil["filter"]) * ms,
            peer_p95=p95(fil["filter"]) * ms,
            runs=len(srv["filter"]),
            note="in memory on both backends",
        ),
        Result(
            f"server desk: search @{n:,} claims",
            "ms",
            median(srv["search"]) * ms,
            p95(srv["search"]) * ms,
            target=100.0,
            check="p95",
            peer_name="file desk",
            peer_median=median(fil["search"]) * ms,
            peer_p95=p95(fil["search"]) * ms,
            runs=len(srv["search"]),
            note="in memory on both backends",
        ),
    ]


# ------------------------------------------------------------------ server-side pages
FILL_SQL = """
INSERT INTO articles (ord, id, doc)
SELECT a, 'art' || a, json_build_object('id', 'art' || a, 'path', 'synthetic/' || a,
    'title', 'Synthetic report ' || a, 'words', 400, 'body', '', 'ingested_at', '')
FROM generate_series(0, %(articles)s - 1) AS a;
INSERT INTO claims (ord, id, article_id, kind, speaker, text, partial, start_at, end_at)
SELECT n, md5(n::text), 'art' || (n / 10), k, s, t, false, 0, 10
FROM (SELECT n, (ARRAY['quote', 'statement', 'number'])[1 + n %% 3] AS k,
        'Speaker ' || (n %% 5000) AS s,
        'the ' || (ARRAY['council', 'harbour', 'bridge', 'river', 'army'])[1 + n %% 5]
        || ' had ' || n || ' problems in district ' || (n %% 977) AS t
      FROM generate_series(1, %(claims)s) AS n) AS g;
INSERT INTO verdicts (claim_id, status, note, reviewer, at)
SELECT md5(n::text), (ARRAY['verified', 'disputed', 'dismissed'])[1 + n %% 3],
    'note ' || n, 'bench', '2026-12-06T00:00:00Z'
FROM generate_series(1, %(claims)s, 20) AS n;
UPDATE claims c SET status = v.status, note = v.note FROM verdicts v WHERE v.claim_id = c.id;
UPDATE desk_meta SET value = '1' WHERE key = 'articles_rev';
ANALYZE;
"""


def paging(claims: int, samples: int) -> list[Result]:
    """Server-side pages at `claims` claims (rows made by SQL, not by ingest: this measures
    the reads): the first page from a fresh connection, status filters, searches, and
    cursor moves (the page after a random row)."""
    import psycopg

    from claimdesk.store.backend import open_store
    from claimdesk.store.pg_conn import connect, migrate
    from claimdesk.store.pg_pages import claim_page

    rng = random.Random(23)
    with server_dsn() as dsn:
        open_store(dsn).close()  # the schema, with its indexes
        log(f"pages: filling {claims:,} claims by SQL ...")
        t0 = time.perf_counter()
        with psycopg.connect(dsn, autocommit=True) as conn:
            sizes = {"claims": claims, "articles": claims // 10 + 1}
            for statement in filter(str.strip, FILL_SQL.split(";")):
                conn.execute(statement, sizes)
        log(f"pages: filled in {time.perf_counter() - t0:.0f} s")

        def first() -> None:
            conn = connect(dsn)
            try:
                migrate(conn, "bench", readonly=True)
                claim_page(conn)
            finally:
                conn.close()

        firsts = timed(first, 5)
        conn = connect(dsn)
        try:
            statuses = [rng.choice(STATUSES) for _ in range(samples)]
            words = [rng.choice(["harbour", "district 97", "Speaker 42", "note 1", "zebra"])
                     for _ in range(samples)]  # fmt: skip
            keys = [rng.randrange(claims) for _ in range(samples)]
            it = iter(statuses)
            filters = timed(lambda: claim_page(conn, status=next(it)), samples)
            it2 = iter(words)
            searches = timed(lambda: claim_page(conn, search=next(it2)), samples)
            it3 = iter(keys)
            moves = timed(lambda: claim_page(conn, after=next(it3)), samples)
        finally:
            conn.close()
    ms = 1e3
    n = f"@{claims:,} claims"
    return [
        Result(f"server pages: first rows, fresh connection {n}", "ms", median(firsts) * ms,
               p95(firsts) * ms, target=1000.0, check="p95", runs=len(firsts),
               note="connect, schema check, first 100 rows"),
        Result(f"server pages: status filter {n}", "ms", median(filters) * ms,
               p95(filters) * ms, target=100.0, check="p95", runs=samples,
               note="first 100 rows of one status (5% of claims reviewed)"),
        Result(f"server pages: search {n}", "ms", median(searches) * ms, p95(searches) * ms,
               target=100.0, check="p95", runs=samples,
               note="first 100 rows matching a substring (ord walk, then one trigram index)"),
        Result(f"server pages: cursor move (next page) {n}", "ms", median(moves) * ms,
               p95(moves) * ms, target=50.0, check="p95", runs=samples,
               note="the 100 rows after a random row (keyset, never OFFSET)"),
    ]  # fmt: skip


# ------------------------------------------------------------------ the dashboard, paged
DASH_SIZE = (200, 60)
DASH_WORDS = ("harbour", "district 97", "zebra")
# the code before the dashboard paged a server desk (it read every claim): the peer
DASH_PREVIOUS = "4447203"


def _answer_spy(app: Any) -> None:
    """Note the time of the first frame painted while `app._bench_done()` holds (the
    key's answer on screen): each frame the app renders asks it (App._display gets every
    update; the headless driver only skips the terminal write)."""
    display = app._display
    app._bench_done, app._bench_hit = None, None

    def spy(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        done = app._bench_done
        if renderable is not None and done is not None and app._bench_hit is None and done():
            app._bench_hit = time.perf_counter()

    app._display = spy


async def _dash_until(app: Any, done: Callable[[], bool], since: float, limit: float) -> float:
    """Seconds from `since` to the first frame painted while `done()` holds (a condition
    already true with nothing left to paint: to when it was seen); RuntimeError past
    `limit` seconds."""
    app._bench_done, app._bench_hit = done, None
    seen = None
    while app._bench_hit is None:
        now = time.perf_counter()
        if now - since > limit:
            raise RuntimeError("the dashboard did not answer in time")
        if seen is None and done():
            seen = now
        elif seen is not None and now - seen > 1.0:  # true, and nothing more painted
            app._bench_done = None
            return seen - since
        await asyncio.sleep(0.001)
    app._bench_done = None
    return app._bench_hit - since


async def _dash_until_hit(app: Any, done: Callable[[], bool], since: float) -> float:
    """As _dash_until, keeping a frame already noted during the key's press."""
    if app._bench_hit is not None:
        hit, app._bench_done = app._bench_hit, None
        return hit - since
    return await _dash_until(app, done, since, 120)


def desk_refusal(dsn: str) -> str:
    """Why this interpreter's claimdesk cannot open the desk ('' when it can): run in the
    previous code's tree before its dashboard is timed, which would otherwise wait out
    its 900 s for rows that never come (a desk migrated past what that code knows)."""
    from claimdesk.store.backend import open_store

    try:
        open_store(dsn, readonly=True).close()
    except Exception as exc:  # the old code's own refusal, whatever its class
        return f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    return ""


def measure_dashboard(dsn: str, moves: int, keys: int, words: int = 1) -> dict[str, Any]:
    """The dashboard on a server desk in this fresh interpreter (harness.run_isolated):
    launch to the first row painted, then key to the Quotes pane's new rows painted for
    cursor moves (j, pagedown), the status filter (f) and a search typed key by key."""
    t0 = time.perf_counter()
    from claimdesk.tui.app import ClaimdeskApp

    out: dict[str, Any] = {"move": [], "page": [], "filter": [], "contested": [], "search": []}

    async def main() -> None:
        app = ClaimdeskApp(dsn, reviewer="bench")
        _answer_spy(app)
        async with app.run_test(size=DASH_SIZE) as pilot:
            await _dash_until(app, app.loaded.is_set, t0, 900)
            desk = app.screen
            quotes = desk.table("quotes")

            def shown() -> bool:
                rows = quotes.rows
                ready = getattr(rows, "read_first", True)
                return bool(ready and (not len(rows) or quotes.current.id))

            await _dash_until(app, shown, t0, 900)
            out["first_rows"] = (app.loaded_at or time.perf_counter()) - t0
            out["rows_after_frame"] = (app.loaded_at or 0.0) - (app.first_frame_at or 0.0)

            async def key(name: str, what: str) -> None:
                before, cursor = quotes.rows, quotes.cursor
                changes = what not in ("j", "pagedown")

                def done() -> bool:
                    # a paged pane whose query the key left as it was (a search under
                    # three characters) is done as soon as it is painted
                    panes = getattr(desk.model, "panes", {})
                    same = panes.get("quotes") is before
                    moved = quotes.rows is not before or same
                    return (moved if changes else quotes.cursor != cursor) and shown()

                t = time.perf_counter()
                app._bench_done, app._bench_hit = done, None  # (frames during the press)
                await pilot.press(what)
                out[name].append(await _dash_until_hit(app, done, t))

            for _ in range(moves):
                await key("move", "j")
            for _ in range(moves // 4):
                await key("page", "pagedown")
            for _ in range(keys):
                await key("contested" if desk.filters.status == "dismissed" else "filter", "f")
            while desk.filters.status is not None:
                await pilot.press("f")
            for word in DASH_WORDS * words:
                await pilot.press("slash")
                for ch in word:
                    await key("search", "space" if ch == " " else ch)
                await pilot.press("escape")  # the search line cleared
                await _dash_until(app, shown, time.perf_counter(), 120)

    asyncio.run(main())
    return out


def dashboard(claims: int, moves: int, keys: int, previous: int) -> list[Result]:
    """The dashboard on a server desk of `claims` claims (made by FILL_SQL), paged; beside
    it the previous code (which read the whole desk) on a desk of `previous` claims (0:
    not run), each in its own interpreter (its peak RSS its own)."""
    import psycopg

    from benchmarks.harness import run_isolated
    from benchmarks.previous import previous_tree
    from claimdesk.store.backend import open_store

    results: list[Result] = []
    with server_dsn() as first:
        head, _, query = first.partition("?")
        base = head.rsplit("/", 1)[0]
        for size in (claims, previous):
            if not size:
                continue
            dsn = f"{base}/dash{size}" + (f"?{query}" if query else "")
            with psycopg.connect(first, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE dash{size}")
            open_store(dsn).close()
            log(f"dashboard: filling {size:,} claims by SQL ...")
            with psycopg.connect(dsn, autocommit=True) as conn:
                sizes = {"claims": size, "articles": size // 10 + 1}
                for statement in filter(str.strip, FILL_SQL.split(";")):
                    conn.execute(statement, sizes)
            log(f"dashboard: paged dashboard at {size:,} claims ...")
            ours = run_isolated("benchmarks.bench_pg:measure_dashboard", dsn, moves, keys)
            log(f"dashboard: first rows {ours.value['first_rows']:.2f} s, {ours.peak_rss_mb} MB")
            peer = None
            if size == previous:
                old = os.environ.get("CLAIMDESK_BENCH_PREVIOUS")
                os.environ["CLAIMDESK_BENCH_PREVIOUS"] = DASH_PREVIOUS
                try:
                    shutil.rmtree(OUT / "pg-dash-previous", ignore_errors=True)
                    tree = previous_tree(OUT / "pg-dash-previous")
                finally:
                    if old is None:
                        os.environ.pop("CLAIMDESK_BENCH_PREVIOUS", None)
                    else:
                        os.environ["CLAIMDESK_BENCH_PREVIOUS"] = old
                refusal = (
                    ""
                    if tree is None
                    else run_isolated(
                        "benchmarks.bench_pg:desk_refusal", dsn, tree=tree, timeout=120
                    ).value
                )
                if refusal:
                    log(f"dashboard: previous code {DASH_PREVIOUS} not measured: {refusal}")
                    tree = None
                if tree is not None:
                    log(f"dashboard: previous code (whole desk) at {size:,} claims ...")
                    peer = run_isolated(
                        "benchmarks.bench_pg:measure_dashboard", dsn, moves, keys, tree=tree
                    )
                    # (again after it: the two interleaved, so a load change shows)
                    ours2 = run_isolated("benchmarks.bench_pg:measure_dashboard", dsn, moves, keys)
                    for k, v in ours2.value.items():
                        if isinstance(v, list):
                            ours.value[k] += v
            results += _dash_results(size, ours, peer)
    return results


def _dash_results(size: int, ours: Any, peer: Any) -> list[Result]:
    ms = 1e3
    n = f"@{size:,} claims"
    v, pv = ours.value, (peer.value if peer is not None else None)
    peer_name = f"previous code {DASH_PREVIOUS} (reads the whole desk)" if pv else None

    def row(name: str, key: str, target: float | None, note: str) -> Result:
        xs = v[key]
        return Result(
            f"server dashboard: {name} {n}", "ms", median(xs) * ms, p95(xs) * ms,
            target=target, check="p95", runs=len(xs),
            peer_name=peer_name,
            peer_median=median(pv[key]) * ms if pv and pv[key] else None,
            peer_p95=p95(pv[key]) * ms if pv and pv[key] else None,
            note=note,
        )  # fmt: skip

    return [
        Result(
            f"server dashboard: first rows {n}",
            "s",
            v["first_rows"],
            target=1.0,
            peer_name=peer_name,
            peer_median=pv["first_rows"] if pv else None,
            note="headless Pilot, from before importing the App to the first row painted",
        ),
        row("status filter (f)", "filter", 100.0, "key to the Quotes pane's new rows painted"),
        row("contested filter (f)", "contested", None, "the sixth state of f"),
        row("search, key by key", "search", 100.0, "each key of 3 words, to the rows painted"),
        row("cursor move (j)", "move", 50.0, "key to the row painted (pages read ahead)"),
        row("page down", "page", 50.0, "key to the rows painted"),
        Result(
            f"server dashboard: peak RSS {n}",
            "MB",
            ours.peak_rss_mb,
            target=300.0,
            peer_name=peer_name,
            peer_median=peer.peak_rss_mb if peer else None,
            note="the dashboard's process, after every key above",
        ),
    ]


# ------------------------------------------------------------------ issue 14: ingest, compare
def claimdesk_run(db: str, *argv: str) -> dict[str, float]:
    """One `claimdesk --db DB ARGV...` process: wall seconds, CPU (user + system) seconds
    and peak RSS MB (os.wait4 of that child); output discarded."""
    import sys

    return measured_run([sys.executable, "-m", "claimdesk", "--db", db, *argv], argv[0])


def measured_run(cmd: list[str], what: str) -> dict[str, float]:
    """One child process `cmd`: wall, CPU and peak RSS (see claimdesk_run)."""
    import subprocess

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"claimdesk {what} failed: {err.strip()[-300:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024}


def cli_ingest(articles: int, rounds: int) -> list[Result]:
    """`claimdesk ingest DIR` of the same corpus articles (benchmarks/corpus.py: read,
    extract, store, keep the comparison features, at checkpoints) into a new file desk and
    a new server desk, interleaved (the order alternating each round), medians."""
    from benchmarks import corpus

    d = str(corpus.corpus_dir(articles))
    argv = ("ingest", d, "--published", "2024-12-17")
    got: dict[str, list[dict[str, float]]] = {"file": [], "server": []}
    OUT.mkdir(parents=True, exist_ok=True)
    with server_dsn() as first_dsn:
        from benchmarks.server_cpu import server_cpu_meter

        meter = server_cpu_meter(first_dsn)
        for r in range(rounds):
            order = ("file", "server") if r % 2 == 0 else ("server", "file")
            for name in order:
                tmp = Path(tempfile.mkdtemp(prefix="pg-ingest-", dir=OUT))
                try:
                    if name == "file":
                        db = str(tmp / "desk.json")
                    else:
                        db = first_dsn if r == 0 else _another_database(first_dsn, r)
                    before = meter() if meter else 0.0
                    got[name].append(claimdesk_run(db, *argv))
                    got[name][-1]["server_cpu"] = meter() - before if meter else -1.0
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
                one = got[name][-1]
                log(
                    f"ingest {articles:,} articles, {name}: {one['wall']:.1f} s, CPU "
                    f"{one['cpu']:.1f} s, the server's {one['server_cpu']:.1f} s"
                )
    load = os.getloadavg()[0]
    walls = {k: [g["wall"] for g in v] for k, v in got.items()}
    ratios = [f / s for f, s in zip(walls["file"], walls["server"], strict=True)]
    srv, fil = median(walls["server"]), median(walls["file"])
    return [
        Result(
            f"server desk: `claimdesk ingest` of {articles:,} corpus articles",
            "articles/s",
            articles / srv,
            higher_is_better=True,
            peer_name="file desk, same articles, same run",
            peer_median=articles / fil,
            min_ratio=1.0,
            runs=rounds,
            note=(
                f"interleaved rounds, ratio per round {', '.join(f'{x:.2f}' for x in ratios)}; "
                f"CPU {median([g['cpu'] for g in got['server']]):.1f} s vs "
                f"{median([g['cpu'] for g in got['file']]):.1f} s, peak RSS "
                f"{max(g['rss'] for g in got['server']):.0f} vs "
                f"{max(g['rss'] for g in got['file']):.0f} MB; the server's own CPU "
                f"{median([g['server_cpu'] for g in got['server']]):.1f} s (-1: not on this "
                f"machine); load avg {load:.1f}; fsync on"
            ),
        )
    ]


# `claimdesk ingest` as the code before the heads-only server open (it read every claim)
FULL_OPEN = (
    "import sys, claimdesk.store.backend as b; o = b.open_store; "
    "b.open_store = lambda *a, heads_only=False, **k: o(*a, **k); "
    "from claimdesk.cli.main import main; sys.exit(main(sys.argv[1:]))"
)


def ingest_into_big(claims: int, articles: int, rounds: int) -> list[Result]:
    """`claimdesk ingest` of `articles` new corpus articles into a desk of `claims` claims
    (made by FILL_SQL on the server, then `claimdesk copy` to a file): the server desk
    (heads only), the file desk (lite) and the previous code's server open (the whole
    desk), each on a fresh copy of the same desk, interleaved rounds."""
    import sys

    import psycopg

    from benchmarks import corpus

    d = str(corpus.corpus_dir(articles, seed=99))
    argv = ("ingest", d, "--published", "2024-12-17")
    got: dict[str, list[dict[str, float]]] = {"heads": [], "file": [], "whole": []}
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pg-big-", dir=OUT))
    try:
        with server_dsn() as dsn:
            filled = _another_database(dsn, 0)
            with psycopg.connect(filled, autocommit=True) as conn:
                from claimdesk.store.backend import open_store

                open_store(filled).close()
                sizes = {"claims": claims, "articles": claims // 10 + 1}
                for statement in filter(str.strip, FILL_SQL.split(";")):
                    conn.execute(statement, sizes)
            log(f"big ingest: {claims:,} claims filled; copying to a file desk")
            base = tmp / "base"
            base.mkdir()
            claimdesk_run(filled, "copy", filled, str(base / "desk.json"))
            for r in range(rounds):
                names = ("heads", "file", "whole") if r % 2 == 0 else ("whole", "file", "heads")
                for name in names:
                    if name == "file":
                        folder = tmp / f"file{r}"
                        shutil.copytree(base, folder)
                        got[name].append(claimdesk_run(str(folder / "desk.json"), *argv))
                        shutil.rmtree(folder, ignore_errors=True)
                    else:
                        db = _another_database(dsn, 10 + r * 2 + (name == "whole"), filled)
                        if name == "heads":
                            got[name].append(claimdesk_run(db, *argv))
                        else:
                            cmd = [sys.executable, "-c", FULL_OPEN, "--db", db, *argv]
                            got[name].append(measured_run(cmd, "ingest"))
                    one = got[name][-1]
                    log(f"big ingest, {name}: {one['wall']:.1f} s, {one['rss']:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()[0]
    med = {k: median([g["wall"] for g in v]) for k, v in got.items()}
    rss = {k: max(g["rss"] for g in v) for k, v in got.items()}
    cpu = {k: median([g["cpu"] for g in v]) for k, v in got.items()}
    return [
        Result(
            f"server desk: `claimdesk ingest` of {articles} articles into {claims:,} claims",
            "s",
            med["heads"],
            max(g["wall"] for g in got["heads"]),
            peer_name="file desk (lite), same desk, same run",
            peer_median=med["file"],
            peer_p95=max(g["wall"] for g in got["file"]),
            runs=rounds,
            note=(
                f"previous server open (whole desk) {med['whole']:.1f} s; CPU "
                f"{cpu['heads']:.1f} / {cpu['file']:.1f} / {cpu['whole']:.1f} s, peak RSS "
                f"{rss['heads']:.0f} / {rss['file']:.0f} / {rss['whole']:.0f} MB "
                f"(heads / file / whole); load avg {load:.1f}; fsync on"
            ),
        )
    ]


def _another_database(dsn: str, n: int, template: str | None = None) -> str:
    """A new database beside `dsn`'s on the same server: empty, or a copy of the
    database `template` names (which nobody may be connected to)."""
    import psycopg

    name = f"bench_{os.getpid()}_{n}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        source = template.partition("?")[0].rsplit("/", 1)[1] if template else "template0"
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
    path, _, query = dsn.partition("?")
    return f"{path.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def compare_at_scale(base_claims: int, copies: int, runs: int) -> list[Result]:
    """`claimdesk compare` on one desk of base_claims x copies claims (benchmarks/scaled.py)
    kept in a file and copied to a server desk (`claimdesk copy`), each with every
    article's comparison features kept: wall, CPU and peak RSS, interleaved."""
    from benchmarks.harness import run_isolated

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pg-compare-", dir=OUT))
    got: dict[str, list[dict[str, float]]] = {"file": [], "server": []}
    try:
        big = run_isolated(
            "benchmarks.scaled:scaled_path", copies, str(tmp / "big"), base_claims
        ).value
        with server_dsn() as dsn:
            log("compare: features kept on the file desk, then the desk copied to the server")
            run_isolated("benchmarks.bench_pg:keep_all_features", big)
            copied = claimdesk_run(dsn, "copy", big, dsn)  # (--db is ignored by copy)
            log(f"compare: copied in {copied['wall']:.0f} s")
            for r in range(runs):
                for name in ("file", "server") if r % 2 == 0 else ("server", "file"):
                    db = big if name == "file" else dsn
                    got[name].append(claimdesk_run(db, "compare", "--format", "jsonl"))
                    log(f"compare, {name}: {got[name][-1]['wall']:.1f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()[0]
    n = f"{base_claims * copies:,}"
    out = []
    for what, key, unit in (("wall", "wall", "s"), ("CPU", "cpu", "s"), ("peak RSS", "rss", "MB")):
        srv = [g[key] for g in got["server"]]
        fil = [g[key] for g in got["file"]]
        out.append(
            Result(
                f"server desk: `claimdesk compare` {what} @{n} claims",
                unit,
                median(srv),
                max(srv),
                peer_name="file desk, same desk, same run",
                peer_median=median(fil),
                peer_p95=max(fil),
                runs=runs,
                note=f"features kept per article on both; load avg {load:.1f}; fsync on",
            )
        )
    return out


def keep_all_features(store_file: str) -> int:
    """Every article's comparison features kept beside a file desk (child process)."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.comparison import refresh_features

    with ClaimStore(Path(store_file)) as s:
        return refresh_features(s)


def run(quick: bool) -> list[Result]:
    if quick:
        return (
            measure(100, runs=2, writes=30)
            + paging(10_000, samples=10)
            + dashboard(2_000, moves=10, keys=6, previous=0)
            + cli_ingest(40, rounds=2)
            + ingest_into_big(10_000, 40, rounds=1)
            + compare_at_scale(1_000, 2, runs=1)
        )
    return (
        measure(10_000, runs=3, writes=200)
        + paging(1_000_000, samples=100)
        + dashboard(1_000_000, moves=200, keys=24, previous=200_000)
        + cli_ingest(4_000, rounds=4)
        + ingest_into_big(1_000_000, 300, rounds=2)
        + compare_at_scale(100_000, 10, runs=3)
    )


if __name__ == "__main__":
    import sys

    for r in run("--quick" in sys.argv):
        print(r)
