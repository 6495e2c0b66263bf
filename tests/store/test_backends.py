"""The store's contract, on both backends (the TinyDB file and a PostgreSQL server): the
same verdicts, notes, undo refusals, contested claims, history, counts, exports, imports
and comparisons, so that the two cannot drift. `desk` is a fresh desk of each kind."""

from __future__ import annotations

import json

import pytest

from claimdesk.store import StoreError
from claimdesk.store.backend import open_store
from claimdesk.store.comparison import comparison, confirm_merge, decisions
from claimdesk.store.export import export
from claimdesk.store.importer import import_export
from tests.support.store_fixtures import make_extraction


@pytest.fixture(params=["file", "server"])
def desk(request, tmp_path):
    """A fresh, empty desk's --db value: a file path, or a new database on the server."""
    if request.param == "file":
        return str(tmp_path / "desk.json")
    return request.getfixturevalue("pg_dsn")


@pytest.fixture
def other(request, tmp_path):
    """A second fresh desk of the same kind as `desk` (import/copy targets)."""
    if "server" in request.node.callspec.id:
        return request.getfixturevalue("pg_server").fresh_dsn()
    return str(tmp_path / "other.json")


def _ingested(db):
    s = open_store(db)
    assert s.ingest_extraction(make_extraction()).status == "added"
    return s


def test_both_backends_are_desk_stores(desk):
    from claimdesk.store.backend import DeskStore, store_label

    with open_store(desk) as s:
        assert isinstance(s, DeskStore)
        assert store_label(s) == desk  # the file's path, or the URL (no password in it)


def test_mark_note_undo_history_on_both_backends(desk, monkeypatch):
    monkeypatch.setenv("CLAIMDESK_REVIEWER", "ana")
    with _ingested(desk) as s:
        a, b, c = (x.id for x in s.claims()[:3])
        e1 = s.mark([a], "verified", note="ok")
        assert e1[0].reviewer == "ana" and e1[0].at.endswith("Z")
        bulk = s.mark([a, b, c], "disputed", reviewer="bo")
        assert len(bulk) == 3 and len({e.action for e in bulk}) == 1
        assert s.mark([b], "disputed", reviewer="bo") == []  # no change, no history
        n = s.set_note(c, "call back")
        assert (n.from_note, n.to_note, n.to_status) == ("", "call back", "disputed")
        assert s.set_note(c, "call back") is None
        assert [e.claim_id for e in s.undo()] == [c]
        with pytest.raises(StoreError, match="bo changed 1 of its claim"):
            s.undo()
        assert {e.claim_id for e in s.undo(reviewer="bo")} == {a, b, c}
        assert (s.claim(a).status, s.claim(a).note) == ("verified", "ok")
        s.undo()
        assert s.claim(a).status == "unreviewed"
        assert s.undo() == []
        hist = s.history()
        assert [e.seq for e in hist] == list(range(1, 11))
    with open_store(desk, readonly=True) as r:  # all of it survives a reopen
        assert [e.to_dict() for e in r.history()] == [e.to_dict() for e in hist]
        assert r.claim(a).status == "unreviewed"
        with pytest.raises(StoreError, match="read-only"):
            r.mark([a], "verified")


def test_contested_claim_and_its_confirmation_on_both_backends(desk):
    with _ingested(desk) as s:
        a = s.claims()[0].id
        s.mark([a], "verified", reviewer="ana", note="port log")
        s.mark([a], "disputed", reviewer="bo")
        c = s.claim(a)
        assert c.contested_with == ("ana", "verified")
        assert (c.reviewer, c.note_by) == ("bo", "ana")
        assert s.counts()["contested"] == 1
        # marking it again with its own verdict settles it (an entry that changes nothing)
        settle = s.mark([a], "disputed", reviewer="cy")
        assert [(e.from_status, e.to_status) for e in settle] == [("disputed", "disputed")]
    with open_store(desk, readonly=True) as r:
        c = r.claim(a)
        assert (c.contested_with, c.reviewer, c.status) == (None, "cy", "disputed")
        assert r.counts()["contested"] == 0
        assert r.counts()["disputed"] == 1


