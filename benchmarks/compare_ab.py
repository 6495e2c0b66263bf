"""`claimdesk compare --format jsonl` on a copy of the 100k-claim corpus desk, this
checkout beside earlier commits in the same run:
`python -m benchmarks.compare_ab [--runs N] [--commits C1,C2]`.

Each commit (default: a422bac, main when its second round began, and 2a90419, main when
the compare-within-3-s work began; 4447203, the commit the issue 18 figures were first
measured beside, with `--commits`) is laid out by
`benchmarks/previous.py`; every run is one fresh `claimdesk` process
(`bench_scale.run_cli`), the sides in turns, so that the shared machine's load falls on
each alike. Prints each run's wall, CPU (user + system) and peak RSS (of the verb's whole
process tree: the larger of the verb and the child it forks for the figures), the
medians, the load average, one more run of ours giving the two processes' peaks apart,
and whether every side printed the same bytes (md5 of the output). The same
figures as the CLI rows of `python -m benchmarks --only compare`, without its other steps.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import ROOT, _child_env

COMMITS = ("a422bac", "2a90419")


def _md5(store: Path, tree: Path | None) -> str:
    cmd = [sys.executable, "-m", "claimdesk", "--db", str(store), "compare", "--format", "jsonl"]
    out = subprocess.run(
        cmd, cwd=tree or ROOT, env=_child_env(tree), capture_output=True, check=True
    ).stdout
    return hashlib.md5(out).hexdigest()


# this checkout's verb, with the peak RSS of its own process and of the child it forks
# for the figures (extract/compare/beside.py, split.py) written to stderr: wait4 gives the child's
_PEAKS = """
import os, resource, sys
from claimdesk.extract.compare import beside
class _Os:
    def __getattr__(self, name):
        return getattr(os, name)
    def waitpid(self, pid, options):
        got, status, usage = os.wait4(pid, options)
        sys.stderr.write(f"peak-child {usage.ru_maxrss / 1024:.0f}\\n")
        return got, status
beside.os = _Os()
try:  # (the split run forks its child there: extract/compare/split.py)
    from claimdesk.extract.compare import split
    split.os = _Os()
except ImportError:
    pass
from claimdesk.cli.main import main
code = main(sys.argv[1:])
sys.stdout.flush()
usage = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write(f"peak-parent {usage.ru_maxrss / 1024:.0f}\\n")
sys.exit(code)
"""


def _peaks(store: Path) -> dict[str, str]:
    """The peak RSS (MiB) of this checkout's verb and of its forked child, one run."""
    cmd = [sys.executable, "-c", _PEAKS, "--db", str(store), "compare", "--format", "jsonl"]
    err = subprocess.run(
        cmd, cwd=ROOT, env=_child_env(None), stdout=subprocess.DEVNULL, capture_output=False,
        stderr=subprocess.PIPE, check=True, text=True,
    ).stderr  # fmt: skip
    return dict(line.split(" ", 1) for line in err.splitlines() if line.startswith("peak-"))


def main(argv: list[str] | None = None) -> int:
    from benchmarks import corpus
    from benchmarks.bench_scale import run_cli
    from benchmarks.previous import commit_tree

    ap = argparse.ArgumentParser(prog="python -m benchmarks.compare_ab")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--commits", default=",".join(COMMITS))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimdesk-compare-ab-") as tmp:
        store = corpus.fresh_store(100_000, Path(tmp) / "desk")  # (read-only: no cache)
        trees: dict[str, Path | None] = {"ours": None}
        for commit in filter(None, args.commits.split(",")):
            tree = commit_tree(Path(tmp) / commit, commit)
            if tree is None:
                print(f"{commit}: git cannot give it; left out")
                continue
            trees[commit] = tree
        print("load average before:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
        got: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
        for _ in range(args.runs):
            for label, tree in trees.items():
                one = run_cli(store, tree, "compare", "--format", "jsonl")
                got[label].append(one)
                print(f"{label:>8}: {one['wall']:.2f} s wall, {one['cpu']:.2f} s CPU, "
                      f"{one['rss']:.0f} MiB", flush=True)  # fmt: skip
        print("load average after:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
        for label, runs in got.items():
            wall, cpu = (statistics.median(r[k] for r in runs) for k in ("wall", "cpu"))
            peak = max(r["rss"] for r in runs)
            print(f"{label:>8}: median {wall:.2f} s wall, {cpu:.2f} s CPU; peak {peak:.0f} MiB")
        peaks = _peaks(store)
        parent, child = peaks.get("peak-parent", "?"), peaks.get("peak-child", "no child")
        print(f"    ours, one more run: peak RSS {parent} MiB (the verb), {child} MiB (its child)")
        sums = {label: _md5(store, tree) for label, tree in trees.items()}
        same = len(set(sums.values())) == 1
        print("output:", "byte-identical" if same else "DIFFERS", sums)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
