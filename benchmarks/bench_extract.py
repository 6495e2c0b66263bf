"""Extraction speed on the generated corpus, beside quantulum3 (numbers) and dateparser
(dates) on the same text, and how many annotated figures and dates each one finds.

Ours runs the whole pipeline (read, decode, clean, sentences, speech, figures, dates,
hedges) in one process on one core; each peer does one of those jobs only. The peers are
two orders of magnitude slower per article, so they run on the first articles of the same
corpus (their rate is per article, so the figures compare).
"""

from __future__ import annotations

import datetime as dt
import json
import time
import warnings
from pathlib import Path

from benchmarks import corpus
from benchmarks.harness import ROOT, Result, has_module, log, median, p95

TARGET_ARTICLES_PER_S = 200.0


def _peers_available() -> tuple[bool, bool]:
    return has_module("quantulum3"), has_module("dateparser")


def _extract_files(paths: list[Path], published: dict[str, str]) -> tuple[float, float, int, list]:
    """Extract every file once: (wall s, cpu s, words, per-article seconds)."""
    from claimdesk.extract import extract_path

    per = []
    words = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for p in paths:
        a0 = time.perf_counter()
        ext = extract_path(str(p), published=published.get(p.name))
        per.append(time.perf_counter() - a0)
        words += ext.words
    return time.perf_counter() - t0, time.process_time() - c0, words, per


def _manifest(d: Path) -> dict[str, str]:
    return {k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()}


def _speed(quick: bool) -> list[Result]:
    n_small, n_large = (20, 40) if quick else (1_000, 10_000)
    runs = 2 if quick else 5
    d = corpus.corpus_dir(n_large)
    pub = _manifest(d)
    paths = sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md", ".html"))
    out: list[Result] = []

    # 1,000 articles, `runs` times
    small = paths[:n_small]
    _extract_files(small[: min(50, n_small)], pub)  # warm-up: imports, regex compilation
    rates, wrates, crates, per_all = [], [], [], []
    for i in range(runs):
        wall, cpu, words, per = _extract_files(small, pub)
        rates.append(len(small) / wall)
        wrates.append(words / wall)
        crates.append(len(small) / cpu)
        per_all += per
        log(f"extract {len(small)} articles run {i + 1}/{runs}: {rates[-1]:.0f} articles/s")
    avg_words = words / len(small)
    out.append(
        Result(
            f"extraction, {n_small:,} articles",
            "articles/s",
            median(rates),
            min(rates),
            target=TARGET_ARTICLES_PER_S,
            higher_is_better=True,
            runs=runs,
            note=f"median of {runs} runs; p95 column = slowest run; {avg_words:.0f} words/article",
        )
    )
    out.append(
        Result(
            f"extraction words/s, {n_small:,} articles",
            "words/s",
            median(wrates),
            min(wrates),
            higher_is_better=True,
            runs=runs,
        )
    )
    out.append(
        Result(
            f"extraction by CPU time, {n_small:,} articles",
            "articles/s",
            median(crates),
            min(crates),
            target=TARGET_ARTICLES_PER_S,
            higher_is_better=True,
            runs=runs,
            note="articles per CPU-second of the one process: the speed on one core",
        )
    )
    out.append(
        Result(
            "extraction latency per article",
            "ms",
            median(per_all) * 1000,
            p95(per_all) * 1000,
            runs=len(per_all),
        )
    )

    # 10,000 articles: one pass in 5 batches, median of the batches
    batch = len(paths) // runs
    brates, bwrates, bcrates, total_words = [], [], [], 0
    t0 = time.perf_counter()
    for i in range(runs):
        wall, cpu, words, _per = _extract_files(paths[i * batch : (i + 1) * batch], pub)
        brates.append(batch / wall)
        bcrates.append(batch / cpu)
        bwrates.append(words / wall)
        total_words += words
        log(f"extract {n_large} articles batch {i + 1}/{runs}: {brates[-1]:.0f} articles/s")
    total = time.perf_counter() - t0
    out.append(
        Result(
            f"extraction, {n_large:,} articles",
            "articles/s",
            median(brates),
            min(brates),
            target=TARGET_ARTICLES_PER_S,
            higher_is_better=True,
            runs=runs,
            note=f"{runs} batches of {batch:,}; whole pass {total:.1f} s, "
            f"{total_words / total:,.0f} words/s",
        )
    )
    out.append(
        Result(
            f"extraction by CPU time, {n_large:,} articles",
            "articles/s",
            median(bcrates),
            min(bcrates),
            target=TARGET_ARTICLES_PER_S,
            higher_is_better=True,
            runs=runs,
            note="articles per CPU-second of the one process: the speed on one core",
        )
    )
    out.append(
        Result(
            f"extraction words/s, {n_large:,} articles",
            "words/s",
            median(bwrates),
            min(bwrates),
            higher_is_better=True,
            runs=runs,
        )
    )
    return out


