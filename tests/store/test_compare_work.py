"""Work `claimdesk compare` does not do (issue 18: compare at 100k claims within 3 s):
no collection of the cyclic garbage collector while the one-shot verb reads the desk
and compares (each walked every live object: 0.5 s of CPU at 100k claims), counted
here, never timed. The output is checked against the comparison computed directly."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from claimdesk.cli.main import build_parser, main
from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.store.ingest import ingest_paths
from tests.store.test_compare_features import SAMPLES


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The sample articles, ingested (their features kept)."""
    path = tmp_path_factory.mktemp("compare-work") / "desk.json"
    with ClaimStore(path) as st:
        assert all(r.status == "added" for r in ingest_paths(st, SAMPLES))
    return path


def test_the_verb_runs_no_garbage_collection(desk: Path, capsys) -> None:
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    args = build_parser().parse_args(["--db", str(desk), "compare", "--format", "jsonl"])
    args.db = args.top_db
    gc.collect()
    threshold = gc.get_threshold()
    gc.set_threshold(100, *threshold[1:])  # (a small desk: as often as a big one would)
    gc.callbacks.append(count)
    try:  # (the verb itself: the parser's own start-up is not the desk's)
        assert args.func(args) == 0
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
    assert gc.isenabled()  # (given back as it was)
    assert len(collections) <= 1  # (the young objects once, as the collector is given back)
    rows = capsys.readouterr().out.splitlines()
    direct = cmp.comparison(ClaimStore(desk, readonly=True))
    assert direct is not None
    assert [json.loads(r)["id"] for r in rows] == [g.id for g in direct.groups]


def test_the_dashboards_compare_child_runs_no_garbage_collection(
    desk: Path, tmp_path: Path
) -> None:
    from claimdesk.store import compare_child

    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    out = tmp_path / "comparison.pickle"
    gc.collect()
    threshold = gc.get_threshold()
    gc.set_threshold(100, *threshold[1:])
    gc.callbacks.append(count)
    try:
        assert compare_child.main([str(desk), str(out)]) == 0
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
    assert gc.isenabled()
    assert len(collections) <= 1
    assert out.stat().st_size > 0


def test_groups_are_printed_without_working_out_the_timeline(
    desk: Path, capsys, monkeypatch
) -> None:
    from claimdesk.extract.compare import run as compare_run

    calls: list[int] = []
    real = compare_run.timeline

    def counted(articles):
        calls.append(len(articles))
        return real(articles)

    monkeypatch.setattr(compare_run, "timeline", counted)
    direct = cmp.comparison(ClaimStore(desk, readonly=True))
    assert direct is not None and direct.timeline and len(calls) == 1
    assert main(["--db", str(desk), "compare", "--format", "jsonl"]) == 0
    assert len(calls) == 1  # (the groups: no timeline worked out)
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [g.id for g in direct.groups]
    assert main(["--db", str(desk), "compare", "--kind", "timeline", "--format", "jsonl"]) == 0
    assert len(calls) == 2  # (the timeline asked for: worked out)
    events = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert events == [e.to_dict() for e in direct.timeline]
