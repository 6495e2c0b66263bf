"""Opening a server desk reads its rows a batch at a time (store/pg_store.py _load): the
articles' text is never all in memory beside its parse, nor every claim row beside every
claim. Measured in a fresh interpreter as the growth of its peak RSS (VmHWM), against the size of
the articles' documents on the server (the old read-it-all-then-parse: 4.1x)."""

from __future__ import annotations

import json
import random
import subprocess
import sys

from benchmarks.bench_store import synthetic_extraction
from claimdesk.store.backend import open_store

PROBE = """
import json, sys
import claimdesk.store.pg_store as pg_store
from claimdesk.store.pg_conn import connect

def peak():  # this process's own high-water mark (ru_maxrss starts at the parent's)
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) * 1024

pg_store.LOAD_ROWS = 20  # batches of 20 of this desk's 300 articles
conn = connect(sys.argv[1])
docs = conn.execute("SELECT sum(octet_length(doc::text)) FROM articles").fetchone()[0]
conn.close()
before = peak()
with pg_store.PgStore(sys.argv[1], readonly=True) as s:
    held = (len(s.articles()), len(s.claims()))
grown = peak() - before
print(json.dumps({"held": held, "ratio": grown / docs}))
"""


def test_opening_a_server_desk_holds_its_articles_text_about_once(pg_dsn):
    rng = random.Random(3)
    with open_store(pg_dsn) as s, s.batch():  # 300 articles of ~130 kB each
        for i in range(300):
            s.ingest_extraction(synthetic_extraction(i, rng, words=20_000))
    out = subprocess.run(
        [sys.executable, "-c", PROBE, pg_dsn], capture_output=True, text=True, check=True
    )
    got = json.loads(out.stdout)
    assert got["held"] == [300, 3000]
    assert got["ratio"] < 3.0  # measured 2.3 (the parsed documents themselves); was 4.1
