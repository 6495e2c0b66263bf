"""Smoke test of the benchmarks: the runners work and report sane numbers.

No timing is asserted (the machine is shared): only that every runner finishes in quick
mode, with the [test] dependencies alone, and reports finite, non-negative figures.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import corpus
from benchmarks.harness import Result, discover, median, p95, summarize
from tests.support.paths import REPO

ROOT = REPO


def test_median_and_p95_nearest_rank():
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5
    xs = [float(i) for i in range(1, 101)]
    assert p95(xs) == 95.0
    assert p95([1.0, 2.0, 3.0, 4.0, 5.0]) == 5.0
    assert summarize([2.0, 1.0]) == (1.5, 2.0)
    with pytest.raises(ValueError):
        median([])


def test_result_ratio_and_verdict():
    # lower is better: 2 ms against a 400 ms peer is 200x better
    r = Result("write", "ms", 2.0, 4.0, target=5.0, check="p95", peer_median=400.0, min_ratio=100.0)
    assert r.ratio == pytest.approx(200.0)
    assert r.verdict == "pass"
    assert Result("write", "ms", 2.0, 6.0, target=5.0, check="p95").verdict == "miss"
    assert (
        Result("write", "ms", 2.0, target=5.0, peer_median=100.0, min_ratio=100.0).verdict == "miss"
    )
    # higher is better: throughput
    t = Result("x", "articles/s", 250.0, target=200.0, higher_is_better=True, peer_median=5.0)
    assert t.ratio == pytest.approx(50.0)
    assert t.verdict == "pass"
    assert Result("x", "articles/s", 150.0, target=200.0, higher_is_better=True).verdict == "miss"
    assert Result("info", "ms", 1.0).verdict == "-"
    assert Result.from_json(json.loads(json.dumps(r.to_json()))) == r


def test_corpus_is_deterministic_and_prefix_stable():
    a = corpus.articles(12)
    assert [x.text for x in corpus.articles(5)] == [x.text for x in a[:5]]
    assert [x.text for x in corpus.articles(12)] == [x.text for x in a]
    assert [x.text for x in corpus.articles(5, seed=8)] != [x.text for x in a[:5]]
    assert len({x.text for x in a}) == len(a)


def test_corpus_articles_look_like_news():
    arts = corpus.articles(60)
    words = [len(a.text.split()) for a in arts if a.name.endswith(".txt")]
    assert 600 <= sum(words) / len(words) <= 1000
    assert any(a.name.endswith(".html") for a in arts)
    assert any(a.name.endswith(".md") for a in corpus.articles(200))
    assert all(a.published[:2] == "20" for a in arts)
    texts = "\n".join(a.text for a in arts)
    assert "“" in texts and '"' in texts  # curly and straight quote marks
    assert "Publisher:" in texts  # aggregator wrappers
    assert "What's New" in texts  # section headings
    assert " said " in texts and "%" in texts


def test_runner_modules_follow_the_protocol():
    import importlib

    names = discover()
    assert {"extract", "ingest", "live"} <= set(names)
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        assert callable(module.run), name


def test_quick_run_of_every_runner(tmp_path):
    """`python -m benchmarks --quick` end to end, with the [bench] peers hidden."""
    expected = set(discover())
    env = dict(os.environ, CLAIMDESK_BENCH_OUT=str(tmp_path), CLAIMDESK_BENCH_NO_PEERS="1")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "figure" in proc.stdout and "median" in proc.stdout
    data = json.loads((tmp_path / "results-quick.json").read_text())
    runners = {r["name"]: r for r in data["runners"]}
    assert set(runners) >= expected
    for name, r in runners.items():
        assert r["error"] is None, (name, r["error"])
        assert r["results"], name
        for res in r["results"]:
            for key in ("median", "p95", "peer_median", "peer_p95"):
                v = res[key]
                if v is not None:
                    assert math.isfinite(v) and v >= 0, (name, res["name"], key, v)
    figures = {res["name"] for r in runners.values() for res in r["results"]}
    assert any(f.startswith("extraction,") for f in figures)
    assert any("peak memory" in f for f in figures)
    # the live desk (issue 13): each figure is there, and each was measured, not left at 0
    live = {res["name"].split(" @")[0]: res for res in runners["live"]["results"]}
    assert set(live) >= {
        "verdict write with 3 other writers",
        "verdict write, one writer alone",
        "dashboard UI time taking in 100 external verdicts",
        "external verdicts to the header",
        "keystroke to frame while 100 verdicts arrive",
        "idle dashboard CPU",
    }
    assert live["verdict write with 3 other writers"]["peer_median"] > 0  # the writer alone
    assert live["dashboard UI time taking in 100 external verdicts"]["median"] > 0
    assert live["keystroke to frame while 100 verdicts arrive"]["peer_median"] > 0
    assert live["idle dashboard CPU"]["peer_median"] is not None
    # issue 18: stats and rows at a desk and at one ten times larger, each measured
    scale = runners["scale"]["results"]
    assert [res["name"].split(" @")[0] for res in scale] == [
        "claimdesk stats",
        "claimdesk stats",
        "dashboard rows on screen",
        "dashboard rows on screen",
    ]
    assert all(res["median"] > 0 for res in scale)


def test_the_previous_code_runs_from_its_own_tree(tmp_path):
    """benchmarks/previous.py: a child started in the tree imports the tree's claimdesk
    (not this checkout's editable install) and this checkout's benchmarks."""
    from benchmarks.harness import _child_env
    from benchmarks.previous import previous_tree

    tree = previous_tree(tmp_path / "previous")
    if tree is None:
        pytest.skip("no git history in this checkout")
    code = "import benchmarks, claimdesk.store.source_rows as m; print(m.__file__)"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tree,
        env=_child_env(tree),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(str(tree)), proc.stdout


def test_a_third_side_is_the_commit_named_whatever_the_previous_is(tmp_path, monkeypatch):
    """extract_ab --also COMMIT lays out COMMIT even with CLAIMDESK_BENCH_PREVIOUS set
    (through previous_tree it was the previous commit again, so "main" measured as
    4447203)."""
    from benchmarks.previous import EXTRACT_PREVIOUS, commit_tree

    def shown(commit: str) -> str | None:
        proc = subprocess.run(
            ["git", "show", f"{commit}:extract/pipeline.py"],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        return proc.stdout if proc.returncode == 0 else None

    head, previous = shown("HEAD"), shown(EXTRACT_PREVIOUS)
    if head is None or previous is None or head == previous:
        pytest.skip("no git history to tell the two commits apart")
    monkeypatch.setenv("CLAIMDESK_BENCH_PREVIOUS", EXTRACT_PREVIOUS)
    tree = commit_tree(tmp_path / "also", "HEAD")
    assert tree is not None
    assert (tree / "extract" / "pipeline.py").read_text() == head


def test_terminal_runner_judges_the_screen_left_of_the_detail_pane():
    """bench_terminal: a key's answer is the screen's cells left of the Detail pane with
    their colours (the cursor is a colour), and the last lines' text only (an input
    line's cursor blinks there)."""
    from benchmarks.bench_terminal import BLINKING, ESC, _cut, _detail_column

    red, plain = "\x1b[31m", "\x1b[0m"
    top = [f"{red}ab{plain}cd╭─ 4 Detail"] + ["x" * 12] * 3
    screen = "\n".join(top + [f"{red}input{plain}"] * BLINKING)
    assert _detail_column(ESC.sub("", screen)) == 4
    cut = _cut(screen, 4).split("\n")
    assert cut[0] == f"{red}ab{plain}cd" and cut[1] == "xxxx"
    assert cut[-1] == "inpu"  # colours dropped on the blinking lines
    moved = screen.replace(f"{red}ab", f"ab{red}", 1)  # the same text, a colour moved
    assert _cut(moved, 4) != _cut(screen, 4)
    assert _cut(screen.replace("cd╭", "cd╭X"), 4) == _cut(screen, 4)  # right of the cut


def test_the_live_runner_gives_the_previous_design_a_desk_it_reads(tmp_path):
    """bench_live's full run marks the previous design's desk (schema 1) beside ours: a
    copy of today's desk (schema 2) is refused by that code until as_schema_1 rewrites it,
    and what it then writes still opens here with every claim."""
    from benchmarks.bench_live import measure_old_writes, old_design_tree
    from benchmarks.previous import as_schema_1
    from claimdesk.store import ClaimStore

    (tmp_path / "old").mkdir()
    tree = old_design_tree(tmp_path / "old")
    if tree is None:
        pytest.skip("no git history in this checkout")
    path = str(corpus.fresh_store(1_000, tmp_path / "desk"))
    with ClaimStore(path) as store:
        claims = sum(1 for _ in store.claims())
    with pytest.raises(RuntimeError, match="newer than this claimdesk understands"):
        measure_old_writes(tree, path, 3, 0)
    as_schema_1(path)
    assert len(measure_old_writes(tree, path, 5, 0)) == 5
    with ClaimStore(path) as store:
        assert sum(1 for _ in store.claims()) == claims


def test_the_server_dashboard_peer_is_not_timed_on_a_desk_it_refuses(tmp_path, pg_dsn):
    """bench_pg asks the previous code whether it can open the server desk before timing
    its dashboard: a desk migrated past what that code knows gives the old code's own
    refusal (its dashboard would wait out 900 s for rows), this checkout's code none."""
    from benchmarks.bench_pg import DASH_PREVIOUS, desk_refusal
    from benchmarks.harness import run_isolated
    from benchmarks.previous import commit_tree
    from claimdesk.store.backend import open_store

    open_store(pg_dsn).close()  # today's schema, every migration
    tree = commit_tree(tmp_path / "previous", DASH_PREVIOUS)
    if tree is None:
        pytest.skip("no git history in this checkout")
    assert desk_refusal(pg_dsn) == ""
    refusal = run_isolated("benchmarks.bench_pg:desk_refusal", pg_dsn, tree=tree).value
    assert refusal.startswith("StoreError"), refusal


def test_the_previous_code_gets_a_desk_in_a_schema_it_reads(tmp_path):
    """benchmarks/previous.py: the default previous code reads schema 1 only, so the
    compare runner's peer gets previous_desk's copy, which its `stats` opens with
    every claim; this checkout's tree reads schema 2 and its copy is left as it is."""
    from benchmarks.harness import _child_env
    from benchmarks.previous import commit_tree, previous_desk, previous_tree, reads_schema

    tree = previous_tree(tmp_path / "previous")
    if tree is None:
        pytest.skip("no git history in this checkout")
    assert reads_schema(tree) == 1
    from claimdesk.store import ClaimStore

    with ClaimStore(corpus.fresh_store(1_000, tmp_path / "ours")) as store:
        claims = sum(1 for _ in store.claims())
    path = previous_desk(tree, 1_000, tmp_path / "desk")
    proc = subprocess.run(
        [sys.executable, "-m", "claimdesk", "--db", path, "stats"],
        cwd=tree,
        env=_child_env(tree),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"claims:    {claims} " in proc.stdout, proc.stdout
    head = commit_tree(tmp_path / "head", "HEAD")
    assert head is not None and reads_schema(head) == 2
    kept = previous_desk(head, 1_000, tmp_path / "kept")
    assert b'"schema":2' in Path(kept).read_bytes()[:200]
