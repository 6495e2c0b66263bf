"""Anonymous voices ("officials", "a senior official") are never one source across
articles by name alone (QA Q15): each article's "officials" is its own origin."""

from __future__ import annotations

from claimdesk.extract.compare import CompareArticle, CompareClaim, compare
from claimdesk.extract.record import Source

QUOTE = "The bridge will stay closed until the inspectors have finished their work"


def _art(aid: str, outlet: str, speaker: str) -> CompareArticle:
    body = f'"{QUOTE}," {speaker} said on Monday about the Harlow Bridge in Dunmere.'
    claim = CompareClaim(f"{aid}:q", "quote", QUOTE, speaker, context=body)
    return CompareArticle(
        aid, outlet, None, [Source(speaker, "anonymous", None, [])], [claim], [], body=body
    )


def test_officials_in_two_articles_are_not_one_entity():
    result = compare([_art("a", "Outlet A", "officials"), _art("b", "Outlet B", "officials")])
    for g in result.of_kind("same-entity"):
        assert not ({"a#officials", "b#officials"} <= set(g.members)), g


def test_officials_in_two_articles_are_two_origins_of_a_repeated_quote():
    result = compare([_art("a", "Outlet A", "officials"), _art("b", "Outlet B", "officials")])
    groups = [g for g in result.of_kind("same-claim") if {"a:q", "b:q"} <= set(g.members)]
    assert groups, "the same quote in two outlets is one same-claim group"
    origins = groups[0].origins
    assert len(origins) == 2, origins
    assert any("Outlet A" in o for o in origins) and any("Outlet B" in o for o in origins)


def test_named_people_still_merge_across_articles():
    a, b = _art("a", "Outlet A", "Mara Holt"), _art("b", "Outlet B", "Mara Holt")
    for art in (a, b):
        art.sources[0] = Source("Mara Holt", "person", "mayor", [])
    result = compare([a, b])
    assert any(
        {"a#Mara Holt", "b#Mara Holt"} <= set(g.members) for g in result.of_kind("same-entity")
    )
