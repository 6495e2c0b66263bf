"""The store keeps the comparison: inputs from stored articles, merge decisions, group verdicts."""

from __future__ import annotations

import dataclasses

import pytest

from claimdesk.extract.record import Source
from claimdesk.store import ClaimStore, StoreError
from claimdesk.store import comparison as cmp
from tests.support.compare_store_records import newsweek, nyt


@pytest.fixture
def store(tmp_path):
    with ClaimStore(tmp_path / "desk.json") as st:
        st.ingest_extraction(nyt())
        st.ingest_extraction(newsweek())
        yield st


def _claim(st, text: str, outlet: str):
    for c in st.claims():
        if c.text == text and st.article(c.article_id).publisher == outlet:
            return c
    raise AssertionError(f"no claim {text!r} in {outlet}")


def _entity(result, name: str):
    groups = result.of_kind("same-entity")
    return next((g for g in groups if any(m.endswith("#" + name) for m in g.members)), None)


def test_comparison_over_the_store(store):
    result = cmp.comparison(store)
    ryder = _entity(result, "Pat Ryder")
    assert ryder is not None and ryder.outlets == ["The New York Times", "Newsweek"]
    gur = _claim(store, "at least 30", "Newsweek")
    [group] = result.for_member(gur.id, "same-claim")
    assert group.outlets == ["The New York Times", "Newsweek"] and len(group.origins) == 1
    ten_k = _claim(store, "at least 10,000", "The New York Times")
    [figs] = result.for_member(ten_k.id, "figures")
    assert figs.consistent
    fifty = _claim(store, "50,000", "Newsweek")
    assert result.for_member(fifty.id, "figures") == []


def test_related_for_the_detail_pane(store):
    quote = _claim(store, "killed and wounded", "Newsweek")
    rel = cmp.related(store, quote.id)
    assert [r.relation for r in rel] == ["same origin"]
    assert rel[0].claim.text.startswith("We do have indications")
    assert rel[0].outlet == "The New York Times"
    ten_k = _claim(store, "at least 10,000", "The New York Times")
    [fig] = cmp.related(store, ten_k.id)
    assert fig.relation == "consistent" and fig.claim.value == 11000
    assert fig.note == "11,000 vs at least 10,000"


def test_dates_take_the_speaker_of_their_sentence(store):
    events = cmp.comparison(store).timeline
    nov = next(e for e in events if e.when == "2024-11")
    assert nov.speaker == "Pat Ryder"
    assert [e.first_day for e in events] == sorted(e.first_day for e in events)


def test_split_survives_reopen_and_reingest(tmp_path):
    path = tmp_path / "desk.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(nyt())
        st.ingest_extraction(newsweek())
        kim = _entity(cmp.comparison(st), "Kim Jung-un")
        assert kim is not None
        assert cmp.split_merge(st, kim, source_name="Kim Jung-un") == 1
        assert _entity(cmp.comparison(st), "Kim Jung-un") is None
    with ClaimStore(path) as st:
        assert _entity(cmp.comparison(st), "Kim Jung-un") is None
        # the extractor improved: the article is ingested again with changed claims
        better = nyt()
        better.quotes[0] = dataclasses.replace(better.quotes[0], text="We do have indications")
        assert st.ingest_extraction(better).status in {"updated", "unchanged"}
        assert _entity(cmp.comparison(st), "Kim Jung-un") is None
        assert _entity(cmp.comparison(st), "Pat Ryder") is not None


def test_confirm_marks_the_group_confirmed(store):
    kim = _entity(cmp.comparison(store), "Kim Jong Un")
    assert not kim.confirmed and kim.confidence < 1
    cmp.confirm_merge(store, kim, source_name="Kim Jong Un")
    kim2 = _entity(cmp.comparison(store), "Kim Jong Un")
    assert kim2.confirmed and kim2.confidence == 1.0
    # a later split wins over the earlier confirmation
    cmp.split_merge(store, kim2, source_name="Kim Jong Un")
    assert _entity(cmp.comparison(store), "Kim Jong Un") is None


def test_torn_decision_line_is_ignored(store):
    kim = _entity(cmp.comparison(store), "Kim Jong Un")
    cmp.split_merge(store, kim)
    path = cmp.merges_path(store.path)
    with open(path, "ab") as fh:
        fh.write(b'{"a": "person:kim jong un", "b": "per')  # a crash mid-append
    assert len(cmp.decisions(store)) == 1
    cmp.confirm_merge(store, kim)  # appends after the torn tail without losing itself
    assert [d.same for d in cmp.decisions(store)] == [True]


def test_readonly_store_refuses_decisions(store, tmp_path):
    kim = _entity(cmp.comparison(store), "Kim Jong Un")
    ro = ClaimStore(store.path, readonly=True)
    with pytest.raises(StoreError):
        cmp.split_merge(ro, kim)
    ro.close()


def test_group_verdict_is_one_undoable_action(store):
    gur = _claim(store, "at least 30", "Newsweek")
    group = cmp.claim_group(store, gur.id)
    entries = cmp.group_verdict(store, gur.id, "verified", note="GUR, one origin")
    # the same figure in both outlets; the statements around it are other claims (QA 12.2)
    figures = {cid for cid in group.members if store.claim(cid).kind == "number"}
    assert len(figures) == 2 and len(set(group.members)) > 2
    assert {e.claim_id for e in entries} == figures
    assert all(store.claim(cid).status == "verified" for cid in figures)
    assert all(store.claim(cid).status == "unreviewed" for cid in set(group.members) - figures)
    store.undo()
    assert all(store.claim(cid).status == "unreviewed" for cid in group.members)


def test_group_verdict_without_group_is_a_clear_error(store):
    fifty = _claim(store, "50,000", "Newsweek")
    with pytest.raises(StoreError, match="not reported elsewhere"):
        cmp.group_verdict(store, fifty.id, "verified")


def test_disk_cache_is_used_by_a_reader(store):
    first = cmp.comparison(store)
    assert cmp.cache_path(store.path).exists()
    ro = ClaimStore(store.path, readonly=True)
    try:
        again = cmp.comparison(ro, compute=False)
        assert again is not None
        assert [g.id for g in again.groups] == [g.id for g in first.groups]
    finally:
        ro.close()


def test_each_article_is_compared_with_its_own_aliases_not_the_merged_rows(tmp_path):
    """A source named alike in two articles is one row in the Sources pane, carrying both
    articles' aliases; the comparison must still read each article's own: the evidence
    never cites an alias ("APA") one outlet never wrote (review issue 12, item 5)."""
    a, b = nyt(), newsweek()
    a.sources.append(Source("Port Pilots Association", "organization", None, []))
    b.sources.append(Source("Port Pilots Association", "organization", None, ["APA"]))
    with ClaimStore(tmp_path / "desk.json") as st:
        st.ingest_extraction(a)
        st.ingest_extraction(b)
        assert st.article_sources()[st.articles()[0].id][-1].aliases == []
        group = _entity(cmp.comparison(st), "Port Pilots Association")
    assert group is not None
    assert not any("'apa'" in why for why in group.evidence), group.evidence
