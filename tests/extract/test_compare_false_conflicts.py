"""Figures that look alike but are about different things are never grouped (QA Q18).

Invented records: a false "conflict" costs a reviewer more than a missed one.
"""

from __future__ import annotations

from claimdesk.extract.compare import _GROUP_CAP, CompareArticle, CompareClaim, compare

STORY = "Brask Dorne"  # two rare names that link articles into one story


def _num(aid: str, n: int, value, context: str, noun=None, unit=None, qualifier=None):
    return CompareClaim(
        f"{aid}:{n}", "number", context, None, value=value, unit=unit, qualifier=qualifier,
        noun=noun, context=context,
    )  # fmt: skip


def _art(aid: str, outlet: str, claims: list[CompareClaim], body: str) -> CompareArticle:
    return CompareArticle(aid, outlet, None, [], claims, [], body=body)


def _together(result, a: str, b: str) -> bool:
    return any(a in g.members and b in g.members for g in result.of_kind("figures"))


def test_rate_inflation_and_unemployment_percentages_are_not_compared():
    s1 = "The Brask central bank kept its interest rate at 4.75% in Dorne on Tuesday."
    s2 = "Inflation in Brask rose to 7.2% last month, the Dorne statistics office said."
    s3 = "Youth unemployment in Brask reached 17.8%, the Dorne statistics office said."
    a = _art("a", "Outlet A", [_num("a", 1, 4.75, s1, unit="%")], s1)
    b = _art("b", "Outlet B", [_num("b", 1, 7.2, s2, unit="%")], s2)
    c = _art("c", "Outlet C", [_num("c", 1, 17.8, s3, unit="%")], s3)
    result = compare([a, b, c])
    assert not _together(result, "a:1", "b:1")
    assert not _together(result, "b:1", "c:1")
    assert not _together(result, "a:1", "c:1")


def test_the_same_measured_percentage_is_compared():
    s1 = "Inflation in Brask rose to 7.2% last month, the Dorne statistics office said."
    s2 = "Inflation in Brask reached 6.8% in March, Dorne officials said."
    a = _art("a", "Outlet A", [_num("a", 1, 7.2, s1, unit="%")], s1)
    b = _art("b", "Outlet B", [_num("b", 1, 6.8, s2, unit="%")], s2)
    figs = compare([a, b]).of_kind("figures")
    assert len(figs) == 1 and figs[0].consistent is False


def test_money_in_two_unrelated_stories_is_not_compared():
    s1 = "Mayor Elena Vasko said the Korrin bus plan would cost about $40 million."
    s2 = "The Pellham maternity unit closing saved about $1.8 million, the health board said."
    a = _art("a", "Outlet A", [_num("a", 1, 40e6, s1, noun="dollars", unit="USD")], s1)
    b = _art("b", "Outlet B", [_num("b", 1, 1.8e6, s2, noun="dollars", unit="USD")], s2)
    assert compare([a, b]).of_kind("figures") == []


def test_five_fold_apart_in_one_story_is_not_a_conflict():
    s1 = f"{STORY}: the port spent $4.2 million on repairs, officials said."
    s2 = f"{STORY}: the government spent $2.5 billion on the port, officials said."
    a = _art("a", "Outlet A", [_num("a", 1, 4.2e6, s1, noun="dollars", unit="USD")], s1)
    b = _art("b", "Outlet B", [_num("b", 1, 2.5e9, s2, noun="dollars", unit="USD")], s2)
    assert not _together(compare([a, b]), "a:1", "b:1")


def test_the_two_numbers_of_n_of_the_m_are_never_compared():
    s1 = f"In {STORY}, four of the ten largest cities backed the plan."
    s2 = f"In {STORY}, 10 cities backed the plan, its organisers said."
    a = _art(
        "a",
        "Outlet A",
        [_num("a", 1, 4, s1, noun="cities"), _num("a", 2, 10, s1, noun="cities")],
        s1,
    )
    b = _art("b", "Outlet B", [_num("b", 1, 10, s2, noun="cities")], s2)
    result = compare([a, b])
    assert not _together(result, "a:1", "a:2")
    assert not _together(result, "a:1", "b:1")


def _chain_words(i: int) -> str:
    def w(k: int) -> str:
        return f"Kor{chr(97 + k % 26)}{chr(97 + k // 26)} Vel{chr(97 + k % 26)}{chr(97 + k // 26)}"

    return f"{w(i)} {w(i + 1)}"  # shares two names with each neighbour: a chain of articles


def test_a_long_chain_of_figures_is_split_into_bounded_groups():
    arts = []
    for i in range(40):
        s = f"At least {100 + i} people were killed in the flood, {_chain_words(i)} said."
        arts.append(_art(f"x{i}", f"Outlet {i}", [_num(f"x{i}", 1, 100 + i, s, noun="people")], s))
    figs = compare(arts).of_kind("figures")
    assert figs, "one story, one measure: some groups are expected"
    assert max(len(g.members) for g in figs) <= _GROUP_CAP


def test_one_outlets_two_unrelated_articles_are_not_a_conflict():
    s1 = "Halmark insurers put the losses at $800 million after the storm."
    s2 = "Halmark insurers paid $300 million for the factory fire last year."
    a = _art("a", "Outlet A", [_num("a", 1, 8e8, s1, noun="dollars", unit="USD")], s1)
    b = _art("b", "Outlet A", [_num("b", 1, 3e8, s2, noun="dollars", unit="USD")], s2)
    assert not _together(compare([a, b]), "a:1", "b:1")
