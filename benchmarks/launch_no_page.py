"""The first launch of a desk with no kept first page, in a real terminal (issue 18): a
desk written by a writer that keeps none (the benchmark's builder, an older claimdesk,
the store's API), so the launch takes its first rows from the front of the desk's files
(store/desk_front.py) or, in the previous code, waits for the whole desk.

In turns, each run: this checkout on the 100k desk, the previous code (PREVIOUS, or
$CLAIMDESK_BENCH_PREVIOUS) on its own copy of it, and the demo desk; the kept page is
removed before every launch (each launch writes one). The method is bench_terminal's: a
tmux pane, the screen polled until it shows rows and the header's counts.

    .venv/bin/python -m benchmarks.launch_no_page [--runs N] [--quick] [--desk PATH]

`--desk PATH`: that desk (e.g. benchmarks/scaled.py's million claims, compacted so its
heads are its own) instead of the 100k one, for this checkout and the previous code alike
(one file: neither writes it; each launch's kept page is removed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import log, summarize

# main before the first page was taken from the front of the files
PREVIOUS = "66ea22c"


def measure(runs: int, quick: bool = False, desk: str | None = None) -> dict[str, Any]:
    """{label: [Launch]} and the load averages seen, for ours, previous and demo."""
    from benchmarks import bench_terminal as bt
    from benchmarks import corpus
    from benchmarks.bench_tui import FULL_CLAIMS, QUICK_CLAIMS, demo_store
    from benchmarks.previous import previous_tree
    from claimdesk.store.paths import first_page_path

    claims = QUICK_CLAIMS if quick else FULL_CLAIMS
    got: dict[str, Any] = {"launch": {}, "loads": []}
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-nopage-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = bt.terminal_env(home)
        pane = bt.Pane(f"claimdesk-bench-nopage-{os.getpid()}", env)
        ours = desk or str(corpus.fresh_store(claims, Path(tmp) / "ours"))
        desks: dict[str, tuple[str, Path | None]] = {
            "ours": (ours, None),
            "demo": (str(demo_store(Path(tmp))), None),
        }
        tree = previous_tree(Path(tmp) / "previous", PREVIOUS)
        if tree is not None:
            prev = desk or str(corpus.fresh_store(claims, Path(tmp) / "prev"))
            desks["previous"] = (prev, tree)
        try:
            for i in range(runs):
                for label, (path, code) in desks.items():
                    first_page_path(Path(path)).unlink(missing_ok=True)
                    one = bt.launch(pane, bt._desk_command(path, code), bt.ours_rows, bt.ours_whole)
                    got["launch"].setdefault(label, []).append(one)
                    got["loads"].append(os.getloadavg()[0])
                    log(f"no page {i} {label}: rows {one.rows:.2f} s, whole {one.whole:.2f} s, "
                        f"load {got['loads'][-1]:.1f}")  # fmt: skip
        finally:
            pane.tmux("kill-server", check=False)
            pane.forget()
    return got


def main(argv: list[str]) -> None:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    desk = argv[argv.index("--desk") + 1] if "--desk" in argv else None
    got = measure(runs, "--quick" in argv, desk)
    demo = summarize([x.rows for x in got["launch"]["demo"]])[0]
    for label, xs in got["launch"].items():
        rows, p = summarize([x.rows for x in xs])
        whole = summarize([x.whole for x in xs])[0]
        print(f"{label}: rows on screen median {rows:.2f} s (p95 {p:.2f}), "
              f"{rows / demo:.2f}x the demo; whole desk {whole:.2f} s; runs {len(xs)}")  # fmt: skip
    loads = got["loads"]
    print(f"load avg (1 min) {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
