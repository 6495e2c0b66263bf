"""The second letter of a search word (issue 18): answered from the pair index, not by
narrowing the first letter's rows in Python, and always the rows and counts the plain
filter gives. Work is counted (haystacks searched per key), never timed."""

from __future__ import annotations

from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.store.verdict_states import STATUS_NAMES
from claimdesk.tui import pair_index
from claimdesk.tui.desk_model import DeskModel, Filters
from claimdesk.tui.letter_index import LETTERS
from claimdesk.tui.pair_index import PairIndex
from tests.tui.test_search_first_letter import (
    _generated_desk,
    _plain_claims,
    _plain_sources,
    _typed,
)
from tests.tui.test_search_narrowing import LOOKED, ROWS, SPEAKERS, desk, fresh


def test_every_pair_of_letters_shows_what_the_plain_filter_shows(tmp_path: Path) -> None:
    with ClaimStore(_generated_desk(tmp_path / "desk.json"), readonly=True) as store:
        model = DeskModel(store.articles(), store.sources(), store.claims())
    model.warm_letters()
    assert set(model._pairs) == {"quotes", "numbers", "sources"}
    found = 0
    for a in LETTERS:
        for b in LETTERS:
            f = Filters(search=a + b)
            for kind in ("quotes", "numbers"):
                got = model.filter_claims(kind, f)
                assert got == _plain_claims(model, kind, f), (a + b, kind)
                found += bool(got)
            assert model.filter_sources(f) == _plain_sources(model, f), a + b
            model.filter_claims("quotes", Filters())  # back to "": no prefix is kept
    assert found > 100  # pairs that some row holds, not only empty lists


def test_words_typed_under_every_status_show_what_the_plain_filter_shows(
    tmp_path: Path,
) -> None:
    """Pairs with and after a first letter, capitals, a space, a status cut (the index is
    for the plain desk: a cut narrows as before), backspaces and retyping."""
    with ClaimStore(_generated_desk(tmp_path / "desk.json"), readonly=True) as store:
        model = DeskModel(store.articles(), store.sources(), store.claims())
    model.warm_letters()
    words = ["Ledger", "ki", "zq", "7 ", "42", "pe", "Il", "o ", "qu", "ly"]
    for status in (None, *STATUS_NAMES):
        for line in [*_typed(words), "ke", "k", "ke", "ked"]:
            f = Filters(status=status, search=line)
            for kind in ("quotes", "numbers"):
                assert model.filter_claims(kind, f) == _plain_claims(model, kind, f)
            assert model.filter_sources(f) == _plain_sources(model, f), (status, line)


def test_the_second_letter_searches_no_haystack() -> None:
    """Before the pair index, "be" searched every row "b" had left (two thirds of the
    desk) and every source; now the rows come from the index and the sources from its
    flags. The third letter narrows the second's rows as before."""
    model = desk()
    model.warm_letters()
    f = Filters()
    looked = {}
    for query in ("b", "be", "bet"):
        f.search = query
        LOOKED[0] = 0
        quotes = model.filter_claims("quotes", f)
        sources = model.filter_sources(f)
        looked[query] = LOOKED[0]
        ids, names = fresh(model, query)
        assert [r.id for r in quotes] == ids and ids
        assert [v.source.name for v in sources] == names
    assert looked["be"] <= len(SPEAKERS), looked  # before: 1,001 (every row with a "b")
    assert looked["bet"] <= ROWS // 3 * 2 + len(SPEAKERS)  # "be"'s rows, not every row


def test_a_stopped_build_keeps_nothing_and_the_filter_still_answers() -> None:
    model = desk()
    index = PairIndex(model.quotes)
    assert index.build(stop=lambda: True) is False
    assert index.rows_with("be") is None  # not indexed: the filter narrows as before
    assert index.build() is True
    assert index.rows_with("be") == [r for r in model.quotes if "be" in r.hay]
    assert index.rows_with("b ") is None  # not two LETTERS: not indexed


def test_a_build_in_blocks_gives_the_same_rows(monkeypatch) -> None:
    """A million rows are indexed a block at a time (what the build holds stays small):
    blocks of 7 rows here, so that rows of every block and their joins are checked."""
    model = desk()
    whole = PairIndex(model.quotes)
    whole.build()
    monkeypatch.setattr(pair_index, "_BLOCK", 7)
    blocks = PairIndex(model.quotes)
    assert blocks.build() is True
    assert blocks.bits == whole.bits
    for pair in ("be", "ly", "y ", "ea", "15", "qu", "zz"):
        assert blocks.rows_with(pair) in (None, [r for r in model.quotes if pair in r.hay])
    assert blocks.rows_with("15") and blocks.rows_with("ea")
