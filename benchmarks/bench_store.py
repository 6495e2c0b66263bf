"""The store: open time at 100k claims and durable verdict-write latency, beside stock TinyDB.

Builds a synthetic store (10 claims per article, ~400-word bodies) through the real
ClaimStore.ingest_extraction path, then in the same run measures

- open: `ClaimStore(path, readonly=True).claims()` in a fresh interpreter (also peak RSS);
- verdict write: `ClaimStore.mark()` (journal append + fsync, durable on return),
  >= 200 writes per run, >= 5 runs, pooled median and p95;
- the peer: stock `TinyDB(path)` (JSONStorage) `table.update(..., doc_ids=[...])` on a copy
  of the same file (the store file is a TinyDB database), same number of runs;
- the floor: one bare `os.write` + `os.fsync` of a journal-sized line in the same directory,
  so a slow disk shows up as such and is not mistaken for store overhead.

    .venv/bin/python -m benchmarks.bench_store [--quick] [--claims N]
    .venv/bin/python -m benchmarks --only store
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace as NS

from benchmarks.harness import OUT, Result, log, median, p95, run_isolated

WORDS = [
    "the",
    "council",
    "said",
    "harbour",
    "wall",
    "residents",
    "officials",
    "reported",
    "figures",
    "army",
    "troops",
    "city",
    "minister",
    "spokesman",
    "according",
    "to",
    "estimated",
    "people",
    "week",
    "on",
    "monday",
    "at",
    "least",
    "about",
    "more",
    "than",
    "bridge",
    "river",
    "flood",
    "damage",
    "repair",
    "cost",
    "million",
    "report",
    "agency",
    "statement",
    "told",
    "press",
    "region",
    "north",
    "south",
    "east",
    "west",
    "border",
    "talks",
    "deal",
    "plan",
    "budget",
    "vote",
    "election",
    "court",
    "police",
]
STATUSES = ("verified", "disputed", "dismissed", "unreviewed")


def synthetic_extraction(i: int, rng: random.Random, words: int = 400) -> NS:
    """One article with 4 quotes, 3 statements and 3 figures, offsets into its body."""
    parts: list[str] = [f"Article {i}."]
    claims = {"quotes": [], "statements": [], "numbers": []}
    speakers = [f"Speaker {i}-{k}" for k in range(3)]
    pos = len(parts[0]) + 1
    filler = words // 10
    for k in range(10):
        sentence = " ".join(rng.choice(WORDS) for _ in range(filler)) + "."
        parts.append(sentence)
        pos += len(sentence) + 1
        if k < 4:
            text = f"We saw {k} things in {i} places"
            sent = f"“{text},” said {speakers[k % 3]}."
            start = pos + 1
            claims["quotes"].append(
                NS(
                    text=text,
                    speaker=speakers[k % 3],
                    partial=False,
                    start=start,
                    end=start + len(text),
                )
            )
        elif k < 7:
            text = f"the {rng.choice(WORDS)} had {k} problems in district {i}"
            sent = f"{speakers[k % 3]} said {text}."
            start = pos + len(speakers[k % 3]) + 6
            claims["statements"].append(
                NS(text=text, speaker=speakers[k % 3], start=start, end=start + len(text))
            )
        else:
            value = rng.randrange(1, 100_000)
            text = f"at least {value:,}"
            sent = f"Officials counted {text} {rng.choice(WORDS)}."
            start = pos + 18
            claims["numbers"].append(
                NS(value=value, unit=None, qualifier="at least", noun="people",
                   speaker=speakers[k % 3], hypothetical=False, text=text,
                   start=start, end=start + len(text))
            )  # fmt: skip
        parts.append(sent)
        pos += len(sent) + 1
    body = " ".join(parts)
    return NS(
        path=f"synthetic/{i:06d}.txt",
        words=len(body.split()),
        title=f"Synthetic report {i}",
        publisher=f"Outlet {i % 17}",
        aggregator=None,
        published="2025-01-01",
        url=None,
        author=None,
        body=body,
        sources=[NS(name=s, kind="person", role="spokesperson", aliases=[]) for s in speakers],
        dates=[],
        hedges=[],
        **claims,
    )


def build_store(path: str, n_claims: int, seed: int = 7) -> dict:
    """A store with ~n_claims claims built by ingest (one store write at the end)."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.ingest import ingest_batch

    rng = random.Random(seed)
    t0 = time.perf_counter()
    with ClaimStore(path) as s, ingest_batch(s):
        for i in range(max(1, n_claims // 10)):
            s.ingest_extraction(synthetic_extraction(i, rng))
        n = len(s.claims())
    return {"claims": n, "seconds": time.perf_counter() - t0, "bytes": os.path.getsize(path)}


def open_once(path: str) -> dict:
    """Fresh-interpreter open: the time to a usable list of every claim."""
    from claimdesk.store import ClaimStore

    t0, c0 = time.perf_counter(), time.process_time()
    s = ClaimStore(path, readonly=True)
    claims = s.claims()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": seconds, "cpu": cpu, "claims": len(claims)}


def mark_latencies(
    path: str, runs: int, writes: int, seed: int = 11
) -> tuple[list[float], list[float], list[float]]:
    """Per durable mark(): wall seconds and CPU seconds; plus, right after each mark, one
    bare append+fsync of a journal-sized line in the same directory (the disk's floor at
    that moment). The store is reopened for each run."""
    from claimdesk.store import ClaimStore

    rng = random.Random(seed)
    wall: list[float] = []
    cpu: list[float] = []
    floor: list[float] = []
    line = b'{"action":1,"entries":[{"seq":1,"claim":"0123456789abcdef","to":"verified"}]}\n'
    probe = os.path.join(os.path.dirname(path), "fsync-floor.probe")
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o644)
    try:
        for r in range(runs):
            with ClaimStore(path) as s:
                ids = [c.id for c in s.claims()]
                gc.collect()
                for w in range(writes):
                    cid = rng.choice(ids)
                    status = rng.choice(STATUSES)
                    t0, c0 = time.perf_counter(), time.process_time()
                    s.mark([cid], status, note=f"run {r} write {w}", reviewer="bench")
                    wall.append(time.perf_counter() - t0)
                    cpu.append(time.process_time() - c0)
                    t0 = time.perf_counter()
                    os.write(fd, line)
                    os.fsync(fd)
                    floor.append(time.perf_counter() - t0)
    finally:
        os.close(fd)
        os.unlink(probe)
    return wall, cpu, floor


def stock_tinydb_latencies(path: str, runs: int, writes: int, seed: int = 13) -> list[float]:
    """Seconds per stock TinyDB JSONStorage update of one claim document."""
    from tinydb import TinyDB
    from tinydb.storages import JSONStorage

    rng = random.Random(seed)
    out: list[float] = []
    for _ in range(runs):
        db = TinyDB(path, storage=JSONStorage)
        table = db.table("claims")
        doc_ids = [int(k) for k in (db.storage.read() or {}).get("claims", {})]
        gc.collect()
        for _ in range(writes):
            doc_id = rng.choice(doc_ids)
            t0 = time.perf_counter()
            table.update({"status": rng.choice(STATUSES)}, doc_ids=[doc_id])
            out.append(time.perf_counter() - t0)
        db.close()
    return out


def measure(n_claims: int, runs: int, writes: int, peer_writes: int) -> list[Result]:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="store-bench-", dir=OUT))
    try:
        path = str(tmp / "store.json")
        log(f"building a store of ~{n_claims:,} claims ...")
        built = build_store(path, n_claims)
        size_mb = built["bytes"] / 1e6
        log(f"built {built['claims']:,} claims, {size_mb:.1f} MB in {built['seconds']:.1f} s")

        opens, cpus, rss = [], [], []
        for i in range(runs):
            iso = run_isolated("benchmarks.bench_store:open_once", path)
            opens.append(iso.value["seconds"])
            cpus.append(iso.value["cpu"])
            rss.append(iso.peak_rss_mb)
            log(f"open run {i + 1}/{runs}: {opens[-1]:.3f} s, peak {rss[-1]:.0f} MB")

        ours, ours_cpu, floor = mark_latencies(path, runs, writes)
        log(f"mark: median {median(ours) * 1e3:.3f} ms, p95 {p95(ours) * 1e3:.3f} ms")
        log(f"bare fsync'd append: median {median(floor) * 1e3:.3f} ms")

        peer_path = str(tmp / "stock.json")
        shutil.copyfile(path, peer_path)
        peer = stock_tinydb_latencies(peer_path, runs, peer_writes)
        log(f"stock TinyDB update: median {median(peer) * 1e3:.0f} ms")
        ms = 1e3
        n = built["claims"]
        return [
            Result(
                f"store open + claims() @{n:,} claims",
                "s",
                median(opens),
                p95(opens),
                target=1.0,
                check="p95",
                runs=runs,
                note=f"fresh interpreter; {size_mb:.0f} MB store; peak RSS {max(rss):.0f} MB",
            ),
            Result(
                f"store open + claims() @{n:,} claims, CPU time",
                "s",
                median(cpus),
                p95(cpus),
                runs=runs,
                note="CPU seconds of the same opens (wall time less waiting on a busy box)",
            ),
            Result(
                f"durable verdict write @{n:,} claims",
                "ms",
                median(ours) * ms,
                p95(ours) * ms,
                target=5.0,
                check="p95",
                peer_name="stock TinyDB JSONStorage update",
                peer_median=median(peer) * ms,
                peer_p95=p95(peer) * ms,
                min_ratio=100.0,
                runs=len(ours),
                note=f"{runs} runs x {writes} marks; peer {runs} x {peer_writes} updates",
            ),
            Result(
                f"durable verdict write @{n:,} claims, CPU time",
                "ms",
                median(ours_cpu) * ms,
                p95(ours_cpu) * ms,
                runs=len(ours_cpu),
                note="the store's own cost per mark (the rest is waiting for the disk)",
            ),
            Result(
                "bare append+fsync, same disk (floor)",
                "ms",
                median(floor) * ms,
                p95(floor) * ms,
                runs=len(floor),
                note="one after each mark, same directory: the disk's fsync cost then",
            ),
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(quick: bool) -> list[Result]:
    if quick:
        return measure(1_000, runs=2, writes=50, peer_writes=10)
    return measure(100_000, runs=5, writes=200, peer_writes=5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 claims, 2 runs")
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--writes", type=int, default=200, help="marks per run")
    ap.add_argument("--peer-writes", type=int, default=5, help="stock TinyDB updates per run")
    a = ap.parse_args(argv)
    results = run(True) if a.quick else measure(a.claims, a.runs, a.writes, a.peer_writes)
    head = ("figure", "median", "p95", "target", "peer median", "peer p95", "ratio", "result")
    rows = []
    for r in results:
        ratio = r.ratio
        target = f"p95 <= {r.target:g} {r.unit}" if r.target is not None else "-"
        if r.min_ratio:
            target += f"; >= {r.min_ratio:g}x peer"
        rows.append(
            (
                r.name,
                f"{r.median:.3f} {r.unit}",
                f"{r.p95:.3f} {r.unit}" if r.p95 is not None else "-",
                target,
                f"{r.peer_median:.1f} {r.unit}" if r.peer_median is not None else "-",
                f"{r.peer_p95:.1f} {r.unit}" if r.peer_p95 is not None else "-",
                f"{ratio:.0f}x" if ratio is not None else "-",
                r.verdict,
            )
        )
    widths = [max(len(str(x[i])) for x in (head, *rows)) for i in range(len(head))]
    for row in (head, *rows):
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    for r in results:
        if r.note:
            print(f"- {r.name}: {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
