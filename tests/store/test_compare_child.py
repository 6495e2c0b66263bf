"""Big desks are compared in a child process (store/compare_child.py): the same result as
in-process, kept in the cache, a clear error when the child fails, and in the dashboard a
waiting notice that stays until the comparison arrives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import claimdesk.tui.desk_screen
from claimdesk.store import ClaimStore, StoreError, features
from claimdesk.store import comparison as cmp
from claimdesk.store.ingest import ingest_extraction
from claimdesk.store.paths import features_path
from tests.support.compare_store_records import newsweek, nyt
from tests.support.pilot import DeskApp, settled, wait_for


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "desk.json"
    with ClaimStore(path) as st:
        ingest_extraction(st, nyt())
        ingest_extraction(st, newsweek())
    return path


def _shape(result):
    return sorted(
        (g.kind, tuple(g.members), g.consistent, tuple(g.evidence)) for g in result.groups
    )


def test_child_gives_the_in_process_result_and_caches_it(store_path: Path) -> None:
    with ClaimStore(store_path, readonly=True) as st:
        here = cmp.compare(cmp.build_inputs(st), decisions=cmp.decisions(st))
    with ClaimStore(store_path) as st:
        comparer = cmp.StoreComparison(st)
        child = comparer.in_child()
        assert _shape(child) == _shape(here)
        assert [e.to_dict() for e in child.timeline] == [e.to_dict() for e in here.timeline]
        assert cmp.cache_path(st.path).exists()  # a writer keeps it for the next launch
        assert comparer.comparison(compute=False) is child
        assert comparer.running == 0


def test_child_keeps_the_features_of_a_desk_from_before_them(store_path: Path) -> None:
    """A desk ingested before ingest kept comparison features gets them from the first
    comparison the dashboard asks for, so the next one only joins."""
    features_path(store_path).unlink()
    with ClaimStore(store_path) as st:
        cmp.StoreComparison(st).in_child()
        kept = features.read_raw(st.path)
        assert set(kept) == {a.id for a in st.articles()}
    with ClaimStore(store_path, readonly=True) as st:
        assert all(a.features is not None for a in cmp.build_inputs(st))


def test_child_failure_is_one_clear_line(store_path: Path, tmp_path: Path) -> None:
    with ClaimStore(store_path) as st:
        bad = tmp_path / "not-a-store.json"
        bad.write_text("{this is not json")
        st.path = bad  # the child finds no store it can read there
        with pytest.raises(StoreError) as err:
            cmp.StoreComparison(st).in_child()
        assert "\n" not in str(err.value) and "Traceback" not in str(err.value)


def test_child_command_refuses_bad_arguments() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "claimdesk.store.compare_child"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and proc.stderr.startswith("usage:")


async def test_a_big_desk_is_compared_in_the_child_with_a_notice(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimdesk.tui.desk_screen, "COMPARE_AUTO_LIMIT", 3)  # this desk is "big"
    calls: list[str] = []
    real = cmp.StoreComparison.in_child

    def spy(self, **kw):
        calls.append(str(self.store.path))
        return real(self, **kw)

    monkeypatch.setattr(cmp.StoreComparison, "in_child", spy)
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        # the App has looked for a cached comparison (none) and started nothing
        await wait_for(pilot, lambda: app.store_comparison is not None)
        await settled(app, pilot)
        assert app.comparison.result is None  # a big desk is not compared unasked
        await pilot.press("3", "b")  # asked: figures by subject need the comparison
        await wait_for(pilot, lambda: any("Comparing outlets" in n.message
                                          for n in app._notifications))  # fmt: skip
        await wait_for(pilot, lambda: app.comparison.result is not None, timeout=120)
        assert calls == [str(store_path)]
        await wait_for(pilot, lambda: not any("a big desk" in n.message
                                              for n in app._notifications))  # fmt: skip


async def test_closing_the_dashboard_stops_a_running_child(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA3 F5: quitting while a big desk's comparison runs in a child stops the child
    before the store's lock is let go (it had kept the terminal blank and written the
    store's companion files after the lock was released)."""
    monkeypatch.setattr(claimdesk.tui.desk_screen, "COMPARE_AUTO_LIMIT", 3)  # this desk is "big"
    started: list = []
    real_popen = cmp.subprocess.Popen

    def popen(*args, **kw):
        proc = real_popen(*args, **kw)
        started.append(proc)
        return proc

    monkeypatch.setattr(cmp.subprocess, "Popen", popen)
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await pilot.press("3", "b")  # asks for the comparison: a child starts
        await wait_for(pilot, lambda: bool(started))
        assert started[0].poll() is None  # still running when the dashboard closes
    assert started[0].poll() is not None  # stopped, not left behind
    assert app.store_comparison is not None and app.store_comparison.running == 0
    assert not cmp.cache_path(store_path).exists()  # it wrote nothing after the close


async def test_a_comparison_asked_for_as_the_rows_arrive_is_not_dropped(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big desk looks for a cached comparison once its rows are painted; a comparison
    asked for in that same moment (a key pressed as the rows appear) was cancelled by that
    look and never ran: the dashboard waited for ever (seen by the compare benchmark)."""
    monkeypatch.setattr(claimdesk.tui.desk_screen, "COMPARE_AUTO_LIMIT", 3)  # this desk is "big"
    app = DeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await wait_for(pilot, lambda: app.store_comparison is not None)
        await settled(app, pilot)
        app.compare_refresh()  # asked for ...
        app._compare_when_loaded()  # ... as the look for a cached result starts
        await wait_for(pilot, lambda: app.comparison.result is not None, timeout=120)
