"""Cross-article comparison (extract/compare.py) on 100,000 synthetic claims.

The corpus: stories covered by several outlets each; every outlet cites some of the
story's people (spelled its own way now and then), repeats some of their quotes with
small changes, and gives figures about the story's subjects with qualifiers. Words are
drawn from a Zipf-like vocabulary so that common words are common, as in news text.

Ours blocks candidates by normalised keys; the peer is the obvious alternative, every
pair of claims compared by rapidfuzz token_set_ratio, timed on a slice and extrapolated
quadratically to the full size (it would take hours to run for real).

Every run is cold, in a fresh process (warm caches from an earlier run in the same process
would flatter the figure), and a second set of runs compares the 100k-claim corpus store
the other runners use, read from disk the way the dashboard and `claimdesk compare` read
it: real extraction output, with its officials quoted across thousands of articles.

    python -m benchmarks --only compare          # via the harness
    python -m benchmarks.bench_compare [--quick]  # standalone, prints the figures
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

from benchmarks.harness import Result, log, median, p95

TARGET_S = 10.0
GIVEN = [
    "Anna",
    "Boris",
    "Carla",
    "Dmytro",
    "Elena",
    "Farid",
    "Greta",
    "Hanna",
    "Igor",
    "Jonas",
    "Karin",
    "Lena",
    "Marek",
    "Nadia",
    "Oleg",
    "Petra",
    "Rania",
    "Stefan",
    "Tomas",
    "Ulla",
    "Viktor",
    "Wanda",
    "Yuri",
    "Zofia",
]
SURNAME_SYL = [
    "ka",
    "lo",
    "ven",
    "dra",
    "mir",
    "sol",
    "tan",
    "bek",
    "rus",
    "hol",
    "gar",
    "nev",
    "pol",
    "tor",
    "lin",
    "mar",
    "sen",
    "vol",
]
PLACES = [
    "Norvalia",
    "Ostrava",
    "Kelloran",
    "Westmarch",
    "Brennock",
    "Harrow",
    "Velmora",
    "Aster",
    "Calder",
    "Tamsin",
]
NOUNS = ["troops", "soldiers", "people", "homes", "casualties", "refugees", "tonnes"]
EVENTS = ["sent", "killed", "displaced", "captured", "spent", "built"]
QUALS = [None, None, None, "at least", "about", "more than", "up to", "nearly"]


def _vocab(rng: random.Random, n: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))))
    return sorted(words)


_WEIGHTS: list[float] = []


def _zipf_words(rng: random.Random, vocab: list[str], k: int) -> list[str]:
    # Zipf-Mandelbrot over content words (rank r weighs 1 / (r + 50)): the commonest
    # word is about 0.3% of the text, as content words are once stopwords are gone
    if len(_WEIGHTS) != len(vocab):
        _WEIGHTS[:] = list(accumulate(1.0 / (r + 50) for r in range(1, len(vocab) + 1)))
    return rng.choices(vocab, cum_weights=_WEIGHTS, k=k)


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SURNAME_SYL) for _ in range(3)).capitalize()


def _variant(rng: random.Random, name: str) -> str:
    """Another outlet's spelling: a title, a dropped letter, or just the surname."""
    given, surname = name.split(" ", 1)
    r = rng.random()
    if r < 0.15:
        return f"Minister {name}"
    if r < 0.25 and len(given) > 5:
        i = rng.randrange(2, len(given) - 1)
        return f"{given[:i] + given[i + 1 :]} {surname}"
    if r < 0.35:
        return f"General {surname}"
    return name


