"""Two reviewers marking one desk from two shells at once lose nothing.

Each loop runs `claimdesk mark ID --status S --note N --reviewer R` again and again on a
desk ingested from sample_data/, both loops at the same time: once as two shell scripts of
real `claimdesk` processes, once as two Python processes calling the CLI's main() per mark
(a fresh store opened each time, as a shell's command would, without the start-up cost).
Every mark carries a note of its own, so each one changes the claim and must appear in
history, by its reviewer, in its loop's order; each claim ends as its last mark left it.
CLAIMDESK_LONG=1 runs the real processes 50 times per loop too (CONTRIBUTING.md).
"""

from __future__ import annotations

import os
import random
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.cli.main import main
from claimdesk.store import STATUSES, ClaimStore
from tests.support.desk_model import check_desk
from tests.support.paths import SAMPLE_DATA

LONG = os.environ.get("CLAIMDESK_LONG") == "1"
ARTICLE = SAMPLE_DATA / "velmora_fire_meridian.txt"
CLAIMDESK = Path(sys.executable).with_name("claimdesk")
# A loop of main() calls in a process of its own; prints each mark after it returned.
IN_PROCESS_LOOP = """
import contextlib, io, sys
from claimdesk.cli.main import main

db, who, *plan = sys.argv[1:]
for i, item in enumerate(plan, 1):
    cid, status = item.split(":")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", db, "mark", cid, "--status", status,
                     "--note", f"{who} {i}", "--reviewer", who])
    if code != 0 or "1 claim(s) changed" not in out.getvalue():
        sys.exit(f"mark {i} failed ({code}): {out.getvalue()}")
    print(f"ack {i}", flush=True)
"""


@pytest.fixture
def desk(tmp_path: Path) -> tuple[str, list[str]]:
    db = str(tmp_path / "desk.json")
    assert main(["--db", db, "ingest", str(ARTICLE), "--published", "2025-05-02"]) == 0
    with ClaimStore(db, readonly=True) as s:
        ids = [c.id for c in s.claims()]
    return db, ids


def _plans(ids: list[str], n: int, seed: int) -> dict[str, list[tuple[str, str]]]:
    """Each reviewer's marks: mostly a few shared claims, so the loops collide."""
    rng = random.Random(seed)
    hot = ids[:4]

    def one() -> tuple[str, str]:
        return rng.choice(hot if rng.random() < 0.7 else ids), rng.choice(STATUSES)

    return {who: [one() for _ in range(n)] for who in ("alice", "bob")}


def _shell_script(db: str, who: str, plan: list[tuple[str, str]]) -> str:
    lines = ["set -e"]
    for i, (cid, status) in enumerate(plan, 1):
        argv = [str(CLAIMDESK), "--db", db, "mark", cid, "--status", status]
        argv += ["--note", f"{who} {i}", "--reviewer", who]
        lines.append(shlex.join(argv) + f" && echo 'ack {i}'")
    return "\n".join(lines) + "\n"


def _check(db: str, plans: dict[str, list[tuple[str, str]]], outputs: dict[str, str]) -> None:
    for who, plan in plans.items():
        acks = [line for line in outputs[who].splitlines() if line.startswith("ack ")]
        assert acks == [f"ack {i}" for i in range(1, len(plan) + 1)], outputs[who][-500:]
    history = check_desk(Path(db), [])
    # each mark one entry, and a mark of a contested claim with its own verdict one more
    # before it: the confirmation, which changes neither status nor note
    marks = [e for e in history if (e.from_status, e.from_note) != (e.to_status, e.to_note)]
    assert len(marks) == sum(len(p) for p in plans.values())
    for who, plan in plans.items():
        mine = [e for e in marks if e.reviewer == who]
        # every mark is there, by its reviewer, in the order the loop made them
        assert [(e.claim_id, e.to_status, e.to_note) for e in mine] == [
            (cid, status, f"{who} {i}") for i, (cid, status) in enumerate(plan, 1)
        ]
    last = {e.claim_id: e for e in marks}
    with ClaimStore(db, readonly=True) as r:
        for cid, e in last.items():
            c = r.claim(cid)
            assert (c.status, c.note, c.note_by) == (e.to_status, e.to_note, e.reviewer)


def _run_loops(commands: dict[str, list[str]]) -> dict[str, str]:
    """Start every reviewer's loop at once; each one's output once all have ended."""
    procs = {
        who: subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for who, argv in commands.items()
    }
    outputs = {}
    for who, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outputs[who] = out
    return outputs


def test_two_shell_loops_of_real_claimdesk_processes_lose_no_mark(desk):
    db, ids = desk
    plans = _plans(ids, 50 if LONG else 12, seed=13)
    commands = {who: ["bash", "-c", _shell_script(db, who, plan)] for who, plan in plans.items()}
    _check(db, plans, _run_loops(commands))


def test_two_loops_of_cli_marks_in_two_processes_lose_no_mark(desk):
    db, ids = desk
    plans = _plans(ids, 50, seed=31)
    commands = {
        who: [sys.executable, "-c", IN_PROCESS_LOOP, db, who]
        + [f"{cid}:{status}" for cid, status in plan]
        for who, plan in plans.items()
    }
    _check(db, plans, _run_loops(commands))
