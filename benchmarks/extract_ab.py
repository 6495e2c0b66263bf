"""Extraction speed of this checkout beside the previous code, in the same run:
`python -m benchmarks.extract_ab [--base PYTHON] [-n N] [--rounds R] [--instructions N]
[--also COMMIT]`.

The previous code is commit 4447203 (benchmarks/previous.py; CLAIMDESK_BENCH_PREVIOUS
names another), laid out beside by `previous_tree` and run with this interpreter; or,
with `--base`, the interpreter of another checkout with its own virtual environment.
Each round starts one fresh process per side, in alternating order, that warms up on 50
articles and then extracts the first N of the benchmark corpus as `claimdesk extract`
does (read, clean, extract, `to_dict`, `json.dumps`; through extract.batch, a few files
at a time stage by stage, where the side's code has it), timing its own CPU. The figure is
the median over rounds and the ratio base/now (>1: now is faster). On a shared machine
CPU time still moves with the load, so `--instructions` also counts the instructions of
the same work under valgrind's callgrind (the N articles' run minus an empty run, which
takes the imports and the warm-up away): a count the neighbours cannot disturb.
`--also COMMIT` runs a third side (another commit, laid out the same way) in every round,
so the previous code, main and this checkout share one run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import ROOT, _child_env
from benchmarks.previous import EXTRACT_PREVIOUS, commit_tree, previous_commit, previous_tree

_CHILD = """
import json, sys, time
from benchmarks import corpus
from claimdesk.extract import extract_path
try:  # as `claimdesk extract` reads many files: a few at a time, stage by stage
    from claimdesk.extract.batch import extract_dated
except ImportError:  # older code: one file at a time
    extract_dated = None
n, warm = int(sys.argv[1]), int(sys.argv[2])
d = corpus.corpus_dir(max(n, 1000))
pub = {k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()}
paths = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))
def run(some):
    if extract_dated is not None:
        for _, rec in extract_dated((str(p), pub[p.name]) for p in some):
            json.dumps(rec.to_dict(), ensure_ascii=False, allow_nan=False)
        return
    for p in some:
        rec = extract_path(str(p), published=pub[p.name])
        json.dumps(rec.to_dict(), ensure_ascii=False, allow_nan=False)
run(paths[-warm:] if warm else [])
c0 = time.process_time()
run(paths[:n])
print(json.dumps({"cpu": time.process_time() - c0, "n": n}))
"""


@dataclass(frozen=True)
class Side:
    """How to start one side's child: its interpreter, folder and environment."""

    python: str
    cwd: Path
    env: dict[str, str]


def cpu_per_article(side: Side, n: int, warm: int = 50) -> float:
    """CPU seconds per article of one fresh child extracting the first n articles."""
    out = subprocess.run(
        [side.python, "-c", _CHILD, str(n), str(warm)],
        cwd=side.cwd,
        env=side.env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.splitlines()[-1])["cpu"] / n


def valgrind(side: Side, n: int, tool: list[str]) -> str:
    """Run the benchmark child for n articles (after a warm-up of 20) under valgrind with
    the `tool` options; its stderr, where valgrind writes its totals."""
    proc = subprocess.run(
        ["valgrind", *tool, side.python, "-c", _CHILD, str(n), "20"],
        cwd=side.cwd,
        env=side.env,
        capture_output=True,
        text=True,
    )
    if proc.returncode:
        raise SystemExit(f"valgrind failed: {proc.stderr[-500:]}")
    return proc.stderr


def _instructions(side: Side, n: int) -> int:
    """Instructions callgrind counts for extracting n articles after a warm-up of 20."""
    with tempfile.TemporaryDirectory() as tmp:
        stderr = valgrind(side, n, ["--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out"])
    found = re.search(r"Collected : (\d+)", stderr)
    if not found:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1))


def sides(base: str | None, tmp: Path) -> dict[str, Side]:
    """The two sides: "base" (another interpreter, or the previous commit laid out in
    `tmp`) and "now" (this checkout)."""
    now = Side(sys.executable, ROOT, _child_env())
    if base:
        return {"base": Side(base, ROOT, dict(os.environ)), "now": now}
    tree = previous_tree(tmp / "previous", EXTRACT_PREVIOUS)
    if tree is None:
        raise SystemExit(f"git cannot give commit {previous_commit(EXTRACT_PREVIOUS)}")
    return {"base": Side(sys.executable, tree, _child_env(tree)), "now": now}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extract_ab", description=__doc__)
    ap.add_argument("--base", help="another checkout's interpreter (default: the previous commit)")
    ap.add_argument("-n", type=int, default=1000, help="articles per round (default 1,000)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--instructions", type=int, metavar="N", default=0, help="count N articles")
    ap.add_argument("--also", metavar="COMMIT", help="a third side, another commit, every round")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimdesk-ab-") as tmp:
        run = sides(args.base, Path(tmp))
        if args.also:  # e.g. main beside the previous code and this checkout
            tree = commit_tree(Path(tmp) / "also", args.also)
            if tree is None:
                raise SystemExit(f"git cannot give commit {args.also}")
            run["also"] = Side(sys.executable, tree, _child_env(tree))
        base_name = args.base or f"previous code ({previous_commit(EXTRACT_PREVIOUS)})"
        also = f"; also: {args.also}" if args.also else ""
        load = os.getloadavg()[0]
        print(f"base: {base_name}; now: this checkout{also}; load {load:.1f}", flush=True)
        cpu: dict[str, list[float]] = {name: [] for name in run}
        for r in range(args.rounds):
            order = list(run) if r % 2 == 0 else list(reversed(run))
            for side in order:
                cpu[side].append(cpu_per_article(run[side], args.n))
            shown = ", ".join(f"{name} {cpu[name][-1] * 1000:.3f}" for name in run)
            print(f"round {r + 1} (ms/article): {shown}", flush=True)
        if args.rounds:
            base, now = statistics.median(cpu["base"]), statistics.median(cpu["now"])
            print(
                f"CPU per article, median of {args.rounds} rounds of {args.n}: base "
                f"{base * 1000:.3f} ms ({1 / base:.0f}/s), now {now * 1000:.3f} ms "
                f"({1 / now:.0f}/s): {base / now:.2f}x"
            )
            if args.also:
                mid = statistics.median(cpu["also"])
                print(
                    f"also ({args.also}): {mid * 1000:.3f} ms ({1 / mid:.0f}/s): base/also "
                    f"{base / mid:.2f}x, also/now {mid / now:.2f}x"
                )
        if args.instructions:
            if not shutil.which("valgrind"):
                print("valgrind is not installed: no instruction counts")
                return 0
            counts = {}
            for name, side in run.items():
                counts[name] = _instructions(side, args.instructions) - _instructions(side, 0)
            b, w = counts["base"], counts["now"]
            print(
                f"instructions for {args.instructions} articles (callgrind, minus an empty "
                f"run): base {b:,}, now {w:,}: {b / w:.2f}x"
            )
            if "also" in counts:
                a = counts["also"]
                print(f"also ({args.also}): {a:,}: base/also {b / a:.2f}x, also/now {a / w:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
