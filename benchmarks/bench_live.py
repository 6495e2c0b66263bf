"""The live desk (issue 13): verdict writes beside other writers, a dashboard taking in
others' verdicts, and an idle dashboard's CPU, each beside its peer in the same run.

- verdict write: `ClaimStore.mark()` (short lock, journal tail read, append, fsync), one
  writer alone, then the same writer while three other writer processes mark claims as
  fast as they can, and while they mark PACED times a second each; a bare fsync'd
  append after each mark (the disk's floor); and, when git can give us its tree, the
  previous design's single writer (commit OLD_DESIGN, which held the lock for its
  lifetime) on a copy of the desk;
- a dashboard (ClaimdeskApp under run_test) taking in 1,000 verdicts marked by another
  process: the UI thread's time inside the DeskChanged handler(s), summed, and the wall
  time until the header's counts show them all; then keystroke to frame (j/k moves, as in
  bench_tui) while another 1,000 arrive, beside the same keys with no writer;
- idle CPU of an open dashboard (process CPU time / wall time, all threads: the follow
  thread's stat poll included), beside a stock Textual app idling in the same way.

Writer processes are this module run as a script (`python -m benchmarks.bench_live writer
...`); each figure's measuring process is a fresh interpreter (harness.run_isolated).

    .venv/bin/python -m benchmarks --only live [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.harness import OUT, ROOT, Result, log, run_isolated, summarize
from benchmarks.previous import as_schema_1

FULL_CLAIMS = 100_000
QUICK_CLAIMS = 1_000
PEERS = 3  # other writers beside the measured one
PACED = 20.0  # marks per second of each other writer in the paced case (a brisk script)
OLD_DESIGN = "c52d717"  # the store before the live desk: one writer, lock held throughout
SIZE = (200, 60)

# -- writer processes ------------------------------------------------------------------


def writer_main(argv: list[str]) -> int:
    """A writer process: open the desk, print "ready", wait for "go" on stdin, then mark
    claims (those in --ids, else random ones) until --count marks are done or "stop"
    arrives on stdin; print "done N FIRST LAST" (perf_counter of the first mark's start
    and the last mark's end: CLOCK_MONOTONIC, comparable across processes)."""
    import random

    from claimdesk.store import ClaimStore

    ap = argparse.ArgumentParser(prog="bench_live writer")
    ap.add_argument("path")
    ap.add_argument("--ids", help="a JSON file of claim ids to mark, in order")
    ap.add_argument("--count", type=int, default=0, help="marks to make (0: until stop)")
    ap.add_argument("--rate", type=float, default=0.0, help="marks per second (0: flat out)")
    ap.add_argument("--status", default=None, help="one status for every mark")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reviewer", default="bench-peer")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    statuses = ("verified", "disputed", "dismissed", "unreviewed")
    stop = threading.Event()
    go = threading.Event()

    def listen() -> None:
        for line in sys.stdin:
            if line.strip() == "go":
                go.set()
            elif line.strip() == "stop":
                break
        stop.set()
        go.set()

    with ClaimStore(a.path) as store:
        ids = json.loads(Path(a.ids).read_text()) if a.ids else [c.id for c in store.claims()]
        threading.Thread(target=listen, daemon=True).start()
        print("ready", flush=True)
        go.wait()
        n, first, last = 0, time.perf_counter(), time.perf_counter()
        while not stop.is_set() and (a.count == 0 or n < a.count):
            cid = ids[n % len(ids)] if a.ids else rng.choice(ids)
            if a.rate:
                due = first + n / a.rate
                delay = due - time.perf_counter()
                if delay > 0 and stop.wait(delay):
                    break
            store.mark([cid], a.status or rng.choice(statuses), reviewer=a.reviewer)
            n += 1
            last = time.perf_counter()
    print(f"done {n} {first} {last}", flush=True)
    return 0


class Writer:
    """A writer process of this module, started and stopped through its stdin."""

    def __init__(self, path: str, *args: str, env: dict[str, str] | None = None) -> None:
        cmd = [sys.executable, "-m", "benchmarks.bench_live", "writer", path, *args]
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def wait_ready(self) -> None:
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if line.strip() != "ready":
            self.proc.kill()
            raise RuntimeError(f"writer did not start (said {line.strip()!r})")

    def send(self, word: str) -> None:
        if self.proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self.proc.stdin.write(word + "\n")
                self.proc.stdin.flush()

    def finish(self, stop: bool = True, timeout: float = 600) -> tuple[int, float, float]:
        """Stop it (or let it finish its count); marks made and its first/last times."""
        if stop:
            self.send("stop")
        out, _ = self.proc.communicate(timeout=timeout)
        for line in out.splitlines():
            if line.startswith("done "):
                _, n, first, last = line.split()
                return int(n), float(first), float(last)
        raise RuntimeError(f"writer ended without a report (exit {self.proc.returncode})")


@contextlib.contextmanager
def writers(path: str, count: int, rate: float = 0.0) -> Iterator[list[Writer]]:
    """`count` writers marking random claims while the block runs (`rate` marks/s each;
    0: flat out)."""
    started = [Writer(path, "--seed", str(100 + i), "--rate", str(rate)) for i in range(count)]
    try:
        for w in started:
            w.wait_ready()
        for w in started:
            w.send("go")
        yield started
    finally:
        for w in started:
            if w.proc.poll() is None:
                w.send("stop")
        for w in started:
            with contextlib.suppress(subprocess.TimeoutExpired):
                w.proc.wait(timeout=600)


# -- 1. verdict write latency ----------------------------------------------------------


FLOOR_LINE = b'{"action":1,"entries":[{"seq":1,"claim":"0123456789abcdef","to":"verified"}]}\n'


def _time_marks(store: Any, ids: list[str], writes: int, seed: int) -> dict[str, list[float]]:
    """Per mark(): wall and CPU seconds; after each, one bare append+fsync of a
    journal-sized line in the same folder (the disk's floor at that moment)."""
    import random

    rng = random.Random(seed)
    statuses = ("verified", "disputed", "dismissed", "unreviewed")
    out: dict[str, list[float]] = {"wall": [], "cpu": [], "floor": []}
    probe = os.path.join(os.path.dirname(store.path), "fsync-floor.probe")
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o644)
    try:
        gc.collect()
        for w in range(writes):
            cid, status = rng.choice(ids), rng.choice(statuses)
            t0, c0 = time.perf_counter(), time.process_time()
            store.mark([cid], status, note=f"write {w}", reviewer="bench")
            out["wall"].append(time.perf_counter() - t0)
            out["cpu"].append(time.process_time() - c0)
            t0 = time.perf_counter()
            os.write(fd, FLOOR_LINE)
            os.fsync(fd)
            out["floor"].append(time.perf_counter() - t0)
    finally:
        os.close(fd)
        os.unlink(probe)
    return out


