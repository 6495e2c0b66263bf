"""store/desk_front.py: a desk's first claims read from the front of its files, for the
first page of a desk that has none kept (issue 18). They must be the whole desk's first
claims (verdicts in force, their outlets, the counts and the figures' total) while most of
the desk is left unread; a desk whose files are not the desk's claims one after another
(an article replaced by a later file, a damaged file) gives None, never a guess. The
claims table is cut into batches of a few claims here, as 100k claims are cut into ten,
and the files are read 4 KiB at a time."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from claimdesk.extract.record import Extraction
from claimdesk.store import ClaimStore, desk_front, documents
from claimdesk.store.desk_front import read_front
from claimdesk.store.segments import list_segments
from claimdesk.tui.desk_model import outlet_of
from tests.support.tui_corpus import extraction_a, extraction_b

# invented filler: an article's body is most of a real desk's bytes
FILLER = "The harbour board met again on Thursday to review the flood defences. " * 100


def report(k: int) -> Extraction:
    """The k-th invented report: the two corpus articles, told again by other outlets."""
    ext = extraction_a() if k % 2 == 0 else extraction_b()
    ext.path = f"desk/report-{k}.txt"
    ext.publisher = f"Outlet {k % 5}"
    ext.body = f"{ext.body}\n\n{FILLER}Report {k}."
    return ext


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "CLAIM_BATCH", 7)
    monkeypatch.setattr(desk_front, "_CHUNK", 4096)  # (read a megabyte at a time at 100k)


def desk_of(path: Path, reports: int) -> Path:
    with ClaimStore(path) as st:
        for k in range(reports):
            assert st.ingest_extraction(report(k)).status == "added"
    return path


def whole(path: Path) -> tuple[list, dict, Counter, int]:
    with ClaimStore(path, readonly=True) as st:
        claims = st.claims()
        outlets = {a.id: outlet_of(a) for a in st.articles()}
    return (
        claims,
        outlets,
        Counter(c.status for c in claims),
        sum(c.kind == "number" for c in claims),
    )


def test_the_first_claims_are_the_whole_desks_read_from_the_front(tmp_path: Path) -> None:
    path = desk_of(tmp_path / "desk.json", 40)
    with ClaimStore(path) as st:
        first = st.claims()[:12]
        st.mark(first[1].id, "verified", reviewer="ana")
        st.mark(first[4].id, "disputed", reviewer="ana")
        st.mark(first[4].id, "verified", reviewer="bo")  # contested
    front = read_front(path, 4, 3)
    assert front is not None
    claims, outlets, counts, numbers = whole(path)
    got = front.desk.claims
    assert [c.kind == "number" for c in got].count(True) >= 3 and len(got) < len(claims)
    assert [(c.id, c.status, c.text) for c in got] == [
        (c.id, c.status, c.text) for c in claims[: len(got)]
    ]
    assert got[4].contested_with is not None
    mine = {a.id: outlet_of(a) for a in front.desk.articles}
    assert all(mine[c.article_id] == outlets[c.article_id] for c in got)
    assert front.numbers == numbers
    assert (+front.desk.counts(), front.desk.rows, front.desk.contested()) == (
        counts,
        len(claims),
        1,
    )
    # the work: not the articles' bodies beyond the first few
    assert front.reads < path.stat().st_size / 3


def test_the_segments_follow_the_base(tmp_path: Path) -> None:
    path = desk_of(tmp_path / "desk.json", 3)
    for k in range(3, 9, 2):  # as `claimdesk ingest` writes: segments
        with ClaimStore(path, lite=True) as st:
            st.ingest_extraction(report(k))
            st.ingest_extraction(report(k + 1))
    assert len(list_segments(path)) >= 3
    front = read_front(path, 1000, 1000)  # every claim
    assert front is not None
    claims, outlets, _counts, numbers = whole(path)
    assert [c.id for c in front.desk.claims] == [c.id for c in claims]
    assert {a.id for a in front.desk.articles} == set(outlets)
    assert front.numbers == numbers


def test_an_article_replaced_by_a_later_file_gives_up(tmp_path: Path) -> None:
    path = desk_of(tmp_path / "desk.json", 6)
    changed = report(0)
    changed.quotes = changed.quotes[1:]  # the article again, one quote fewer
    with ClaimStore(path, lite=True) as st:
        assert st.ingest_extraction(changed).status == "updated"
    assert read_front(path, 5, 5) is None


def test_a_damaged_claims_table_gives_up(tmp_path: Path) -> None:
    path = desk_of(tmp_path / "desk.json", 6)
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b',"claims":{') + 40] + b"}}")
    assert read_front(path, 5, 5) is None


def test_files_holding_other_claims_than_their_heads_give_up(tmp_path: Path) -> None:
    """(As a desk rewritten by a tool that left the old heads: its counts would be wrong.)"""
    path = desk_of(tmp_path / "desk.json", 6)
    more = desk_of(tmp_path / "more.json", 8)
    for desk in (path, more):  # every claim in the base file
        with ClaimStore(desk) as st:
            st.compact()
        assert not list_segments(desk)
    marker = b',"claims":{'
    data, other = path.read_bytes(), more.read_bytes()
    path.write_bytes(data[: data.rindex(marker)] + other[other.rindex(marker) :])
    assert read_front(path, 5, 5) is None
