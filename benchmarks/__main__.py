"""`python -m benchmarks [--quick|--full] [--only NAME]`: run every runner, print one table.

Each runner (benchmarks/bench_NAME.py) runs in its own fresh subprocess. The table has
one row per figure: median, p95, target, the peer measured in the same run, the ratio
(how many times better than the peer) and pass/miss. Results are also saved as JSON under
benchmarks/out/ so benchmarks/RESULTS.md can be regenerated with --markdown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time

from benchmarks.harness import OUT, Result, RunnerOutcome, discover, run_runner


def fmt(x: float | None) -> str:
    if x is None:
        return "-"
    if x != x:  # NaN
        return "nan"
    ax = abs(x)
    if ax >= 1000:
        return f"{x:,.0f}"
    if ax >= 100:
        return f"{x:.0f}"
    if ax >= 10:
        return f"{x:.1f}"
    if ax >= 1:
        return f"{x:.2f}"
    if ax == 0:
        return "0"
    return f"{x:.3g}"


def target_text(r: Result) -> str:
    parts = []
    if r.target is not None:
        op = ">=" if r.higher_is_better else "<="
        which = "p95 " if r.check == "p95" else ""
        parts.append(f"{which}{op} {fmt(r.target)} {r.unit}")
    if r.min_ratio is not None:
        parts.append(f">= {fmt(r.min_ratio)}x peer")
    return "; ".join(parts) or "-"


def ratio_text(r: Result) -> str:
    ratio = r.ratio
    return "-" if ratio is None else f"{fmt(ratio)}x"


LOADS: dict[str, tuple[float, float]] = {}
COLUMNS = ["figure", "median", "p95", "target", "peer", "peer median", "ratio", "result"]


def rows(outcomes: list[RunnerOutcome], notes: bool = False) -> list[list[str]]:
    out = []
    for o in outcomes:
        if o.error and not o.results:
            out.append(_error_row(o, notes))
            continue
        for r in o.results:
            unit = f" {r.unit}"
            out.append(
                [
                    r.name,
                    fmt(r.median) + unit,
                    fmt(r.p95) + unit if r.p95 is not None else "-",
                    target_text(r),
                    r.peer_name or "-",
                    fmt(r.peer_median) + unit if r.peer_median is not None else "-",
                    ratio_text(r),
                    r.verdict,
                ]
                + ([r.note] if notes else [])
            )
        if o.error:
            out.append(_error_row(o, notes))
    return out


def _error_row(o: RunnerOutcome, notes: bool) -> list[str]:
    return [f"{o.name}: ERROR", "-", "-", "-", "-", "-", "-", "error"] + (
        [o.error or ""] if notes else []
    )


def print_table(table: list[list[str]], columns: list[str]) -> None:
    widths = [max(len(c), *(len(row[i]) for row in table)) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def markdown(table: list[list[str]], columns: list[str]) -> str:
    def esc(cell: str) -> str:
        return cell.replace("|", "\\|")

    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in table]
    return "\n".join(lines)


def save(outcomes: list[RunnerOutcome], mode: str, argv: list[str]) -> str:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"results-{mode}.json"
    previous = []
    if path.exists():  # --only NAME replaces that runner's rows and keeps the others
        try:
            previous = json.loads(path.read_text()).get("runners", [])
        except (OSError, ValueError):
            previous = []
    ran = {o.name for o in outcomes}
    data = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": "python -m benchmarks " + " ".join(argv),
        "machine": f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.machine()}",
        "runners": [r for r in previous if r.get("name") not in ran]
        + [
            {
                "name": o.name,
                "seconds": o.seconds,
                "peak_rss_mb": o.peak_rss_mb,
                "loadavg_1min": LOADS.get(o.name),  # before and after: how busy the box was
                "error": o.error,
                "results": [r.to_json() for r in o.results],
            }
            for o in outcomes
        ],
    }
    path.write_text(json.dumps(data, indent=1))
    return str(path)


def load_saved(mode: str) -> list[RunnerOutcome]:
    data = json.loads((OUT / f"results-{mode}.json").read_text())
    return [
        RunnerOutcome(
            r["name"],
            [Result.from_json(x) for x in r["results"]],
            r["seconds"],
            r["peak_rss_mb"],
            r["error"],
        )
        for r in data["runners"]
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="smoke run: tiny sizes, seconds")
    mode.add_argument(
        "--full", action="store_true", help="the figures in benchmarks/RESULTS.md (default)"
    )
    p.add_argument("--only", action="append", metavar="NAME", help="run only bench_NAME.py")
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    p.add_argument("--notes", action="store_true", help="add each figure's note (sizes, caveats)")
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="rebuild the cached corpus store first (after extractor changes)",
    )
    p.add_argument(
        "--from-saved", action="store_true", help="print the last saved results, run nothing"
    )
    args = p.parse_args(argv)
    mode_name = "quick" if args.quick else "full"
    if args.from_saved:
        outcomes = load_saved(mode_name)
    else:
        names = discover()
        if args.only:
            unknown = sorted(set(args.only) - set(names))
            if unknown:
                print(
                    f"benchmarks: no runner named {', '.join(unknown)} (have: {', '.join(names)})",
                    file=sys.stderr,
                )
                return 2
            names = [n for n in names if n in args.only]
        outcomes = []
        t0 = time.perf_counter()
        if args.rebuild:
            from benchmarks import corpus

            os.environ["CLAIMDESK_BENCH_REBUILD"] = "1"  # store_path() clears it once used
            size = 1_000 if args.quick else 100_000
            print(f"[bench] rebuilding the {size:,}-claim corpus store ...", file=sys.stderr)
            corpus.store_path(size)
        for name in names:
            print(f"[bench] running {name} ({mode_name}) ...", file=sys.stderr, flush=True)
            load_before = os.getloadavg()[0]
            o = run_runner(name, quick=args.quick)
            LOADS[name] = (load_before, os.getloadavg()[0])
            print(
                f"[bench] {name}: {o.seconds:.1f} s (1-min load average "
                f"{LOADS[name][0]:.1f} -> {LOADS[name][1]:.1f} on {os.cpu_count()} CPUs)",
                file=sys.stderr,
                flush=True,
            )
            outcomes.append(o)
        print(f"[bench] all runners: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        saved = save(outcomes, mode_name, argv)
        print(f"[bench] saved {saved}", file=sys.stderr)
    table = rows(outcomes, notes=args.notes)
    columns = COLUMNS + (["note"] if args.notes else [])
    if args.markdown:
        print(markdown(table, columns))
    else:
        print_table(table, columns)
    return 1 if any(o.error for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
