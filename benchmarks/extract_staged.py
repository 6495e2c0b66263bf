"""The same extraction work, article by article or stage by stage over a batch:
`python -m benchmarks.extract_staged [-n N] [--batch B] [--rounds R]`.

`extract_path` takes one article through every stage (reading and cleaning, sentences,
speech, figures, dates, hedges, the record and its JSON) before the next article. Each
stage is a large body of code of its own, and an article's run through all of them
leaves little of the previous stage's code and tables in the CPU's caches: the same
instructions cost more than when one stage runs over many articles in a row
(benchmarks/RESULTS.md, "Extraction 1.5x, seventh round"). This measures that: the first
N corpus articles, one process, the two orders alternating over R rounds after a
warm-up, CPU time per article. The staged order reads and cleans B articles, then splits
all B into sentences, then analyses the speech of all B, then runs figures, dates and
hedges article by article (they share the article's folded copy, cached for two bodies),
then builds and dumps the records. It also checks that both orders give the same JSON,
article for article. A measurement, not the product's path: `claimdesk extract` and
ingest still go article by article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimdesk.extract import pipeline
from claimdesk.extract.document import Document
from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.reading import load
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
    """The same records, each stage run over a batch of articles before the next."""
    out: list[str] = []
    for i in range(0, len(paths), batch):
        with gc_paused():
            docs = [load(str(p)) for p in paths[i : i + batch]]
            out += map(_dump, _records(docs, days[i : i + batch]))
    return out


def _records(docs: list[Document], days: list[str | None]) -> list[Extraction]:
    """pipeline._extract's stages, each over every document in turn (speech and the
    sentences in a batch; figures, dates and hedges article by article)."""
    sents = [pipeline.split_sentences(d.body, d.paragraphs, d.headings) for d in docs]
    speeches = [pipeline.analyse(d, s) for d, s in zip(docs, sents, strict=True)]
    recs = []
    for doc, sentences, speech, day in zip(docs, sents, speeches, days, strict=True):
        pub_day = pipeline._parse_day(day or doc.published)
        body = doc.body
        numbers = pipeline.find_numbers(body, sentences)
        pipeline._assign_number_speakers(
            body, numbers, speech.quotes, speech.statements, sentences, speech
        )
        dates = pipeline.find_dates(body, sentences, pub_day)
        hedges = pipeline.find_hedges(body)
        pipeline.fold.cache_clear()
        pipeline.word_starts.cache_clear()
        recs.append(
            Extraction(
                path=doc.path,
                words=pipeline._count(pipeline._WORD, body),
                title=doc.title,
                publisher=doc.publisher,
                aggregator=doc.aggregator,
                published=pub_day.isoformat() if pub_day else None,
                url=doc.url,
                author=doc.author,
                body=body,
                sources=speech.sources,
                quotes=speech.quotes,
                statements=speech.statements,
                numbers=numbers,
                dates=dates,
                hedges=hedges,
            )
        )
    return recs


def _cpu(run: Callable[[], object], n: int) -> float:
    c0 = time.process_time()
    run()
    return (time.process_time() - c0) / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extract_staged", description=__doc__)
    ap.add_argument("-n", type=int, default=500, help="articles per round (default 500)")
    ap.add_argument("--batch", type=int, default=16, help="articles per batch (default 16)")
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
