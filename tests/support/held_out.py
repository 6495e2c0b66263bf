"""The two tests every held-out fixture set of issue 16 gets: every article annotated,
and the set's figures at or above its floors (`pytest -s` prints the figures and the
misses). One definition, so the sets cannot drift apart in how they are scored."""

from __future__ import annotations

from collections.abc import Callable

from tests.support.paths import FIXTURES
from tests.support.scoring import (
    below_floors,
    extract_folder,
    format_figures,
    load_gold,
    score,
    unannotated,
)


def held_out_tests(
    name: str, floors: dict[str, float]
) -> tuple[Callable[[], None], Callable[[], None]]:
    """(annotated test, floors test) for tests/fixtures/NAME; a test module binds them to
    names starting with `test_` so that pytest collects them."""
    folder = FIXTURES / name
    gold = load_gold(folder / "gold.json")

    def every_article_is_annotated() -> None:
        assert not unannotated(folder, gold)

    def figures_hold_their_floors() -> None:
        tally = score(gold, extract_folder(folder, gold))
        print(f"\n{name}:", format_figures(tally.figures()))
        for article, misses in tally.misses.items():
            for miss in misses:
                print(f"  {article} | {miss}")
        low = below_floors(tally, floors)
        assert not low, f"below the floor: {low}"

    return every_article_is_annotated, figures_hold_their_floors
