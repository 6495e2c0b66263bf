"""Files the store must refuse without touching them, torn journals, stray temp files."""

from __future__ import annotations

import json
import os

import pytest

from claimdesk.store import ClaimStore, StoreError
from claimdesk.store.ingest import ingest_extraction
from claimdesk.store.paths import journal_path, lock_path, temp_prefix
from claimdesk.store.storage import SCHEMA_VERSION
from tests.support.store_fixtures import make_extraction


def _store_with_verdict(db):
    with ClaimStore(db) as s:
        ingest_extraction(s, make_extraction())
        cid = s.claims()[0].id
        s.mark([cid], "verified", note="n1")
    return cid


def _assert_refused(db, match):
    before = db.read_bytes()
    jbefore = journal_path(db).read_bytes() if journal_path(db).exists() else None
    for readonly in (True, False):
        with pytest.raises(StoreError, match=match) as info:
            ClaimStore(db, readonly=readonly)
        msg = str(info.value)
        assert "\n" not in msg and str(db) in msg
        assert db.read_bytes() == before
        if jbefore is not None:
            assert journal_path(db).read_bytes() == jbefore
    # the CLI says the same in one line, exit code non-zero, no traceback
    from claimdesk.cli.main import main

    assert main(["list", "--db", str(db)]) != 0
    assert main(["mark", "abcdef", "--status", "verified", "--db", str(db)]) != 0
    assert db.read_bytes() == before


def test_truncated_store_file_is_refused_and_unchanged(tmp_path):
    db = tmp_path / "s.json"
    _store_with_verdict(db)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    _assert_refused(db, "does not parse")


def test_empty_store_file_is_refused(tmp_path):
    db = tmp_path / "s.json"
    db.write_bytes(b"")
    _assert_refused(db, "empty")


def test_random_json_is_refused_and_unchanged(tmp_path):
    db = tmp_path / "s.json"
    db.write_text(json.dumps({"_default": {"1": {"name": "not ours"}}}))
    _assert_refused(db, "not a claimdesk store")
    db.write_text("[1, 2, 3]")
    _assert_refused(db, "not a claimdesk store")


def test_a_refused_file_gets_no_lock_file_beside_it(tmp_path):
    """QA3 F9: `--db notes.txt` is refused and leaves no notes.txt.lock behind (a store's
    own lock file, there before, stays)."""
    from claimdesk.cli.main import main

    other = tmp_path / "notes.txt"
    other.write_text("my own notes, not a store")
    assert main(["ingest", "-", "--db", str(other)]) != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    db = tmp_path / "s.json"
    _store_with_verdict(db)
    assert lock_path(db).exists()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError):
        ClaimStore(db)
    assert lock_path(db).exists()


