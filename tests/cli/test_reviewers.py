"""Issue 13 from the command line: every change carries its reviewer; two reviewers'
different verdicts make a claim contested (listed, counted) until someone decides it
again; a note never becomes a verdict's reviewer; undo takes back only your own."""

from __future__ import annotations

import json

import pytest

from claimdesk.store import ClaimStore
from tests.support.cli import run
from tests.support.store_fixtures import make_extraction


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.json"
    with ClaimStore(path) as s:
        s.ingest_extraction(make_extraction())
    return str(path)


def _ids(db: str) -> list[str]:
    with ClaimStore(db, readonly=True) as r:
        return [c.id for c in r.claims()]


def test_contested_is_listed_counted_and_settled(db, capsys):
    first, second = _ids(db)[:2]
    for who, status in (("alice", "verified"), ("bob", "disputed")):
        code, _, err = run(capsys, "mark", first, "--status", status, "--reviewer", who,
                           "--db", db)  # fmt: skip
        assert code == 0, err
    run(capsys, "mark", second, "--status", "verified", "--reviewer", "alice", "--db", db)
    code, out, _ = run(capsys, "list", "--contested", "--format", "tsv", "--db", db)
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == [first]
    assert "disputed ⇄ alice: verified" in out
    code, out, _ = run(capsys, "stats", "--db", db)
    assert "contested: 1 " in out
    code, out, _ = run(capsys, "list", "--contested", "--format", "jsonl", "--db", db)
    row = json.loads(out)
    assert (row["reviewer"], row["contested_with"]) == ("bob", ["alice", "verified"])
    # alice decides it again, agreeing with bob: one more history entry, settled
    code, out, _ = run(capsys, "mark", first, "--status", "disputed", "--reviewer", "alice",
                       "--db", db)  # fmt: skip
    assert code == 0 and "1 claim(s) changed" in out
    code, out, _ = run(capsys, "list", "--contested", "--format", "tsv", "--db", db)
    assert out == ""
    code, out, _ = run(capsys, "history", first, "--format", "jsonl", "--db", db)
    assert [(h["reviewer"], h["to_status"]) for h in map(json.loads, out.splitlines())] == [
        ("alice", "verified"),
        ("bob", "disputed"),
        ("alice", "disputed"),
    ]
    code, out, _ = run(capsys, "list", "--reviewer", "alice", "--format", "tsv", "--db", db)
    assert sorted(line.split("\t")[0] for line in out.splitlines()) == sorted([first, second])


def test_a_note_keeps_the_verdicts_reviewer_and_time(db, capsys):
    first, second = _ids(db)[:2]
    run(capsys, "mark", first, "--status", "verified", "--reviewer", "alice", "--db", db)
    with ClaimStore(db, readonly=True) as r:
        at = r.claim(first).reviewed_at
    run(capsys, "note", first, "called the port office", "--reviewer", "bob", "--db", db)
    run(capsys, "note", second, "ask the mayor's office", "--reviewer", "bob", "--db", db)
    with ClaimStore(db, readonly=True) as r:
        c = r.claim(first)
        assert (c.reviewer, c.reviewed_at, c.note_by) == ("alice", at, "bob")
        c = r.claim(second)  # a note on an unreviewed claim gives it no reviewer
        assert (c.status, c.reviewer, c.note_by) == ("unreviewed", None, "bob")


def test_undo_is_your_own_and_refused_when_built_on(db, capsys):
    first = _ids(db)[0]
    run(capsys, "mark", first, "--status", "verified", "--reviewer", "alice", "--db", db)
    run(capsys, "mark", first, "--status", "dismissed", "--reviewer", "bob", "--db", db)
    code, _, err = run(capsys, "undo", "--reviewer", "alice", "--db", db)
    assert code == 1
    assert err.strip() == (
        "claimdesk: not undone: bob changed 1 of its claim(s) since; mark them again instead"
    )
    code, out, _ = run(capsys, "undo", "--reviewer", "carol", "--db", db)
    assert code == 0 and "nothing to undo" in out.lower()
    code, out, err = run(capsys, "undo", "--reviewer", "bob", "--db", db)
    assert code == 0, err
    with ClaimStore(db, readonly=True) as r:  # back to alice's verdict, hers again
        c = r.claim(first)
        assert (c.status, c.reviewer, c.contested) == ("verified", "alice", False)
    code, out, err = run(capsys, "undo", "--reviewer", "alice", "--db", db)
    assert code == 0, err
    with ClaimStore(db, readonly=True) as r:
        assert r.claim(first).status == "unreviewed" and r.claim(first).reviewer is None


def test_a_note_set_to_what_it_says_records_nothing(db, capsys):
    """An entry that changes neither status nor note is a verdict confirmed (it settles a
    contested claim): a note written again unchanged must not make one."""
    first = _ids(db)[0]
    run(capsys, "mark", first, "--status", "verified", "--reviewer", "alice", "--db", db)
    run(capsys, "mark", first, "--status", "disputed", "--reviewer", "bob", "--db", db)
    run(capsys, "note", first, "two sources", "--reviewer", "carol", "--db", db)
    code, out, _ = run(capsys, "note", first, "two sources", "--reviewer", "carol", "--db", db)
    assert code == 0 and "note unchanged" in out
    with ClaimStore(db, readonly=True) as r:
        c = r.claim(first)
        assert (c.reviewer, c.contested, len(r.history(first))) == ("bob", True, 3)


def test_its_verdict_again_with_a_new_note_settles_a_contested_claim(db, capsys):
    first = _ids(db)[0]
    run(capsys, "mark", first, "--status", "verified", "--reviewer", "alice", "--db", db)
    run(capsys, "mark", first, "--status", "disputed", "--reviewer", "bob", "--db", db)
    code, _, err = run(capsys, "mark", first, "--status", "disputed", "--note",
                       "the registry says so", "--reviewer", "alice", "--db", db)  # fmt: skip
    assert code == 0, err
    with ClaimStore(db, readonly=True) as r:
        c = r.claim(first)
        assert (c.status, c.reviewer, c.contested) == ("disputed", "alice", False)
        assert (c.note, c.note_by) == ("the registry says so", "alice")
    code, _, err = run(capsys, "undo", "--reviewer", "alice", "--db", db)  # one action
    assert code == 0, err
    with ClaimStore(db, readonly=True) as r:
        c = r.claim(first)
        assert (c.status, c.reviewer, c.contested, c.note) == ("disputed", "bob", True, "")
