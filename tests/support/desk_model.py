"""A plain model of a shared desk's history, written apart from the store's code, and the
checks the many-writer tests make of a desk on disk against it.

Replaying a history in seq order gives each claim's state: a verdict's reviewer is the
verdict's, a note edit changes only the note, a verdict that overrides another reviewer's
different verdict makes the claim contested until someone decides it again, and an undo
puts the claim back exactly as it was before the entry it undoes (docs/store.md, "Many
writers"). Every entry must also start from the state the model holds at that point: an
entry numbered against a stale view of the desk (a lost update) fails here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.store.paths import journal_path
from claimdesk.store.records import HistoryEntry

UNREVIEWED = "unreviewed"


@dataclass(frozen=True)
class ModelState:
    """What the model says one claim shows."""

    status: str = UNREVIEWED
    note: str = ""
    reviewer: str | None = None
    note_by: str | None = None
    contested_with: tuple[str, str] | None = None


def step(cur: ModelState, e: HistoryEntry) -> ModelState:
    """The state after a verdict or note entry (not an undo)."""
    new = cur
    if e.from_note != e.to_note:
        new = replace(new, note=e.to_note, note_by=e.reviewer)
    # a decision: the status changes, or a claim is marked again with what it has
    if e.from_status != e.to_status or e.from_note == e.to_note:
        if e.to_status == UNREVIEWED:
            new = replace(new, status=UNREVIEWED, reviewer=None, contested_with=None)
        else:
            overrides = (
                e.from_status != e.to_status
                and cur.status != UNREVIEWED
                and cur.reviewer is not None
                and cur.reviewer != e.reviewer
            )
            contested = (cur.reviewer, cur.status) if overrides else None
            new = replace(new, status=e.to_status, reviewer=e.reviewer, contested_with=contested)
    return new


@dataclass
class Replay:
    """A history replayed: each claim's state, and each entry's claim state before it."""

    states: dict[str, ModelState]
    before: dict[int, ModelState]


def replay(history: list[HistoryEntry]) -> Replay:
    """Replay entries in seq order; AssertionError when one does not follow from the last."""
    states: dict[str, ModelState] = {}
    before: dict[int, ModelState] = {}
    for e in sorted(history, key=lambda e: e.seq):
        cur = states.get(e.claim_id, ModelState())
        assert (e.from_status, e.from_note) == (cur.status, cur.note), (
            f"entry {e.seq} starts from {(e.from_status, e.from_note)}, the claim was "
            f"{(cur.status, cur.note)}"
        )
        before[e.seq] = cur
        if e.undo_of is not None:
            assert e.undo_of in before, f"entry {e.seq} undoes an unknown entry {e.undo_of}"
            new = before[e.undo_of]
            assert (e.to_status, e.to_note) == (new.status, new.note), e
        else:
            new = step(cur, e)
        states[e.claim_id] = new
    return Replay(states, before)


@dataclass(frozen=True)
class Ack:
    """One entry a writer reported after the store call returned (so: acknowledged)."""

    seq: int
    claim_id: str
    to_status: str
    to_note: str
    reviewer: str
    action: int


def check_desk(path: Path, acked: list[Ack]) -> list[HistoryEntry]:
    """A fresh reader's view of the desk against everything acknowledged: returns its
    history. History seqs are 1..n, every acknowledgement is there as reported, and every
    claim shows what replaying its history gives."""
    with ClaimStore(path, readonly=True) as r:
        history = r.history()
        seqs = [e.seq for e in history]
        assert seqs == list(range(1, len(seqs) + 1)), f"history seqs not 1..n: {seqs[-20:]}"
        by_seq = {e.seq: e for e in history}
        for a in acked:
            e = by_seq.get(a.seq)
            assert e is not None, f"acknowledged entry {a} lost"
            got = (e.claim_id, e.to_status, e.to_note, e.reviewer, e.action)
            assert got == (a.claim_id, a.to_status, a.to_note, a.reviewer, a.action), (a, e)
        model = replay(history)
        for cid, want in model.states.items():
            c = r.claim(cid)
            shown = ModelState(c.status, c.note, c.reviewer, c.note_by, c.contested_with)
            assert shown == want, f"claim {cid}: shows {shown}, its history gives {want}"
    return history


def journal_lines_whole(path: Path, *, last_may_be_torn: bool) -> bool:
    """Every line of the journal is one JSON object, except perhaps a torn last one (a
    writer killed mid-append) when allowed. Returns whether the last line was torn."""
    jpath = journal_path(path)
    try:
        raw = jpath.read_bytes()
    except FileNotFoundError:
        return False
    *lines, tail = raw.split(b"\n")
    for i, line in enumerate(lines):
        obj = json.loads(line)  # a torn line in the middle fails here
        assert isinstance(obj, dict), (i, line)
    torn = bool(tail)
    assert last_may_be_torn or not torn, f"torn last journal line left: {tail[:80]!r}"
    return torn
