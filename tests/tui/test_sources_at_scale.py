"""The dashboard's source rows at scale: a merged group named in 10,000 articles, and the
`a` limit on the Sources pane, cost steps in proportion to the desk (issue 18). Counted
with article ids that count their comparisons (tests/support/counting.py), never timed."""

from __future__ import annotations

from types import SimpleNamespace

from claimdesk.store.records import SourceRow
from claimdesk.tui.compare_keys import merged_sources
from claimdesk.tui.desk_model import DeskModel, Filters
from tests.support.counting import counting_ids

ARTICLES = 10_000
PEOPLE = ("Orsolya Brann", "Tamsin Vell", "the Quillmoor Water Board")


def rows_named_in(ids: list[str]) -> list[SourceRow]:
    """Three sources, each named in every article."""
    return [
        SourceRow("s1", PEOPLE[0], "person", "hydrologist", [], list(ids)),
        SourceRow("s2", "O. Brann", "person", "the board's hydrologist", ["Brann"], list(ids)),
        SourceRow("s3", PEOPLE[1], "person", None, ["T. Vell"], list(ids)),
        SourceRow("s4", PEOPLE[2], "organization", None, ["QWB"], list(ids)),
    ]


def test_merged_sources_fold_a_group_named_in_10k_articles():
    ids, seen = counting_ids(ARTICLES, budget=4 * ARTICLES)
    rows = rows_named_in(ids)
    group = SimpleNamespace(
        id="g1",
        label="Orsolya Brann",
        names=["Orsolya Brann", "O. Brann"],
        members=["x#Orsolya Brann", "y#O. Brann"],
    )
    result = SimpleNamespace(of_kind=lambda kind: [group] if kind == "same-entity" else [])
    merged = merged_sources(rows, result)
    assert [r.name for r in merged] == list(PEOPLE)  # "O. Brann" folded into the first
    assert merged[0].article_ids == ids
    assert merged[0].aliases == ["O. Brann", "Brann"]
    assert merged[0].role == "the board's hydrologist"  # the fuller wording replaces it
    assert seen[0] <= 4 * ARTICLES


def test_the_article_limit_on_the_sources_pane_looks_each_source_up_once():
    ids, seen = counting_ids(ARTICLES, budget=ARTICLES // 2)
    articles = [SimpleNamespace(id=aid, publisher="The Fenwick Ledger", title=None) for aid in ids]
    sources = [r for r in rows_named_in(ids) if r.id != "s2"]
    model = DeskModel(articles, sources, [], build_hays=False)
    for aid in ids[-20:]:  # twenty presses of `a` on twenty articles
        shown = model.filter_sources(Filters(article_id=aid))
        assert [v.source.name for v in shown] == sorted(PEOPLE, key=str.casefold)
    assert seen[0] <= ARTICLES // 2
