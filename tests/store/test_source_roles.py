"""One source cited by several outlets keeps every outlet's wording of its role."""

from __future__ import annotations

from claimdesk.store.source_rows import merged_role, source_rows


def test_a_source_in_two_articles_keeps_both_roles():
    docs = {
        "a": {"sources": [{"name": "Dana Kolt", "kind": "person", "role": "the port spokeswoman"}]},
        "b": {
            "sources": [
                {"name": "Dana Kolt", "kind": "person", "role": "harbor press secretary"},
            ]
        },
    }
    (row,) = source_rows(docs)
    assert row.role == "the port spokeswoman; harbor press secretary"
    assert row.article_ids == ["a", "b"]


def test_a_wording_inside_another_adds_nothing_and_a_fuller_one_replaces_it():
    assert merged_role("Pentagon spokesman", "the Pentagon spokesman") == "Pentagon spokesman"
    assert merged_role("spokesman", "Pentagon spokesman") == "Pentagon spokesman"
    assert merged_role(None, "mayor") == "mayor" and merged_role("mayor", None) == "mayor"
