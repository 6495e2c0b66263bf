"""kill -9 with two and three writers on one desk never loses an acknowledged change.

Writers run as processes of their own (tests/support/desk_writers.py): a dashboard-like
one (one long-lived store, marking, noting, undoing, refreshing), a CLI-like one (a fresh
store or the CLI's main() per change) and, in the three-writer desk, a long writer
(ingest and compaction, publishing segments and new store files). Each prints a change
only after the store call returned. The test SIGKILLs one of them at a random moment (after a random
number of acknowledgements read, or while it is starting), restarts it, and checks the
desk every time: it opens read-only and as a writer, every acknowledged entry is in its
history, seqs are 1..n, every claim shows what replaying its history gives, and no journal
line is torn but perhaps the last. Every few kills it kills all of them at once and then
checks that each claim ends as its last acknowledged entry left it (or a later entry of an
action in flight at a kill, durable but never acknowledged), and that the next writer
cut any torn line and swept any temporary file.

CLAIMDESK_LONG=1 (CONTRIBUTING.md) runs 300+ kills instead of about 40 (a fresh desk every 40).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from claimdesk.store.paths import temp_prefix
from tests.support.desk_model import Ack, check_desk, journal_lines_whole
from tests.support.desk_writers import annex_article, depot_article, ferry_article
from tests.support.paths import REPO

LONG = os.environ.get("CLAIMDESK_LONG") == "1"
CHILD = (sys.executable, "-m", "tests.support.desk_writers")
WAIT = 60.0  # seconds a condition may take before the test fails (a hung writer)


@dataclass
class Acks:
    """What the writers reported, shared with their reader threads."""

    cond: threading.Condition = field(default_factory=threading.Condition)
    entries: list[Ack] = field(default_factory=list)
    notes: list[tuple[str, str, str, str]] = field(default_factory=list)  # cid, status, who, note
    events: int = 0  # every line read: acks, refusals, publishes
    by_writer: dict[str, int] = field(default_factory=dict)

    def wait_for(self, test, what: str, writers: list[Writer]) -> None:
        """Wait until `test()`; fail at once when a writer dies of anything but a kill."""
        with self.cond:
            if not self.cond.wait_for(lambda: test() or any(w.eof for w in writers), WAIT):
                raise AssertionError(f"timed out waiting for {what}")
        for w in writers:
            if w.eof and not test():
                w.proc.wait(timeout=WAIT)
                raise AssertionError(f"{w.name} died: {w.proc.stderr.read().decode()}")


class Writer:
    """One writer process and the thread reading its acknowledgements."""

    def __init__(self, role: str, path: Path, ids: list[str], acks: Acks, inc: int) -> None:
        self.role, self.acks, self.ready, self.eof = role, acks, False, False
        self.name = f"{role}#{inc}"
        self.proc = subprocess.Popen(
            [*CHILD, role, str(path), str(inc * 7919 + len(role)), str(inc), ",".join(ids)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):
                break  # cut short by the kill: never a whole acknowledgement
            parts = raw.decode().split()
            with self.acks.cond:
                if parts[0] == "ready":
                    self.ready = True
                elif parts[0] == "ack":
                    seq, action, cid, status, who, note = parts[1:]
                    note = "" if note == "-" else note
                    self.acks.entries.append(Ack(int(seq), cid, status, note, who, int(action)))
                elif parts[0] == "acknote":
                    self.acks.notes.append(tuple(parts[1:]))
                self.acks.events += 1
                self.acks.by_writer[self.role] = self.acks.by_writer.get(self.role, 0) + 1
                self.acks.cond.notify_all()
        with self.acks.cond:
            self.eof = True
            self.acks.cond.notify_all()

    def kill(self) -> None:
        """SIGKILL; the writer must not have died of anything else before."""
        alive = self.proc.poll() is None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=WAIT)
        self.thread.join(timeout=WAIT)
        err = self.proc.stderr.read().decode()
        assert alive and self.proc.returncode == -signal.SIGKILL, f"{self.name} died: {err}"


PER_DESK = 40  # kills on one desk before the next starts afresh (its history keeps growing)


def _new_desk(folder: Path) -> tuple[Path, list[str]]:
    folder.mkdir()
    path = folder / "desk.json"
    with ClaimStore(path) as s:
        s.ingest_extraction(ferry_article())
        ids = [c.id for c in s.claims()]
        s.ingest_extraction(annex_article(0))
        s.ingest_extraction(depot_article())
    return path, ids


def _all_acks(history, acks: Acks) -> list[Ack]:
    """Every acknowledgement as an entry: a CLI mark is found by its note, unique to it."""
    out = list(acks.entries)
    # the entry that wrote the note (a later confirmation of a contested claim's verdict
    # carries the same note unchanged: review_state.is_decision)
    by_note = {
        (e.reviewer, e.to_note): e
        for e in history
        if e.undo_of is None and e.from_note != e.to_note
    }
    for cid, status, who, note in acks.notes:
        e = by_note.get((who, note))
        assert e is not None, f"acknowledged `claimdesk mark {cid} --note {note}` lost"
        out.append(Ack(e.seq, cid, status, note, who, e.action))
    return out


def _check_live(path: Path, acks: Acks) -> None:
    """After one kill, the others still writing: whatever was acknowledged before is there."""
    with acks.cond:
        known_entries, known_notes = list(acks.entries), list(acks.notes)
    snapshot = Acks(entries=known_entries, notes=known_notes)
    with ClaimStore(path, readonly=True) as r:
        history = r.history()
    check_desk(path, _all_acks(history, snapshot))
    journal_lines_whole(path, last_may_be_torn=True)  # a writer may be mid-append
    with ClaimStore(path, wait=WAIT):
        pass  # opens as a writer (and cuts a torn line when the lock is free)


def _check_quiet(path: Path, acks: Acks, kills: int) -> None:
    """Every writer dead: the strict checks."""
    with ClaimStore(path, wait=WAIT):
        pass  # the next writer: cuts a torn last line, sweeps temporary files
    journal_lines_whole(path, last_may_be_torn=False)
    stray = [p for p in os.listdir(path.parent) if p.startswith(temp_prefix(path))]
    assert not stray, stray
    with ClaimStore(path, readonly=True) as r:
        history = r.history()
    acked = _all_acks(history, acks)
    check_desk(path, acked)
    acked_actions = {a.action for a in acked}
    unacked = {e.action for e in history} - acked_actions
    # a kill leaves at most the one action it interrupted durable but unacknowledged
    assert len(unacked) <= kills, (len(unacked), kills)
    last_acked: dict[str, int] = {}
    for e in history:  # a kill may cut a bulk mark's printing short: its action counts
        if e.action in acked_actions:
            last_acked[e.claim_id] = e.seq
    for e in history:  # nothing but an interrupted action follows a claim's last ack
        if e.seq > last_acked.get(e.claim_id, 0):
            assert e.action in unacked, e


def _run(path: Path, ids: list[str], roles: tuple[str, ...], kills: int, seed: int) -> dict:
    rng = random.Random(seed)
    acks = Acks()
    inc = 0

    def start(role: str) -> Writer:
        nonlocal inc
        inc += 1
        return Writer(role, path, ids, acks, seed * 1000 + inc)

    done = sweeps = 0
    t0 = time.monotonic()
    writers = [start(role) for role in roles]
    try:
        while done < kills:
            i = rng.randrange(len(writers))
            victim = writers[i]
            with acks.cond:
                base = acks.events
            if rng.random() < 0.15:
                # while it starts, opens and tidies: after a few of the others' changes
                k = rng.randint(0, 3)
                acks.wait_for(lambda b=base, k=k: acks.events >= b + k, f"{k} changes", writers)
            else:
                acks.wait_for(lambda v=victim: v.ready, f"{victim.name} ready", writers)
                with acks.cond:
                    base = acks.events
                k = rng.randint(1, 25)
                acks.wait_for(lambda b=base, k=k: acks.events >= b + k, f"{k} changes", writers)
            victim.kill()
            done += 1
            _check_live(path, acks)
            writers[i] = start(victim.role)
            if done % 9 == 0:  # all at once, then the strict checks
                for w in writers:
                    acks.wait_for(lambda w=w: w.ready, f"{w.name} ready", writers)
                for w in writers:
                    w.kill()
                done += len(writers)
                sweeps += 1
                _check_quiet(path, acks, done)
                writers = [start(role) for role in roles]
    finally:
        for w in writers:
            if w.proc.poll() is None:
                w.proc.kill()
                w.proc.wait(timeout=WAIT)
    for w in writers:
        w.thread.join(timeout=WAIT)
    _check_quiet(path, acks, done + len(writers))
    return {
        "kills": done,
        "sweeps": sweeps,
        "acks": len(acks.entries) + len(acks.notes),
        "seconds": round(time.monotonic() - t0, 1),
        "by_writer": dict(acks.by_writer),
    }


@pytest.mark.parametrize(
    ("roles", "kills"),
    [(("dash", "cli"), 160 if LONG else 16), (("dash", "cli", "long"), 160 if LONG else 20)],
    ids=["two-writers", "three-writers"],
)
def test_sigkill_with_many_writers_loses_no_acknowledged_change(tmp_path, roles, kills, capsys):
    t0 = time.monotonic()
    figures: dict = {"kills": 0, "sweeps": 0, "acks": 0, "by_writer": {}}
    while figures["kills"] < kills:  # a fresh desk every PER_DESK kills
        path, ids = _new_desk(tmp_path / f"desk{figures['kills']}")
        n = min(PER_DESK, kills - figures["kills"])
        one = _run(path, ids, roles, n, seed=len(roles) * 100 + figures["kills"])
        for key in ("kills", "sweeps", "acks"):
            figures[key] += one[key]
        for role, count in one["by_writer"].items():
            figures["by_writer"][role] = figures["by_writer"].get(role, 0) + count
    figures["seconds"] = round(time.monotonic() - t0, 1)
    with capsys.disabled():
        print(f"\n{'+'.join(roles)}: {figures}")
    assert figures["kills"] >= kills
    assert figures["by_writer"].get("dash", 0) > 0 and figures["by_writer"].get("cli", 0) > 0
    if "long" in roles:
        assert figures["by_writer"].get("long", 0) > 0  # it published between kills