def _peer_speed(quick: bool, ours_rate: float) -> list[Result]:
    have_q, have_d = _peers_available()
    runs = 2 if quick else 5
    d = corpus.corpus_dir(40 if quick else 10_000)
    pub = _manifest(d)
    texts = [
        (p.read_text(encoding="utf-8"), pub[p.name])
        for p in sorted(d.iterdir())
        if p.suffix == ".txt"
    ]
    out: list[Result] = []
    if have_q:
        warnings.filterwarnings("ignore", module="quantulum3")
        from quantulum3 import parser as qparser

        sample = texts[: 2 if quick else 10]
        qparser.parse(sample[0][0])  # warm-up: loads its unit tables
        rates = []
        for i in range(runs):
            t0 = time.perf_counter()
            for text, _ in sample:
                qparser.parse(text)
            rates.append(len(sample) / (time.perf_counter() - t0))
            log(f"quantulum3 run {i + 1}/{runs}: {rates[-1]:.1f} articles/s")
        out.append(
            Result(
                "extraction vs quantulum3 (numbers only)",
                "articles/s",
                ours_rate,
                None,
                higher_is_better=True,
                peer_name="quantulum3 parser.parse",
                peer_median=median(rates),
                peer_p95=min(rates),
                runs=runs,
                note=f"peer on the first {len(sample)} .txt articles, {runs} runs",
            )
        )
    if have_d:
        from dateparser.search import search_dates

        sample = texts[: 3 if quick else 25]
        rates = []
        for i in range(runs + 1):  # the first run warms its caches and is dropped
            t0 = time.perf_counter()
            for text, published in sample:
                base = dt.datetime.fromisoformat(published)
                search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
            if i:
                rates.append(len(sample) / (time.perf_counter() - t0))
                log(f"dateparser run {i}/{runs}: {rates[-1]:.1f} articles/s")
        out.append(
            Result(
                "extraction vs dateparser (dates only)",
                "articles/s",
                ours_rate,
                None,
                higher_is_better=True,
                peer_name="dateparser search_dates (en)",
                peer_median=median(rates),
                peer_p95=min(rates),
                runs=runs,
                note=f"peer on the first {len(sample)} .txt articles, {runs} runs",
            )
        )
    return out


# -- how many annotated figures and dates each finds -----------------------------------


def gold_sets() -> list[tuple[Path, dict]]:
    """Annotated articles: sample_data/gold.json and the seeds beside the repo, if present."""
    found = []
    for g in (ROOT / "sample_data" / "gold.json", ROOT.parent / "shared" / "seeds" / "gold.json"):
        if g.exists():
            try:
                found.append((g, json.loads(g.read_text(encoding="utf-8"))))
            except ValueError:
                log(f"skipping unreadable {g}")
    return found


