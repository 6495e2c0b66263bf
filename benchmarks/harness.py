"""Timing helpers and the runner protocol shared by every benchmarks/bench_*.py module.

A runner module exposes `run(quick: bool) -> list[Result]`. The harness runs each one in a
fresh subprocess (`python -m benchmarks.harness runner NAME`) so that one runner's
caches and heap never colour another's figures, and reads the results back as JSON.
The protocol (runners, figures, peers, statistics, output) is written down in
benchmarks/RESULTS.md, section "The protocol".
"""

from __future__ import annotations

import gc
import importlib
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("CLAIMDESK_BENCH_OUT") or ROOT / "benchmarks" / "out")


@dataclass
class Result:
    """One measured figure, with its target and the peer measured in the same run."""

    name: str
    unit: str
    median: float
    p95: float | None = None
    target: float | None = None
    higher_is_better: bool = False
    check: str = "median"  # the figure the target applies to: "median" or "p95"
    peer_name: str | None = None
    peer_median: float | None = None
    peer_p95: float | None = None
    min_ratio: float | None = None
    runs: int = 1
    note: str = ""

    @property
    def checked(self) -> float:
        return self.p95 if self.check == "p95" and self.p95 is not None else self.median

    @property
    def ratio(self) -> float | None:
        """How many times better than the peer (>1: we win), or None without a peer."""
        ours, peer = self.median, self.peer_median
        if peer is None or not _finite(peer) or not _finite(ours):
            return None
        if self.higher_is_better:
            return ours / peer if peer > 0 else None
        return peer / ours if ours > 0 else None

    @property
    def verdict(self) -> str:
        """ "pass", "miss", or "-" for an informational figure."""
        if self.target is None and self.min_ratio is None:
            return "-"
        ok = True
        if self.target is not None:
            value = self.checked
            ok = value >= self.target if self.higher_is_better else value <= self.target
        if self.min_ratio is not None:
            ratio = self.ratio
            ok = ok and ratio is not None and ratio >= self.min_ratio
        return "pass" if ok else "miss"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def _finite(x: float | None) -> bool:
    return x is not None and math.isfinite(x)


# -- statistics ------------------------------------------------------------------------


def median(xs: list[float]) -> float:
    if not xs:
        raise ValueError("median of no samples")
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def p95(xs: list[float]) -> float:
    """Nearest-rank 95th percentile (with 5 samples it is the largest)."""
    if not xs:
        raise ValueError("p95 of no samples")
    s = sorted(xs)
    return s[max(0, math.ceil(0.95 * len(s)) - 1)]


def summarize(xs: list[float]) -> tuple[float, float]:
    return median(xs), p95(xs)


# -- timing ----------------------------------------------------------------------------


