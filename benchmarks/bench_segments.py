"""Incremental ingest and shell verdicts (issues 15 and 18), beside the whole-store design.

Every figure is the real `claimdesk` command in a fresh process (start-up included, as a
script or a feed poller pays it), on a private copy of a synthetic desk built through
ClaimStore.ingest_extraction (bench_store.synthetic_extraction: 10 claims an article):

- one article into an empty, 1k, 10k and 100k-claim desk: `claimdesk ingest ONE.txt`
  (the curve), and opening the 100k desk with five segments beside it;
- `claimdesk mark`, `note`, `undo` on a small desk and at 100k claims;
- `claimdesk ingest` of N corpus articles into an empty desk: wall time, peak RSS, and
  how often the store file was written whole.

The peer is the previous design on the same code, in the same run: every write replaces
the whole store file (and the comparison features file), every verb reads every claim
(`whole_cli`: `ClaimStore` with `lite` off and each write a whole one). Its store file
also carries the new head tables, so its figures are a little above the old code's.

    .venv/bin/python -m benchmarks.bench_segments [--quick]
    .venv/bin/python -m benchmarks --only segments
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpus
from benchmarks.bench_store import build_store
from benchmarks.harness import OUT, Result, log, median, p95

ARTICLE = (
    "Pellmoor harbour board approves night ferry\n\n"
    "The Pellmoor harbour board voted on Tuesday to add three evening crossings to the "
    "island ferry, the board's chair, Mira Tolland, said.\n\n"
    '"We heard the commuters and we counted the cars," Tolland said. The board said '
    "4,200 passengers used the late boat in October.\n"
)


def whole_cli() -> None:
    """`claimdesk ARGS` as the whole-store design ran it (the peer): no lite desk, every
    write the whole store file."""
    from claimdesk.cli.main import main
    from claimdesk.store import claimstore

    init, write = claimstore.ClaimStore.__init__, claimstore.ClaimStore._write_store

    def full_init(self, *a, **k) -> None:  # type: ignore[no-untyped-def]
        k["lite"] = False
        init(self, *a, **k)

    def whole_write(self, whole: bool = False) -> None:  # type: ignore[no-untyped-def]
        write(self, whole=True)

    claimstore.ClaimStore.__init__ = full_init  # type: ignore[method-assign]
    claimstore.ClaimStore._write_store = whole_write  # type: ignore[method-assign]
    sys.exit(main(sys.argv[1:]))


def _command(whole: bool) -> list[str]:
    if whole:
        return [
            sys.executable,
            "-c",
            "from benchmarks.bench_segments import whole_cli; whole_cli()",
        ]
    return [sys.executable, "-m", "claimdesk"]


# A small go-between starts each command and reports its wall time and peak RSS: a child
# forked straight from this (big) process would report this process's peak as its own.
_TIMER = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"TIMED {time.perf_counter() - t0} {peak}", file=sys.stderr)
sys.exit(code)
"""


