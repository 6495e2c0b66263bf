"""What the comparison reads from an article's own text: a role after "the" is no alias
("Pat Ryder, the Pentagon spokesman" gives no "Pentagon"), and a sentence-opening
preposition is no given name ("Under Verland law" is nobody) (review issue 12, item 5)."""

from __future__ import annotations

from claimdesk.extract.compare import CompareArticle, CompareClaim, compare
from claimdesk.extract.compare.names_in_text import _appositive_aliases, _mentions
from claimdesk.extract.record import Source


def test_a_role_after_the_is_not_an_alias_but_a_closed_appositive_is():
    body = (
        "Maj. Dana Kolt, the Harbor Command spokesperson, told reporters the pier was shut. "
        "The port's pilots' body, the PPA, said boats would wait."
    )
    assert _appositive_aliases(body, "Dana Kolt") == []
    assert _appositive_aliases(body, "port's pilots' body") == ["PPA"]


def test_a_sentence_opening_preposition_is_not_a_name():
    body = (
        "Under Verland law, a firm can be fined. After Osric Vane resigned, Despite Tolland "
        "objections the vote went ahead."
    )
    names = _mentions(body)
    assert "Under Verland" not in names and not any(n.startswith("Despite") for n in names)


def _art(aid: str, outlet: str, body: str, sources: list[Source]) -> CompareArticle:
    claim = CompareClaim(f"{aid}:s", "statement", body, None, context=body)
    return CompareArticle(aid, outlet, None, sources, [claim], [], body=body)


def test_a_country_is_not_the_same_entity_as_under_country():
    a = _art(
        "a",
        "Outlet A",
        "Verland said the border post was attacked overnight.",
        [Source("Verland", "person", None, [])],  # an invented country reads as a person
    )
    b = _art(
        "b",
        "Outlet B",
        "Under Verland law, a company that stores too much fertiliser can be fined.",
        [],
    )
    result = compare([a, b])
    for g in result.of_kind("same-entity"):
        assert "Under Verland" not in g.names, g
