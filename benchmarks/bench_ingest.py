"""Ingest end to end: generated article files into an empty store, and its peak memory.

Each run is a fresh interpreter that imports the modules (trafilatura takes ~0.5 s to
import; that one-time cost is left out), opens a new store, ingests every file through
store.ingest.ingest_path (read, decode, clean, extract, hash, store: what `claimdesk ingest`
does per file) inside one batch, and closes it; its peak RSS is the memory figure.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks import corpus
from benchmarks.harness import Result, log, median, run_isolated

TARGET_MB = 500.0


def ingest_dir(directory: str, n: int, store_dir: str, batches: int = 5) -> dict:
    """Ingest the first n articles of a corpus directory into a new store (child process).

    Times each of `batches` consecutive slices (wall and CPU) and the final store write,
    so one pass gives several samples."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.ingest import ingest_batch, ingest_path

    d = Path(directory)
    published = {
        k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()
    }
    paths = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))[:n]
    # one-time costs a long-running ingest pays once: module imports (trafilatura ~0.5 s)
    import trafilatura  # noqa: F401

    import claimdesk.extract.html_text  # noqa: F401

    claims = failed = 0
    size = max(1, len(paths) // batches)
    walls: list[float] = []
    cpus: list[float] = []
    t0, c0 = time.perf_counter(), time.process_time()
    with ClaimStore(Path(store_dir) / corpus.STORE_FILE) as st:
        with ingest_batch(st):
            bt, bc = time.perf_counter(), time.process_time()
            for i, p in enumerate(paths, 1):
                res = ingest_path(st, str(p), published=published.get(p.name))
                claims += res.claims
                failed += res.status == "failed"
                if i % size == 0 and len(walls) < batches:
                    walls.append(time.perf_counter() - bt)
                    cpus.append(time.process_time() - bc)
                    bt, bc = time.perf_counter(), time.process_time()
            w0 = time.perf_counter()
        write = time.perf_counter() - w0  # the batch's one atomic store write
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    files = [f for f in Path(store_dir).iterdir() if f.is_file()]
    return {
        "articles": len(paths),
        "batch_size": size,
        "batch_seconds": walls,
        "batch_cpu": cpus,
        "claims": claims,
        "failed": failed,
        "seconds": seconds,
        "cpu": cpu,
        "write_seconds": write,
        "store_mb": sum(f.stat().st_size for f in files) / 1e6,
    }


def run(quick: bool) -> list[Result]:
    n = 40 if quick else 10_000
    d = corpus.corpus_dir(n)
    tmp = Path(tempfile.mkdtemp(prefix="claimdesk-ingest-"))
    try:
        iso = run_isolated("benchmarks.bench_ingest:ingest_dir", str(d), n, str(tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    info, mem = iso.value, iso.peak_rss_mb
    log(f"ingest {n} articles: {info['seconds']:.1f} s, peak {mem:.0f} MB")
    size = info["batch_size"]
    rates = [size / s for s in info["batch_seconds"]]
    crates = [size / c for c in info["batch_cpu"]]
    k = len(rates)
    where = f"{n:,} articles into an empty store"
    return [
        Result(
            f"ingest, {where}",
            "articles/s",
            median(rates),
            min(rates),
            higher_is_better=True,
            runs=k,
            note=f"median of {k} consecutive batches of {size:,} (p95 column = slowest); "
            f"whole pass {info['seconds']:.0f} s incl. the final store write "
            f"({info['write_seconds']:.1f} s); {info['claims']:,} claims; "
            f"store {info['store_mb']:.0f} MB; {info['failed']} failed",
        ),
        Result(
            f"ingest by CPU time, {where}",
            "articles/s",
            median(crates),
            min(crates),
            higher_is_better=True,
            runs=k,
            note="process CPU time: less sensitive to other jobs on the shared cores",
        ),
        Result(
            f"ingest peak memory, {n:,} articles ({info['claims']:,} claims)",
            "MB",
            mem,
            None,
            target=TARGET_MB,
            runs=1,
            note="peak RSS of the ingesting process (fresh interpreter), final write included",
        ),
    ]
