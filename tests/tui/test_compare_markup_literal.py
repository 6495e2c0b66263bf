"""Article text in the comparison views is shown literally, never parsed as markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.extract.compare import CompareArticle, CompareClaim, CompareDate, compare
from claimdesk.extract.record import Source
from claimdesk.tui import compare_section
from claimdesk.tui.timeline_screen import TimelineAxis

NASTY = ["[/]", "[@click=app.simulate_key('v')]x[/]", "[bold]", "\\[b]", "[link=x]y"]


def _articles(name: str, what: str) -> list[CompareArticle]:
    out = []
    for aid, outlet in (("a", "Outlet " + name), ("b", name + " Weekly")):
        text = f"{what} killed and wounded"
        out.append(
            CompareArticle(
                aid, outlet, None, [Source("Pat Ryder", "person")],
                [CompareClaim(f"{aid}:q", "quote", text, "Pat Ryder", context=text)],
                [CompareDate("Monday", "2024-12-16", "day", f"On Monday {what}.", name, id=aid)],
            )
        )  # fmt: skip
    return out


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NASTY), st.text(min_size=1, max_size=30).filter(str.strip))
def test_timeline_text_is_literal(name: str, what: str) -> None:
    events = compare(_articles(name, what)).timeline
    axis = TimelineAxis(events)
    text = axis._list_lines(10)
    shown = "\n".join(line.plain for line in text)
    for e in events:
        assert e.outlet in shown
        assert name in shown  # the speaker, as written
    drawn = axis.render().plain  # the axis and legend too: no markup error
    assert "dated events" in drawn


def test_detail_blocks_keep_markup_literal() -> None:
    class Store:
        def __init__(self, arts):
            self.claims_ = {c.id: c for a in arts for c in a.claims}
            self.arts = {a.article_id: a for a in arts}

        def claim(self, cid):
            c = self.claims_[cid]
            return type(
                "C", (), {"id": c.id, "text": c.text, "speaker": c.speaker, "status": "unreviewed",
                          "article_id": cid.split(":")[0], "kind": c.kind, "value": None,
                          "unit": None, "qualifier": None},
            )()  # fmt: skip

        def article(self, aid):
            a = self.arts[aid]
            return type("A", (), {"publisher": a.publisher, "aggregator": None, "title": None})()

    name, what = NASTY[1], "[/] We do have indications"
    arts = _articles(name, what)
    store = Store(arts)
    view = compare_section.ComparisonView.of(compare(arts))
    block = view.also_reported(store, store.claim("a:q"))
    assert block is not None
    shown = "\n".join(str(line) for line in block[1])
    assert f"{name} Weekly" in shown and what in shown
