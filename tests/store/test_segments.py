"""Incremental ingest (issue 15) and shell verdicts that read only what they need (issue 18).

Each ingest into a desk writes only what it adds, as a segment file beside the store file
(store/segments.py); a dashboard's refresh reads only that segment; `mark`, `note` and
`undo` read the files' heads (the claim-id index, verdicts, history), never a claim.
Everything is driven through the real `claimdesk` command on article files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import claimdesk.store.claimstore as claimstore_module
import claimdesk.store.desk_memory as desk_memory_module
from claimdesk.store import ClaimStore
from claimdesk.store.context import figure_phrase
from claimdesk.store.paths import segments_path
from claimdesk.store.segments import list_segments
from claimdesk.store.storage import SCHEMA_VERSION
from tests.support.cli import run

TOWNS = ("Arkwell", "Brindle", "Corvey", "Dunmere", "Elsing", "Fallow", "Gorsey", "Hatherly")


def _article(i: int, boats: int | None = None) -> str:
    town = TOWNS[i % len(TOWNS)]
    boats = 10 + i if boats is None else boats
    return (
        f"{town} ferry report {i}\n\n"
        f"Harbour master Ilse Varrow{i} said on Tuesday that {boats} boats had left "
        f"the {town} quay before the storm.\n\n"
        f"“The breakwater in {town} is sound,” Varrow{i} said.\n\n"
        f"The council said repairs in {town} would cost {200 + i} thousand crowns.\n"
    )


def _desk(capsys, tmp_path: Path, n: int = 12) -> Path:
    """A desk of `n` articles, ingested in one go (one store file, no segment)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"report{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    db = tmp_path / "desk.json"
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(db), "--published", "2025-03-04")
    assert code == 0, err
    assert list_segments(db) == []
    return db


def _ingest(capsys, db: Path, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(path), "--db", str(db), "--published", "2025-03-05")
    assert code == 0, err
    return out


def _claims(capsys, db: Path) -> list[dict]:
    code, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_one_article_into_a_desk_writes_only_a_segment(capsys, tmp_path):
    """The store file is not rewritten: same inode, bytes and time; what the article
    added is a small segment beside it, and every reader sees it."""
    db = _desk(capsys, tmp_path)
    before = os.stat(db)
    content = db.read_bytes()
    out = _ingest(capsys, db, tmp_path / "late.txt", _article(40))
    assert out.startswith("added")
    after = os.stat(db)
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )
    assert db.read_bytes() == content
    (seg,) = list_segments(db)
    assert seg.path.stat().st_size * 4 < before.st_size
    texts = [c["text"] for c in _claims(capsys, db)]
    assert any("50 boats" in t for t in texts)
    with ClaimStore(db, readonly=True) as r:
        assert len(r.articles()) == 13


def test_refresh_reads_only_the_new_segment(capsys, tmp_path, monkeypatch):
    """An open desk takes in another process's ingest without parsing the store file
    again: its Claim objects stay the same objects, the new article is named."""
    db = _desk(capsys, tmp_path)
    with ClaimStore(db) as desk:
        old = desk.claims()[0]
        _ingest(capsys, db, tmp_path / "late.txt", _article(41))

        def no_whole_read(*_a, **_k):
            raise AssertionError("the whole store file was read again")

        monkeypatch.setattr(claimstore_module, "read_store_file", no_whole_read)
        changes = desk.refresh()
        assert changes.reloaded and len(changes.new_articles) == 1
        assert desk.article(changes.new_articles[0]).title == "Brindle ferry report 41"
        assert desk.claims()[0] is old
        assert len(desk.articles()) == 13
        assert not desk.refresh()


