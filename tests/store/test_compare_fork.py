"""`claimdesk compare` on a big desk computes the figures (and, printing groups, the
entity groups) in one forked child beside the same-claim text links (issue 18, compare
at 100k claims within 3 s: two cores, one process each). Counted here (forks), never
timed; the output must be the serial run's, byte for byte: the verb's lines and the
dashboard's compare child's pickle."""

from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path

import pytest

from claimdesk.cli.main import build_parser
from claimdesk.extract.compare import beside
from claimdesk.extract.compare import run as compare_run
from claimdesk.store import ClaimStore, compare_child
from claimdesk.store import comparison as cmp
from claimdesk.store.ingest import ingest_paths
from tests.store.test_compare_features import SAMPLES

BIG = 10**9  # a threshold no test desk reaches: the serial run


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The sample articles, ingested (their features kept): figure groups and twins."""
    path = tmp_path_factory.mktemp("compare-fork") / "desk.json"
    with ClaimStore(path) as st:
        assert all(r.status == "added" for r in ingest_paths(st, SAMPLES))
    return path


@pytest.fixture
def forks(monkeypatch) -> list[int]:
    """Every fork made, counted (and made: the real os.fork); the thread check passes
    (a test run may hold other tests' idle threads)."""
    made: list[int] = []
    real = os.fork

    def counting() -> int:
        pid = real()
        if pid:
            made.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting)
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    return made


def _verb(desk: Path, capsys, *extra: str) -> str:
    args = build_parser().parse_args(["--db", str(desk), "compare", *extra])
    args.db = args.top_db
    assert args.func(args) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "how", [("--format", "jsonl"), ("--conflicts",), ("--kind", "timeline"), ()]
)
def test_the_verb_computes_the_figures_in_one_forked_child(
    desk: Path, capsys, monkeypatch, forks: list[int], how: tuple[str, ...]
) -> None:
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", BIG)
    serial = _verb(desk, capsys, *how)
    assert forks == []
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)  # (the sample desk is small)
    forked = _verb(desk, capsys, *how)
    assert len(forks) == 1
    assert forked == serial
    if how == ("--format", "jsonl"):
        assert '"kind": "figures"' in serial  # (the child's groups are in the output)


def test_a_small_desk_is_compared_in_one_process(desk: Path, capsys, forks: list[int]) -> None:
    assert compare_run.FORK_MIN_CLAIMS > 1000  # the sample desk: 584 claims
    _verb(desk, capsys, "--format", "jsonl")
    assert forks == []


def test_the_compare_childs_file_is_byte_identical_forked(
    desk: Path, tmp_path: Path, monkeypatch, forks: list[int]
) -> None:
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", BIG)
    assert compare_child.main([str(desk), str(tmp_path / "serial")]) == 0
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    assert compare_child.main([str(desk), str(tmp_path / "forked")]) == 0
    assert len(forks) == 1
    serial = (tmp_path / "serial").read_bytes()
    assert (tmp_path / "forked").read_bytes() == serial
    _fp, result = pickle.loads(serial)
    assert any(g.kind == "figures" for g in result.groups)


def test_no_fork_while_another_thread_runs(desk: Path, monkeypatch) -> None:
    made: list[int] = []
    real = os.fork
    monkeypatch.setattr(os, "fork", lambda: made.append(1) or real())
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    inputs = cmp.build_inputs(ClaimStore(desk, readonly=True))
    serial = compare_run.compare(inputs)  # (processes=1: never a fork)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with_thread = compare_run.compare(inputs, processes=2)
    finally:
        stop.set()
        other.join()
    assert made == []
    assert with_thread == serial


def test_a_failed_child_leaves_the_figures_to_the_parent(
    desk: Path, monkeypatch, forks: list[int]
) -> None:
    inputs = cmp.build_inputs(ClaimStore(desk, readonly=True))
    serial = compare_run.compare(inputs)
    parent = os.getpid()
    real = compare_run._figures

    def dies_in_the_child(*args, **kw):
        if os.getpid() != parent:
            raise MemoryError  # (as a child out of memory would)
        return real(*args, **kw)

    monkeypatch.setattr(compare_run, "_figures", dies_in_the_child)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    assert compare_run.compare(inputs, processes=2) == serial
    assert len(forks) == 1


def test_a_result_larger_than_the_pipe_comes_back_whole(forks: list[int]) -> None:
    big = [f"row {i}" for i in range(50_000)]  # ~0.5 MB pickled: many pipe buffers
    running = beside.start_beside(lambda: big, fork=True)
    assert running.pid != 0
    assert running.result() == big
    assert len(forks) == 1


