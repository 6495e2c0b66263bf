"""ClaimStore: ingest identity, verdicts, notes, undo, history, reads, persistence."""

from __future__ import annotations

import json

import pytest
from tinydb import TinyDB

from claimdesk.store import STATUSES, ClaimStore, StoreError
from claimdesk.store.paths import journal_path
from tests.support.store_fixtures import BODY, make_extraction


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.json"


def _ingested(db):
    s = ClaimStore(db)
    res = s.ingest_extraction(make_extraction())
    assert res.status == "added"
    return s


def test_ingest_then_same_article_again_is_unchanged(db):
    with _ingested(db) as s:
        claims = s.claims()
        assert [c.kind for c in claims].count("number") == 3
        before = db.read_bytes()
        res = s.ingest_extraction(make_extraction())
        assert res.status == "unchanged"
        assert db.read_bytes() == before
        # the same text under another path is the same article
        res = s.ingest_extraction(make_extraction(path="elsewhere/copy.txt"))
        assert res.status == "unchanged"
        assert len(s.articles()) == 1


def test_claim_ids_are_stable_across_reopen_and_offsets(db):
    with _ingested(db) as s:
        ids1 = sorted(c.id for c in s.claims())
    with ClaimStore(db, readonly=True) as r:
        assert sorted(c.id for c in r.claims()) == ids1
    # shifted offsets (different whitespace before the claims) do not change claim ids
    # when the normalised body is the same
    other = tmp = db.with_name("other.json")
    ext = make_extraction(body=BODY.replace(". ", ".  "))
    with ClaimStore(other) as s2:
        s2.ingest_extraction(ext)
        assert sorted(c.id for c in s2.claims()) == ids1
    assert tmp.exists()


def test_same_figure_twice_gets_two_ids(db):
    with _ingested(db) as s:
        nums = [c for c in s.claims(kind="number") if c.value == 1200]
        assert len(nums) == 2
        assert len({c.id for c in nums}) == 2


def test_reingest_after_extractor_change_keeps_verdicts_and_lists_orphans(db):
    with _ingested(db) as s:
        by_text = {c.text: c for c in s.claims()}
        quote = by_text["The east wall held."]
        gone = by_text["1,200 homes were damaged"]
        s.mark([quote.id], "verified", note="checked with the port authority")
        s.mark([gone.id], "disputed", note="photos show fewer")
        res = s.ingest_extraction(make_extraction(variant=1))
        assert res.status == "updated"
        assert res.orphaned == 1
    with ClaimStore(db, readonly=True) as r:
        q = r.claim(quote.id)  # edge punctuation changed: same claim id
        assert (q.status, q.note, q.orphaned) == (
            "verified",
            "checked with the port authority",
            False,
        )
        g = r.claim(gone.id)
        assert (g.status, g.note, g.orphaned) == ("disputed", "photos show fewer", True)
        assert g.text == "1,200 homes were damaged"
        assert gone.id in {c.id for c in r.claims()}
        assert gone.id not in {c.id for c in r.claims(include_orphaned=False)}
        assert r.counts()["orphaned"] == 1
        assert r.stats()["orphaned"] == 1
    # the orphan comes back to life when the claim reappears
    with ClaimStore(db) as s:
        s.ingest_extraction(make_extraction(variant=0))
        assert s.claim(gone.id).orphaned is False
        assert s.claim(gone.id).status == "disputed"


def test_unreviewed_vanished_claims_are_dropped(db):
    with _ingested(db) as s:
        gone = next(c for c in s.claims() if c.text == "1,200 homes were damaged")
        s.ingest_extraction(make_extraction(variant=1))
        with pytest.raises(StoreError):
            s.claim(gone.id)


