"""extract.batch: many files stage by stage over small batches give, file for file and in
order, what extract_path gives (records, refusals, dates and publisher), and a batch
never holds more than its bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.extract import ExtractError, batch, extract_path
from claimdesk.extract.batch import extract_dated, extract_paths
from tests.support.counting import count_calls
from tests.support.paths import REPO


def _inputs(tmp_path: Path) -> list[str]:
    """The sample articles (text and web pages), with files that are refused among them."""
    found = sorted(
        str(p) for p in (REPO / "sample_data").iterdir() if p.suffix in (".txt", ".html")
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    found.insert(1, str(tmp_path / "missing.txt"))
    found.insert(4, str(empty))
    return found


def _shown(rec: object) -> str:
    if isinstance(rec, ExtractError):
        return f"error: {rec}"
    return json.dumps(rec.to_dict(), ensure_ascii=False, allow_nan=False)


def _one(path: str, **kw: object) -> str:
    try:
        return _shown(extract_path(path, **kw))
    except ExtractError as exc:
        return _shown(exc)


@pytest.mark.parametrize("size", [1, 3, 16])
def test_records_are_extract_paths_file_for_file(tmp_path, monkeypatch, size):
    monkeypatch.setattr(batch, "BATCH", size)
    paths = _inputs(tmp_path)
    assert len(paths) > 2 * size or size == 16
    kw = {"published": "2024-12-17", "publisher": "The Invented Courier"}
    want = [_one(p, **kw) for p in paths]
    got = list(extract_paths(paths, **kw))
    assert [p for p, _ in got] == paths
    assert [_shown(rec) for _, rec in got] == want
    assert sum(s.startswith("error: ") for s in want) == 2


def test_each_path_keeps_its_own_publication_date(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "BATCH", 4)
    paths = [p for p in _inputs(tmp_path) if p.endswith(".txt")][:6]
    days = ["2024-01-05", None, "2023-06-30", "2024-12-17", None, "2022-02-02"]
    items = list(zip(paths, days, strict=True))
    want = [_one(p, published=d) for p, d in items]
    assert [_shown(rec) for _, rec in extract_dated(items)] == want


def test_a_batch_holds_at_most_its_documents_and_characters(tmp_path, monkeypatch):
    """Counts the files read ahead of the records given: never more than BATCH, and one
    document at a time once BATCH_CHARS is smaller than any body (a long article goes
    alone)."""
    paths = [p for p in _inputs(tmp_path) if Path(p).exists()]
    loads = count_calls(monkeypatch, batch, "load")
    for size, chars, most in ((3, 10**9, 3), (16, 10, 1)):
        monkeypatch.setattr(batch, "BATCH", size)
        monkeypatch.setattr(batch, "BATCH_CHARS", chars)
        loads.clear()
        ahead = []
        for k, _ in enumerate(extract_paths(paths), 1):
            ahead.append(len(loads) - k)
        assert len(loads) == len(paths)
        assert max(ahead) < most + 1  # read, not yet given: the batch and the next file
        assert max(ahead) >= min(most, len(paths) - 1)  # it does read ahead


def test_a_batch_folds_each_body_once(tmp_path, monkeypatch):
    """Figures, dates and hedges each run over the whole batch before the next, and find
    each body's folded copy (and its word starts) in the cache: one fold a document, not
    three (fails when the cache holds fewer bodies than a batch)."""
    from claimdesk.extract.scan_starts import word_starts
    from claimdesk.extract.textscan import fold

    monkeypatch.setattr(batch, "BATCH", 16)
    paths = [p for p in _inputs(tmp_path) if Path(p).exists()][:16]
    fold.cache_clear()
    word_starts.cache_clear()
    seen: list[tuple[int, int]] = []
    real = batch.find_hedges

    def counting(body: str):
        seen.append((fold.cache_info().misses, word_starts.cache_info().misses))
        return real(body)

    monkeypatch.setattr(batch, "find_hedges", counting)
    got = list(extract_paths(paths))
    docs = sum(not isinstance(rec, ExtractError) for _, rec in got)
    assert docs == len(paths) - 1 == len(seen)  # (the empty file is refused)
    assert seen[-1] == (docs, docs)
