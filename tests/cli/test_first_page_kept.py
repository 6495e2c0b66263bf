"""`claimdesk import`, `copy` and `watch` keep the dashboard's first page too (issue 18),
so a desk they made, never opened, launches with rows at once (the launch itself, driven
by Pilot: tests/tui/test_first_page_never_opened.py). Asserted on disk: the page the next
launch would show, against the desk read whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.tui.desk_model import DeskModel
from claimdesk.tui.first_page import desk_key, page_path, read_page
from tests.cli.test_watch import server, three_item_feed, watch  # noqa: F401 (fixture)
from tests.tui.test_first_page_after_change import FERRY
from tests.tui.test_first_page_never_opened import ORCHARD, QUARRY

CLAIMDESK = [sys.executable, "-m", "claimdesk"]


def _run(*args: str) -> None:
    done = subprocess.run([*CLAIMDESK, *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def _page_is_the_desks(desk: Path) -> None:
    page = read_page(desk, desk_key(desk))
    assert page is not None and page.quotes
    with ClaimStore(desk, readonly=True) as store:
        model = DeskModel(store.articles(), store.sources(), store.claims())
    assert [r.id for r in page.quotes] == [r.id for r in model.quotes[: len(page.quotes)]]
    assert [r.id for r in page.numbers] == [r.id for r in model.numbers[: len(page.numbers)]]
    assert page.totals == {"quotes": len(model.quotes), "numbers": len(model.numbers)}
    assert page.counts == model.counts and not page.sources


def test_an_imported_desk_has_its_first_page(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    for name, text in (("orchard", ORCHARD), ("quarry", QUARRY)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        _run("--db", str(first), "ingest", str(tmp_path / f"{name}.txt"))
    export = tmp_path / "desk-export.json"
    _run("--db", str(first), "export", "--format", "json", "-o", str(export))
    second = tmp_path / "second.json"
    _run("--db", str(second), "import", str(export))
    assert page_path(second).exists()
    _page_is_the_desks(second)


def test_a_copied_desk_has_its_first_page(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    for name, text in (("orchard", ORCHARD), ("quarry", QUARRY)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        _run("--db", str(first), "ingest", str(tmp_path / f"{name}.txt"))
    second = tmp_path / "second.json"
    _run("copy", str(first), str(second))
    assert page_path(second).exists()
    _page_is_the_desks(second)


def test_a_watched_desk_has_its_first_page(server, tmp_path: Path) -> None:  # noqa: F811
    desk = tmp_path / "desk.json"
    feed, _items = three_item_feed(server)
    done = watch(desk, feed)
    assert done.returncode == 0, done.stderr
    assert page_path(desk).exists()
    _page_is_the_desks(desk)


def test_a_long_ingest_takes_its_page_at_each_checkpoint(tmp_path: Path) -> None:
    """An ingest that lets each checkpoint's articles go (a lite desk) still keeps the page
    of the desk it made, without reading the desk: the taker saw every checkpoint."""
    from claimdesk.store.ingest import ingest_paths
    from claimdesk.tui.first_page import PageTaker, keep_page_after_ingest

    files = []
    for name, text in (("orchard", ORCHARD), ("quarry", QUARRY), ("ferry", FERRY)):
        files.append(tmp_path / f"{name}.txt")
        files[-1].write_text(text, encoding="utf-8")
    desk = tmp_path / "desk.json"
    taker, looked = PageTaker(), []

    def see(store) -> None:
        looked.append(len(store.articles()))
        taker.see(store)

    with ClaimStore(desk, lite=True) as store:
        got = list(ingest_paths(store, map(str, files), checkpoint_seconds=-1, before_release=see))
        assert all(r.status == "added" for r in got)
        taker.see(store)
        assert keep_page_after_ingest(desk, taker)
    assert looked == [1, 1, 1]  # a checkpoint an article, each holding only its own
    _page_is_the_desks(desk)


def test_an_article_stored_again_in_the_same_ingest_is_not_taken_stale(tmp_path: Path) -> None:
    """An article updated by a later input of the same ingest: the claims taken at the
    checkpoint before are no longer the desk's, so the taker keeps no page (the desk is
    read instead, once the ingest is done)."""
    from claimdesk.store.ingest import ingest_paths
    from claimdesk.tui.first_page import PageTaker, keep_page_after_ingest

    article = tmp_path / "orchard.txt"
    article.write_text(ORCHARD, encoding="utf-8")
    desk = tmp_path / "desk.json"
    taker = PageTaker()

    def see(store) -> None:
        taker.see(store)
        article.write_text(ORCHARD.replace("12 percent", "15 percent"), encoding="utf-8")

    with ClaimStore(desk, lite=True) as store:
        twice = [str(article)] * 2
        got = list(ingest_paths(store, twice, checkpoint_seconds=-1, before_release=see))
        assert [r.status for r in got] == ["added", "updated"]
        taker.see(store)
        assert not keep_page_after_ingest(desk, taker)
    assert keep_page_after_ingest(desk)  # the desk read whole
    _page_is_the_desks(desk)
