"""The dashboard on a server desk of a million claims beside the code before it, same desk.

Issue 14's dashboard targets (first rows <= 1 s, status filter and search p95 <= 100 ms,
cursor moves p95 <= 50 ms, memory <= 300 MB), measured by `bench_pg.measure_dashboard`
(headless Pilot in a fresh interpreter per run) on one desk made by SQL
(`bench_pg.FILL_SQL`), for this checkout and for the code before this round of work
(DASH_BEFORE, or $CLAIMDESK_BENCH_PREVIOUS), both run from a tree of their own files
(benchmarks/previous.py, so both import alike) and interleaved run by run, so a change of
the machine's load shows in both.

    .venv/bin/python -m benchmarks --only pgdash      # 1,000,000 claims, 3 rounds
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.harness import OUT, ROOT, Result, log, median, p95, run_isolated

# main before the fifth round of the dashboard at a million claims (branch pgdash2)
DASH_BEFORE = "c558628"


def _tree(commit: str, dest: Path) -> Path | None:
    """The claimdesk of `commit` (or of HEAD) as a tree of files (benchmarks/previous.py)."""
    from benchmarks.previous import previous_tree

    old = os.environ.get("CLAIMDESK_BENCH_PREVIOUS")
    os.environ["CLAIMDESK_BENCH_PREVIOUS"] = commit
    try:
        shutil.rmtree(dest, ignore_errors=True)
        tree = previous_tree(dest)
        if tree is not None:  # compiled once here, not in the first measured run
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree)], check=False)
        return tree
    finally:
        if old is None:
            os.environ.pop("CLAIMDESK_BENCH_PREVIOUS", None)
        else:
            os.environ["CLAIMDESK_BENCH_PREVIOUS"] = old


def _head() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return out.stdout.strip() or "HEAD"


def dashboard_beside(
    claims: int, rounds: int, moves: int, keys: int, words: int, before: str | None
) -> list[Result]:
    """`rounds` interleaved runs of this checkout (its HEAD) and of `before` (None: not
    run) on one desk of `claims` claims; each figure pooled over the rounds."""
    import psycopg

    from benchmarks.bench_pg import FILL_SQL, server_dsn
    from claimdesk.store.backend import open_store

    head = _head()
    trees = {
        "ours": _tree("HEAD", OUT / "pgdash-ours") if before else None,
        "before": _tree(before, OUT / "pgdash-before") if before else None,
    }
    pooled: dict[str, dict[str, list[float]]] = {"ours": {}, "before": {}}
    with server_dsn() as dsn:
        open_store(dsn).close()
        log(f"pgdash: filling {claims:,} claims by SQL ...")
        with psycopg.connect(dsn, autocommit=True) as conn:
            sizes = {"claims": claims, "articles": claims // 10 + 1}
            for statement in filter(str.strip, FILL_SQL.split(";")):
                conn.execute(statement, sizes)
        if trees["before"] is not None:
            refusal = run_isolated(
                "benchmarks.bench_pg:desk_refusal", dsn, tree=trees["before"], timeout=120
            ).value
            if refusal:  # a desk migrated past it: its dashboard would wait out 900 s
                log(f"pgdash: {before} not measured: {refusal}")
                trees["before"] = None
        loads = []
        for r in range(rounds):
            for who in ("ours", "before") if r % 2 == 0 else ("before", "ours"):
                if trees[who] is None and who == "before":
                    continue
                loads.append(os.getloadavg()[0])
                got = run_isolated(
                    "benchmarks.bench_pg:measure_dashboard",
                    dsn,
                    moves,
                    keys,
                    words,
                    tree=trees[who],
                )
                v: dict[str, Any] = got.value
                into = pooled[who]
                for k, x in v.items():
                    into.setdefault(k, []).extend(x if isinstance(x, list) else [x])
                into.setdefault("rss", []).append(float(got.peak_rss_mb))
                log(
                    f"pgdash: round {r} {who}: first rows {v['first_rows']:.2f} s, "
                    f"load {loads[-1]:.1f}"
                )
    ours, old = pooled["ours"], pooled["before"]
    n = f"@{claims:,} claims"
    peer = f"code before, {before}, same desk" if old else None
    load = f"load {min(loads):.1f}-{max(loads):.1f}"

    def row(name: str, key: str, target: float | None, unit: str = "ms") -> Result:
        scale = 1.0 if unit != "ms" else 1e3
        xs, ps = ours[key], old.get(key, [])
        return Result(
            f"server dashboard (pgdash): {name} {n}", unit, median(xs) * scale, p95(xs) * scale,
            target=target, check="p95" if unit == "ms" else "median", runs=len(xs),
            peer_name=peer, peer_median=median(ps) * scale if ps else None,
            peer_p95=p95(ps) * scale if ps else None,
            note=f"{head}, {rounds} rounds interleaved, {load}",
        )  # fmt: skip

    rows = [
        ("first rows, from before import", "first_rows", 1.0, "s"),
        ("first rows, from the first frame", "rows_after_frame", None, "s"),
        ("status filter (f)", "filter", 100.0, "ms"),
        ("search, key by key", "search", 100.0, "ms"),
        ("cursor move (j)", "move", 50.0, "ms"),
        ("page down", "page", 50.0, "ms"),
        ("peak RSS", "rss", 300.0, "MB"),
    ]
    return [row(*r) for r in rows if ours.get(r[1])]  # (a quick run types no search)


def run(quick: bool) -> list[Result]:
    if quick:
        # (the smoke run: this checkout alone, no search typed)
        return dashboard_beside(2_000, rounds=1, moves=4, keys=6, words=0, before=None)
    return dashboard_beside(1_000_000, rounds=3, moves=100, keys=24, words=2, before=DASH_BEFORE)


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r)