def measure_writes(
    path: str, writes: int, peers: int, seed: int, rate: float = 0.0
) -> dict[str, Any]:
    """One writer's mark() latencies, alone (peers=0) or with `peers` writers marking
    (`rate` marks/s each; 0: flat out).
    The page cache is flushed first (os.sync), so that the write-back of a store file
    copied or compacted just before is not billed to these fsyncs."""
    from claimdesk.store import ClaimStore

    with ClaimStore(path) as store:
        ids = [c.id for c in store.claims()]
        os.sync()
        if not peers:
            got = _time_marks(store, ids, writes, seed)
            return {**got, "peer_marks": 0, "seconds": sum(got["wall"])}
        journal = f"{path}.journal"
        start = os.path.getsize(journal) if os.path.exists(journal) else 0
        with writers(path, peers, rate) as running:
            # the peers are marking once the journal has grown by a few lines each
            while os.path.getsize(journal) < start + 1024 * peers:
                time.sleep(0.01)
            os.sync()
            store.refresh()  # what they wrote during the sync (a follower would have read it)
            seen = len(store._foreign)  # others' entries this writer read in its writes
            t0 = time.perf_counter()
            got = _time_marks(store, ids, writes, seed)
            seconds = time.perf_counter() - t0
            marks = len(store._foreign) - seen
            dead = [w for w in running if w.proc.poll() is not None]
        if dead:
            raise RuntimeError("a peer writer stopped before the measurement ended")
    return {**got, "peer_marks": marks, "seconds": seconds}


