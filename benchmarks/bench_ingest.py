"""Ingest end to end: generated article files into an empty store, and its peak memory.

Each run is a fresh interpreter that imports the modules (trafilatura takes ~0.5 s to
import; that one-time cost is left out), opens a new store, ingests every file through
ClaimStore.ingest_path (read, decode, clean, extract, hash, store: what `claimdesk ingest`
does per file) inside one batch, and closes it; its peak RSS is the memory figure.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks import corpus
from benchmarks.harness import Result, log, median, p95, run_isolated

TARGET_MB = 500.0


def ingest_dir(directory: str, n: int, store_dir: str) -> dict:
    """Ingest the first n articles of a corpus directory into a new store (child process)."""
    from store import ClaimStore

    d = Path(directory)
    published = {
        k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()
    }
    paths = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".html"))[:n]
    # one-time costs a long-running ingest pays once: module imports (trafilatura ~0.5 s)
    import trafilatura  # noqa: F401

    import extract.html_text  # noqa: F401

    claims = failed = 0
    t0, c0 = time.perf_counter(), time.process_time()
    with ClaimStore(Path(store_dir) / corpus.STORE_FILE) as st, st.batch():
        for p in paths:
            res = st.ingest_path(str(p), published=published.get(p.name))
            claims += res.claims
            failed += res.status == "failed"
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    size = sum(f.stat().st_size for f in Path(store_dir).iterdir() if f.is_file())
    return {
        "articles": len(paths),
        "claims": claims,
        "failed": failed,
        "seconds": seconds,
        "cpu": cpu,
        "store_mb": size / 1e6,
    }


def _once(directory: Path, n: int) -> tuple[dict, float]:
    tmp = Path(tempfile.mkdtemp(prefix="claimdesk-ingest-"))
    try:
        iso = run_isolated("benchmarks.bench_ingest:ingest_dir", str(directory), n, str(tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return iso.value, iso.peak_rss_mb


def run(quick: bool) -> list[Result]:
    n_small, n_large = (20, 40) if quick else (1_000, 10_000)
    runs = 2 if quick else 5
    d = corpus.corpus_dir(n_large)
    out: list[Result] = []

    rates, crates, mems, failed = [], [], [], 0
    for i in range(runs):
        info, mem = _once(d, n_small)
        rates.append(info["articles"] / info["seconds"])
        crates.append(info["articles"] / info["cpu"])
        mems.append(mem)
        failed += info["failed"]
        log(f"ingest {n_small} articles run {i + 1}/{runs}: {rates[-1]:.0f} articles/s")
    out.append(
        Result(
            f"ingest, {n_small:,} articles into an empty store",
            "articles/s",
            median(rates),
            min(rates),
            higher_is_better=True,
            runs=runs,
            note=f"{info['claims']:,} claims; p95 column = slowest run; {failed} failed",
        )
    )
    out.append(
        Result(
            f"ingest by CPU time, {n_small:,} articles",
            "articles/s",
            median(crates),
            min(crates),
            higher_is_better=True,
            runs=runs,
            note="process CPU time: less sensitive to other jobs on the shared cores",
        )
    )

    info, mem = _once(d, n_large)
    log(f"ingest {n_large} articles: {info}")
    rate = info["articles"] / info["seconds"]
    out.append(
        Result(
            f"ingest, {n_large:,} articles into an empty store",
            "s",
            info["seconds"],
            None,
            runs=1,
            note=f"{rate:.0f} articles/s ({info['articles'] / info['cpu']:.0f} by CPU time); "
            f"{info['claims']:,} claims; "
            f"store {info['store_mb']:.0f} MB; {info['failed']} failed",
        )
    )
    out.append(
        Result(
            f"ingest peak memory, {n_large:,} articles ({info['claims']:,} claims)",
            "MB",
            mem,
            None,
            target=TARGET_MB,
            runs=1,
            note=f"peak RSS of the ingesting process; {n_small:,} articles: {p95(mems):.0f} MB",
        )
    )
    return out
