"""A source named in 10,000 articles costs 10,000 steps, not 10,000²/2.

Issue 18: at a million claims `claimdesk stats` spent 40 s checking `aid not in
row["article_ids"]` on a list. These tests count work, never time: article ids are a str
subclass that counts its equality comparisons (a list's `in` compares element by element,
a dict or set compares only on a hash match), and a budget far above the linear cost and
far below the quadratic one fails fast on a quadratic scan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.store.desk_memory import DeskMemory
from claimdesk.store.export import to_json
from claimdesk.store.source_rows import RowBuilder, merged_role, source_rows
from claimdesk.store.storage import META_TABLE
from tests.support.counting import counting_ids

ARTICLES = 10_000  # the size the issue asks a test to catch a quadratic scan at
PEOPLE = ("Orsolya Brann", "Tamsin Vell", "the Quillmoor Water Board")


def article_docs(ids: list[str]) -> dict[str, dict[str, Any]]:
    """Every article names the same three sources (two wordings of one role), and one
    anonymous voice of its own."""
    docs = {}
    for i, aid in enumerate(ids):
        docs[aid] = {
            "id": aid,
            "path": f"/desk/{i}.txt",
            "title": f"Reservoir levels, day {i}",
            "sources": [
                {
                    "name": PEOPLE[0],
                    "kind": "person",
                    "role": ("hydrologist", "the hydrologist")[i % 2],
                },
                {"name": PEOPLE[1], "kind": "person", "role": None, "aliases": ["T. Vell"]},
                {"name": PEOPLE[2], "kind": "organization", "role": None, "aliases": ["QWB"]},
                {"name": "a board official", "kind": "anonymous", "role": None},
            ],
        }
    return docs


def test_source_rows_of_10k_articles_compare_each_article_id_about_once():
    ids, seen = counting_ids(ARTICLES, budget=4 * ARTICLES)
    rows = source_rows(article_docs(ids))
    by_name = {r.name: r for r in rows if r.kind != "anonymous"}
    assert [r.name for r in rows[:3]] == list(PEOPLE)
    assert by_name[PEOPLE[0]].article_ids == ids  # every article once, in order
    assert by_name[PEOPLE[0]].role == "hydrologist"  # "the hydrologist" adds nothing
    assert by_name[PEOPLE[1]].aliases == ["T. Vell"]
    assert len(rows) == 3 + ARTICLES  # one anonymous voice per article
    assert seen[0] <= 4 * ARTICLES


WORDINGS = st.sampled_from(
    ["mayor", "the mayor", "deputy mayor", "Mayor of Tull", "he mayor", "e mayor", "", "the"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), WORDINGS, st.lists(WORDINGS, min_size=1, max_size=3).map("; ".join)),
        max_size=12,
    )
)
def test_a_row_merges_roles_exactly_as_merged_role_does(roles: list[str | None]):
    """The builder skips wordings it has settled: never with a different outcome."""
    if not roles:
        return
    have = roles[0]
    row = RowBuilder("s", "Ilse Varga", "person", roles[0])
    for more in roles:
        have = merged_role(have, more)
        row.add_role(more)
        assert row.role == have


def loaded_desk(tmp_path: Path, ids: list[str]) -> DeskMemory:
    """A desk in memory holding the articles (no claims), as a store file would load."""
    desk = DeskMemory()
    desk.path = tmp_path / "desk.json"
    desk._load_data(
        {
            META_TABLE: {"1": {"store_id": "scale-test"}},
            "articles": {str(i): doc for i, doc in enumerate(article_docs(ids).values(), 1)},
        }
    )
    return desk


def test_stats_and_json_export_of_a_desk_with_a_source_in_10k_articles(tmp_path: Path):
    ids, seen = counting_ids(ARTICLES, budget=8 * ARTICLES)
    desk = loaded_desk(tmp_path, ids)
    stats = desk.stats()
    assert stats["articles"] == ARTICLES and stats["sources"] == 3 + ARTICLES
    exported = to_json(desk, [])  # type: ignore[arg-type]  # (reads only what DeskMemory has)
    assert exported.count('"name": "Orsolya Brann"') == ARTICLES
    assert seen[0] <= 8 * ARTICLES
