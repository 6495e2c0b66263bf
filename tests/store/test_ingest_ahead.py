"""store.ingest_ahead: `ingest_paths` extracts short files a batch at a time
(extract.batch) and stores what it would have stored file by file: the same results,
claims and refusals, each file read once, long files and other inputs alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimdesk.extract import batch, pipeline
from claimdesk.store import ClaimStore, ingest_ahead
from claimdesk.store.ingest import ingest_paths
from tests.support.counting import count_calls
from tests.support.paths import REPO


def _inputs(tmp_path: Path) -> list[str]:
    """The sample articles, a missing and an empty file, a directory and a file too long
    for a batch among them."""
    found = sorted(
        str(p) for p in (REPO / "sample_data").iterdir() if p.suffix in (".txt", ".html")
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(found[0], folder / "copy.txt")
    long = tmp_path / "long.txt"
    line = "The invented harbour board of Kelmarsh said on Tuesday it would spend $3 million."
    long.write_text("\n\n".join([line] * (batch.BATCH_CHARS // len(line) + 1)), "utf-8")
    found[1:1] = [str(tmp_path / "missing.txt"), str(empty), str(folder), str(long)]
    return found


def _ingest(db: Path, paths: list[str]) -> tuple[list, list]:
    with ClaimStore(db) as store:
        results = list(ingest_paths(store, paths, published="2024-12-17"))
        claims = sorted(
            (c.id, c.kind, c.article_id, c.text, c.speaker, c.value, c.start, c.end)
            for c in store.claims()
        )
    return [(r.path, r.article_id, r.status, r.claims, r.error) for r in results], claims


def _alone(monkeypatch) -> None:
    monkeypatch.setattr(ingest_ahead, "_short_file", lambda path: False)


def test_batched_ingest_stores_what_file_by_file_stores(tmp_path, monkeypatch):
    paths = _inputs(tmp_path)
    got = _ingest(tmp_path / "a.json", paths)
    with monkeypatch.context() as m:
        _alone(m)
        want = _ingest(tmp_path / "b.json", paths)
    assert got == want
    assert [r[2] for r in got[0]].count("failed") == 3  # missing, empty, the directory
    assert len(got[1]) > 20


def test_each_short_file_is_read_once_through_the_batch(tmp_path, monkeypatch):
    """Short files go through extract.batch, each read once; the long file, the folder
    and the missing file go alone."""
    paths = _inputs(tmp_path)
    loads = count_calls(monkeypatch, batch, "load")
    alone = count_calls(monkeypatch, pipeline, "load")
    _ingest(tmp_path / "a.json", paths)
    short = [p for p in paths if Path(p).is_file() and not p.endswith("long.txt")]
    assert sorted(loads) == sorted(short)
    assert alone == [str(tmp_path / "long.txt")]


def test_a_program_error_in_a_batch_fails_only_its_own_file(tmp_path, monkeypatch):
    """One article whose hedges raise (not an ExtractError): the batch's other files go
    alone and are stored, the one file fails, as file by file."""
    paths = [p for p in _inputs(tmp_path) if p.endswith(".txt") and Path(p).is_file()]
    victim = tmp_path / "victim.txt"
    victim.write_text(
        "Mayor Ilse Varnholt of Zorvath said on Monday that the ferry would cost"
        ' $12 million. "We will not wait," she said.\n',
        encoding="utf-8",
    )
    paths.insert(3, str(victim))
    real = pipeline.find_hedges

    def fragile(body: str):
        if "Zorvath" in body:
            raise RuntimeError("an invented program error")
        return real(body)

    monkeypatch.setattr(pipeline, "find_hedges", fragile)
    monkeypatch.setattr(batch, "find_hedges", fragile)
    got = _ingest(tmp_path / "a.json", paths)
    _alone(monkeypatch)
    want = _ingest(tmp_path / "b.json", paths)
    assert got == want
    assert [r[2] for r in got[0]].count("failed") == 2  # the empty file and the victim
