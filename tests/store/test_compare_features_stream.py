"""Issue 18, compare at 100k claims under 400 MB: the kept features file is decoded one
entry at a time when a comparison builds its inputs, never parsed whole beside the desk
(86 MB of JSON objects at 100k claims). What it gives is what the whole-file reader gave:
the same entries, a damaged file read again from the articles, a line appended since
winning over the entry before it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore, features
from claimdesk.store import comparison as cmp
from claimdesk.store.ingest import ingest_paths
from claimdesk.store.paths import features_path
from tests.store.test_compare_features import SAMPLES, _copy


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("features-stream") / "desk.json"
    with ClaimStore(path) as st:
        assert all(r.status == "added" for r in ingest_paths(st, SAMPLES))
    return path


def _whole_file(path: Path) -> dict:
    """What the whole-file reader decodes, article by article."""
    st = ClaimStore(path, readonly=True)
    prints = st.fingerprints()
    raw = features.read_raw(path)
    return {
        aid: features.decode(r) if features.fingerprint_of(r) == prints.get(aid) else None
        for aid, r in raw.items()
    }


def test_inputs_never_parse_the_whole_features_file(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = ClaimStore(desk, readonly=True)
    want = cmp.build_inputs(st)

    def whole(_path: Path) -> dict:
        raise AssertionError("the whole features file parsed at once")

    monkeypatch.setattr(features, "read_raw", whole)
    st = ClaimStore(desk, readonly=True)
    got = cmp.build_inputs(st)
    assert got == want and all(a.features is not None for a in got)


def test_entries_are_the_whole_file_readers(desk: Path) -> None:
    st = ClaimStore(desk, readonly=True)
    got = features.read_entries(st, st.fingerprints())
    assert got == _whole_file(desk)
    assert got and all(e is not None for e in got.values())


def test_a_line_appended_since_wins(desk: Path, tmp_path: Path) -> None:
    path = _copy(desk, tmp_path)
    st = ClaimStore(path, readonly=True)
    aid = next(iter(st.fingerprints()))
    stale = ["not-the-fingerprint", [], [], [], {}, {}]
    with open(features_path(path), "a") as fh:
        fh.write("\n" + json.dumps([aid, stale]))
    got = features.read_entries(st, st.fingerprints())
    assert got[aid] is None and got == _whole_file(path)
    _, to_keep = cmp._build_inputs(st)  # that article read from its text again
    assert to_keep is not None and features.fingerprint_of(to_keep[aid]) != "not-the-fingerprint"


@pytest.mark.parametrize("cut", [0.5, 0.99])
def test_a_damaged_file_is_read_as_before(desk: Path, tmp_path: Path, cut: float) -> None:
    path = _copy(desk, tmp_path)
    data = features_path(path).read_bytes()
    features_path(path).write_bytes(data[: int(len(data) * cut)])
    st = ClaimStore(path, readonly=True)
    assert features.read_entries(st, st.fingerprints()) == {} == _whole_file(path)
    _, to_keep = cmp._build_inputs(st)  # every article read from its text again
    assert to_keep is not None and set(to_keep) == set(st.fingerprints())
