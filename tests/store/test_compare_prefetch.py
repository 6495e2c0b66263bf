"""Issue 18, compare at 100k claims within 3 s: `claimdesk compare` on a file desk has its
features file decoded by a forked helper while it opens the desk
(store/comparison_prefetch.py), and builds its inputs from what the helper sent. Counted
here (forks, what each process decodes), never timed; the output must be the one of the
verb reading the file itself, and a helper that fails or is never needed changes
nothing but leaves no process behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore, comparison_prefetch, features
from claimdesk.store import comparison as cmp
from tests.store import test_compare_fork as fork_tests
from tests.store.test_compare_features import _copy
from tests.store.test_compare_fork import BIG, _verb

desk = fork_tests.desk  # (the sample desk, ingested: a module's fixture)
forks = fork_tests.forks  # (every fork, counted)


@pytest.fixture
def helped(monkeypatch) -> list[bool]:
    """Whether each helper's entries were taken (True) or it failed (False)."""
    took: list[bool] = []
    real = comparison_prefetch.Prefetch.take

    def counted(self):
        got = real(self)
        took.append(got is not None)
        return got

    monkeypatch.setattr(comparison_prefetch.Prefetch, "take", counted)
    return took


@pytest.fixture
def decoded_here(monkeypatch) -> list[int]:
    """Every decoding of a features entry in this process (a forked helper's not counted)."""
    parent = os.getpid()
    made: list[int] = []
    real = features._parts

    def counted(raw):
        if os.getpid() == parent:
            made.append(1)
        return real(raw)

    monkeypatch.setattr(features, "_parts", counted)
    return made


def _alone(desk: Path, capsys, monkeypatch, *how: str) -> str:
    """The verb's output, in one process reading the features file itself."""
    monkeypatch.setattr(fork_tests.compare_run, "FORK_MIN_CLAIMS", BIG)
    monkeypatch.setattr(comparison_prefetch, "PREFETCH_MIN_BYTES", 10**12)
    out = _verb(desk, capsys, *how)
    monkeypatch.setattr(comparison_prefetch, "PREFETCH_MIN_BYTES", 0)  # (a small desk)
    return out


@pytest.mark.parametrize("how", [("--format", "jsonl"), ("--kind", "timeline"), ()])
def test_the_features_are_decoded_by_a_helper_while_the_desk_opens(
    desk: Path, capsys, monkeypatch, forks: list[int], helped, decoded_here, how
) -> None:
    alone = _alone(desk, capsys, monkeypatch, *how)
    assert forks == [] and decoded_here
    decoded_here.clear()
    opened: list[int] = []
    real_open = ClaimStore.__init__

    def counted(self, *args, **kw):
        opened.append(len(forks))  # (how many forks were made when the desk opened)
        real_open(self, *args, **kw)

    monkeypatch.setattr(ClaimStore, "__init__", counted)
    assert _verb(desk, capsys, *how) == alone
    assert len(forks) == 1 and opened == [1]  # the helper, started before the open
    assert helped == [True]
    assert decoded_here == []  # every entry decoded by the helper, none here


@pytest.mark.parametrize("dies", ["decoding", "sending"])
def test_a_failed_helper_leaves_the_file_to_this_process(
    desk: Path, capsys, monkeypatch, forks: list[int], helped, decoded_here, dies: str
) -> None:
    alone = _alone(desk, capsys, monkeypatch, "--format", "jsonl")
    decoded_here.clear()
    parent = os.getpid()
    real = features.decode_each

    def fails_in_the_helper(path):
        if os.getpid() == parent:
            return real(path)
        if dies == "decoding":
            raise MemoryError  # (as a helper out of memory would)
        got = real(path)
        got["torn"] = (None, (lambda: None,))  # (no pickle: the message breaks off)
        return got

    monkeypatch.setattr(features, "decode_each", fails_in_the_helper)
    assert _verb(desk, capsys, "--format", "jsonl") == alone
    assert len(forks) == 1 and helped == [False]
    assert decoded_here  # (read here, as before)
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # (reaped)


def test_an_unused_helper_is_stopped(
    desk: Path, tmp_path: Path, capsys, monkeypatch, forks: list[int], helped
) -> None:
    path = _copy(desk, tmp_path)
    with ClaimStore(path) as st:
        cmp.comparison(st)  # (a writer keeps it: the read-only verb finds it cached)
    alone = _alone(path, capsys, monkeypatch, "--format", "jsonl")
    assert _verb(path, capsys, "--format", "jsonl") == alone
    assert len(forks) == 1 and helped == []  # started, never taken ...
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # ... and stopped and reaped
    assert not features._prefetch


def test_no_helper_for_a_small_features_file(desk: Path, forks: list[int]) -> None:
    assert comparison_prefetch.PREFETCH_MIN_BYTES == 1 << 20
    assert features.features_path(desk).stat().st_size < 1 << 20  # (the sample desk)
    assert comparison_prefetch.start(desk) is None and forks == []


def test_entries_decoded_elsewhere_are_the_ones_read_here(
    desk: Path, tmp_path: Path, monkeypatch, forks: list[int]
) -> None:
    path = _copy(desk, tmp_path)
    st = ClaimStore(path, readonly=True)
    prints = st.fingerprints()
    aid = next(iter(prints))
    prints[aid] = "a fingerprint of another state of the article"
    want = features.read_entries(st, prints)
    assert want[aid] is None and sum(e is not None for e in want.values()) > 1
    monkeypatch.setattr(comparison_prefetch, "PREFETCH_MIN_BYTES", 0)
    helper = comparison_prefetch.start(path)
    assert helper is not None and len(forks) == 1
    assert features.read_entries(st, prints) == want
    assert not features._prefetch  # (taken once)
