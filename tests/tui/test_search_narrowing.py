"""Typing a search at scale: each key looks only at what the last result left, a backspace
looks at nothing, and the lists are exactly a fresh filter's (issue 18).

Work is counted, never timed: every row's haystack (and every source's) is a str that
counts the `in` tests made on it.
"""

from __future__ import annotations

from types import SimpleNamespace

from claimdesk.store.records import Claim, SourceRow
from claimdesk.tui.desk_model import DeskModel, Filters

ROWS = 3_000
SPEAKERS = ["Idun Marrow", "Cassius Pell", "Wren Oduya"]
PLACES = ["Harlow Quay", "Bettany Fen", "Marsh End"]
LOOKED = [0]  # `in` tests on haystacks since the test last set it to 0


class Hay(str):
    """A haystack that counts how often it is searched."""

    __slots__ = ()

    def __contains__(self, needle: object) -> bool:
        LOOKED[0] += 1
        return str.__contains__(self, needle)  # type: ignore[operator]


def desk() -> DeskModel:
    articles = [SimpleNamespace(id="art1", publisher="The Tamsford Gazette", title=None)]
    sources = [SourceRow(f"s{i}", n, "person", None, [], ["art1"]) for i, n in enumerate(SPEAKERS)]
    claims = []
    for i in range(ROWS):
        place = PLACES[i % 3]
        text = f"the ferry to {place} runs {'late' if i % 2 else 'early'} on day {i}"
        claims.append(
            Claim(
                f"c{i}",
                "quote",
                "art1",
                text,
                SPEAKERS[i % 3],
                False,
                None,
                None,
                None,
                None,
                False,
                0,
                len(text),
            )
        )
    model = DeskModel(articles, sources, claims)
    for row in model.rows_by_id.values():
        row.hay = Hay(row.hay)
    for view in model.source_rows:
        view.hay = Hay(view.hay)
    return model


def fresh(model: DeskModel, query: str) -> tuple[list[str], list[str]]:
    """What a filter from scratch shows for `query`: claim ids and source names."""
    hits = [r for r in model.quotes if query in str.lower(str(r.hay))]
    quoted = {r.source_id for r in hits}
    names = [v.source.name for v in model.source_rows if v.id in quoted or query in str(v.hay)]
    return [r.id for r in hits], names


def test_each_key_narrows_the_last_result_and_backspace_looks_at_nothing():
    model = desk()
    f = Filters()
    looked = []
    typed = ["b", "be", "bet", "bett", "bet", "be", "bett", "bettany fen"]
    for query in typed:
        f.search = query
        LOOKED[0] = 0
        quotes = model.filter_claims("quotes", f)
        sources = model.filter_sources(f)
        looked.append(LOOKED[0])
        ids, names = fresh(model, query)
        assert [r.id for r in quotes] == ids
        assert [v.source.name for v in sources] == names
    # "b": every row and source; "be".."bett": the last result only (rows with a "b" ...)
    assert ROWS <= looked[0] <= ROWS + len(SPEAKERS)
    assert looked[1] <= ROWS // 3 * 2 + len(SPEAKERS)
    assert looked[4] == 0 and looked[5] == 0  # backspace: a result already known
    assert looked[6] <= looked[2]  # "bett" again from "be": no more than "bet" took
    assert looked[7] <= ROWS // 3 + len(SPEAKERS)  # the rest typed on from "bett"'s hits


def test_the_same_query_gives_the_same_list_and_a_new_cut_starts_again():
    model = desk()
    f = Filters(search="marsh")
    first = model.filter_claims("quotes", f)
    assert model.filter_claims("quotes", f) is first  # an unchanged pane is not repainted
    f.status = "verified"
    assert model.filter_claims("quotes", f) == []  # no claim is verified: the cut, not a cache
    f.status = None
    assert [r.id for r in model.filter_claims("quotes", f)] == fresh(model, "marsh")[0]
