"""A desk ten times larger: `claimdesk stats` and the dashboard's rows at 100k and at ~1M
claims, this checkout beside the previous code (benchmarks/previous.py) in the same run.

Issue 18: at a million claims `stats` took 46 s (40 s in one quadratic scan) and the
rows 48 s, 40x their 100k time. The target: at most 10x. The ~1M desk is ten relabelled
copies of the cached 100k desk (benchmarks/scaled.py), so every source is named in ten
times as many articles.

- `claimdesk --db PATH stats`: a fresh process each run, wall time from start to exit,
  and its CPU time and peak RSS (os.wait4 of that child);
- rows on screen: `ClaimdeskApp` under `run_test` in a fresh interpreter, from before
  the import of the app to the first frame with the rows (bench_tui's "rows on screen").

    .venv/bin/python -m benchmarks --only scale
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import ROOT, Result, log, median, run_isolated

COPIES = 10
QUICK = (1_000, 3)  # claims of the base desk, copies: the smoke run
FULL = (100_000, COPIES)


def measure_launch(store_path: str) -> dict[str, Any]:
    """Seconds to the first frame and to the rows on screen (fresh interpreter)."""
    t0 = time.perf_counter()
    from claimdesk.tui.app import ClaimdeskApp

    out: dict[str, Any] = {}

    async def main() -> None:
        app = ClaimdeskApp(store_path)
        async with app.run_test(size=(200, 60)) as pilot:
            while app.first_frame_at is None or not app.loaded.is_set():
                await asyncio.sleep(0.002)
            await pilot.pause()
            out["first_frame"] = app.first_frame_at - t0
            out["rows_shown"] = app.loaded_at - t0
            out["claims"] = len(app.screen.model.rows_by_id)

    asyncio.run(main())
    return out


def run_stats(store: Path, tree: Path | None) -> dict[str, float]:
    """One `claimdesk stats` process: wall, CPU (user + system) seconds, peak RSS MB."""
    return run_cli(store, tree, "stats")


def run_cli(store: Path, tree: Path | None, *verb: str) -> dict[str, float]:
    """One `claimdesk --db STORE VERB...` process (this checkout's, or `tree`'s): wall
    seconds from start to exit, its CPU (user + system) seconds and peak RSS MB."""
    from benchmarks.harness import _child_env

    cmd = [sys.executable, "-m", "claimdesk", "--db", str(store), *verb]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=tree or ROOT,
        env=_child_env(tree),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{verb[0]} failed (exit {proc.returncode}): {err.strip()[-300:]}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss": usage.ru_maxrss / 1024,
    }


def _stats_runs(store: Path, tree: Path | None, runs: int) -> dict[str, list[float]]:
    got: dict[str, list[float]] = {"wall": [], "cpu": [], "rss": []}
    for _ in range(runs):
        one = run_stats(store, tree)
        for k, v in one.items():
            got[k].append(v)
    return got


def _launch_runs(store: Path, tree: Path | None, runs: int) -> dict[str, list[float]]:
    got: dict[str, list[float]] = {"rows_shown": [], "rss": []}
    for _ in range(runs):
        iso = run_isolated("benchmarks.bench_scale:measure_launch", str(store), tree=tree)
        got["rows_shown"].append(iso.value["rows_shown"])
        got["rss"].append(iso.peak_rss_mb)
    return got


def run(quick: bool) -> list[Result]:
    from benchmarks import corpus
    from benchmarks.previous import previous_commit, previous_tree

    base_claims, copies = QUICK if quick else FULL
    runs = 1 if quick else 3
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-scale-") as tmp:
        small = corpus.fresh_store(base_claims, Path(tmp) / "small")
        # built in a child: a child's peak RSS starts at its parent's (Linux keeps the
        # high-water mark across fork and exec), so this process must stay small
        big = Path(
            run_isolated(
                "benchmarks.scaled:scaled_path", copies, str(Path(tmp) / "big"), base_claims
            ).value
        )
        tree = None if quick else previous_tree(Path(tmp) / "previous")
        sizes = {"small": small, "big": big}
        ours: dict[str, Any] = {}
        prev: dict[str, Any] = {}
        for label, store in sizes.items():
            log(f"scale: stats and rows on screen, {label} desk, this checkout")
            ours[label] = (_stats_runs(store, None, runs), _launch_runs(store, None, runs))
            if tree is not None:
                prev_runs = runs if label == "small" else 1  # the previous 1M: ~1 min each
                log(f"scale: the same, previous code ({previous_commit()})")
                prev[label] = (
                    _stats_runs(store, tree, prev_runs),
                    _launch_runs(store, tree, prev_runs),
                )
    load = os.getloadavg()[0]
    n_small = f"{base_claims:,}"
    n_big = f"{base_claims * copies:,}"
    results = []
    peer = f"previous code ({previous_commit()})"
    for what, index, key in (
        ("claimdesk stats", 0, "wall"),
        ("dashboard rows on screen", 1, "rows_shown"),
    ):
        small_ours = median(ours["small"][index][key])
        for label, n in (("small", n_small), ("big", n_big)):
            mine = ours[label][index]
            theirs = prev.get(label, (None, None))[index]
            cpu = f"; CPU {median(mine['cpu']):.2f} s" if "cpu" in mine else ""
            note = (
                f"peak RSS {max(mine['rss']):.0f} MB{cpu}; load avg {load:.1f} on "
                f"{os.cpu_count()} cores"
            )
            if theirs is not None:
                note += (
                    f"; previous: {len(theirs[key])} run(s), peak RSS {max(theirs['rss']):.0f} MB"
                )
                if "cpu" in theirs:
                    note += f", CPU {median(theirs['cpu']):.2f} s"
            target = None
            if label == "big":
                target = 10 * small_ours
                note += f"; target 10x this run's {n_small} figure ({small_ours:.2f} s)"
            results.append(
                Result(
                    f"{what} @{n} claims",
                    "s",
                    median(mine[key]),
                    max(mine[key]),
                    target=target,
                    peer_name=peer if theirs is not None else None,
                    peer_median=median(theirs[key]) if theirs is not None else None,
                    runs=len(mine[key]),
                    note=note,
                )
            )
    return results


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        peer = "" if r.peer_median is None else f"  peer {r.peer_median:.3g}"
        print(f"{r.name}: median {r.median:.3g} {r.unit}{peer}  {r.note}")
