"""store/page_catchup.py: what a kept first page learns from a lite read of the desk. Its
counts must equal the whole desk's, also with claims orphaned by an update (kept for their
verdict) and verdicts on claims no longer in the store; an article updated or a segment
folded away makes it give up (None), never guess."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.store.page_catchup import PageMark, catch_up
from tests.support.tui_corpus import build_store, extraction_a, extraction_b


def whole(path: Path) -> tuple[Counter, int, int]:
    """(status counts, rows, contested) as the dashboard's whole read counts them."""
    with ClaimStore(path, readonly=True) as st:
        claims = st.claims()
        return (
            Counter(c.status for c in claims),
            len(claims),
            sum(c.contested_with is not None for c in claims),
        )


def mark_of(path: Path) -> PageMark:
    with ClaimStore(path, readonly=True) as st:
        return PageMark.of(st)


def test_verdicts_since_are_counted_like_the_whole_desk(tmp_path: Path) -> None:
    path = build_store(tmp_path / "desk.json")
    with ClaimStore(path) as st:
        first, second = st.claims()[:2]
        st.mark(first.id, "verified", reviewer="ana")
    ext = extraction_a()
    ext.quotes = ext.quotes[1:]  # the first quote leaves the article: orphaned, verdict kept
    with ClaimStore(path) as st:
        assert st.ingest_extraction(ext).status == "updated"
    mark = mark_of(path)  # the page is written here
    with ClaimStore(path) as st:
        st.mark(second.id, "disputed", reviewer="bo")
        st.mark(second.id, "dismissed", reviewer="cy")  # contested: two reviewers differ
    got = catch_up(path, mark)
    assert got is not None and not got.articles
    counts, rows, contested = whole(path)
    assert (+got.counts(), got.rows, got.contested()) == (counts, rows, contested)
    assert got.status_of(second.id) == "dismissed" and contested == 1


def test_an_ingest_since_brings_its_claims_in_ingest_order(tmp_path: Path) -> None:
    path = build_store(tmp_path / "desk.json", [extraction_a()])
    mark = mark_of(path)
    with ClaimStore(path, lite=True) as st:  # as `claimdesk ingest` does: one segment
        st.ingest_extraction(extraction_b())
    with ClaimStore(path) as st:
        new = [c.id for c in st.claims() if c.article_id == st.articles()[-1].id]
        st.mark(new[0], "verified", reviewer="ana")
    got = catch_up(path, mark)
    assert got is not None
    assert [c.id for c in got.claims] == new
    assert got.claims[0].status == "verified"  # the verdict given after the ingest
    counts, rows, _ = whole(path)
    assert (+got.counts(), got.rows) == (counts, rows)


def test_an_updated_article_or_a_compaction_that_folds_segments(tmp_path: Path) -> None:
    path = build_store(tmp_path / "desk.json", [extraction_a()])
    mark = mark_of(path)
    with ClaimStore(path, lite=True) as st:
        st.ingest_extraction(extraction_b())
    assert catch_up(path, mark) is not None  # (its segment: read)
    with ClaimStore(path) as st:
        st.compact()  # the new article's segment folded into the base file
    assert catch_up(path, mark) is None
    mark = mark_of(path)
    assert catch_up(path, mark) is not None  # (nothing changed since this one)
    ext = extraction_b()
    ext.title = "Aster floods: residents flee (updated)"
    with ClaimStore(path) as st:
        assert st.ingest_extraction(ext).status == "updated"
    assert catch_up(path, mark) is None