def _run(argv: list[str], whole: bool) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `claimdesk` process."""
    proc = subprocess.run(
        [sys.executable, "-c", _TIMER, *_command(whole), *argv],
        capture_output=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    err = proc.stderr.decode()
    if proc.returncode != 0:
        raise RuntimeError(f"claimdesk {' '.join(argv)} failed: {err.strip()}")
    _, seconds, peak = err.strip().splitlines()[-1].split()
    return float(seconds), int(peak) / 1024


def _copy_desk(src: Path, dest: Path) -> Path:
    if dest.parent.exists():
        shutil.rmtree(dest.parent)
    shutil.copytree(src.parent, dest.parent)
    return dest


def _one_article_curve(tmp: Path, sizes: list[int], runs: int) -> list[Result]:
    one = tmp / "pellmoor.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    out: list[Result] = []
    empty: dict[bool, float] = {}
    for n in sizes:
        src = tmp / f"built-{n}" / "desk.json"
        if n:
            src.parent.mkdir(parents=True)
            build_store(str(src), n)
        times: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(runs):
            for whole in (False, True):
                if n:
                    db = _copy_desk(src, tmp / "run" / "desk.json")
                else:
                    shutil.rmtree(tmp / "run", ignore_errors=True)
                    (tmp / "run").mkdir()
                    db = tmp / "run" / "desk.json"
                times[whole].append(_run(["ingest", str(one), "--db", str(db)], whole)[0])
        ours, peer = times[False], times[True]
        log(f"one article into {n:,}: {median(ours):.3f} s (whole store: {median(peer):.3f} s)")
        if not n:
            empty = {False: median(ours), True: median(peer)}
        where = f"{n:,}-claim desk" if n else "an empty desk"
        out.append(
            Result(
                f"one article into {where} (claimdesk ingest)",
                "s",
                median(ours),
                p95(ours),
                target=2 * empty[False] if n else None,
                peer_name="whole-store design",
                peer_median=median(peer),
                peer_p95=p95(peer),
                runs=len(ours),
                note="fresh process, start-up included; target: 2x the empty desk's median"
                + (
                    f"; whole-store design {median(peer) / empty[True]:.1f}x its empty" if n else ""
                ),
            )
        )
    return out


def _verbs(tmp: Path, small: int, big: int, runs: int, verbs: tuple[str, ...]) -> list[Result]:
    out: list[Result] = []
    srcs = {}
    for n in (small, big):
        src = tmp / f"built-{n}" / "desk.json"
        if not src.exists():
            src.parent.mkdir(parents=True, exist_ok=True)
            build_store(str(src), n)
        srcs[n] = src
    from claimdesk.store import ClaimStore

    for verb in verbs:
        figures: dict[tuple[int, bool], list[float]] = {}
        rss: dict[tuple[int, bool], float] = {}
        for n, src in srcs.items():
            with ClaimStore(src, readonly=True) as r:
                ids = [c.id for c in r.claims()]
            rng = random.Random(n)
            for whole in (False, True):
                db = _copy_desk(src, tmp / "verbs" / "desk.json")
                seconds = []
                for i in range(runs):
                    cid = rng.choice(ids)[:10]
                    if verb == "undo":  # something of one's own to take back, first
                        _run(["mark", cid, "--status", "verified", "--db", str(db)], whole)
                        argv = ["undo", "--db", str(db)]
                    elif verb == "note":
                        argv = ["note", cid, f"checked {i}", "--db", str(db)]
                    else:
                        argv = ["mark", cid, "--status", "disputed", "--db", str(db)]
                    s, mem = _run(argv, whole)
                    seconds.append(s)
                    rss[(n, whole)] = max(rss.get((n, whole), 0.0), mem)
                figures[(n, whole)] = seconds
        ours, ours_small = figures[(big, False)], figures[(small, False)]
        peer = figures[(big, True)]
        log(
            f"{verb}: {median(ours_small):.3f} s small, {median(ours):.3f} s at {big:,} "
            f"(whole store: {median(peer):.3f} s)"
        )
        out.append(
            Result(
                f"claimdesk {verb} @{big:,} claims",
                "s",
                median(ours),
                p95(ours),
                target=1.5 * median(ours_small),
                peer_name="whole-store design",
                peer_median=median(peer),
                peer_p95=p95(peer),
                runs=len(ours),
                note=f"small desk ({small:,} claims) {median(ours_small):.3f} s, target 1.5x "
                f"that; peak RSS {rss[(big, False)]:.0f} MB (whole-store design "
                f"{rss[(big, True)]:.0f} MB, small desk {rss[(small, False)]:.0f} MB)",
            )
        )
    return out


def open_with_segments(path: str) -> dict:
    """Fresh-interpreter open of a desk: the time to a usable list of every claim."""
    from claimdesk.store import ClaimStore

    t0 = time.perf_counter()
    s = ClaimStore(path, readonly=True)
    n = len(s.claims())
    return {"seconds": time.perf_counter() - t0, "claims": n}


def _open(tmp: Path, big: int, runs: int) -> list[Result]:
    from benchmarks.harness import run_isolated

    src = tmp / f"built-{big}" / "desk.json"
    db = _copy_desk(src, tmp / "open" / "desk.json")
    for k in range(5):
        one = tmp / f"extra{k}.txt"
        one.write_text(ARTICLE.replace("Pellmoor", f"Pellmoor{k}"), encoding="utf-8")
        _run(["ingest", str(one), "--db", str(db)], False)
    plain = _copy_desk(src, tmp / "open-plain" / "desk.json")
    fn = "benchmarks.bench_segments:open_with_segments"
    ours = [run_isolated(fn, str(db)).value["seconds"] for _ in range(runs)]
    peer = [run_isolated(fn, str(plain)).value["seconds"] for _ in range(runs)]
    log(f"open {big:,} + 5 segments: {median(ours):.3f} s (one file: {median(peer):.3f} s)")
    return [
        Result(
            f"open @{big:,} claims with 5 segments beside it",
            "s",
            median(ours),
            p95(ours),
            peer_name="the same desk as one store file",
            peer_median=median(peer),
            peer_p95=p95(peer),
            runs=runs,
            note="ClaimStore(readonly=True).claims() in a fresh interpreter",
        )
    ]


def _many(tmp: Path, n: int) -> list[Result]:
    d = corpus.corpus_dir(n)
    files = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))[:n]
    out = []
    figures = {}
    for whole in (False, True):
        folder = tmp / ("many-whole" if whole else "many")
        folder.mkdir()
        for p in files:
            os.link(p, folder / p.name)
        db = tmp / ("desk-whole" if whole else "desk") / "desk.json"
        db.parent.mkdir()
        seconds, mem = _run(["ingest", str(folder), "--db", str(db)], whole)
        from claimdesk.store.segments import list_segments

        figures[whole] = (seconds, mem, len(list_segments(db)))
        log(f"ingest {n:,} ({'whole' if whole else 'segments'}): {seconds:.1f} s, {mem:.0f} MB")
    (s, mem, segs), (ps, pmem, _) = figures[False], figures[True]
    out.append(
        Result(
            f"claimdesk ingest of {n:,} articles, peak RSS",
            "MB",
            mem,
            None,
            target=300.0,
            peer_name="whole-store design",
            peer_median=pmem,
            runs=1,
            note=f"{s:.0f} s (whole-store design {ps:.0f} s); the store file written whole "
            f"once (the first checkpoint into the empty desk), then {segs} segment(s)",
        )
    )
    return out


def run(quick: bool) -> list[Result]:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="segments-bench-", dir=OUT))
    try:
        if quick:  # (what the test suite's smoke run costs: a few seconds)
            sizes, runs, big, many, verbs = [0, 1_000], 1, 1_000, 10, ("mark",)
        else:
            sizes, runs, big, many = [0, 1_000, 10_000, 100_000], 5, 100_000, 10_000
            verbs = ("mark", "note", "undo")
        results = _one_article_curve(tmp, sizes, runs)
        results += _verbs(tmp, 1_000, big, runs, verbs)
        results += _open(tmp, big, runs)
        results += _many(tmp, many)
        return results
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r.name, f"{r.median:.3f} {r.unit}", r.peer_median, r.verdict, r.note)
