"""`claimdesk ingest`'s CPU beside another commit's, in the same run:
`python -m benchmarks.ingest_ab [-n N] [--rounds R] [--against COMMIT]`.

Each round starts one fresh process per side, in alternating order, that warms up on 50
articles into a throwaway desk and then ingests the first N corpus articles into a new
file desk through `store.ingest.ingest_paths` (what the `claimdesk ingest` verb calls:
reading, extraction, the store's checkpoints and its write, the comparison features),
timing its own CPU. The other side is COMMIT (default main) laid out beside by
benchmarks/previous.py's `commit_tree`. Both sides must store the same claims: the ids
of the claims stored are hashed and compared. The figure is the median over rounds and
the ratio other/now (>1: now is faster); each side's peak RSS is printed too."""

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
from benchmarks.previous import commit_tree

_CHILD = """
import hashlib, json, resource, sys, tempfile, time
from pathlib import Path
from benchmarks import corpus
from claimdesk.store import ClaimStore
from claimdesk.store.ingest import ingest_paths
n, warm = int(sys.argv[1]), int(sys.argv[2])
d = corpus.corpus_dir(max(n, 1000))
paths = sorted(str(p) for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))
with tempfile.TemporaryDirectory() as tmp:
    with ClaimStore(Path(tmp) / "warm.json") as store:
        list(ingest_paths(store, paths[-warm:]))
    c0 = time.process_time()
    with ClaimStore(Path(tmp) / "desk.json") as store:
        results = list(ingest_paths(store, paths[:n]))
        cpu = time.process_time() - c0
        ids = sorted(c.id for c in store.claims())
digest = hashlib.sha256("\\n".join(ids).encode()).hexdigest()[:16]
failed = sum(r.status == "failed" for r in results)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"cpu": cpu, "n": n, "claims": len(ids), "digest": digest, "failed": failed,
                  "rss": rss}))
"""


def ingest_cpu(python: str, cwd: Path, env: dict[str, str], n: int) -> dict:
    """One fresh child's CPU seconds for n articles, and what it stored."""
    out = subprocess.run(
        [python, "-c", _CHILD, str(n), "50"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.ingest_ab", description=__doc__)
    ap.add_argument("-n", type=int, default=1000, help="articles per round (default 1,000)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--against", default="main", help="the other side's commit (main)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimdesk-ingest-ab-") as tmp:
        tree = commit_tree(Path(tmp) / "other", args.against)
        if tree is None:
            raise SystemExit(f"git cannot give commit {args.against}")
        sides = {"other": (tree, _child_env(tree)), "now": (ROOT, _child_env())}
        print(f"other: {args.against}; now: this checkout; load {os.getloadavg()[0]:.1f}")
        cpu: dict[str, list[float]] = {name: [] for name in sides}
        rss: dict[str, list[float]] = {name: [] for name in sides}
        stored: dict[str, set] = {name: set() for name in sides}
        for r in range(args.rounds):
            for name in list(sides) if r % 2 == 0 else list(reversed(sides)):
                cwd, env = sides[name]
                got = ingest_cpu(sys.executable, cwd, env, args.n)
                cpu[name].append(got["cpu"] / args.n)
                rss[name].append(got["rss"])
                stored[name].add((got["claims"], got["digest"], got["failed"]))
            shown = ", ".join(f"{name} {cpu[name][-1] * 1000:.3f}" for name in sides)
            print(f"round {r + 1} (ms/article): {shown}; load {os.getloadavg()[0]:.1f}")
        other, now = statistics.median(cpu["other"]), statistics.median(cpu["now"])
        print(
            f"CPU per article, median of {args.rounds} rounds of {args.n}: {args.against} "
            f"{other * 1000:.3f} ms, now {now * 1000:.3f} ms: {other / now:.2f}x"
        )
        peak = ", ".join(f"{name} {max(rss[name]):.1f} MiB" for name in sides)
        print(f"peak RSS of a child (its warm-up desk and the timed one): {peak}")
        print(
            f"stored (claims, digest, failed): {args.against} {stored['other']}, "
            f"now {stored['now']}"
        )
        if stored["other"] != stored["now"]:
            print("the two sides stored different claims")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
