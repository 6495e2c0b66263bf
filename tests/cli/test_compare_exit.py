"""`claimdesk compare` as its own process ends once its output is out (issue 18): no
freeing of the comparison's data object by object, the output whole, the exit code kept;
a caller's main([...]) returns as before and holds nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimdesk.cli.main import main
from claimdesk.extract.compare import compare
from claimdesk.extract.compare.hold import held_count, holding
from claimdesk.store import ClaimStore
from claimdesk.store.comparison import build_inputs
from tests.support.compare_store_records import two_outlet_desk

# the command line of a process of its own, with an exit handler that says when it ran:
# interpreter shutdown (what os._exit skips) runs it
_VERB = (
    "import atexit, sys\n"
    "atexit.register(lambda: sys.stderr.write('shutdown ran\\n'))\n"
    "from claimdesk.cli.main import main\n"
    "sys.exit(main())\n"
)


@pytest.fixture
def db(tmp_path):
    return two_outlet_desk(tmp_path)


def _process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _VERB, *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("how", [("--format", "jsonl"), ("--kind", "timeline"), ()])
def test_the_process_ends_after_its_whole_output(db, capsys, how) -> None:
    assert main(["compare", "--db", str(db), *how]) == 0
    expected = capsys.readouterr().out
    done = _process("--db", str(db), "compare", *how)
    assert done.returncode == 0
    assert done.stdout == expected and expected
    assert "shutdown ran" not in done.stderr  # ended at os._exit, not by a shutdown


def test_an_error_is_still_one_line_and_a_status(tmp_path) -> None:
    done = _process("--db", str(tmp_path / "none.json"), "compare")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 + ("shutdown" in done.stderr)
    assert "no store" in done.stderr


def test_a_callers_main_returns_and_holds_nothing(db, capsys) -> None:
    assert main(["compare", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out and held_count() == 0


def test_compare_holds_its_inputs_only_inside_holding(db) -> None:
    with ClaimStore(db, readonly=True) as st:
        inputs = build_inputs(st)
    compare(inputs)
    assert held_count() == 0
    with holding():
        compare(inputs)
        assert held_count() >= 1
    with holding(False):
        compare(inputs)
        assert held_count() == 0
    assert held_count() == 0


def test_the_verb_leaves_its_child_to_be_reaped_at_exit(db, monkeypatch) -> None:
    """Printing groups in two processes (extract/compare/split.py): a caller waits for the
    child; inside holding() (the verb's own process, which ends at os._exit) it does not
    (the child's exit was ~70 ms on the verb's path), and the groups are the same."""
    import os

    from claimdesk.extract.compare import beside, split
    from claimdesk.extract.compare import run as compare_run

    with ClaimStore(db, readonly=True) as st:
        inputs = build_inputs(st, dated=False)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    forked: list[int] = []
    waited: list[int] = []
    real_fork, real_wait = os.fork, os.waitpid

    def fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(split.os, "fork", fork)
    monkeypatch.setattr(split.os, "waitpid", lambda pid, o: waited.append(pid) or real_wait(pid, o))
    serial = compare(inputs, groups_only=True)
    two = compare(inputs, groups_only=True, processes=2)
    assert len(forked) == 1 and waited == forked
    with holding():
        held = compare(inputs, groups_only=True, processes=2)
    assert len(forked) == 2 and waited == forked[:1]
    real_wait(forked[1], 0)  # (this test's process goes on: reaped here)
    assert held.groups == two.groups == serial.groups
