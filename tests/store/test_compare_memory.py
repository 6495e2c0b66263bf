"""What `claimdesk compare` holds while it compares (issue 18: 400 MB at 100k claims): no
article text once the kept features stand in for it, one copy of each word the features
repeat, the entity stage's name caches emptied; the output stays byte for byte what the
comparison that reads every article again gives (sample articles through the real
command)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.extract.compare import compare
from claimdesk.extract.compare.entity_links import _name_relation, _names_clash
from claimdesk.extract.compare.nodes import _node_shape
from claimdesk.store import ClaimStore, features
from claimdesk.store import comparison as cmp
from claimdesk.store.heap import give_back
from claimdesk.store.ingest import ingest_paths
from claimdesk.store.paths import features_path
from tests.store.test_compare_features import SAMPLES, _copy


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The sample articles, ingested (their features kept)."""
    path = tmp_path_factory.mktemp("compare-memory") / "desk.json"
    with ClaimStore(path) as st:
        assert all(r.status == "added" for r in ingest_paths(st, SAMPLES))
    return path


def run_compare(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk", "--db", str(path), "compare", "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_inputs_with_kept_features_hold_no_article_text(desk: Path) -> None:
    st = ClaimStore(desk, readonly=True)
    inputs = cmp.build_inputs(st)
    assert inputs and all(a.features is not None for a in inputs)
    assert all(a.body == "" for a in inputs)  # (the store's copy goes with the desk)
    assert any(art.body for art in st.articles())


def test_the_command_gives_what_reading_every_article_gives(desk: Path, tmp_path: Path) -> None:
    kept, bare = tmp_path / "kept", tmp_path / "bare"
    kept.mkdir()
    bare.mkdir()
    joined = run_compare(_copy(desk, kept))
    path = _copy(desk, bare, with_features=False)
    assert not features_path(path).exists()
    read_whole = run_compare(path)  # every article read again (none kept: read-only)
    assert joined == read_whole and joined.count("\n") > 3
    assert {json.loads(line)["kind"] for line in joined.splitlines()} >= {"same-entity"}


def test_repeated_words_of_the_features_are_one_string(desk: Path) -> None:
    raw = features.read_raw(desk)
    words: dict[str, list[str]] = {}
    for entry in filter(None, map(features.decode, raw.values())):
        for w in entry.features.story_words:
            words.setdefault(w, []).append(w)
    repeated = [ws for ws in words.values() if len(ws) > 1]
    assert repeated
    assert all(all(w is ws[0] for w in ws) for ws in repeated)


def test_the_entity_stage_lets_go_of_its_name_caches(desk: Path) -> None:
    st = ClaimStore(desk, readonly=True)
    compare(cmp.build_inputs(st), decisions=cmp.decisions(st))
    for cached in (_names_clash, _name_relation, _node_shape):
        assert cached.cache_info().currsize == 0


def test_giving_memory_back_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """give_back() finds malloc_trim in the process's own symbols: looking the C library
    up by name ran `ldconfig -p` in a child, forked from a process holding a whole desk."""
    import ctypes.util
    import platform
    import subprocess

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("give_back started a process")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(ctypes.util, "find_library", refuse)
    assert give_back() in (True, False)
    if platform.libc_ver()[0] == "glibc":
        assert hasattr(ctypes.CDLL(None), "malloc_trim")
