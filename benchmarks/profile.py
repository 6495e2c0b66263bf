"""Where the time goes: `python -m benchmarks.profile [extract|ingest] [-n N]`.

Profiles the extraction pipeline (or ingest into a new store) over the first N articles
of the benchmark corpus with pyinstrument (the [bench] extra), or with cProfile when
pyinstrument is not installed, and prints the call tree / the top functions. It also
prints the CPU time per article without the profiler, the figure to compare with the
200 articles/s target.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpus
from benchmarks.harness import has_module


def _work(kind: str, n: int):
    d = corpus.corpus_dir(10_000)
    pub = {k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()}
    paths = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))[:n]

    if kind == "extract":
        from claimdesk.extract import extract_path

        def run() -> None:
            for p in paths:
                extract_path(str(p), published=pub[p.name])

        return run, len(paths)

    from claimdesk.store import ClaimStore
    from claimdesk.store.ingest import ingest_batch, ingest_path

    def run_ingest() -> None:
        with (
            tempfile.TemporaryDirectory() as tmp,
            ClaimStore(Path(tmp) / corpus.STORE_FILE) as st,
            ingest_batch(st),
        ):
            for p in paths:
                ingest_path(st, str(p), published=pub[p.name])

    return run_ingest, len(paths)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    ap.add_argument("what", nargs="?", choices=["extract", "ingest"], default="extract")
    ap.add_argument("-n", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--depth", type=int, default=40, help="pyinstrument: hide frames below")
    args = ap.parse_args(argv)
    run, count = _work(args.what, args.n)
    run()  # warm-up: imports, compiled patterns, caches
    c0 = time.process_time()
    run()
    cpu = time.process_time() - c0
    print(
        f"{args.what}: {count} articles, {cpu / count * 1000:.2f} ms CPU/article "
        f"= {count / cpu:.0f} articles/s by CPU time (no profiler)"
    )
    if has_module("pyinstrument"):
        from pyinstrument import Profiler

        prof = Profiler(interval=0.0005)
        prof.start()
        run()
        prof.stop()
        print(prof.output_text(unicode=False, color=False, show_all=False))
    else:
        import cProfile
        import pstats

        pr = cProfile.Profile(time.process_time)
        pr.enable()
        run()
        pr.disable()
        pstats.Stats(pr, stream=sys.stdout).sort_stats("cumtime").print_stats(
            r"extract/|store/", 30
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
