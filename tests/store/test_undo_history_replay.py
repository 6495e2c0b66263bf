"""A claim undone many times: its state is worked out in one pass over its history.

Each undo restores the claim's state before the entry it undoes. Working that out by
replaying the claim's history from the start, again for every earlier undo met on the
way, doubled the work with each undo: a claim marked and undone 30 times by a reviewer
(ordinary on a busy desk) made every process that opened the desk hang for minutes.
The work is counted here (the state steps taken), never timed.
"""

from __future__ import annotations

import pytest

from claimdesk.store import ClaimStore, review_state
from tests.support.desk_model import check_desk
from tests.support.store_fixtures import make_extraction

UNDOS = 30


class TooMuchWork(Exception):
    pass


def test_a_claim_undone_many_times_opens_in_one_pass(tmp_path, monkeypatch):
    steps = 0
    real_step = review_state.next_state

    def counted(cur, e):
        nonlocal steps
        steps += 1
        if steps > 10 * UNDOS**2:  # a pass per undo: about UNDOS**2 in all; the old 2**UNDOS
            raise TooMuchWork(steps)
        return real_step(cur, e)

    monkeypatch.setattr(review_state, "next_state", counted)
    path = tmp_path / "desk.json"
    with ClaimStore(path) as s:
        s.ingest_extraction(make_extraction())
        cid = s.claims()[0].id
        for i in range(UNDOS):
            s.mark([cid], ("verified", "disputed")[i % 2], note=f"check {i}", reviewer="ana")
            assert s.undo(reviewer="ana")
        s.mark([cid], "dismissed", reviewer="ana")
    with ClaimStore(path, readonly=True) as r:
        c = r.claim(cid)
        assert (c.status, c.note, c.reviewer) == ("dismissed", "", "ana")
    check_desk(path, [])


@pytest.mark.parametrize("compact", [False, True])
def test_undo_after_undo_restores_each_earlier_state(tmp_path, compact):
    """Undo, mark, undo...: every undo goes back to the state before what it undoes,
    read from the journal or from a compacted store file alike."""
    path = tmp_path / "desk.json"
    with ClaimStore(path) as s:
        s.ingest_extraction(make_extraction())
        cid = s.claims()[0].id
        s.mark([cid], "verified", note="first", reviewer="ana")
        s.mark([cid], "disputed", reviewer="bo")  # contested: bo overrode ana
        assert s.undo(reviewer="bo")
        s.mark([cid], "dismissed", note="second", reviewer="ana")
        assert s.undo(reviewer="ana")
        if compact:
            s.compact()
    with ClaimStore(path, readonly=True) as r:
        c = r.claim(cid)
        assert (c.status, c.note, c.reviewer, c.contested_with) == (
            "verified",
            "first",
            "ana",
            None,
        )
    check_desk(path, [])
