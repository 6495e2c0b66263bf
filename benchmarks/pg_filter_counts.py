"""Issue 14: a server desk's pane under a source, article or reviewer filter at a million
claims: its count (the pane's subtitle; for a reviewer also the bounded count the
dashboard asks first, SEARCH_COUNT_CAP: "10,000+"), its first page and the keyset next
page, as the dashboard asks them (PgPagedStore.count and .page), on a desk made by SQL
(bench_pg.FILL_SQL: 5,000 speakers of 200 claims each, 10 claims an article, every 20th
claim reviewed by one reviewer; ten of those verdicts given to a second reviewer here).
Measured twice in one run: with migration 0004's indexes dropped (the schema before it)
and with them built again.

`ingest` measures what those indexes cost a `claimdesk ingest DIR` of corpus articles:
each round two fresh desks on one server, one with 0004's indexes and one without,
ingested in alternating order by the same code.

    .venv/bin/python -m benchmarks.pg_filter_counts [CLAIMS]           # default 1,000,000
    .venv/bin/python -m benchmarks.pg_filter_counts ingest ARTICLES ROUNDS
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.harness import log

REPEATS = 7
# migration 0004's indexes (store/pg_migrations/0004_filter_indexes.sql)
INDEXES_0004 = ("claims_speaker_lower_ord", "verdicts_reviewer", "verdicts_note_by")


def _timed(call: Callable[[], Any]) -> tuple[Any, float, float]:
    """(the last result, median ms, max ms) of REPEATS calls."""
    times, out = [], None
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        out = call()
        times.append((time.perf_counter() - t0) * 1000)
    return out, statistics.median(times), max(times)


def _cases() -> dict[str, Any]:
    from claimdesk.store.pg_pages import PageFilter

    quotes = ("quote", "statement")
    return {
        "source 'speaker 17'": PageFilter(kinds=quotes, speakers=("speaker 17",)),
        "source of two names 'speaker 17', 'speaker 18'": PageFilter(
            kinds=quotes, speakers=("speaker 17", "speaker 18")
        ),
        "article art4242": PageFilter(kinds=quotes, articles=("art4242",)),
        "reviewer 'bench' (every 20th claim)": PageFilter(kinds=quotes, reviewer="bench"),
        "reviewer 'ana' (10 verdicts)": PageFilter(kinds=quotes, reviewer="ana"),
    }


def _measure(store: Any, tag: str) -> None:
    from claimdesk.tui.paged_model import SEARCH_COUNT_CAP

    for name, more in _cases().items():
        n, count_ms, count_max = _timed(lambda more=more: store.count(more=more))
        page, page_ms, page_max = _timed(lambda more=more: store.page(limit=100, more=more))
        key = page.next_after
        _, next_ms, next_max = _timed(
            lambda more=more, key=key: store.page(after=key, limit=100, more=more)
        )
        bounded = ""
        if more.reviewer is not None:
            _, b_ms, b_max = _timed(lambda more=more: store.count(more=more, cap=SEARCH_COUNT_CAP))
            bounded = f"; bounded count {b_ms:.1f} ms (max {b_max:.1f})"
        print(f"[{tag}] {name}, Quotes pane: count {n:,} in {count_ms:.1f} ms median "
              f"(max {count_max:.1f}){bounded}; first page ({len(page.claims)} rows) "
              f"{page_ms:.1f} ms (max {page_max:.1f}); next page {next_ms:.1f} ms "
              f"(max {next_max:.1f}); load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip


def main(claims: int) -> None:
    import psycopg

    from benchmarks.bench_pg import FILL_SQL, server_dsn
    from claimdesk.store.backend import open_store
    from claimdesk.store.pg_conn import migrations
    from claimdesk.store.pg_paged import open_paged

    with server_dsn() as dsn:
        open_store(dsn).close()
        t0 = time.perf_counter()
        with psycopg.connect(dsn, autocommit=True) as conn:
            sizes = {"claims": claims, "articles": claims // 10 + 1}
            for statement in filter(str.strip, FILL_SQL.split(";")):
                conn.execute(statement, sizes)
            conn.execute(
                "UPDATE verdicts SET reviewer = 'ana' WHERE claim_id IN "
                "(SELECT claim_id FROM verdicts ORDER BY claim_id LIMIT 10)"
            )
            conn.execute("ANALYZE")
        log(f"pg filter counts: {claims:,} claims filled in {time.perf_counter() - t0:.0f} s")
        store = open_paged(dsn)
        try:
            with psycopg.connect(dsn, autocommit=True) as conn:
                for name in INDEXES_0004:
                    conn.execute(f"DROP INDEX {name}")
                conn.execute("ANALYZE")
            _measure(store, "without 0004's indexes")
            with psycopg.connect(dsn, autocommit=True) as conn:
                t0 = time.perf_counter()
                conn.execute(migrations()[3][2])  # 0004, as the upgrade applies it
                conn.execute("ANALYZE")
            log(f"pg filter counts: 0004's indexes built in {time.perf_counter() - t0:.1f} s")
            _measure(store, "with 0004's indexes")
        finally:
            store.close()


def ingest(articles: int, rounds: int) -> None:
    """`claimdesk ingest DIR` into a desk with 0004's indexes and one without, interleaved."""
    import psycopg

    from benchmarks import corpus
    from benchmarks.bench_pg import _another_database, claimdesk_run, server_dsn
    from claimdesk.store.backend import open_store

    d = str(corpus.corpus_dir(articles))
    walls: dict[str, list[float]] = {"with": [], "without": []}
    with server_dsn() as first:
        for r in range(rounds):
            order = ("with", "without") if r % 2 == 0 else ("without", "with")
            for tag in order:
                dsn = _another_database(first, 2 * r + (tag == "with"))
                open_store(dsn).close()
                if tag == "without":
                    with psycopg.connect(dsn, autocommit=True) as conn:
                        for name in INDEXES_0004:
                            conn.execute(f"DROP INDEX {name}")
                got = claimdesk_run(dsn, "ingest", d, "--published", "2024-12-17")
                walls[tag].append(got["wall"])
                log(f"ingest {articles:,} articles, {tag} 0004's indexes: {got['wall']:.1f} s")
    ratios = [w / o for w, o in zip(walls["with"], walls["without"], strict=True)]
    print(f"ingest {articles:,} corpus articles: with 0004's indexes median "
          f"{statistics.median(walls['with']):.1f} s, without "
          f"{statistics.median(walls['without']):.1f} s; ratio with/without per round "
          f"{', '.join(f'{x:.2f}' for x in ratios)}; load {os.getloadavg()[0]:.1f}")  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["ingest"]:
        ingest(int(sys.argv[2]), int(sys.argv[3]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
