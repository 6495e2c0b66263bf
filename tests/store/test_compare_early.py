"""Issue 18, compare at 100k claims within 3 s: printing the groups of a big file desk, the
entities' child is forked before the desk is opened and reads it too, with the features
file decoded once, by the parent, for both (store/comparison_early.py). Counted here
(forks, what each process builds or reads), never timed; the output must be the serial
run's, and whatever goes wrong with the early child (it fails, it read another state of
the desk, its comparison is never needed) leaves the verb's output as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimdesk.extract.compare import run as compare_run
from claimdesk.extract.compare import split
from claimdesk.store import ClaimStore, comparison_early, features
from claimdesk.store import comparison as cmp
from tests.store import test_compare_fork as fork_tests
from tests.store.test_compare_features import _copy
from tests.store.test_compare_fork import BIG, _entities_built_here, _verb

desk = fork_tests.desk  # (the sample desk, ingested: a module's fixture)
forks = fork_tests.forks  # (every fork, counted)


@pytest.fixture
def early_used(monkeypatch) -> list[bool]:
    """Whether each split run used the early child (True) or computed it all here."""
    used: list[bool] = []
    real = split._with_early

    def counted(early, articles):
        got = real(early, articles)
        used.append(got is not None)
        return got

    monkeypatch.setattr(split, "_with_early", counted)
    return used


def _serial(desk: Path, capsys, monkeypatch, *how: str) -> str:
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", BIG)
    monkeypatch.setattr(comparison_early, "EARLY_MIN_BYTES", 10**12)
    out = _verb(desk, capsys, *how)
    monkeypatch.setattr(compare_run, "FORK_MIN_CLAIMS", 0)  # (the sample desk is small)
    monkeypatch.setattr(comparison_early, "EARLY_MIN_BYTES", 0)
    return out


@pytest.mark.parametrize("how", [("--format", "jsonl"), ("--conflicts",), ()])
def test_the_entities_child_is_forked_before_the_desk_is_opened(
    desk: Path, capsys, monkeypatch, forks: list[int], early_used: list[bool], how
) -> None:
    serial = _serial(desk, capsys, monkeypatch, *how)
    assert forks == []
    opened: list[int] = []
    real_open = ClaimStore.__init__

    def counted(self, *args, **kw):
        opened.append(len(forks))  # (how many forks were made when this one opened)
        real_open(self, *args, **kw)

    monkeypatch.setattr(ClaimStore, "__init__", counted)
    built = _entities_built_here(monkeypatch)
    assert _verb(desk, capsys, *how) == serial
    assert len(forks) == 1 and early_used == [True]  # (no other fork: the split run's)
    assert opened == [1]  # this process opened the desk after the fork (the child did too)
    assert built == []  # the child's entities


def test_the_child_takes_the_entries_the_parent_decoded(
    desk: Path, capsys, monkeypatch, forks: list[int], early_used: list[bool]
) -> None:
    serial = _serial(desk, capsys, monkeypatch, "--format", "jsonl")
    parent = os.getpid()
    decoded_here: list[int] = []
    real = features.read_each

    def only_in_the_parent(path, one):
        if os.getpid() != parent:
            raise MemoryError  # the child reading the features file again: it fails
        decoded_here.append(1)
        return real(path, one)

    monkeypatch.setattr(features, "read_each", only_in_the_parent)
    assert _verb(desk, capsys, "--format", "jsonl") == serial
    assert early_used == [True] and decoded_here == [1]  # once, for both processes


def test_a_desk_changed_between_the_two_reads_is_compared_here(
    desk: Path, capsys, monkeypatch, forks: list[int], early_used: list[bool]
) -> None:
    serial = _serial(desk, capsys, monkeypatch, "--format", "jsonl")
    parent = os.getpid()
    real = comparison_early.fingerprint

    def another_state_in_the_child(store):
        return "another state" if os.getpid() != parent else real(store)

    monkeypatch.setattr(comparison_early, "fingerprint", another_state_in_the_child)
    built = _entities_built_here(monkeypatch)
    assert _verb(desk, capsys, "--format", "jsonl") == serial
    assert early_used == [False]  # the child's groups were not used ...
    assert built == [1]  # ... the parent worked out the entities itself


@pytest.mark.parametrize("dies_in", ["open", "entities"])
def test_a_failed_early_child_leaves_it_all_to_the_parent(
    desk: Path, capsys, monkeypatch, forks: list[int], early_used: list[bool], dies_in: str
) -> None:
    serial = _serial(desk, capsys, monkeypatch, "--format", "jsonl")
    parent = os.getpid()
    where, name = (comparison_early, "build_inputs") if dies_in == "open" else (split, "_Entities")
    real = getattr(where, name)

    def dies_in_the_child(*args, **kw):
        if os.getpid() != parent:
            raise MemoryError  # (as a child out of memory would)
        return real(*args, **kw)

    monkeypatch.setattr(where, name, dies_in_the_child)
    assert _verb(desk, capsys, "--format", "jsonl") == serial
    assert early_used == [False] and len(forks) == 1


def test_no_early_child_for_the_timeline_or_a_small_desk(
    desk: Path, capsys, monkeypatch, forks: list[int]
) -> None:
    timeline = _serial(desk, capsys, monkeypatch, "--kind", "timeline")
    assert _verb(desk, capsys, "--kind", "timeline") == timeline
    assert len(forks) == 1  # (the figures beside the links: beside.py, as before)
    monkeypatch.setattr(comparison_early, "EARLY_MIN_BYTES", 16 << 20)
    assert comparison_early.start(desk) is None  # (the sample desk: under a megabyte)


def test_an_unused_early_child_is_stopped(
    desk: Path, tmp_path: Path, capsys, monkeypatch, forks: list[int], early_used: list[bool]
) -> None:
    path = _copy(desk, tmp_path)
    with ClaimStore(path) as st:
        cmp.comparison(st)  # (a writer keeps it: the read-only verb finds it cached)
    serial = _serial(path, capsys, monkeypatch, "--format", "jsonl")
    assert _verb(path, capsys, "--format", "jsonl") == serial
    assert len(forks) == 1 and early_used == []  # started, never used ...
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # ... and stopped and reaped
    assert split.take_early() is None and not features._prefetch


def test_entries_decoded_elsewhere_are_the_ones_read_here(desk: Path, tmp_path: Path) -> None:
    path = _copy(desk, tmp_path)
    st = ClaimStore(path, readonly=True)
    prints = st.fingerprints()
    aid = next(iter(prints))
    prints[aid] = "a fingerprint of another state of the article"
    want = features.read_entries(st, prints)
    assert want[aid] is None and sum(e is not None for e in want.values()) > 1
    got = features.decode_each(path)
    features._prefetch[features.prefetch_key(path)] = comparison_early._Given(got)
    assert features.read_entries(st, prints) == want
    assert not features._prefetch  # (taken once)