def test_printing_groups_leaves_the_entity_groups_to_the_child(
    desk: Path, capsys, monkeypatch, forks: list[int]
) -> None:
    from claimdesk.extract.compare.entities import _Entities

    parent = os.getpid()
    built_here: list[int] = []
    real = _Entities.groups

    def counted(self):
        if os.getpid() == parent:
            built_here.append(1)
        return real(self)

    monkeypatch.setattr(_Entities, "groups", counted)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", BIG)
    serial = _verb(desk, capsys, "--format", "jsonl")
    assert len(built_here) == 1
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    forked = _verb(desk, capsys, "--format", "jsonl")
    assert len(forks) == 1
    assert len(built_here) == 1  # (the child's, not this process's)
    assert forked == serial
    assert '"kind": "same-entity"' in serial
    _verb(desk, capsys, "--kind", "timeline")  # the timeline needs them here (the index)
    assert len(built_here) == 2


def _entities_built_here(monkeypatch) -> list[int]:
    """Every _Entities this process builds (a forked child's are not counted)."""
    from claimdesk.extract.compare.entities import _Entities

    parent = os.getpid()
    built: list[int] = []
    real = _Entities.__init__

    def counted(self, *args, **kw):
        if os.getpid() == parent:
            built.append(1)
        real(self, *args, **kw)

    monkeypatch.setattr(_Entities, "__init__", counted)
    return built


def test_printing_groups_leaves_the_entities_to_the_child(
    desk: Path, capsys, monkeypatch, forks: list[int]
) -> None:
    built = _entities_built_here(monkeypatch)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", BIG)
    serial = _verb(desk, capsys, "--format", "jsonl")
    assert built == [1]
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    forked = _verb(desk, capsys, "--format", "jsonl")
    assert len(forks) == 1
    assert built == [1]  # the child's entities: the parent only tokenised and linked texts
    assert forked == serial
    for kind in ("same-claim", "same-entity", "figures"):
        assert f'"kind": "{kind}"' in serial


@pytest.mark.parametrize("dies_in", ["_Entities", "_figures"])
def test_a_failed_entities_child_leaves_it_all_to_the_parent(
    desk: Path, monkeypatch, forks: list[int], dies_in: str
) -> None:
    from claimdesk.extract.compare import split

    inputs = cmp.build_inputs(ClaimStore(desk, readonly=True))
    serial = compare_run.compare(inputs, groups_only=True)
    parent = os.getpid()
    real = getattr(split, dies_in)

    def dies_in_the_child(*args, **kw):
        if os.getpid() != parent:
            raise MemoryError  # (as a child out of memory would)
        return real(*args, **kw)

    monkeypatch.setattr(split, dies_in, dies_in_the_child)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    splits: list[object] = []
    real_split = compare_run.split_groups
    monkeypatch.setattr(
        compare_run, "split_groups", lambda *a: splits.append(real_split(*a)) or splits[-1]
    )
    built = _entities_built_here(monkeypatch)
    assert compare_run.compare(inputs, groups_only=True, processes=2) == serial
    assert len(forks) == 1
    assert splits == [None]  # the child failed: nothing of it is used
    assert built == [1]  # (the parent's own, after the child failed)


def test_the_reviewers_decisions_reach_the_entities_child(
    desk: Path, tmp_path: Path, capsys, monkeypatch, forks: list[int]
) -> None:
    import shutil

    decided = tmp_path / "decided.json"
    for p in desk.parent.iterdir():  # (a copy: the module's desk stays undecided)
        if p.name.startswith(desk.name) and p.is_file() and not p.name.endswith(".lock"):
            shutil.copy2(p, tmp_path / p.name.replace(desk.name, decided.name))
    with ClaimStore(decided) as st:
        entity_groups = [g for g in cmp.comparison(st).groups if g.kind == "same-entity"]
        assert len(entity_groups) >= 2
        cmp.split_merge(st, entity_groups[0])
        cmp.confirm_merge(st, entity_groups[1])
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", BIG)
    serial = _verb(decided, capsys, "--format", "jsonl")
    assert serial != _verb(desk, capsys, "--format", "jsonl")  # (the decisions count)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)
    built = _entities_built_here(monkeypatch)
    assert _verb(decided, capsys, "--format", "jsonl") == serial
    assert len(forks) == 1
    assert built == []  # (the child's entities, with the decisions)
