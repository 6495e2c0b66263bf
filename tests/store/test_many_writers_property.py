"""Property: N writers (2-4) on one desk, applying random verdicts, notes and undos,
leave a desk whose every claim is what its last acknowledged entry made it.

Three ways: separate ClaimStore objects in this process, their changes interleaved; the
same with each writer a process of its own, driven one change at a time (each must read
what the others wrote); and processes running their sequences at once, unordered. The
first two are held to a plain model op by op: the entries each call returns, which undo
is refused (another reviewer built on it), the final state, contested flags and all. The
third is held to what the writers acknowledged: every entry there, seqs 1..n, and each
claim as replaying its history gives (tests/support/desk_model.py).

CLAIMDESK_LONG=1 (CONTRIBUTING.md) selects the long settings profile.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.store import STATUSES, ClaimStore
from tests.support.desk_model import Ack, ModelState, check_desk, step
from tests.support.desk_writers import apply_op, entry_tuple, serve
from tests.support.store_fixtures import make_extraction

settings.register_profile(
    "many-writers",
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "many-writers-long", settings.get_profile("many-writers"), max_examples=300
)
PROFILE = settings.get_profile(
    "many-writers-long" if os.environ.get("CLAIMDESK_LONG") == "1" else "many-writers"
)
N_CLAIMS = 6  # the claims of make_extraction()
REVIEWERS = ("ana", "bo", "cy")
NOTES = ("", "seen", "call back")

op = st.one_of(
    st.tuples(
        st.just("mark"),
        st.lists(st.integers(0, N_CLAIMS - 1), min_size=1, max_size=3),
        st.sampled_from(STATUSES),
        st.one_of(st.none(), st.sampled_from(NOTES)),
    ),
    st.tuples(st.just("note"), st.integers(0, N_CLAIMS - 1), st.sampled_from(NOTES)),
    st.tuples(st.just("undo"), st.booleans()),
)
desks = st.integers(2, 4).flatmap(
    lambda n: st.tuples(
        st.lists(st.sampled_from(REVIEWERS), min_size=n, max_size=n),  # may share a name
        st.lists(st.tuples(st.integers(0, n - 1), op), max_size=30),
    )
)


@dataclass(frozen=True)
class Entry:
    seq: int
    action: int
    claim_id: str
    from_status: str
    to_status: str
    from_note: str
    to_note: str
    reviewer: str
    undo_of: int | None


class Model:
    """The desk as docs/store.md describes it, one change at a time."""

    def __init__(self, ids: list[str]) -> None:
        self.states = {cid: ModelState() for cid in ids}
        self.entries: list[Entry] = []
        self.actions: dict[int, list[Entry]] = {}
        self.undone: set[int] = set()
        self.before: dict[int, ModelState] = {}

    def _act(self, changes: list[tuple[str, str, str, str, int | None]]) -> list[Entry]:
        if not changes:
            return []
        action = len(self.actions) + 1
        out = []
        for cid, status, note, who, undo_of in changes:
            cur = self.states[cid]
            seq = len(self.entries) + 1
            e = Entry(seq, action, cid, cur.status, status, cur.note, note, who, undo_of)
            self.before[seq] = cur
            self.states[cid] = self.before[undo_of] if undo_of is not None else step(cur, e)
            self.entries.append(e)
            out.append(e)
        self.actions[action] = out
        return out

    def mark(self, who: str, ids: list[str], status: str, note: str | None) -> list[Entry]:
        changes = []
        for cid in dict.fromkeys(ids):
            cur = self.states[cid]
            to_note = cur.note if note is None else note
            if (cur.status, cur.note, cur.contested_with) == (status, to_note, None):
                continue
            if cur.contested_with and cur.status == status and cur.note != to_note:
                changes.append((cid, status, cur.note, who, None))  # its verdict confirmed
            changes.append((cid, status, to_note, who, None))
        return self._act(changes)

    def note(self, who: str, cid: str, text: str) -> list[Entry]:
        if self.states[cid].note == text:
            return []  # a note that says that already records nothing
        return self._act([(cid, self.states[cid].status, text, who, None)])

    def undo(self, who: str, session: list[int] | None) -> list[Entry] | str:
        mine = [
            a
            for a, es in self.actions.items()
            if es[0].undo_of is None
            and a not in self.undone
            and es[0].reviewer == who
            and (session is None or a in session)
        ]
        if not mine:
            return []
        target = max(mine)
        for old in self.actions[target]:
            for later in self.entries[old.seq :]:
                if (
                    later.claim_id == old.claim_id
                    and later.reviewer != who
                    and later.undo_of is None
                    and later.action not in self.undone
                ):
                    return "refused"  # someone built on it: undoing would drop their change
        self.undone.add(target)
        return self._act(
            [
                (old.claim_id, old.from_status, old.from_note, who, old.seq)
                for old in reversed(self.actions[target])
            ]
        )


def _desk(d: str) -> tuple[Path, list[str]]:
    path = Path(d) / "desk.json"
    with ClaimStore(path) as s:
        s.ingest_extraction(make_extraction())
        ids = [c.id for c in s.claims()]
    assert len(ids) == N_CLAIMS
    return path, ids


def _store_op(o: tuple, who: str, ids: list[str]) -> tuple:
    if o[0] == "mark":
        return ("mark", who, [ids[i] for i in o[1]], o[2], o[3])
    if o[0] == "note":
        return ("note", who, ids[o[1]], o[2])
    return ("undo", who, o[1])


def _model_op(model: Model, o: tuple, sessions: list[int]) -> list[Entry] | str:
    if o[0] == "mark":
        return model.mark(o[1], o[2], o[3], o[4])
    if o[0] == "note":
        return model.note(o[1], o[2], o[3])
    return model.undo(o[1], sessions if o[2] else None)


def _as_tuples(entries: list[Entry] | str) -> list[tuple] | str:
    if isinstance(entries, str):
        return entries
    return [entry_tuple(e) for e in entries]


def _acks(results: list[list[tuple] | str]) -> list[Ack]:
    return [
        Ack(t[0], t[2], t[4], t[6], t[7], t[1])
        for r in results
        if not isinstance(r, str)
        for t in r
    ]


def _check_against_model(path: Path, model: Model, results: list) -> None:
    history = check_desk(path, _acks(results))
    assert _as_tuples(history) == _as_tuples(model.entries)  # seqs 1..n, nothing else
    with ClaimStore(path, readonly=True) as r:
        for cid, want in model.states.items():
            c = r.claim(cid)
            assert ModelState(c.status, c.note, c.reviewer, c.note_by, c.contested_with) == want


def _run_in_order(desk, run_op) -> None:
    """Apply the ops in the drawn order, each through `run_op(writer, store op)`, and hold
    every result to the model."""
    reviewers, ops = desk
    with tempfile.TemporaryDirectory() as d:
        path, ids = _desk(d)
        model = Model(ids)
        sessions: list[list[int]] = [[] for _ in reviewers]  # the model's view of each
        results = []
        for w, o in ops:
            sop = _store_op(o, reviewers[w], ids)
            want = _model_op(model, sop, sessions[w])
            got = run_op(w, path, sop)
            assert got == _as_tuples(want), (w, sop)
            if not isinstance(want, str) and want and want[0].undo_of is None:
                sessions[w].append(want[0].action)
            results.append(got)
        _check_against_model(path, model, results)


@settings(PROFILE)
@given(desks)
def test_writer_objects_agree_with_the_model(desk):
    stores: dict[int, ClaimStore] = {}
    sessions: dict[int, list[int]] = {}

    def run_op(w: int, path: Path, sop: tuple):
        if w not in stores:
            stores[w], sessions[w] = ClaimStore(path), []
        return apply_op(stores[w], sop, sessions[w])

    try:
        _run_in_order(desk, run_op)
    finally:
        for s in stores.values():
            s.close()


@pytest.fixture(scope="module")
def workers():
    """Four writer processes, started once for every example (tests/support/desk_writers)."""
    ctx = multiprocessing.get_context("spawn")
    pipes, procs = [], []
    for _ in range(4):
        mine, theirs = ctx.Pipe()
        p = ctx.Process(target=serve, args=(theirs,), daemon=True)
        p.start()
        pipes.append(mine)
        procs.append(p)
    yield pipes
    for c in pipes:
        c.send(("stop",))
    for p in procs:
        p.join(timeout=60)


def _open_all(pipes, path: Path, n: int) -> None:
    for c in pipes[:n]:
        c.send(("open", str(path)))
    for c in pipes[:n]:
        assert c.recv() == "ok"


def _close_all(pipes, n: int) -> None:
    for c in pipes[:n]:
        c.send(("close",))
    for c in pipes[:n]:
        assert c.recv() == "ok"


@settings(PROFILE)
@given(desk=desks)
def test_writer_processes_in_turn_agree_with_the_model(workers, desk):
    opened: list[Path] = []

    def run_op(w: int, path: Path, sop: tuple):
        if not opened:
            _open_all(workers, path, len(desk[0]))
            opened.append(path)
        workers[w].send(("run", [sop]))
        return workers[w].recv()[0]

    try:
        _run_in_order(desk, run_op)
    finally:
        if opened:
            _close_all(workers, len(desk[0]))


@settings(PROFILE)
@given(desk=desks)
def test_writer_processes_at_once_keep_every_acknowledged_entry(workers, desk):
    reviewers, ops = desk
    n = len(reviewers)
    with tempfile.TemporaryDirectory() as d:
        path, ids = _desk(d)
        _open_all(workers, path, n)
        try:
            for w in range(n):
                mine = [_store_op(o, reviewers[w], ids) for v, o in ops if v == w]
                workers[w].send(("run", mine))
            results = [r for w in range(n) for r in workers[w].recv()]
        finally:
            _close_all(workers, n)
        acked = _acks(results)
        history = check_desk(path, acked)
        # nothing but the acknowledged entries: each claim is as its last one left it
        assert sorted(a.seq for a in acked) == [e.seq for e in history]
        last = {e.claim_id: e for e in history}
        with ClaimStore(path, readonly=True) as r:
            for cid, e in last.items():
                assert (r.claim(cid).status, r.claim(cid).note) == (e.to_status, e.to_note)