def test_mark_note_and_undo_parse_no_claim(capsys, tmp_path, monkeypatch):
    """The shell verbs read the heads only: with every way of parsing claims or the whole
    store file broken, they still work and say what they said before."""
    db = _desk(capsys, tmp_path)
    with ClaimStore(db, readonly=True) as r:
        figure = next(c for c in r.claims() if c.kind == "number")
        phrase = figure_phrase(figure, r.article(figure.article_id).body)
    cid = figure.id

    def broken(*_a, **_k):
        raise AssertionError("claims parsed")

    monkeypatch.setattr(desk_memory_module, "claims_from_doc", broken)
    monkeypatch.setattr(claimstore_module, "read_store_file", broken)
    code, out, _ = run(capsys, "mark", cid[:8], "--status", "verified", "--db", str(db))
    assert (code, out) == (0, f"verified: 1 claim(s) changed\n  {cid}  unreviewed -> verified\n")
    code, out, _ = run(capsys, "note", cid[:8], "counted twice", "--db", str(db))
    assert (code, out) == (0, f"note set on {cid}\n")
    code, out, _ = run(capsys, "undo", "--db", str(db))
    assert code == 0
    assert out == f"undid 1 change(s)\n  {cid}  note restored  {phrase}\n"
    code, _, err = run(capsys, "mark", "ffffffffffff", "--status", "verified", "--db", str(db))
    assert code == 1 and "no claim 'ffffffffffff'" in err
    code, _, err = run(capsys, "mark", cid[:3], "--status", "verified", "--db", str(db))
    assert code == 1 and "too short" in err
    monkeypatch.undo()
    with ClaimStore(db, readonly=True) as r:
        c = r.claim(cid)
        assert (c.status, c.note) == ("verified", "")


def test_an_update_keeps_its_verdicts_in_place(capsys, tmp_path):
    """The same file with a changed body updates the article under its id; the claim
    that is still there keeps its verdict, the one that went is an orphan with its own."""
    db = _desk(capsys, tmp_path)
    late = tmp_path / "late.txt"
    _ingest(capsys, db, late, _article(42))
    claims = {c["text"]: c["id"] for c in _claims(capsys, db)}
    quote = claims["The breakwater in Elsing is sound,"]
    figure = next(cid for text, cid in claims.items() if text.startswith("52"))
    for cid in (quote, figure):
        assert run(capsys, "mark", cid, "--status", "disputed", "--db", str(db))[0] == 0
    out = _ingest(capsys, db, late, _article(42, boats=77))
    assert out.startswith("updated") and "1 orphaned" in out
    after = {c["id"]: c for c in _claims(capsys, db)}
    assert after[quote]["status"] == "disputed" and not after[quote].get("orphaned")
    assert after[figure]["status"] == "disputed" and after[figure]["orphaned"]
    assert any(c["text"].startswith("77") for c in after.values())
    with ClaimStore(db, readonly=True) as r:
        assert len(r.articles()) == 13


def _as_version_1(db: Path) -> None:
    """Rewrite a store file as claimdesk wrote it before segments (schema 1)."""
    data = json.loads(db.read_bytes())
    meta = data["_meta"]["1"]
    for key in ("head", "texts_head", "segments_through"):
        meta.pop(key, None)
    meta["schema"] = 1
    for table in ("index", "texts"):
        data.pop(table, None)
    db.write_text(json.dumps(data), encoding="ascii")


def test_a_version_1_store_is_read_and_upgraded_on_its_first_write(capsys, tmp_path):
    db = _desk(capsys, tmp_path)
    _as_version_1(db)
    old = db.read_bytes()
    cid = _claims(capsys, db)[0]["id"]
    assert run(capsys, "mark", cid, "--status", "dismissed", "--db", str(db))[0] == 0
    assert db.read_bytes() == old  # a verdict is a journal line, as before
    _ingest(capsys, db, tmp_path / "late.txt", _article(43))
    assert list_segments(db) == []  # the first write of articles is the whole store
    _, out, _ = run(capsys, "stats", "--db", str(db), "--format", "json")
    stats = json.loads(out)
    assert stats["schema"] == SCHEMA_VERSION and stats["articles"] == 13
    assert {c["id"]: c["status"] for c in _claims(capsys, db)}[cid] == "dismissed"