def test_future_schema_is_refused_and_unchanged(tmp_path):
    db = tmp_path / "s.json"
    _store_with_verdict(db)
    data = json.loads(db.read_text())
    data["_meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    db.write_text(json.dumps(data))
    _assert_refused(db, "newer")


def test_torn_journal_tail_is_ignored_then_cut_by_the_writer(tmp_path):
    db = tmp_path / "s.json"
    cid = _store_with_verdict(db)
    jp = journal_path(db)
    good = jp.read_bytes()
    with open(jp, "ab") as fh:
        fh.write(b'{"action": 9, "entries": [{"seq": 9, "cl')  # a kill mid-append
    with ClaimStore(db, readonly=True) as r:
        assert r.claim(cid).status == "verified"
    assert jp.read_bytes().startswith(good)  # the reader touched nothing
    with ClaimStore(db) as s:
        assert jp.read_bytes() == good  # the writer cut the torn tail before appending
        s.mark([cid], "dismissed")
    with ClaimStore(db, readonly=True) as r:
        assert r.claim(cid).status == "dismissed"
        assert r.claim(cid).note == "n1"


def test_damaged_journal_middle_line_is_refused(tmp_path):
    db = tmp_path / "s.json"
    cid = _store_with_verdict(db)
    with ClaimStore(db) as s:
        s.mark([cid], "disputed")
    jp = journal_path(db)
    lines = jp.read_bytes().split(b"\n")
    lines[1] = b"garbage"
    jp.write_bytes(b"\n".join(lines))
    _assert_refused(db, "damaged")


def test_journal_of_another_store_is_refused(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    _store_with_verdict(a)
    _store_with_verdict(b)
    journal_path(b).write_bytes(journal_path(a).read_bytes())
    _assert_refused(b, "another store")


def test_stray_temp_files_are_swept_by_the_writer_only(tmp_path):
    db = tmp_path / "s.json"
    _store_with_verdict(db)
    stray = tmp_path / f"{temp_prefix(db)}12345-dead"
    stray_j = tmp_path / f"{temp_prefix(journal_path(db))}12345-dead"
    other = tmp_path / "unrelated.tmp"
    for p in (stray, stray_j, other):
        p.write_bytes(b"half a store")
    with ClaimStore(db, readonly=True):
        assert stray.exists()
    with ClaimStore(db):
        assert not stray.exists() and not stray_j.exists()
    assert other.exists()


def test_store_writes_leave_no_temp_files_and_modes(tmp_path):
    db = tmp_path / "s.json"
    _store_with_verdict(db)
    with ClaimStore(db) as s:
        s.compact()
    names = sorted(os.listdir(tmp_path))
    # the store, its journal, its two locks, and the comparison features read at ingest
    assert names == [
        "s.json",
        "s.json.features",
        "s.json.ingest.lock",
        "s.json.journal",
        "s.json.lock",
    ]


def test_failed_journal_write_is_not_acknowledged_and_leaves_no_half_line(tmp_path, monkeypatch):
    import errno

    import claimdesk.store.journal as journal_mod

    db = tmp_path / "s.json"
    cid = _store_with_verdict(db)
    with ClaimStore(db) as s:
        before = journal_path(db).read_bytes()
        real_write = os.write

        def half_then_enospc(fd, data):
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(journal_mod.os, "write", half_then_enospc)
        with pytest.raises(StoreError, match=r"verdict not saved.*No space left"):
            s.mark([cid], "disputed", note="lost?")
        assert s.claim(cid).status == "verified"  # memory agrees with the disk
        assert journal_path(db).read_bytes() == before  # the half line was cut off
        monkeypatch.setattr(journal_mod.os, "write", real_write)
        s.mark([cid], "dismissed")
    with ClaimStore(db, readonly=True) as r:
        assert r.claim(cid).status == "dismissed"
        assert [e.to_status for e in r.history(cid)] == ["verified", "dismissed"]


def test_new_store_replaces_an_empty_journal_left_by_a_deleted_store(tmp_path):
    db = tmp_path / "s.json"
    with ClaimStore(db) as s:
        s.ingest_extraction(make_extraction())
    db.unlink()  # the user deleted the store file; its empty journal stays
    with ClaimStore(db) as s:
        s.ingest_extraction(make_extraction())
        s.mark([s.claims()[0].id], "verified")
    with ClaimStore(db, readonly=True) as r:
        assert r.claims()[0].status == "verified"


def test_durable_storage_is_a_tinydb_storage_that_never_overwrites_garbage(tmp_path):
    from tinydb import TinyDB

    from claimdesk.store.storage import DurableStorage

    db = tmp_path / "s.json"
    cid = _store_with_verdict(db)
    with ClaimStore(db) as s:
        s.compact()
    tdb = TinyDB(db, storage=DurableStorage)
    assert tdb.table("verdicts").all()[0]["claim"] == cid
    tdb.table("extra").insert({"k": 1})  # an atomic whole-file write through TinyDB
    tdb.close()
    with ClaimStore(db, readonly=True) as r:
        assert r.claim(cid).status == "verified"
    db.write_bytes(b'{"_meta": {"1": {"format": "claimdesk", "sch')
    garbage = db.read_bytes()
    with pytest.raises(StoreError, match="does not parse"):
        DurableStorage(db).write({"_meta": {}})
    assert db.read_bytes() == garbage
