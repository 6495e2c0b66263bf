"""The first launch of a desk no dashboard has opened (issue 18), for bench_tui's launch
runner: the desk's kept first page removed (as on a desk only ever written by the CLI),
then the real `claimdesk ingest` of one new corpus article, which keeps the first page
itself (tui/first_page.py, `keep_page_after_ingest`), then a launch in a fresh process.
The page step is also timed on its own (wall and peak RSS: what it adds to an ingest)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, log, run_isolated, summarize
from benchmarks.launch_after_change import NEW_ARTICLE, _claimdesk

FIRST = NEW_ARTICLE + 5_000  # articles of their own (launch_after_change uses the first)


def keep_page(store_path: str) -> bool:
    """The ingest's page step alone (called in a fresh interpreter by run_isolated)."""
    from claimdesk.tui.first_page import keep_page_after_ingest

    return keep_page_after_ingest(Path(store_path))


def _never_opened(path: str) -> None:
    from claimdesk.store.paths import first_page_path

    first_page_path(Path(path)).unlink(missing_ok=True)


def measure(desks: dict[str, str], tmp: Path, runs: int) -> dict[str, list[dict[str, Any]]]:
    """{desk label: [figures]}: per run, the ingest's wall time (page step included), the
    page step's own wall time and peak RSS, and the launch's first rows."""
    from benchmarks import corpus

    got: dict[str, list[dict[str, Any]]] = {k: [] for k in ("demo", "ours")}
    for i in range(runs):
        for label in got:
            path = desks[label]
            art = corpus.article(FIRST + i)
            where = tmp / f"never-{label}-{i}-{art.name}"
            where.write_text(art.text, encoding="utf-8")
            _never_opened(path)
            t0 = time.perf_counter()
            _claimdesk(path, "ingest", str(where))
            ingest = time.perf_counter() - t0
            _never_opened(path)  # the page step again, on its own
            step = run_isolated("benchmarks.launch_never_opened:keep_page", path)
            v = run_isolated("benchmarks.bench_tui:measure_launch", path).value
            v.update(ingest=ingest, step=step.seconds, step_rss=step.peak_rss_mb)
            got[label].append(v)
            log(f"never opened {i} {label}: ingest {ingest:.2f} s (page step {step.seconds:.2f} s, "
                f"{step.peak_rss_mb:.0f} MiB); first rows {v['rows_first']:.2f} s "
                f"(kept page: {v['paged']}), whole desk {v['rows_shown']:.2f} s")  # fmt: skip
    return got


def results(got: dict[str, list[dict[str, Any]]], load: float) -> list[Result]:
    ours, demo = got["ours"], got["demo"]
    first = [x["rows_first"] for x in ours]
    demo_first = summarize([x["rows_first"] for x in demo])[0]
    paged = sum(bool(x["paged"]) for x in ours)

    def med(key: str, xs: list[dict[str, Any]]) -> float:
        return summarize([x[key] for x in xs])[0]

    return [
        Result(
            f"dashboard rows on screen @{ours[0]['claims']:,} claims, first launch of a desk "
            "never opened (after `claimdesk ingest`)",
            "s",
            *summarize(first),
            target=1.0,
            peer_name=f"the demo desk, same case ({demo[0]['claims']:,} claims)",
            peer_median=demo_first,
            min_ratio=1 / 1.7,
            runs=len(first),
            note=f"ratio to the demo {summarize(first)[0] / demo_first:.2f} (target <= 1.7); "
            f"kept page shown in {paged}/{len(ours)}; whole desk {med('rows_shown', ours):.2f} s; "
            f"the ingest of one article {med('ingest', ours):.2f} s, of which the page step "
            f"{med('step', ours):.2f} s at {max(x['step_rss'] for x in ours):.0f} MiB peak "
            f"(demo desk: {med('ingest', demo):.2f} s, step {med('step', demo):.2f} s); "
            f"load avg {load:.1f}",
        )
    ]