def _value_match(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _gold_articles() -> list[tuple[Path, str | None, list[dict], list[dict]]]:
    """(file, published, gold numbers, gold dates) per annotated article."""
    out = []
    for gpath, gold in gold_sets():
        arts = gold.get("articles", {})
        items = arts.items() if isinstance(arts, dict) else ((a.get("path"), a) for a in arts)
        for name, art in items:
            f = gpath.parent / Path(str(name)).name
            if not f.exists():
                continue
            top = gold.get("published")
            published = art.get("published") or (
                top.get(str(name)) if isinstance(top, dict) else top
            )
            out.append((f, published, art.get("numbers", []), art.get("dates", [])))
    return out


def _date_ok(gold: dict, text: str, resolved: str | None) -> bool:
    gt, gr = gold.get("text", "").lower(), gold.get("resolved")
    t = text.lower()
    if not (gt in t or t in gt) or not t.strip():
        return False
    return gr is None or (resolved is not None and resolved[: len(gr)] == gr)


def _recall(quick: bool) -> list[Result]:
    from claimdesk.extract import ExtractError, extract_path

    have_q, have_d = _peers_available()
    arts = _gold_articles()
    if quick:
        arts = arts[:2]
    if not arts:
        return []
    n_num = sum(len(a[2]) for a in arts)
    n_date = sum(len(a[3]) for a in arts)
    ours_n = ours_d = q_n = d_d = 0
    all_ours_n = all_ours_d = all_q = all_d = 0  # everything each one reports
    if have_q:
        warnings.filterwarnings("ignore", module="quantulum3")
        from quantulum3 import parser as qparser
    if have_d:
        from dateparser.search import search_dates
    for f, published, gnums, gdates in arts:
        try:
            ext = extract_path(str(f), published=published)
        except ExtractError as exc:
            log(f"ours failed on {f.name}: {exc}")
            continue
        body = ext.body
        all_ours_n += len(ext.numbers)
        all_ours_d += len(ext.dates)
        ours_n += sum(any(_value_match(n.value, g["value"]) for n in ext.numbers) for g in gnums)
        ours_d += sum(any(_date_ok(g, d.text, d.resolved) for d in ext.dates) for g in gdates)
        if have_q:
            qs = qparser.parse(body)
            all_q += len(qs)
            q_n += sum(any(_value_match(q.value, g["value"]) for q in qs) for g in gnums)
        if have_d and published:
            base = dt.datetime.fromisoformat(published)
            found = search_dates(body, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            all_d += len(found)
            # dateparser fills a missing day or month from the base date, so compare the
            # prefix the annotation resolves to (month-precision "2024-06" etc.)
            d_d += sum(any(_date_ok(g, t, v.date().isoformat()) for t, v in found) for g in gdates)
    out = []
    files = f"{len(arts)} annotated articles"
    if n_num:
        out.append(
            Result(
                "annotated figures found (value)",
                "%",
                100 * ours_n / n_num,
                None,
                higher_is_better=True,
                peer_name="quantulum3" if have_q else None,
                peer_median=100 * q_n / n_num if have_q else None,
                note=f"{ours_n}/{n_num} ours, {q_n}/{n_num} quantulum3; {files}; items "
                f"reported in all: ours {all_ours_n}, quantulum3 {all_q} (it also returns "
                "years, dates and ordinals)",
            )
        )
    if n_date:
        out.append(
            Result(
                "annotated dates found and resolved",
                "%",
                100 * ours_d / n_date,
                None,
                higher_is_better=True,
                peer_name="dateparser search_dates" if have_d else None,
                peer_median=100 * d_d / n_date if have_d else None,
                note=f"{ours_d}/{n_date} ours, {d_d}/{n_date} dateparser; {files}; items "
                f"reported in all: ours {all_ours_d}, dateparser {all_d}",
            )
        )
    return out


def _beside_previous(quick: bool, n: int = 1_000, runs: int = 5) -> list[Result]:
    """This checkout's extraction beside the previous code's (benchmarks/previous.py,
    EXTRACT_PREVIOUS) on the same 1,000 articles: a fresh process per side and round, in
    alternating order, each timing its own CPU (benchmarks/extract_ab.py). Not in a
    quick run: laying out the previous code alone takes seconds."""
    if quick:
        return []
    import tempfile

    from benchmarks.extract_ab import cpu_per_article, sides
    from benchmarks.previous import EXTRACT_PREVIOUS, previous_commit

    rates: dict[str, list[float]] = {"base": [], "now": []}
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-") as tmp:
        try:
            run_side = sides(None, Path(tmp))
        except SystemExit as exc:  # git cannot give the commit: say so in the table
            raise RuntimeError(str(exc)) from None
        for r in range(runs):
            for side in ("base", "now") if r % 2 == 0 else ("now", "base"):
                rates[side].append(1 / cpu_per_article(run_side[side], n))
            log(
                f"extract beside previous, round {r + 1}/{runs}: now {rates['now'][-1]:.0f}/s, "
                f"previous {rates['base'][-1]:.0f}/s"
            )
    return [
        Result(
            f"extraction by CPU time beside the previous code, {n:,} articles",
            "articles/s",
            median(rates["now"]),
            min(rates["now"]),
            higher_is_better=True,
            peer_name=f"previous code ({previous_commit(EXTRACT_PREVIOUS)})",
            peer_median=median(rates["base"]),
            peer_p95=min(rates["base"]),
            min_ratio=1.5,
            runs=runs,
            note="a fresh process per side and round, alternating; read, clean, extract, "
            "to_dict, json.dumps as `claimdesk extract`; issue 18's target 1.5x",
        )
    ]


def run(quick: bool) -> list[Result]:
    results = _speed(quick)
    results += _beside_previous(quick)
    ours_rate = results[0].median
    results += _peer_speed(quick, ours_rate)
    results += _recall(quick)
    return results