def test_two_writers_see_each_other_through_refresh(desk):
    with _ingested(desk) as one, open_store(desk) as two:
        a, b = (x.id for x in one.claims()[:2])
        one.mark([a], "verified", reviewer="ana")
        changes = two.refresh()
        assert [e.claim_id for e in changes.entries] == [a]
        assert two.claim(a).status == "verified"
        two.mark([b], "dismissed", reviewer="bo")  # numbered after ana's, never lost
        assert [e.seq for e in two.history()] == [1, 2]
        assert [e.claim_id for e in one.refresh().entries] == [b]
        assert two.refresh().entries == []


def test_reingest_keeps_verdicts_and_orphans_on_both_backends(desk):
    with _ingested(desk) as s:
        by_text = {c.text: c for c in s.claims()}
        gone = by_text["1,200 homes were damaged"]
        s.mark([gone.id], "disputed", note="photos show fewer")
        res = s.ingest_extraction(make_extraction(variant=1))
        assert (res.status, res.orphaned) == ("updated", 1)
    with open_store(desk, readonly=True) as r:
        g = r.claim(gone.id)
        assert (g.status, g.note, g.orphaned) == ("disputed", "photos show fewer", True)
        assert r.counts()["orphaned"] == 1
        assert gone.id not in {c.id for c in r.claims(include_orphaned=False)}
        assert r.stats()["claims"] == 6


def test_export_import_and_compare_read_both_backends(desk, other):
    with _ingested(desk) as s:
        a = s.claims()[0].id
        s.mark([a], "verified", reviewer="ana", note="checked")
        md = export(s, "md")
        raw = export(s, "json").encode()
        groups = comparison(s).groups
    assert "checked" in md
    with open_store(other) as t:
        report = import_export(t, raw, reviewer="ana")
        assert report["articles"] == 1
        assert t.claim(a).status == "verified" and t.claim(a).note == "checked"
        assert [g.keys for g in comparison(t).groups] == [g.keys for g in groups]
        # the same claims and verdicts (an import stamps its own time on what it records)
        assert _untimed(json.loads(export(t, "json"))) == _untimed(json.loads(raw))


def _untimed(doc: dict) -> list[dict]:
    return [
        {k: v for k, v in c.items() if k not in ("reviewed_at", "note_at")} for c in doc["claims"]
    ]


def test_merge_decisions_are_kept_on_both_backends(desk):
    with _ingested(desk) as s:
        found = comparison(s)
        group = next((g for g in found.groups if len(g.keys) > 1), None)
        if group is None:  # no suggested group: record one by hand
            from claimdesk.store.comparison import record_decisions

            record_decisions(s, [("person:a", "person:b")], True, reviewer="ana")
            expected = 1
        else:
            confirm_merge(s, group, reviewer="ana")
            expected = len(group.keys) - 1
    with open_store(desk, readonly=True) as r:
        assert len(decisions(r)) == expected


def test_a_comparison_in_a_child_process_reads_the_same_desk(desk):
    """The dashboard compares big desks in a child process: on a server desk the child
    must open the server (by $CLAIMDESK_DB, never the URL in argv), not a local file."""
    from claimdesk.store.comparison import StoreComparison, cache_path
    from tests.support.tui_corpus import extraction_a, extraction_b

    with open_store(desk) as s:
        for ext in (extraction_a(), extraction_b()):  # two outlets on one story
            s.ingest_extraction(ext)
        here = comparison(s)
        cache_path(s.path).unlink()  # (else the child is never asked: the cache answers)
        there = StoreComparison(s).in_child()
        assert here.groups  # something to compare
        assert [g.keys for g in there.groups] == [g.keys for g in here.groups]