def synthetic(n_claims: int, seed: int = 7):
    """CompareArticles holding about `n_claims` claims."""
    from claimdesk.extract.compare import CompareArticle, CompareClaim, CompareDate
    from claimdesk.extract.record import Source

    rng = random.Random(seed)
    vocab = _vocab(rng)
    per_article = 40
    n_articles = max(2, n_claims // per_article)
    outlets = [f"Outlet {i}" for i in range(60)]
    articles: list[CompareArticle] = []
    story_count = max(1, n_articles // 5)
    stories = []
    for _ in range(story_count):
        people = [f"{rng.choice(GIVEN)} {_surname(rng)}" for _ in range(6)]
        quotes = [" ".join(_zipf_words(rng, vocab, rng.randint(6, 18))) for _ in range(8)]
        figures = [
            (rng.choice(PLACES), rng.choice(NOUNS), rng.choice(EVENTS), rng.randint(1, 500) * 100)
            for _ in range(4)
        ]
        stories.append((people, quotes, figures))
    cid = 0
    for a in range(n_articles):
        people, quotes, figures = stories[a % story_count]
        aid = f"a{a}"
        names = {p: _variant(rng, p) for p in rng.sample(people, 4)}
        sources = [Source(v, "person", "official") for v in names.values()]
        claims = []
        for _ in range(per_article):
            speaker = rng.choice(list(names.values()))
            r = rng.random()
            if r < 0.35:
                q = rng.choice(quotes).split()
                q = q[: rng.randint(max(3, len(q) - 3), len(q))]
                text = " ".join(q)
                claims.append(CompareClaim(f"c{cid}", "quote", text, speaker, context=text))
            elif r < 0.75:
                text = " ".join(_zipf_words(rng, vocab, rng.randint(8, 25)))
                claims.append(CompareClaim(f"c{cid}", "statement", text, speaker, context=text))
            else:
                place, noun, event, value = rng.choice(figures)
                value = value if rng.random() < 0.7 else value + rng.randint(-5, 5) * 100
                qual = rng.choice(QUALS)
                phrase = f"{qual + ' ' if qual else ''}{value:,} {noun}"
                ctx = f"{speaker} said {place} had {event} {phrase} this year."
                claims.append(
                    CompareClaim(
                        f"c{cid}", "number", phrase, speaker, value=value, qualifier=qual,
                        noun=noun, context=ctx,
                    )
                )  # fmt: skip
            cid += 1
        dates = [
            CompareDate("Monday", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "day", "Something happened on Monday.", None, id=f"{aid}:d{i}")
            for i in range(3)
        ]  # fmt: skip
        articles.append(
            CompareArticle(aid, outlets[a % len(outlets)], "2024-12-17", sources, claims, dates)
        )
    return articles


def _all_pairs_seconds(articles, limit: int) -> tuple[float, int]:
    """The peer: every cross-article pair of `limit` claims by token_set_ratio."""
    from rapidfuzz.fuzz import token_set_ratio

    flat = [(a.article_id, c.text) for a in articles for c in a.claims][:limit]
    t0 = time.perf_counter()
    hits = 0
    for i, (ai, ti) in enumerate(flat):
        for aj, tj in flat[i + 1 :]:
            if ai != aj and token_set_ratio(ti, tj) >= 80:
                hits += 1
    return time.perf_counter() - t0, len(flat)


def measure_synthetic(n: int) -> dict:
    """One cold comparison (a fresh process: no warm caches) of `n` synthetic claims."""
    from claimdesk.extract.compare import compare

    articles = synthetic(n)
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    result = compare(articles)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "cpu": cpu,
        "wall": wall,
        "claims": sum(len(a.claims) for a in articles),
        "articles": len(articles),
        "groups": {k: len(result.of_kind(k)) for k in ("same-entity", "same-claim", "figures")},
    }


def measure_store(path: str, kept_features: bool = True) -> dict:
    """What the dashboard and `claimdesk compare` do, cold: read the articles and claims
    of a stored desk into comparison inputs, then compare them (nothing written).
    `kept_features=False`: as for a desk ingested before ingest kept the comparison
    features (store/features.py), or by another version of them: every article is read."""
    from claimdesk.extract.compare import compare
    from claimdesk.store import comparison, features
    from claimdesk.store.claimstore import ClaimStore

    if not kept_features:
        features.read_raw = lambda store_path: {}
        features.read_entries = lambda store, prints: {}
    store = ClaimStore(path, readonly=True)
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    inputs = comparison.build_inputs(store)
    c1 = time.process_time()
    result = compare(inputs, decisions=comparison.decisions(store))
    wall, c2 = time.perf_counter() - t0, time.process_time()
    return {
        "read_cpu": c1 - c0,
        "compare_cpu": c2 - c1,
        "cpu": c2 - c0,
        "wall": wall,
        "claims": sum(len(a.claims) for a in inputs),
        "articles": len(inputs),
        "groups": {k: len(result.of_kind(k)) for k in ("same-entity", "same-claim", "figures")},
    }


def measure_dashboard(path: str) -> dict:
    """The dashboard on a big desk, asked to compare (as `b`, `m` or `=` ask): seconds
    until the comparison is shown, and the dashboard process's peak memory (the
    comparison itself runs in a child process; its own peak is in measure_store)."""
    import asyncio
    import resource

    from claimdesk.tui.app import ClaimdeskApp

    async def main() -> dict:
        app = ClaimdeskApp(path)
        async with app.run_test(size=(160, 50)) as pilot:
            while not app.loaded.is_set():
                await pilot.pause(0.1)
            t0 = time.perf_counter()
            app.compare_refresh()
            while app.comparison.result is None:
                await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            shown = time.perf_counter() - t0
            await pilot.press("j")
            await pilot.pause(0.2)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"seconds": shown, "peak_mb": peak}

    return asyncio.run(main())


