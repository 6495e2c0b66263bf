"""The same extraction work, article by article or stage by stage over a batch:
`python -m benchmarks.extract_staged [-n N] [--batch B] [--rounds R]`.

`extract_path` takes one article through every stage (reading and cleaning, sentences,
speech, figures, dates, hedges, the record and its JSON) before the next article. Each
stage is a large body of code of its own, and an article's run through all of them
leaves little of the previous stage's code and tables in the CPU's caches: the same
instructions cost more than when one stage runs over many articles in a row
(benchmarks/RESULTS.md, "Extraction 1.5x, seventh round"). extract.batch, which
`claimdesk extract` runs, reads B articles, then works out the sentences and speech of
all B, then the figures, dates, hedges and record of each. This measures the two orders
in one process, alternating over R rounds after a warm-up (the first N corpus articles,
CPU time per article), and checks that they give the same JSON, article for article."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimdesk.extract import pipeline
from claimdesk.extract.record import Extraction


def _dump(rec: Extraction) -> str:
    return json.dumps(rec.to_dict(), ensure_ascii=False, allow_nan=False)


def per_article(paths: list[Path], days: list[str | None]) -> list[str]:
    """What `claimdesk extract` prints, article by article."""
    return [
        _dump(pipeline.extract_path(str(p), published=day))
        for p, day in zip(paths, days, strict=True)
    ]


def staged(paths: list[Path], days: list[str | None], batch: int) -> list[str]:
    """The same records through extract.batch (what `claimdesk extract` of many files
    runs): a batch read, its sentences and speech, then the rest of each article."""
    from claimdesk.extract import batch as batching

    batching.BATCH = batch
    got = batching.extract_dated((str(p), day) for p, day in zip(paths, days, strict=True))
    return [_dump(rec) for _, rec in got]


def _cpu(run: Callable[[], object], n: int) -> float:
    c0 = time.process_time()
    run()
    return (time.process_time() - c0) / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extract_staged", description=__doc__)
    ap.add_argument("-n", type=int, default=500, help="articles per round (default 500)")
    ap.add_argument("--batch", type=int, default=32, help="articles per batch (default 32)")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    from benchmarks import corpus

    d = corpus.corpus_dir(max(args.n, 1000))
    pub = {k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()}
    every = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))
    paths, warm = every[: args.n], every[-50:]
    days, warm_days = [pub[p.name] for p in paths], [pub[p.name] for p in warm]
    per_article(warm, warm_days)
    staged(warm, warm_days, args.batch)
    if per_article(paths, days) != staged(paths, days, args.batch):
        print("the two orders gave different records")
        return 1
    sides = {
        "article by article": lambda: per_article(paths, days),
        f"staged, batches of {args.batch}": lambda: staged(paths, days, args.batch),
    }
    cpu: dict[str, list[float]] = {name: [] for name in sides}
    for r in range(args.rounds):
        for name in list(sides) if r % 2 == 0 else reversed(list(sides)):
            cpu[name].append(_cpu(sides[name], args.n))
    (a, one), (b, two) = ((k, statistics.median(v)) for k, v in cpu.items())
    ratios = ", ".join(f"{x / y:.3f}" for x, y in zip(cpu[a], cpu[b], strict=True))
    print(
        f"{args.n} articles, same records; CPU per article, median of {args.rounds} rounds: "
        f"{a} {one * 1000:.3f} ms, {b} {two * 1000:.3f} ms: {one / two:.3f}x (per round "
        f"{ratios})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
