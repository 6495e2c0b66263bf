"""The dashboard's first launch after the desk changed (issue 18), for bench_tui's runners:
a verdict from the shell (`claimdesk mark`) or an ingest (`claimdesk ingest` of one new
corpus article) since the last launch, then a launch in a fresh process. The big desk and
the demo desk take turns, each change made by the real command before each launch; the
first rows are the kept first page brought up to date (tui/first_page.py), the whole desk
follows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, log, run_isolated, summarize

CASES = (("mark", "a shell verdict"), ("ingest", "an ingest of one article"))
NEW_ARTICLE = 900_000  # corpus article numbers far past any built store's


def _claimdesk(path: str, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk", "--db", path, *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"claimdesk {args[0]} failed: {done.stderr.strip()[-300:]}")


def _page_claim(path: str, i: int) -> str:
    """A claim id of the desk's kept first page (the launch before wrote it)."""
    from claimdesk.store.paths import first_page_path

    doc = json.loads(first_page_path(Path(path)).read_bytes())
    rows = doc["quotes"] or doc["numbers"]
    return str(rows[i % len(rows)]["claim"]["id"])


def _change(case: str, path: str, i: int, tmp: Path) -> None:
    if case == "mark":
        status = ("verified", "disputed")[i % 2]
        _claimdesk(path, "mark", _page_claim(path, i), "--status", status, "--reviewer", "bench")
        return
    from benchmarks import corpus

    art = corpus.article(NEW_ARTICLE + i)
    where = tmp / f"new-{Path(path).parent.name}-{i}-{art.name}"
    where.write_text(art.text, encoding="utf-8")
    _claimdesk(path, "ingest", str(where))


def measure(
    desks: dict[str, str], tmp: Path, runs: int, trees: dict[str, Path | None] | None = None
) -> dict[str, dict[str, list[Any]]]:
    """{case: {desk label: [launch figures]}}: each desk already has a kept page; a label
    in `trees` runs that checkout's code (the previous code, on its own copy of the desk)."""
    trees = {k: v for k, v in (trees or {}).items() if v is not None}
    desks = {k: v for k, v in desks.items() if k in ("demo", "ours") or k in trees}
    got: dict[str, dict[str, list[Any]]] = {c: {k: [] for k in desks} for c, _ in CASES}
    for i in range(runs):
        for case, _ in CASES:
            for label, path in desks.items():
                _change(case, path, i, tmp)
                v = run_isolated(
                    "benchmarks.bench_tui:measure_launch", path, tree=trees.get(label)
                ).value
                v.setdefault("paged", False)  # (the previous code does not say)
                got[case][label].append(v)
                log(f"after {case} {i} {label}: first rows {v['rows_first']:.2f} s "
                    f"(kept page: {v['paged']}), whole desk {v['rows_shown']:.2f} s")  # fmt: skip
    return got


def results(got: dict[str, dict[str, list[Any]]], load: float) -> list[Result]:
    """A row per case: the big desk's first rows beside the demo desk's, same case."""
    out = []
    n = got["mark"]["ours"][0]["claims"]  # (before the ingests)
    for case, words in CASES:
        ours, demo = got[case]["ours"], got[case]["demo"]
        first = [x["rows_first"] for x in ours]
        demo_first = summarize([x["rows_first"] for x in demo])[0]
        whole = summarize([x["rows_shown"] for x in ours])[0]
        paged = sum(bool(x["paged"]) for x in ours)
        prev = got[case].get("previous") or []
        before = (
            f"; the previous code's {summarize([x['rows_first'] for x in prev])[0]:.2f} s"
            if prev
            else ""
        )
        out.append(
            Result(
                f"dashboard rows on screen @{n:,} claims, first launch after {words}",
                "s",
                *summarize(first),
                target=1.0,
                peer_name=f"the demo desk after {words} ({demo[0]['claims']:,} claims)",
                peer_median=demo_first,
                min_ratio=1 / 1.7,
                runs=len(first),
                note=f"ratio to the demo {summarize(first)[0] / demo_first:.2f} (target <= 1.7); "
                f"kept page shown in {paged}/{len(ours)}; whole desk {whole:.2f} s{before}; "
                f"load avg {load:.1f}",
            )
        )
    return out
