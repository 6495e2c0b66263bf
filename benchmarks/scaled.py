"""A desk ten times the 100k one, without extracting a million claims again.

`scaled_store(copies, dest)` writes a store file holding `copies` copies of the cached
100,000-claim store (benchmarks/corpus.py), each copy's articles and claims under fresh
ids (the first copy keeps its own, its verdicts and history). Every person and
organisation of the corpus is then named in `copies` times as many articles, which is
what makes a scan quadratic in a source's articles show (issue 18: at a million claims
`claimdesk stats` spent 40 s in one). Built by rewriting the JSON documents, not through
ingest: a cache for measuring reads, not a measurement of ingest.

    .venv/bin/python -m benchmarks.scaled 10 DIR     # DIR/claimdesk.json, ~1M claims
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.harness import log

BASE_CLAIMS = 100_000


def _relabel(ident: str, copy: int) -> str:
    """An id of copy `copy` (> 0): the same hex id with a copy prefix that no stored id has
    (stored ids are hex; "k" is not a hex digit)."""
    return f"k{copy}{ident}"


def scaled_store(copies: int, dest_dir: Path, base_claims: int = BASE_CLAIMS) -> Path:
    """`dest_dir`/claimdesk.json: `copies` relabelled copies of the cached desk of
    `base_claims` claims (the 100k one unless told)."""
    src = corpus.store_path(base_claims)
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / corpus.STORE_FILE
    built = dest_dir / "scaled.json"
    key = {"copies": copies, "from": str(src), "mtime": src.stat().st_mtime}
    if built.exists() and target.exists() and json.loads(built.read_text()) == key:
        return target
    log(f"scaled: {copies} copies of {src}")
    data: dict[str, Any] = json.loads(src.read_bytes())
    articles = list(data["articles"].values())
    batches = list(data["claims"].values())
    out_articles: dict[str, Any] = {}
    out_claims: dict[str, Any] = {}
    for copy in range(copies):
        for doc in articles:
            new = doc if copy == 0 else dict(doc)
            if copy:
                new["id"] = _relabel(doc["id"], copy)
                for field in ("body_hash", "origin"):
                    if new.get(field):
                        new[field] = _relabel(new[field], copy)
            out_articles[str(len(out_articles) + 1)] = new
        for batch in batches:
            cols = batch["columns"]
            if copy:
                cols = dict(cols)
                cols["id"] = [_relabel(x, copy) for x in cols["id"]]
                cols["article_id"] = [_relabel(x, copy) for x in cols["article_id"]]
            out_claims[str(len(out_claims) + 1)] = {"columns": cols}
    data["articles"] = out_articles
    data["claims"] = out_claims
    with open(target, "w", encoding="ascii") as fh:
        json.dump(data, fh, ensure_ascii=True, separators=(",", ":"))
    for extra in src.parent.iterdir():  # the journal (its header names the same store)
        if extra.name == corpus.STORE_FILE + ".journal":
            shutil.copy2(extra, dest_dir / extra.name)
    built.write_text(json.dumps(key))
    log(f"scaled: {len(out_articles):,} articles -> {target}")
    return target


def scaled_path(copies: int, dest_dir: str, base_claims: int = BASE_CLAIMS) -> str:
    """scaled_store() for harness.run_isolated (JSON in, JSON out)."""
    return str(scaled_store(copies, Path(dest_dir), base_claims))


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print(scaled_store(n, Path(sys.argv[2]) if len(sys.argv) > 2 else corpus.OUT / "scaled"))
