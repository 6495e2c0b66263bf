"""`claimdesk compare --format jsonl` on the 100k desk, timed by CPU per process and phase,
this checkout beside an earlier commit in turns:
`python -m benchmarks.compare_cpath [--runs N] [--commit C]` (default 66ea22c, main when
the third round began).

On a loaded machine the wall of a two-process verb says little: the child rarely has a
core of its own. Each process's CPU clock (time.process_time) still counts its own work,
so this runs the verb with its stages wrapped, reads both processes' clocks at each step,
and models the wall on two free cores: each process on its own core, waiting only where
it waits for the other (the pipe). Prints each run's phases, the modelled wall and the
CPU of both processes, then the medians. CPU on a loaded machine is inflated too (shared
caches, frequency): compare the sides of one run, not with a quiet figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import ROOT, _child_env

# wraps the stages of either code (split.py: the entities in the child; else beside.py),
# logs (event, process_time) per process; the child's log is written as it leaves
_WRAP = """
import json, os, sys, time
EV = []
OUT = os.environ["CPATH_OUT"]
def log(what):
    EV.append((what, time.process_time()))
from claimdesk.extract.compare import run, beside
try:
    from claimdesk.extract.compare import split
except ImportError:
    split = None
def wrap(mod, name, tag):
    f = getattr(mod, name)
    def w(*a, **k):
        log(">" + tag)
        try:
            return f(*a, **k)
        finally:
            log("<" + tag)
    setattr(mod, name, w)
if split is not None:
    for name, tag in (("_Entities", "ent"), ("_send", "send"), ("_receive", "recv"),
                      ("_link_tokenised", "links")):
        wrap(split, name, tag)
else:
    wrap(run, "_Entities", "ent")
    wrap(run, "_text_links", "links")
    wrap(run, "_figure_stage", "figs")
    wrap(beside.Beside, "result", "recv")
try:  # (the features file decoded by a helper: store/comparison_prefetch.py)
    from claimdesk.store import comparison_prefetch
    wrap(comparison_prefetch.Prefetch, "take", "take")
except ImportError:
    pass
parent = os.getpid()
real_exit, real_fork = os._exit, os.fork
def _exit(code):
    if os.getpid() != parent:
        log("exit")
        with open(os.path.join(OUT, f"child-{os.getpid()}.json"), "w") as fh:
            json.dump(EV, fh)
    real_exit(code)
def fork():
    log("fork")
    pid = real_fork()
    if pid == 0:
        EV.clear()
    return pid
os._exit, os.fork = _exit, fork
from claimdesk.cli.main import main
sys.stdout = open(os.devnull, "w")
code = main(sys.argv[1:])
log("end")
with open(os.path.join(OUT, "parent.json"), "w") as fh:
    json.dump(EV, fh)
sys.exit(code)
"""


def _first(events: list[list], name: str, nth: int = 0) -> float:
    return [t for e, t in events if e == name][nth]


def model(parent: list[list], child: list[list], helper: list[list] | None = None) -> dict:
    """The phases (CPU seconds) and the wall they make on two free cores. `helper`: the
    process that decoded the features file while the parent opened the desk (its own
    core meanwhile: the parent waits only if it asks for the entries before they are
    decoded)."""
    forks = [t for e, t in parent if e == "fork"]
    fork = forks[-1]  # (the comparison's child: a helper is forked first)
    end = _first(parent, "end")
    waited = 0.0
    if helper is not None:
        decoded = _first(helper, "exit")
        asked = _first(parent, ">take") - forks[0]
        waited = max(0.0, decoded - asked)
        fork += waited
    if any(e == ">ent" for e, _ in child):  # the entities in the child (split.py)
        roots = _first(child, "<send")  # the child's CPU when its roots were sent
        figures = _first(child, "<send", 1) - roots
        prework = _first(parent, ">recv") - fork  # (tokens and word blocks meanwhile)
        links = _first(parent, "<links") - _first(parent, ">links")
        tail = end - _first(parent, "<links")  # (a wait for the child costs no CPU)
        at_links = max(prework, roots) + links
        wall = fork + max(at_links, roots + figures) + tail
        phases = {
            "before the fork": fork,
            "child: entities": roots,
            "parent meanwhile": prework,
            "parent: links": links,
            "child: figures": figures,
            "parent: the rest": tail,
        }
        child_cpu = _first(child, "<send", -1)
    else:  # the entities here, the figures beside the links (beside.py)
        figures = _first(child, "<figs")
        links = _first(parent, "<links") - _first(parent, ">links")
        tail = end - _first(parent, "<recv")
        ent = _first(parent, "<ent") - _first(parent, ">ent")
        wall = fork + max(links, figures) + tail
        phases = {
            "before the fork": fork,
            "(of which entities)": ent,
            "parent: links": links,
            "child: figures": figures,
            "parent: the rest": tail,
        }
        child_cpu = figures
    if helper is not None:
        phases = {"helper: features": _first(helper, "exit"), "(parent waited)": waited,
                  **phases}  # fmt: skip
    helper_cpu = _first(helper, "exit") if helper is not None else 0.0
    return {**phases, "modelled wall": wall, "CPU, both": end + child_cpu + helper_cpu}


def one_run(store: Path, tree: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="claimdesk-cpath-") as out:
        env = {**_child_env(tree), "CPATH_OUT": out}
        cmd = [sys.executable, "-c", _WRAP, "--db", str(store), "compare", "--format", "jsonl"]
        subprocess.run(cmd, cwd=tree or ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        parent = json.loads(Path(out, "parent.json").read_text())
        others = [json.loads(p.read_text()) for p in sorted(Path(out).glob("child-*.json"))]
    child = next(ev for ev in others if any(e in (">ent", "<figs") for e, _ in ev))
    helper = [ev for ev in others if ev is not child]
    return model(parent, child, helper[0] if helper else None)


def main(argv: list[str] | None = None) -> int:
    from benchmarks import corpus
    from benchmarks.previous import commit_tree

    ap = argparse.ArgumentParser(prog="python -m benchmarks.compare_cpath")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--commit", default="66ea22c")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimdesk-cpath-desk-") as tmp:
        store = corpus.fresh_store(100_000, Path(tmp) / "desk")
        os.environ["CLAIMDESK_BENCH_PREVIOUS"] = args.commit
        trees = {"ours": None, args.commit: commit_tree(Path(tmp) / args.commit, args.commit)}
        print("load average before:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
        got: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
        for _ in range(args.runs):
            for label, tree in trees.items():
                one = one_run(store, tree)
                got[label].append(one)
                print(f"{label:>8}: " + ", ".join(f"{k} {v:.2f}" for k, v in one.items()))
        print("load average after:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
        for label, runs in got.items():
            wall = statistics.median(r["modelled wall"] for r in runs)
            cpu = statistics.median(r["CPU, both"] for r in runs)
            print(f"{label:>8}: median modelled wall {wall:.2f} s, CPU of both {cpu:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