def _cold_runs(
    count: int, target: str, *args: object, say: Callable[[int, dict], str]
) -> list[dict]:
    """`target(*args)` in `count` fresh processes, each logged as `say(run number, its
    result)`; the results, with each run's peak RSS added."""
    from benchmarks.harness import run_isolated

    out = []
    for i in range(count):
        iso = run_isolated(target, *args)
        out.append({**iso.value, "rss": iso.peak_rss_mb})
        log("compare: " + say(i + 1, out[-1]))
    return out


def _cli_runs(tmp: Path, claims: int, runs: int) -> dict[str, dict[str, list[float]]]:
    """`claimdesk compare --format jsonl` on a copy of the corpus store (the verb reads
    it read-only and none is cached: each run computes), this checkout and the previous code
    (benchmarks/previous.py) in turns; wall, CPU and peak RSS of each process."""
    from benchmarks import corpus
    from benchmarks.bench_scale import run_cli
    from benchmarks.previous import previous_desk, previous_tree

    store = corpus.fresh_store(claims, tmp / "cli")  # (compare opens it read-only: no cache)
    tree = None if runs < 2 else previous_tree(tmp / "previous")
    # the previous code's own copy, in a schema it reads
    desks = {
        "ours": store,
        "previous": None if tree is None else previous_desk(tree, claims, tmp / "cli-prev"),
    }
    out: dict[str, dict[str, list[float]]] = {}
    for _ in range(runs):
        for label, where in (("ours", None), ("previous", tree)):
            if label == "previous" and where is None:
                continue
            one = run_cli(Path(desks[label]), where, "compare", "--format", "jsonl")
            got = out.setdefault(label, {"wall": [], "cpu": [], "rss": []})
            for k, v in one.items():
                got[k].append(v)
            log(f"compare: CLI ({label}): {one['wall']:.2f} s wall, {one['rss']:.0f} MB")
    return out


