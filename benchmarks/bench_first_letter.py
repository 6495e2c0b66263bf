"""A search's first letters at 100k claims, this checkout beside the previous code.

Issue 18's search keystroke (p95 <= 50 ms) was set by the first letter of each word, which
filtered every row of both lists and every source on the UI thread. Headless (`run_test`),
each app in a fresh interpreter, ours and the previous code in turns on copies of the 100k
corpus desk: once the desk is read and its worker has warmed it, the five words of
bench_terminal are typed letter by letter (each backspaced away), and each key is timed
to the first frame after it (bench_tui's probe), with the process's CPU per key. The
second letters (then the slowest: they narrowed the first letter's rows, until the pair
index of tui/pair_index.py) get rows of their own, also counted among the other letters.

    .venv/bin/python -m benchmarks --only first_letter           # the harness table
    .venv/bin/python -m benchmarks.bench_first_letter [--quick]  # the same, printed
                                                                 # (--quick: 1,000 claims,
                                                                 # ours only)

CLAIMDESK_BENCH_PREVIOUS names the previous commit (default: main before branch search2).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, log, run_isolated

PREVIOUS = "28c481f"  # main before branch search2 (the terminal runner's round)
WORDS = ("minister", "hospital", "council", "percent", "official")
SIZE = (160, 45)


def measure_letters(store_path: str) -> dict[str, Any]:
    """Type WORDS on the desk at `store_path`; ms per key (to the next frame) and CPU."""
    from benchmarks.bench_tui import _timed_keys, _until_loaded
    from claimdesk.tui.app import ClaimdeskApp

    out: dict[str, Any] = {"first": [], "later": [], "first_cpu": [], "later_cpu": []}

    async def main() -> None:
        app = ClaimdeskApp(store_path)
        async with app.run_test(size=SIZE) as pilot:
            await _until_loaded(app)
            deadline = time.perf_counter() + 120

            def warmed() -> bool:  # the model shown now (the comparison may replace it)
                model = app.screen.model
                letters = getattr(model, "_letter_sources", None)  # the previous code: none
                pairs = getattr(model, "_pairs", None)  # (none before the pair index)
                return (
                    model.hays_ready
                    and (letters is None or len(letters) >= 36)
                    and (pairs is None or len(pairs) >= 3)
                )

            while not warmed():
                if time.perf_counter() > deadline:
                    raise RuntimeError("the desk was not warmed within 120 s")
                await asyncio.sleep(0.05)
            await pilot.pause()
            await pilot.press("slash")
            await pilot.pause()
            for word in WORDS:
                for i, ch in enumerate(word):
                    cpu: list[float] = []
                    took = await _timed_keys(pilot, [ch], cpu=cpu)
                    kind = "first" if i == 0 else "later"
                    out[kind].append(took[0] * 1e3)
                    out[f"{kind}_cpu"].append(cpu[0] * 1e3)
                await _timed_keys(pilot, ["backspace"] * len(word))

    asyncio.run(main())
    return out


def _seconds(later: list[float]) -> list[float]:
    """Each word's second letter among `later` (its letters after the first, in order):
    the previous code's runner, which does not tell them apart, gives them too."""
    out, at = [], 0
    for word in WORDS:
        out.append(later[at])
        at += len(word) - 1
    return out


def _ms(xs: list[float]) -> tuple[Any, Any]:
    xs = sorted(xs)
    return xs[len(xs) // 2], xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def run(quick: bool) -> list[Result]:
    from benchmarks import corpus
    from benchmarks.bench_tui import FULL_CLAIMS, QUICK_CLAIMS
    from benchmarks.previous import previous_commit, previous_tree

    claims = QUICK_CLAIMS if quick else FULL_CLAIMS
    runs = 1 if quick else 3
    got: dict[str, dict[str, list[float]]] = {"ours": {}, "previous": {}}
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-letter-") as tmp:
        tree = None if quick else previous_tree(Path(tmp) / "previous", PREVIOUS)
        if tree is None and not quick:
            raise RuntimeError(f"git cannot give the previous code ({previous_commit(PREVIOUS)})")
        codes = ("ours",) if quick else ("ours", "previous")  # quick: a smoke run, ours only
        paths = {
            "ours": str(corpus.fresh_store(claims, Path(tmp) / "ours")),
            "previous": str(corpus.fresh_store(claims, Path(tmp) / "prev")),
        }
        for i in range(runs):
            for label in codes:
                one = run_isolated(
                    "benchmarks.bench_first_letter:measure_letters",
                    paths[label],
                    tree=tree if label == "previous" else None,
                ).value
                one["second"], one["second_cpu"] = (
                    _seconds(one["later"]),
                    _seconds(one["later_cpu"]),
                )
                for key, xs in one.items():
                    got[label].setdefault(key, []).extend(xs)
                log(f"first_letter: {label} run {i}: first letters {one['first']}")
    size = f"{claims:,} claims"
    ours, prev = got["ours"], got["previous"]
    out = []
    for key, name, target in (
        ("first", f"search, a word's first letter, key to frame @{size}", 50.0),
        ("first_cpu", f"search, a word's first letter, CPU per key @{size}", None),
        ("later", f"search, the other letters, key to frame @{size}", 50.0),
        ("second", f"search, a word's second letter, key to frame @{size}", 50.0),
        ("second_cpu", f"search, a word's second letter, CPU per key @{size}", None),
    ):
        med, p95 = _ms(ours[key])
        pmed, pp95 = _ms(prev[key]) if key in prev else (None, None)
        out.append(
            Result(
                name,
                "ms",
                med,
                p95,
                target=target,
                check="p95",
                peer_name=None if quick else f"previous code ({previous_commit(PREVIOUS)})",
                peer_median=pmed,
                peer_p95=pp95,
                runs=runs,
                note=f"{len(ours[key])} keys, headless; ours and the previous code in turns",
            )
        )
    return out


def main(argv: list[str]) -> None:
    for r in run("--quick" in argv):
        peer = f"; {r.peer_name}: {r.peer_median:.1f} / {r.peer_p95:.1f} ms" if r.peer_name else ""
        print(f"{r.name}: {r.median:.1f} / {r.p95:.1f} ms (median / p95){peer}")


if __name__ == "__main__":
    main(sys.argv[1:])
