"""Issue 14: a server desk's pane under a source, article or reviewer filter at a million
claims: its count (the pane's subtitle) and its first page, as the dashboard asks them
(PgPagedStore.count and .page), on a desk made by SQL (bench_pg.FILL_SQL: 5,000 speakers
of 200 claims each, 10 claims an article, every 20th claim reviewed by one reviewer; ten
of those verdicts given to a second reviewer here). Then the same with candidate indexes
(an expression index on lower(speaker), and verdicts by reviewer and by note writer)
built on that desk, to show what they would change; they are dropped with the desk.

    .venv/bin/python -m benchmarks.pg_filter_counts [CLAIMS]     # default 1,000,000
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
CANDIDATES = (
    "CREATE INDEX claims_speaker_lower ON claims (lower(speaker), ord)",
    "CREATE INDEX verdicts_reviewer ON verdicts (reviewer)",
    "CREATE INDEX verdicts_note_by ON verdicts (note_by)",
)


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
        "article art4242": PageFilter(kinds=quotes, articles=("art4242",)),
        "reviewer 'bench' (every 20th claim)": PageFilter(kinds=quotes, reviewer="bench"),
        "reviewer 'ana' (10 verdicts)": PageFilter(kinds=quotes, reviewer="ana"),
    }


def _measure(store: Any, tag: str) -> None:
    for name, more in _cases().items():
        n, count_ms, count_max = _timed(lambda more=more: store.count(more=more))
        page, page_ms, page_max = _timed(lambda more=more: store.page(limit=100, more=more))
        print(f"[{tag}] {name}, Quotes pane: count {n:,} in {count_ms:.1f} ms median "
              f"(max {count_max:.1f}); first page ({len(page.claims)} rows) {page_ms:.1f} ms "
              f"(max {page_max:.1f}); load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip


def main(claims: int) -> None:
    import psycopg

    from benchmarks.bench_pg import FILL_SQL, server_dsn
    from claimdesk.store.backend import open_store
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
            _measure(store, "as the schema is")
            with psycopg.connect(dsn, autocommit=True) as conn:
                t0 = time.perf_counter()
                for statement in CANDIDATES:
                    conn.execute(statement)
                conn.execute("ANALYZE")
            log(f"pg filter counts: candidate indexes built in {time.perf_counter() - t0:.1f} s")
            _measure(store, "with the candidate indexes")
        finally:
            store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