def run(quick: bool = False) -> list[Result]:
    from benchmarks import corpus
    from benchmarks.harness import run_isolated

    n = 5_000 if quick else 100_000
    runs = 2 if quick else 5
    load0 = os.getloadavg()[0]
    log(f"compare: {runs} cold runs on {n:,} synthetic claims, each in a fresh process")
    synth = _cold_runs(
        runs,
        "benchmarks.bench_compare:measure_synthetic",
        n,
        say=lambda i, v: f"run {i}/{runs}: {v['wall']:.2f} s wall, {v['cpu']:.2f} s CPU",
    )
    store_claims = 1_000 if quick else 100_000
    path = str(corpus.store_path(store_claims))
    log(f"compare: {runs} cold runs on the {store_claims:,}-claim corpus store {path}")

    def read_and_compare(v: dict) -> str:
        return (
            f"read {v['read_cpu']:.2f} s + compare {v['compare_cpu']:.2f} s CPU, "
            f"{v['wall']:.2f} s wall, {v['rss']:.0f} MB"
        )

    stored = _cold_runs(
        runs,
        "benchmarks.bench_compare:measure_store",
        path,
        say=lambda i, v: f"store run {i}/{runs}: " + read_and_compare(v),
    )
    legacy = _cold_runs(
        max(1, runs - 2),
        "benchmarks.bench_compare:measure_store",
        path,
        False,
        say=lambda i, v: f"store run without kept features {i}: " + read_and_compare(v),
    )
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-compare-") as tmp:
        cli = _cli_runs(Path(tmp), store_claims, 1 if quick else 3)
        desk = str(corpus.fresh_store(store_claims, Path(tmp) / "desk"))  # writes its cache
        dash = run_isolated("benchmarks.bench_compare:measure_dashboard", desk).value
    log(f"compare: dashboard: shown after {dash['seconds']:.1f} s, peak {dash['peak_mb']:.0f} MB")
    articles = synthetic(n)
    total = sum(len(a.claims) for a in articles)
    slice_n = 600 if quick else 2_000
    peer_s, peer_n = _all_pairs_seconds(articles, slice_n)
    peer_full = peer_s * (total / peer_n) ** 2
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    kinds = synth[-1]["groups"]
    skinds = stored[-1]["groups"]
    sn = stored[-1]["claims"]
    during = f"load average {load0:.1f} -> {load:.1f} on {os.cpu_count()} cores"
    return [
        Result(
            name=f"compare {total:,} claims, CPU",
            unit="s",
            median=median([r["cpu"] for r in synth]),
            p95=p95([r["cpu"] for r in synth]),
            target=TARGET_S if not quick else None,
            runs=runs,
            note=f"synthetic stories, {synth[-1]['articles']:,} articles; each run cold in a "
            f"fresh process, CPU time of compare(); peak RSS "
            f"{max(r['rss'] for r in synth):.0f} MB; {during}",
        ),
        Result(
            name=f"compare {total:,} claims",
            unit="s",
            median=median([r["wall"] for r in synth]),
            p95=p95([r["wall"] for r in synth]),
            peer_name="all pairs, rapidfuzz token_set_ratio",
            peer_median=peer_full,
            runs=runs,
            note=", ".join(f"{v:,} {k}" for k, v in kinds.items())
            + f"; peer timed on {peer_n:,} claims ({peer_s:.1f} s), extrapolated n^2",
        ),
        Result(
            name=f"compare a stored desk of {sn:,} claims (read + compare), CPU",
            unit="s",
            median=median([r["cpu"] for r in stored]),
            p95=p95([r["cpu"] for r in stored]),
            target=TARGET_S if not quick else None,
            runs=runs,
            note=f"the corpus store ({stored[-1]['articles']:,} articles), cold: reading "
            f"inputs {median([r['read_cpu'] for r in stored]):.2f} s + compare() "
            f"{median([r['compare_cpu'] for r in stored]):.2f} s (medians); wall "
            f"{median([r['wall'] for r in stored]):.2f} s; peak RSS "
            f"{max(r['rss'] for r in stored):.0f} MB with the store open; "
            + ", ".join(f"{v:,} {k}" for k, v in skinds.items())
            + f"; {during}",
        ),
        Result(
            name="the same desk without kept features (read every article + compare), CPU",
            unit="s",
            median=median([r["cpu"] for r in legacy]),
            p95=p95([r["cpu"] for r in legacy]),
            runs=len(legacy),
            note="once, for a desk ingested before ingest kept each article's comparison "
            "features (or by another version of them); a writable store keeps them then: "
            f"reading inputs {median([r['read_cpu'] for r in legacy]):.2f} s + compare() "
            f"{median([r['compare_cpu'] for r in legacy]):.2f} s (medians)",
        ),
        *_cli_results(cli, sn, quick),
        Result(
            name=f"dashboard peak memory with the comparison @{sn:,} claims",
            unit="MB",
            median=dash["peak_mb"],
            target=500.0 if not quick else None,
            runs=1,
            note=f"the desk loaded, then compared on demand in a child process: shown after "
            f"{dash['seconds']:.1f} s wall (child start, store read, compare, hand-over)",
        ),
    ]


def _cli_results(cli: dict[str, dict[str, list[float]]], n: int, quick: bool) -> list[Result]:
    from benchmarks.previous import previous_commit

    ours, prev = cli["ours"], cli.get("previous")
    peer = f"previous code ({previous_commit()})" if prev else None
    note = (
        f"a fresh process per run, nothing cached; CPU "
        f"{median(ours['cpu']):.2f} s"
        + (f", previous {median(prev['cpu']):.2f} s" if prev else "")
        + "; runs alternate with the previous code's"
    )
    return [
        Result(
            name=f"claimdesk compare, a stored desk of {n:,} claims",
            unit="s",
            median=median(ours["wall"]),
            p95=p95(ours["wall"]),
            target=3.0 if not quick else None,
            peer_name=peer,
            peer_median=median(prev["wall"]) if prev else None,
            runs=len(ours["wall"]),
            note=note,
        ),
        Result(
            name=f"claimdesk compare peak memory, a stored desk of {n:,} claims",
            unit="MB",
            median=max(ours["rss"]),
            target=400.0 if not quick else None,
            peer_name=peer,
            peer_median=max(prev["rss"]) if prev else None,
            runs=len(ours["rss"]),
            note="peak RSS of the process (os.wait4), the largest of the runs",
        ),
    ]


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        p95_ = "" if r.p95 is None else f", p95 {r.p95:.2f}"
        print(f"{r.name}: median {r.median:.2f}{p95_} {r.unit} over {r.runs} runs")
        if r.peer_median is not None:
            print(f"  peer ({r.peer_name}): about {r.peer_median:,.0f} s")
        print(f"  {r.note}")