def test_segments_are_merged_into_the_store_file(capsys, tmp_path, monkeypatch):
    db = _desk(capsys, tmp_path)
    monkeypatch.setattr(claimstore_module, "MERGE_AFTER", 2)
    for i in (44, 45):
        _ingest(capsys, db, tmp_path / f"late{i}.txt", _article(i))
    assert len(list_segments(db)) == 2
    _ingest(capsys, db, tmp_path / "late46.txt", _article(46))
    assert list_segments(db) == []
    with ClaimStore(db, readonly=True) as r:
        assert len(r.articles()) == 15


def test_stray_temporaries_and_folded_segments_are_swept(capsys, tmp_path):
    """What a writer killed mid-segment or mid-merge left is removed by the next writer;
    a folded segment (its number in the store file already) is never read."""
    db = _desk(capsys, tmp_path)
    _ingest(capsys, db, tmp_path / "late.txt", _article(47))
    folder = segments_path(db)
    (folder / ".0000000002.json.tmp-99-abcd").write_bytes(b'{"_meta":')
    (folder / "0000000000.json").write_bytes(b"not json at all")  # folded long ago
    with ClaimStore(db, readonly=True) as r:
        assert len(r.articles()) == 13
    with ClaimStore(db):
        pass
    assert sorted(p.name for p in folder.iterdir()) == ["0000000001.json"]


@pytest.mark.parametrize("change", ["store_id", "schema"])
def test_a_foreign_or_newer_segment_is_refused(capsys, tmp_path, change):
    db = _desk(capsys, tmp_path)
    _ingest(capsys, db, tmp_path / "late.txt", _article(48))
    (seg,) = list_segments(db)
    data = json.loads(seg.path.read_bytes())
    data["_meta"]["1"][change] = "elsewhere" if change == "store_id" else SCHEMA_VERSION + 1
    raw = json.dumps(data).encode()
    seg.path.write_bytes(raw)
    code, _, err = run(capsys, "list", "--db", str(db))
    assert code == 1 and "Traceback" not in err
    assert ("another store" in err) if change == "store_id" else ("newer" in err)
    assert seg.path.read_bytes() == raw


def test_a_long_shell_ingest_writes_the_store_once_and_holds_one_checkpoint(tmp_path):
    """What `claimdesk ingest DIR` does (a lite desk, a checkpoint every 10 s; here after
    every article): the store file is written whole once, into the empty desk; then each
    checkpoint is a segment, and the articles already written leave memory."""
    from claimdesk.store.ingest import ingest_paths

    paths = []
    for i in range(8):
        p = tmp_path / f"wire{i}.txt"
        p.write_text(_article(60 + i), encoding="utf-8")
        paths.append(str(p))
    db = tmp_path / "desk.json"
    inodes, held = set(), []
    with ClaimStore(db, exclusive=True, lite=True) as store:
        for res in ingest_paths(store, paths, checkpoint_seconds=0.0):
            assert res.status == "added"
            inodes.add(os.stat(db).st_ino)
            held.append(len(store.articles()))
    assert len(inodes) == 2  # the empty desk's file, then the first article's: no more
    assert max(held[2:]) <= 1
    assert len(list_segments(db)) == 7
    with ClaimStore(db, readonly=True) as r:
        assert len(r.articles()) == 8
        assert {a.title for a in r.articles()} == {
            f"{TOWNS[(60 + i) % 8]} ferry report {60 + i}" for i in range(8)
        }


def test_a_report_is_never_written_among_the_segments(capsys, tmp_path):
    """A report named like the next segment would be read as one (and the desk refused)."""
    db = _desk(capsys, tmp_path)
    _ingest(capsys, db, tmp_path / "late.txt", _article(49))
    target = segments_path(db) / "0000000002.json"
    code, _, err = run(capsys, "export", "--format", "json", "-o", str(target), "--db", str(db))
    assert code == 1 and "segments" in err and "Traceback" not in err
    assert not target.exists()
    assert run(capsys, "list", "--db", str(db))[0] == 0