def old_design_tree(dest: Path) -> Path | None:
    """The previous design's claimdesk package (commit OLD_DESIGN) in `dest`, importable
    with PYTHONPATH=dest; None when git cannot give it (no history in this checkout)."""
    try:
        archive = subprocess.run(
            ["git", "archive", OLD_DESIGN, "claimdesk", "extract", "store"],
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    for name in ("extract", "store"):  # what pyproject's package-dir does for an install
        (dest / "claimdesk" / name).symlink_to(dest / name, target_is_directory=True)
    return dest


OLD_MARKS = """
import gc, json, random, sys, time
import claimdesk.store as cs
from claimdesk.store import ClaimStore
path, writes, seed, tree = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
assert cs.__file__.startswith(tree), cs.__file__  # the old tree, not this checkout's
rng = random.Random(seed)
statuses = ("verified", "disputed", "dismissed", "unreviewed")
wall = []
with ClaimStore(path) as store:
    ids = [c.id for c in store.claims()]
    gc.collect()
    for w in range(writes):
        cid, status = rng.choice(ids), rng.choice(statuses)
        t0 = time.perf_counter()
        store.mark([cid], status, note=f"write {w}", reviewer="bench")
        wall.append(time.perf_counter() - t0)
print(json.dumps(wall))
"""


def measure_old_writes(tree: Path, path: str, writes: int, seed: int) -> list[float]:
    """The previous design's mark() latencies (its single writer), in its own interpreter."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    proc = subprocess.run(
        [sys.executable, "-c", OLD_MARKS, path, str(writes), str(seed), str(tree)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if proc.returncode != 0:
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"previous design's writer failed: {tail}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- 2. a dashboard taking in others' verdicts -----------------------------------------


def _time_handlers(
    screen_cls: type, message_cls: type, spent: list[float], spent_cpu: list[float]
) -> None:
    """Wrap every @on(message_cls) handler of screen_cls and its bases so the UI thread's
    time inside them is appended to `spent` (wall) and `spent_cpu` (the thread's CPU time:
    without the waits for the GIL or a core on a busy machine) (Textual dispatches from each class's
    `_decorated_handlers`, so that is where the wrapper goes)."""
    for cls in screen_cls.__mro__:
        handlers = cls.__dict__.get("_decorated_handlers") or {}
        entries = handlers.get(message_cls, [])
        for i, (method, selectors) in enumerate(entries):

            def timed(self: Any, event: Any, _method: Callable = method) -> Any:
                t0, c0 = time.perf_counter(), time.thread_time()
                try:
                    return _method(self, event)
                finally:
                    spent.append(time.perf_counter() - t0)
                    spent_cpu.append(time.thread_time() - c0)

            entries[i] = (timed, selectors)


async def _shows(header: Any, glyph: str, want: int, timeout: float = 300) -> float:
    """perf_counter() when the header's text first shows `glyph` followed by `want`."""
    pattern = re.compile(re.escape(glyph) + r"(\d+)")
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        m = pattern.search(getattr(header, "_shown", "") or "")
        if m and int(m.group(1)) == want:
            return time.perf_counter()
        await asyncio.sleep(0.002)
    raise RuntimeError(f"the header never showed {glyph}{want}")


async def _start_writer(path: str, *args: str) -> Writer:
    w = Writer(path, *args)
    await asyncio.to_thread(w.wait_ready)
    return w


def measure_dashboard(path: str, verdicts: int, keys: int) -> dict[str, Any]:
    """A dashboard on `path` taking in `verdicts` external verdicts twice: flat out (UI
    time, wall time to the header) and paced while j/k are pressed (keystroke to frame),
    after the same keys with nobody writing."""
    from benchmarks.bench_tui import _timed_keys
    from claimdesk.store.verdict_states import VERDICT_STATES
    from claimdesk.tui.app import ClaimdeskApp
    from claimdesk.tui.desk_screen import DeskScreen
    from claimdesk.tui.header_bar import HeaderBar
    from claimdesk.tui.messages import DeskChanged

    glyph = {s.name: s.glyph for s in VERDICT_STATES}
    spent: list[float] = []
    spent_cpu: list[float] = []
    _time_handlers(DeskScreen, DeskChanged, spent, spent_cpu)
    out: dict[str, Any] = {}
    moves = (["j"] * 20 + ["k"] * 20) * (keys // 40 + 1)

    async def main() -> None:
        app = ClaimdeskApp(path, reviewer="bench-desk")
        async with app.run_test(size=SIZE) as pilot:
            while not app.loaded.is_set() or app._follower is None:
                await asyncio.sleep(0.01)
            desk = app.screen
            while not desk.model.hays_ready:
                await asyncio.sleep(0.01)
            await pilot.pause()
            header = desk.query_one(HeaderBar)
            out["claims"] = len(desk.model.rows_by_id)
            fresh = [r.claim.id for r in desk.model.rows_by_id.values()]
            fresh = [cid for cid in fresh if desk.model.rows_by_id[cid].counted == "unreviewed"]
            if len(fresh) < 2 * verdicts:
                raise RuntimeError(f"only {len(fresh)} unreviewed claims on the desk")
            tmp = Path(tempfile.mkdtemp(prefix="live-ids-", dir=Path(path).parent))
            burst_ids, paced_ids = tmp / "burst.json", tmp / "paced.json"
            burst_ids.write_text(json.dumps(fresh[:verdicts]))
            paced_ids.write_text(json.dumps(fresh[verdicts : 2 * verdicts]))

            # the same keys with nobody writing (the peer)
            out["keys_quiet"] = await _timed_keys(pilot, moves[:keys])

            # flat out: how long the UI thread spends taking them in, and when they show
            want = desk.model.counts["verified"] + verdicts
            w = await _start_writer(
                path, "--ids", str(burst_ids), "--count", str(verdicts), "--status", "verified"
            )
            spent.clear()
            spent_cpu.clear()
            t_go = time.perf_counter()
            w.send("go")
            t_shown = await _shows(header, glyph["verified"], want)
            n, first, last = await asyncio.to_thread(w.finish, False)
            await pilot.pause()
            out["burst"] = {
                "marks": n,
                "ui_seconds": sum(spent),
                "ui_cpu_seconds": sum(spent_cpu),
                "handler_calls": len(spent),
                "write_seconds": last - first,
                "go_to_shown": t_shown - t_go,
                "last_write_to_shown": t_shown - last,
            }

            # paced over the keystrokes: keystroke to frame while they arrive
            want = desk.model.counts["disputed"] + verdicts
            rate = max(10.0, verdicts / max(1.0, keys * 0.08))  # spread over ~the key loop
            w = await _start_writer(
                path,
                *("--ids", str(paced_ids), "--count", str(verdicts)),
                *("--status", "disputed", "--rate", f"{rate:.1f}"),
            )
            spent.clear()
            spent_cpu.clear()
            w.send("go")
            busy: list[float] = []
            i = 0
            while w.proc.poll() is None or not busy:
                busy += await _timed_keys(pilot, [moves[i % len(moves)]])
                i += 1
            await _shows(header, glyph["disputed"], want)
            n, first, last = await asyncio.to_thread(w.finish, False)
            out["keys_busy"] = busy
            out["paced"] = {
                "marks": n,
                "ui_seconds": sum(spent),
                "ui_cpu_seconds": sum(spent_cpu),
                "handler_calls": len(spent),
                "write_seconds": last - first,
            }
            shutil.rmtree(tmp, ignore_errors=True)

    asyncio.run(main())
    return out


# -- 3. idle CPU -----------------------------------------------------------------------


async def _idle_cpu(seconds: float) -> dict[str, float]:
    """CPU seconds of this process (every thread) over `seconds` of wall time."""
    c0, t0 = time.process_time(), time.perf_counter()
    await asyncio.sleep(seconds)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    return {"cpu": cpu, "wall": wall, "share": cpu / wall}


def measure_idle(path: str, seconds: float, windows: int) -> dict[str, Any]:
    """An open dashboard on `path`, loaded and following the desk, left alone."""
    from benchmarks.bench_tui import _frame_spy
    from claimdesk.tui.app import ClaimdeskApp

    out: dict[str, Any] = {"shares": [], "frames": []}

    async def main() -> None:
        app = ClaimdeskApp(path, reviewer="bench-idle")
        async with app.run_test(size=SIZE) as pilot:
            while not app.loaded.is_set() or app._follower is None:
                await asyncio.sleep(0.01)
            while not app.screen.model.hays_ready:
                await asyncio.sleep(0.01)
            await pilot.pause()
            await asyncio.sleep(2.0)  # let the load's last workers and GC finish
            frames = _frame_spy(app)
            for _ in range(windows):
                frames.clear()
                out["shares"].append((await _idle_cpu(seconds))["share"])
                out["frames"].append(len(frames))

    asyncio.run(main())
    return out


def measure_idle_peer(seconds: float, windows: int) -> dict[str, Any]:
    """A stock Textual app (a DataTable of 1,000 rows, an Input, a Footer) left alone."""
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Footer, Input

    class Stock(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable(cursor_type="row")
            yield Input()
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("S", "Speaker", "Claim")
            table.add_rows((str(i % 4), f"Speaker {i}", f"claim {i}") for i in range(1000))
            table.focus()

    out: dict[str, Any] = {"shares": []}

    async def main() -> None:
        async with Stock().run_test(size=SIZE) as pilot:
            await pilot.pause()
            await asyncio.sleep(2.0)
            for _ in range(windows):
                out["shares"].append((await _idle_cpu(seconds))["share"])

    asyncio.run(main())
    return out


# -- the runner ------------------------------------------------------------------------


def _ms(xs: list[float]) -> tuple[float, float]:
    med, p = summarize(xs)
    return med * 1000, p * 1000


def write_rows(root: Path, claims: int, runs: int, writes: int, old: bool) -> list[Result]:
    from benchmarks import corpus

    path = str(corpus.fresh_store(claims, root / "writes"))
    alone: list[float] = []
    busy: list[float] = []
    busy_cpu: list[float] = []
    peer_marks, peer_seconds = 0, 0.0
    floor: list[float] = []
    busy_floor: list[float] = []
    paced: list[float] = []
    cases = {"alone": (0, 0.0), "busy": (PEERS, 0.0), "paced": (PEERS, PACED)}
    for r in range(runs):
        order = list(cases) if r % 2 == 0 else list(reversed(cases))  # alternate the order
        got = {
            case: run_isolated(
                "benchmarks.bench_live:measure_writes",
                path,
                writes,
                *cases[case][:1],
                r,
                cases[case][1],
            )
            for case in order
        }
        a, b = got["alone"].value, got["busy"].value
        paced += got["paced"].value["wall"]
        alone += a["wall"]
        floor += a["floor"]
        busy += b["wall"]
        busy_cpu += b["cpu"]
        busy_floor += b["floor"]
        peer_marks += b["peer_marks"]
        peer_seconds += b["seconds"]
        log(
            f"live: run {r + 1}/{runs}: alone p95 {_ms(a['wall'])[1]:.2f} ms, with {PEERS} "
            f"writers p95 {_ms(b['wall'])[1]:.2f} ms ({b['peer_marks']} peer marks meanwhile), "
            f"paced p95 {_ms(got['paced'].value['wall'])[1]:.2f} ms"
        )
    old_wall: list[float] = []
    old_note = "previous design not measured (quick mode)"
    if old:
        with tempfile.TemporaryDirectory(prefix="old-design-", dir=root) as tmp:
            tree = old_design_tree(Path(tmp))
            if tree is None:
                old_note = f"previous design not measured: git could not give {OLD_DESIGN}"
            else:
                old_path = str(corpus.fresh_store(claims, Path(tmp) / "desk"))
                as_schema_1(old_path)  # the previous design reads schema 1 only
                for r in range(runs):
                    os.sync()
                    old_wall += measure_old_writes(tree, old_path, writes, r)
                old_note = f"previous design: {OLD_DESIGN}'s store, one writer, lock held"
                log(f"live: previous design p95 {_ms(old_wall)[1]:.2f} ms")
    amed, ap = _ms(alone)
    bmed, bp = _ms(busy)
    cmed, cp = _ms(busy_cpu)
    rate = peer_marks / peer_seconds if peer_seconds else 0.0
    rows = [
        Result(
            f"verdict write with {PEERS} other writers @{claims:,} claims",
            "ms",
            bmed,
            bp,
            target=5.0,
            check="p95",
            peer_name="the same writer alone",
            peer_median=amed,
            peer_p95=ap,
            runs=len(busy),
            note=f"{runs} runs x {writes} marks; the {PEERS} others made {rate:.0f} marks/s "
            f"meanwhile; CPU per mark {cmed:.2f}/{cp:.2f} ms (median/p95)",
        ),
    ]
    rows.append(
        Result(
            f"verdict write with {PEERS} other writers at {PACED:g} marks/s each @{claims:,}",
            "ms",
            *_ms(paced),
            target=5.0,
            check="p95",
            peer_name="the same writer alone",
            peer_median=amed,
            peer_p95=ap,
            runs=len(paced),
            note=f"{runs} runs x {writes} marks; others paced like a brisk script",
        )
    )
    omed, op = _ms(old_wall) if old_wall else (None, None)
    rows.append(
        Result(
            f"verdict write, one writer alone @{claims:,} claims",
            "ms",
            amed,
            ap,
            target=5.0,
            check="p95",
            peer_name=f"previous design ({OLD_DESIGN}), one writer" if old_wall else None,
            peer_median=omed,
            peer_p95=op,
            runs=len(alone),
            note=old_note,
        )
    )
    fmed, fp = _ms(floor)
    bfmed, bfp = _ms(busy_floor)
    rows.append(
        Result(
            "bare append+fsync, same disk (floor)",
            "ms",
            fmed,
            fp,
            runs=len(floor),
            note=f"one after each mark of the writer alone; after each mark beside the "
            f"{PEERS} writers: {bfmed:.3f}/{bfp:.3f} ms (median/p95)",
        )
    )
    return rows


def dashboard_rows(root: Path, claims: int, runs: int, verdicts: int, keys: int) -> list[Result]:
    from benchmarks import corpus

    got = []
    for r in range(runs):
        path = str(corpus.fresh_store(claims, root / f"desk{r}"))
        got.append(run_isolated("benchmarks.bench_live:measure_dashboard", path, verdicts, keys))
        b = got[-1].value["burst"]
        log(
            f"live: dashboard run {r + 1}/{runs}: UI {b['ui_seconds'] * 1e3:.0f} ms in "
            f"{b['handler_calls']} calls; shown {b['last_write_to_shown'] * 1e3:.0f} ms "
            f"after the last write"
        )
    vals = [g.value for g in got]
    n = vals[0]["claims"]
    ui = [v["burst"]["ui_seconds"] * 1e3 for v in vals]
    calls = [v["burst"]["handler_calls"] for v in vals]
    lag = [v["burst"]["last_write_to_shown"] * 1e3 for v in vals]
    total = [v["burst"]["go_to_shown"] * 1e3 for v in vals]
    writing = [v["burst"]["write_seconds"] * 1e3 for v in vals]
    paced_ui = [v["paced"]["ui_seconds"] * 1e3 for v in vals]
    paced_calls = [v["paced"]["handler_calls"] for v in vals]
    ui_cpu = [v["burst"]["ui_cpu_seconds"] * 1e3 for v in vals]
    paced_cpu = [v["paced"]["ui_cpu_seconds"] * 1e3 for v in vals]
    quiet = [x for v in vals for x in v["keys_quiet"]]
    busy = [x for v in vals for x in v["keys_busy"]]
    qmed, qp = _ms(quiet)
    kmed, kp = _ms(busy)
    rss = max(g.peak_rss_mb for g in got)
    return [
        Result(
            f"dashboard UI time taking in {verdicts:,} external verdicts @{n:,}",
            "ms",
            *summarize(ui),
            target=200.0,
            runs=len(ui),
            note=f"wall time inside the DeskChanged handler(s), summed (thread CPU "
            f"{summarize(ui_cpu)[0]:.0f} ms), {min(calls)}-{max(calls)} calls; the writer "
            f"marked them flat out ({summarize(writing)[0]:.0f} ms); paced over the keys: "
            f"{summarize(paced_ui)[0]:.0f} ms (CPU {summarize(paced_cpu)[0]:.0f} ms) in "
            f"{min(paced_calls)}-{max(paced_calls)} calls",
        ),
        Result(
            f"external verdicts to the header @{n:,}: last write -> shown",
            "ms",
            *summarize(lag),
            runs=len(lag),
            note=f"first write -> all {verdicts:,} shown {summarize(total)[0]:.0f} ms "
            f"(median); the follow thread wakes on inotify, or a 1 s poll",
        ),
        Result(
            f"keystroke to frame while {verdicts:,} verdicts arrive @{n:,}",
            "ms",
            kmed,
            kp,
            target=50.0,
            check="p95",
            peer_name="same keys, nobody writing",
            peer_median=qmed,
            peer_p95=qp,
            runs=len(busy),
            note=f"j/k moves; {len(busy)} keys while they arrived, {len(quiet)} quiet; "
            f"peak RSS {rss:.0f} MB",
        ),
    ]


def idle_rows(root: Path, claims: int, seconds: float, windows: int) -> list[Result]:
    from benchmarks import corpus

    path = str(corpus.fresh_store(claims, root / "idle"))
    ours = run_isolated("benchmarks.bench_live:measure_idle", path, seconds, windows).value
    peer = run_isolated("benchmarks.bench_live:measure_idle_peer", seconds, windows).value
    shares = [x * 100 for x in ours["shares"]]
    peer_shares = [x * 100 for x in peer["shares"]]
    pmed, pp = summarize(peer_shares)
    return [
        Result(
            f"idle dashboard CPU @{claims:,} claims",
            "%",
            *summarize(shares),
            target=1.0,
            check="p95",
            peer_name="stock Textual app (DataTable, Input, Footer)",
            peer_median=pmed,
            peer_p95=pp,
            runs=len(shares),
            note=f"{windows} windows of {seconds:g} s, process CPU / wall (every thread), "
            f"headless run_test; frames painted per window {ours['frames']}",
        )
    ]


def run(quick: bool) -> list[Result]:
    claims = QUICK_CLAIMS if quick else FULL_CLAIMS
    OUT.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="live-bench-", dir=OUT))
    try:
        if quick:
            rows = write_rows(root, claims, runs=1, writes=30, old=False)
            rows += dashboard_rows(root, claims, runs=1, verdicts=100, keys=20)
            rows += idle_rows(root, claims, seconds=0.5, windows=2)
        else:
            rows = write_rows(root, claims, runs=3, writes=1000, old=True)
            rows += dashboard_rows(root, claims, runs=2, verdicts=1000, keys=200)
            rows += idle_rows(root, claims, seconds=10.0, windows=3)
        return rows
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["writer"]:
        sys.exit(writer_main(sys.argv[2:]))
    for r in run("--quick" in sys.argv):
        peer = "" if r.peer_median is None else f"  peer {r.peer_median:.3g}"
        p95 = "" if r.p95 is None else f" p95 {r.p95:.3g}"
        print(f"{r.name}: median {r.median:.3g}{p95} {r.unit}{peer}  {r.note}")