def test_file_edited_in_place_updates_the_same_article(db, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The mayor said 40 boats were used.\n")
    with ClaimStore(db) as s:
        ext = make_extraction(path=str(f))
        r1 = s.ingest_extraction(ext, origin=str(f))
        ext2 = make_extraction(body=BODY + " More text.", path=str(f))
        r2 = s.ingest_extraction(ext2, origin=str(f))
        assert r2.status == "updated"
        assert r2.article_id == r1.article_id
        assert len(s.articles()) == 1


def test_mark_note_undo_history(db, monkeypatch):
    monkeypatch.setenv("CLAIMDESK_REVIEWER", "ana")
    with _ingested(db) as s:
        a, b, c = (x.id for x in s.claims()[:3])
        e1 = s.mark([a], "verified", note="ok")
        assert e1[0].reviewer == "ana" and e1[0].at.endswith("Z")
        bulk = s.mark([a, b, c], "disputed", reviewer="bo")
        assert len(bulk) == 3 and len({e.action for e in bulk}) == 1
        assert all(e.reviewer == "bo" for e in bulk)
        assert s.mark([b], "disputed") == []  # no change, no history
        n = s.set_note(c, "call back")
        assert (n.from_note, n.to_note, n.to_status) == ("", "call back", "disputed")
        # undo takes back your own actions only: ana's note first ...
        assert [e.claim_id for e in s.undo()] == [c]
        assert s.claim(c).note == ""
        # ... but not her first mark, which bo built on (his bulk mark changed it since)
        with pytest.raises(StoreError, match="bo changed 1 of its claim"):
            s.undo()
        undone = s.undo(reviewer="bo")  # bo's bulk mark goes back whole
        assert {e.claim_id for e in undone} == {a, b, c}
        assert all(e.undo_of is not None for e in undone)
        assert s.claim(a).status == "verified" and s.claim(a).note == "ok"
        assert s.claim(b).status == "unreviewed"
        s.undo()
        assert s.claim(a).status == "unreviewed" and s.claim(a).note == ""
        assert s.undo() == []
        hist = s.history()
        assert [e.seq for e in hist] == list(range(1, len(hist) + 1))
        assert len(hist) == 1 + 3 + 1 + 1 + 3 + 1  # history is never rewritten
        assert [e.to_status for e in s.history(a)] == [
            "verified",
            "disputed",
            "verified",
            "unreviewed",
        ]
    # all of it survives a reopen, from the journal
    with ClaimStore(db, readonly=True) as r:
        assert len(r.history()) == 10
        assert r.claim(a).status == "unreviewed"


def test_undo_continues_after_reopen(db):
    with _ingested(db) as s:
        a = s.claims()[0].id
        s.mark([a], "verified")
        s.mark([a], "dismissed")
    with ClaimStore(db) as s:
        s.undo()
        assert s.claim(a).status == "verified"
        s.compact()
    with ClaimStore(db) as s:
        s.undo()
        assert s.claim(a).status == "unreviewed"


def test_undo_limited_to_a_sessions_actions_leaves_earlier_verdicts_alone(db):
    """QA Q19 (store side): a dashboard session passes the actions it recorded, so its
    undo never reverts a verdict recorded before it opened (by the CLI or a colleague)."""
    with _ingested(db) as s:
        a, b = s.claims()[0].id, s.claims()[1].id
        s.mark([a], "disputed", reviewer="colleague")
    with ClaimStore(db) as s:
        session: set[int] = set()
        assert s.undo(actions=session) == []
        assert s.claim(a).status == "disputed"
        session |= {e.action for e in s.mark([b], "verified")}
        session |= {e.action for e in [s.set_note(b, "checked")]}
        assert [e.to_note for e in s.undo(actions=session)] == [""]
        assert [e.to_status for e in s.undo(actions=session)] == ["unreviewed"]
        assert s.undo(actions=session) == []
        assert s.claim(a).status == "disputed"
        assert s.undo() == []  # the CLI's undo: only this reviewer's own actions
        assert [e.claim_id for e in s.undo(reviewer="colleague")] == [a]


def test_mark_validates(db):
    with _ingested(db) as s:
        a = s.claims()[0].id
        with pytest.raises(StoreError, match="unknown status"):
            s.mark([a], "true")
        with pytest.raises(StoreError, match="no claim"):
            s.mark(["ffffffffffff"], "verified")
        assert s.resolve_id(a[:8]) == a
        with pytest.raises(StoreError, match="too short"):
            s.resolve_id(a[:2])


def test_reviewer_defaults(monkeypatch):
    from claimdesk.store import default_reviewer

    monkeypatch.setenv("CLAIMDESK_REVIEWER", "env-rev")
    assert default_reviewer("flag") == "flag"
    assert default_reviewer(None) == "env-rev"
    monkeypatch.delenv("CLAIMDESK_REVIEWER")
    assert default_reviewer(None)  # the login name, or "unknown"


def test_filters_and_sources(db):
    with _ingested(db) as s:
        a = s.claims()[0]
        s.mark([a.id], "verified", note="Harbour LOG entry")
        assert {c.kind for c in s.claims(kind="number")} == {"number"}
        assert [c.id for c in s.claims(status="verified")] == [a.id]
        # source by name or by alias, case-insensitively
        reyd = s.claims(source="reyd")
        assert reyd and all(c.speaker == "Tomas Reyd" for c in reyd)
        assert s.claims(source="Tomas Reyd") == reyd
        assert [c.id for c in s.claims(search="harbour log")] == [a.id]
        art = s.articles()[0]
        assert len(s.claims(article=art.id[:6])) == len(s.claims())
        rows = {r.name: r for r in s.sources()}
        assert rows["Mara Velin"].aliases == ["Velin"]
        assert rows["Mara Velin"].article_ids == [art.id]
        st = s.stats()
        assert st["articles"] == 1 and st["sources"] == 2 and st["claims"] == 6
        assert st["by_status"]["verified"] == 1 and st["path"] == str(db)
        assert set(s.counts()) >= {*STATUSES, "total"}


def test_control_and_bidi_characters_are_replaced_one_for_one(db):
    body = "Ali said \x1b]52;c;aGk=\x07 \u202ehidden\u202c 12 boats."
    ext = make_extraction(body=BODY)
    ext.body = body
    ext.title = "T\x1b[31m"
    ext.quotes[0].text = "\x9b31m\u2066x"
    ext.quotes[0].start, ext.quotes[0].end = 0, 3
    ext.statements = []
    ext.numbers = []
    with ClaimStore(db) as s:
        s.ingest_extraction(ext)
        art = s.articles()[0]
        assert len(art.body) == len(body)
        assert not any(ch in art.body for ch in "\x1b\x07\u202e\u202c")
        assert "\x1b" not in (art.title or "")
        # the 8-bit CSI goes whole (its "31m" never shows), one U+FFFD per character
        assert s.claims()[0].text == "\ufffd" * 5 + "x"


def test_non_finite_numbers_never_reach_the_file(db):
    ext = make_extraction()
    ext.numbers[0].value = float("nan")
    ext.numbers[1].value = float("inf")
    with ClaimStore(db) as s:
        s.ingest_extraction(ext)
    raw = db.read_text()
    assert "NaN" not in raw and "Infinity" not in raw
    json.loads(raw)


def test_store_file_is_a_tinydb_database(db):
    with _ingested(db) as s:
        s.mark([s.claims()[0].id], "verified")
        s.compact()
    tdb = TinyDB(db, access_mode="r")
    # claims are stored by column, one document per batch of up to 10,000 claims
    (batch,) = tdb.table("claims").all()
    assert len(batch["columns"]["id"]) == 6 and len(batch["columns"]["text"]) == 6
    assert tdb.table("verdicts").all()[0]["status"] == "verified"
    assert tdb.table("_meta").all()[0]["format"] == "claimdesk"
    tdb.close()


def test_reader_sees_writer_verdicts_without_lock(db):
    with _ingested(db) as s:
        a = s.claims()[0].id
        s.mark([a], "disputed")
        with ClaimStore(db, readonly=True) as r:
            assert r.claim(a).status == "disputed"
            with pytest.raises(StoreError, match="read-only"):
                r.mark([a], "verified")
        s.compact()  # journal folded into the store file: the reader still agrees
        with ClaimStore(db, readonly=True) as r:
            assert r.claim(a).status == "disputed"
        assert journal_path(db).read_text().count("\n") == 1  # only the header


def test_readonly_on_missing_store_is_empty(tmp_path):
    with ClaimStore(tmp_path / "none.json", readonly=True) as r:
        assert r.claims() == [] and r.stats()["claims"] == 0
    assert not (tmp_path / "none.json").exists()


def test_batch_writes_the_store_once(db, monkeypatch):
    from claimdesk.store import claimstore

    writes = []
    real = claimstore.write_temp

    def counting(target, data):
        writes.append(1)
        return real(target, data)

    monkeypatch.setattr(claimstore, "write_temp", counting)
    with ClaimStore(db) as s:
        writes.clear()
        with s.batch():
            for i in range(20):
                s.ingest_extraction(
                    make_extraction(body=BODY + f" Paragraph {i}.", path=f"{i}.txt")
                )
        assert len(writes) == 1
        assert len(s.articles()) == 20


def test_duck_typed_extraction_records_are_accepted(db):
    from types import SimpleNamespace as NS

    ext = make_extraction()
    ns = NS(**{k: getattr(ext, k) for k in ext.__dataclass_fields__})
    ns.sources = [NS(name="Mara Velin", kind="person", role="harbour master", aliases=[])]
    ns.quotes = [NS(**vars(q)) if hasattr(q, "__dict__") else q for q in ext.quotes]
    with ClaimStore(db) as s:
        assert s.ingest_extraction(ns).status == "added"
        assert [r.name for r in s.sources()] == ["Mara Velin"]
        assert len(s.claims()) == 6


def test_threads_can_read_while_another_marks_and_ingests(db, monkeypatch):
    import sys

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        _threads_body(db)
    finally:
        sys.setswitchinterval(old_interval)


def _threads_body(db):
    import threading

    with _ingested(db) as s:
        ids = [c.id for c in s.claims()]
        errors: list[BaseException] = []
        stop = threading.Event()

        def reader():
            try:
                while not stop.is_set():
                    s.claims(status="verified")
                    s.counts()
                    s.sources()
            except BaseException as exc:
                errors.append(exc)

        t = threading.Thread(target=reader)
        t.start()
        try:
            with s.batch():
                for i in range(120):
                    s.mark([ids[i % len(ids)]], "verified" if i % 2 else "disputed")
                    ext = make_extraction(body=BODY + f" Extra {i}.", path=f"{i}.txt")
                    s.ingest_extraction(ext)
        finally:
            stop.set()
            t.join()
        assert not errors, errors
        assert len(s.articles()) == 121