def repeat(fn: Callable[[], object], runs: int = 5, warmup: int = 1) -> list[float]:
    """Wall seconds of each of `runs` calls after `warmup` untimed ones; GC collected
    between calls (not during) so one call's garbage is not billed to the next."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return samples


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / (1024 * 1024)


def has_module(name: str) -> bool:
    """Whether an optional peer (the [bench] extra) can be imported here. The env var
    CLAIMDESK_BENCH_NO_PEERS=1 hides them all (the smoke test runs like CI: [test] only)."""
    import importlib.util

    if os.environ.get("CLAIMDESK_BENCH_NO_PEERS") == "1":
        return False
    return importlib.util.find_spec(name) is not None


def log(msg: str) -> None:
    """Progress for people watching a long run: stderr, never the results channel."""
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# -- isolation -------------------------------------------------------------------------


@dataclass
class Isolated:
    value: Any
    seconds: float
    peak_rss_mb: float


def _child_env(tree: Path | None = None) -> dict[str, str]:
    """The environment of a child: this checkout's benchmarks; its claimdesk, or with
    `tree` the claimdesk of another checkout (benchmarks/previous.py builds one)."""
    env = dict(os.environ)
    first = [str(tree)] if tree is not None else []
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [*first, str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def run_isolated(
    target: str, *args: Any, timeout: float = 900, tree: Path | None = None
) -> Isolated:
    """Call `package.module:function(*args)` in a fresh interpreter.

    Returns its JSON-able return value, the wall time of the call (interpreter start-up
    and imports before the call are not counted) and the child's peak RSS, which covers
    everything the child did, so measure one thing per call. With `tree` (a checkout
    made by benchmarks/previous.py) the child runs that checkout's claimdesk.
    """
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "benchmarks.harness", "call", target, str(out)]
        proc = subprocess.run(
            cmd,
            input=json.dumps(list(args)),
            text=True,
            cwd=tree or ROOT,
            env=_child_env(tree),
            timeout=timeout,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if proc.returncode != 0 or not out.exists():
            tail = proc.stderr.strip().splitlines()[-5:]
            raise RuntimeError(f"{target} failed (exit {proc.returncode}): " + " | ".join(tail))
        data = json.loads(out.read_text())
    return Isolated(data["value"], data["seconds"], data["peak_rss_mb"])


@dataclass
class RunnerOutcome:
    name: str
    results: list[Result]
    seconds: float
    peak_rss_mb: float | None
    error: str | None = None


def discover() -> list[str]:
    """Runner names: NAME for every benchmarks/bench_NAME.py, sorted."""
    here = Path(__file__).resolve().parent
    return sorted(p.stem.removeprefix("bench_") for p in here.glob("bench_*.py"))


def run_runner(name: str, quick: bool, timeout: float = 1800) -> RunnerOutcome:
    """Run benchmarks/bench_NAME.py's run(quick) in a fresh subprocess."""
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-") as tmp:
        out = Path(tmp) / "results.json"
        cmd = [sys.executable, "-m", "benchmarks.harness", "runner", name, str(out)]
        if quick:
            cmd.append("--quick")
        try:
            proc = subprocess.run(
                cmd,
                cwd=ROOT,
                env=_child_env(),
                timeout=timeout,
                stdout=subprocess.DEVNULL,
                stderr=None,  # progress goes straight to the user's terminal
            )
        except subprocess.TimeoutExpired:
            return RunnerOutcome(name, [], time.perf_counter() - t0, None, "timed out")
        seconds = time.perf_counter() - t0
        if not out.exists():
            return RunnerOutcome(name, [], seconds, None, f"exit {proc.returncode}, no results")
        data = json.loads(out.read_text())
    results = [Result.from_json(r) for r in data.get("results", [])]
    return RunnerOutcome(name, results, seconds, data.get("peak_rss_mb"), data.get("error"))


def _child_main(argv: list[str]) -> int:
    """Entry point of the subprocesses started by run_isolated and run_runner."""
    mode, target, out = argv[0], argv[1], Path(argv[2])
    if mode == "call":
        modname, _, func = target.partition(":")
        fn = getattr(importlib.import_module(modname), func)
        args = json.loads(sys.stdin.read() or "[]")
        t0 = time.perf_counter()
        value = fn(*args)
        seconds = time.perf_counter() - t0
        payload = {"value": value, "seconds": seconds, "peak_rss_mb": peak_rss_mb()}
        out.write_text(json.dumps(payload, allow_nan=False))
        return 0
    if mode == "runner":
        quick = "--quick" in argv[3:]
        payload: dict[str, Any] = {"results": [], "error": None}
        try:
            module = importlib.import_module(f"benchmarks.bench_{target}")
            results = module.run(quick)
            payload["results"] = [r.to_json() for r in results]
        except Exception as exc:  # a broken runner is reported in the table, not a crash
            import traceback

            traceback.print_exc()
            payload["error"] = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        payload["peak_rss_mb"] = peak_rss_mb()
        out.write_text(json.dumps(payload))
        return 0
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
