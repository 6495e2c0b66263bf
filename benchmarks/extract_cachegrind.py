"""Why the same instruction count costs more or less CPU time on each side:
`python -m benchmarks.extract_cachegrind [-n N] [--also COMMIT] [--keep DIR]`.

`extract_ab --instructions` counts instructions, which the neighbours cannot move, but an
instruction of the regex engine's inner loop costs less time than one of the
interpreter's dispatch, an allocation or libxml2's XPath walk. This runs the same child
as `extract_ab` (the first N corpus articles after a warm-up of 20, minus an empty run)
under valgrind's cachegrind with its cache and branch simulation, for the previous code
(4447203, or CLAIMDESK_BENCH_PREVIOUS), this checkout and `--also COMMIT`, one side after
the other, and prints per side and per kind of code (the regex engine, the interpreter,
allocation, str and bytes, dict and set, lxml and libxml2, the rest) the instructions,
the simulated first-level cache misses (instruction and data) and the mispredicted
branches (conditional and indirect). The last column is a rough model of the cycles,
`Ir / 3 + 12 x L1 misses + 15 x mispredicts` (no hardware counters on this VM: a model,
not a measurement), in millions. cachegrind is about 60x slower than the code: 150
articles take about a minute and a half per run, two runs per side.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from benchmarks.extract_ab import Side, sides, valgrind
from benchmarks.harness import _child_env
from benchmarks.previous import commit_tree

EVENTS = ("Ir", "I1mr", "D1mr", "D1mw", "Bc", "Bcm", "Bi", "Bim")
KINDS = ("regex", "interpreter", "allocation", "str, bytes", "dict, set", "libxml2", "other")


def kind(fl: str, fn: str) -> str:
    """The kind of code a cachegrind file:function pair belongs to."""
    if "/_sre/" in fl or fn.startswith("sre_") or "_sre_" in fn:
        return "regex"
    if fn.startswith(("xml", "html", "xslt", "exslt", "__pyx")) or fl == "???" or "lxml" in fl:
        return "libxml2"  # lxml's own code has no file information either
    name = fl.rsplit("/", 1)[-1]
    if "EvalFrame" in fn or name in ("ceval.c", "frame.c", "pycore_frame.h", "ceval_macros.h"):
        return "interpreter"
    if name in ("obmalloc.c", "malloc.c", "gcmodule.c", "arena.c") or "memset" in name:
        return "allocation"
    if name.startswith(("unicode", "bytes")) or "/stringlib/" in fl or "memmove" in name:
        return "str, bytes"
    if name in ("dictobject.c", "setobject.c", "pyhash.c"):
        return "dict, set"
    return "other"


def read_counts(path: Path) -> dict[tuple[str, str], list[int]]:
    """Each file:function's event totals from a cachegrind output file."""
    events: list[str] = []
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(EVENTS))
    fl = fn = "???"
    pick: list[int] = []
    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if line[:1].isdigit():
                cols = line.split()[1:]
                row = out[(fl, fn)]
                for i, j in enumerate(pick):
                    if j < len(cols):
                        row[i] += int(cols[j])
            elif line.startswith("fn="):
                fn = line[3:].strip()
            elif line.startswith("fl="):
                fl = line[3:].strip()
            elif line.startswith("events:"):
                events = line.split()[1:]
                pick = [events.index(e) for e in EVENTS]
    return out


def by_kind(counts: dict[tuple[str, str], list[int]]) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {k: [0] * len(EVENTS) for k in KINDS}
    for (fl, fn), row in counts.items():
        t = totals[kind(fl, fn)]
        for i, v in enumerate(row):
            t[i] += v
    return totals


def cycles_model(row: list[int]) -> float:
    """Ir / 3 + 12 x first-level misses + 15 x mispredicts (a model: see the module)."""
    ev = dict(zip(EVENTS, row, strict=True))
    misses = ev["I1mr"] + ev["D1mr"] + ev["D1mw"]
    return ev["Ir"] / 3 + 12 * misses + 15 * (ev["Bcm"] + ev["Bim"])


def _cachegrind(side: Side, n: int, dest: Path) -> dict[tuple[str, str], list[int]]:
    tool = ["--tool=cachegrind", "--cache-sim=yes", "--branch-sim=yes"]
    valgrind(side, n, [*tool, f"--cachegrind-out-file={dest}"])
    return read_counts(dest)


def side_counts(side: Side, n: int, tmp: Path, name: str) -> dict[str, list[int]]:
    """By kind of code: the n articles' run minus the empty run (imports, warm-up)."""
    full = by_kind(_cachegrind(side, n, tmp / f"cg.{name}.{n}"))
    empty = by_kind(_cachegrind(side, 0, tmp / f"cg.{name}.0"))
    return {k: [a - b for a, b in zip(full[k], empty[k], strict=True)] for k in KINDS}


def table(name: str, rows: dict[str, list[int]], n: int) -> list[str]:
    """One side's rows, in millions for the n articles."""
    lines = [
        f"{name}: millions for {n} articles",
        f"  {'kind':12} {'Ir':>8} {'I1mr':>6} {'D1mr':>6} {'D1mw':>6} {'Bcm':>6} {'Bim':>6}"
        f" {'model':>7}",
    ]
    total = [sum(r[i] for r in rows.values()) for i in range(len(EVENTS))]
    for k, row in [*rows.items(), ("all", total)]:
        ev = dict(zip(EVENTS, row, strict=True))
        shown = " ".join(
            f"{ev[e] / 1e6:{8 if e == 'Ir' else 6}.{1 if e == 'Ir' else 2}f}"
            for e in ("Ir", "I1mr", "D1mr", "D1mw", "Bcm", "Bim")
        )
        lines.append(f"  {k:12} {shown} {cycles_model(row) / 1e6:7.1f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    prog = "python -m benchmarks.extract_cachegrind"
    ap = argparse.ArgumentParser(prog=prog, description=__doc__)
    ap.add_argument("-n", type=int, default=150, help="articles counted (default 150)")
    ap.add_argument("--also", metavar="COMMIT", help="a third side, another commit")
    ap.add_argument("--keep", metavar="DIR", help="keep cachegrind's files here (cg_annotate)")
    args = ap.parse_args(argv)
    from benchmarks import corpus

    corpus.corpus_dir(1000)  # written once here, never inside a counted run
    with tempfile.TemporaryDirectory(prefix="claimdesk-cg-") as tmp:
        run = sides(None, Path(tmp))
        if args.also:
            tree = commit_tree(Path(tmp) / "also", args.also)
            if tree is None:
                raise SystemExit(f"git cannot give commit {args.also}")
            run["also"] = Side(sys.executable, tree, _child_env(tree))
        keep = Path(args.keep) if args.keep else Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        models = {}
        for name, side in run.items():
            rows = side_counts(side, args.n, keep, name)
            models[name] = sum(cycles_model(r) for r in rows.values())
            print("\n".join(table(name, rows, args.n)), flush=True)
        shown = ", ".join(f"{k} {v / 1e6:.0f}" for k, v in models.items())
        ratios = ", ".join(f"base/{k} {models['base'] / v:.2f}x" for k, v in models.items())
        print(f"model cycles (millions): {shown}; {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
