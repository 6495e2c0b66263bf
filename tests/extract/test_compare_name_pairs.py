"""Issue 18: a 100k-claim desk judged 2.2 million pairs of person names, 98% of which could
never be one person ("Oskar Halloran" and "Priya Hallberg" share a surname block, nothing
else). Pairs whose names cannot match are no longer looked at; the ones that can are
judged as before. Work is counted (calls of the pair judge), never timed."""

from __future__ import annotations

import pytest

from claimdesk.extract.compare import CompareArticle, CompareClaim, compare, entities
from claimdesk.extract.record import Source

GIVEN = ["Oskar", "Priya", "Tove", "Anouk", "Emre", "Halima", "Ivo", "Jorun", "Kofi", "Lena"]
ROLES = ["harbour pilot", "ferry captain", "port engineer"]


def desk() -> list[CompareArticle]:
    """Thirty articles, each quoting people of one surname block ("Hal..."): ten given
    names, each under three roles, plus one person spelled two ways."""
    arts = []
    for i in range(30):
        name = f"{GIVEN[i % 10]} Hal{'loran' if i % 2 else 'berg'}"
        role = ROLES[i % 3]
        people = [Source(name, "person", role, [])]
        if i < 2:  # the same person, a spelling variant in the second outlet
            people.append(Source(("Greta Halvorsen", "Greta Halvorson")[i], "person", None, []))
        text = f"The quay at Tamsford {'reopens' if i % 2 else 'closes'} on day {i}"
        claims = [CompareClaim(f"a{i}:q", "quote", text, name, context=text)]
        arts.append(CompareArticle(f"a{i}", f"Outlet {i}", None, people, claims, [], body=text))
    return arts


def test_only_names_that_can_match_are_judged(monkeypatch: pytest.MonkeyPatch):
    judged = []
    real = entities._person_pair

    def counted(a, b):  # type: ignore[no-untyped-def]
        judged.append((a.name, b.name))
        return real(a, b)

    monkeypatch.setattr(entities, "_person_pair", counted)
    result = compare(desk())
    members = [set(g.members) for g in result.of_kind("same-entity")]
    assert any({"a0#Greta Halvorsen", "a1#Greta Halvorson"} <= m for m in members)
    assert any({"a0#Oskar Halberg", "a10#Oskar Halberg"} <= m for m in members)
    assert all(not ({"a0#Oskar Halberg", "a1#Priya Halloran"} <= m) for m in members)
    # 22 names-with-roles in one block: 253 pairs; only the two Gretas and each name with
    # itself under another role can be one person
    assert judged, "the pairs that can match are still judged"
    assert all(a.split()[0] == b.split()[0] or "Greta" in a + b for a, b in judged), judged
    assert len(judged) <= 60
