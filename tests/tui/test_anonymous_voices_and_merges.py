"""Pilot tests for the dashboard fixes: anonymous sources one per article, `z` undoing a
merge decision, and QA Q20, Q22, Q24, Q27 — each checked from the store or from disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.extract.record import Extraction, Number, Quote, Source, Statement
from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.tui import compare_section
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_screen import DeskScreen
from tests.support.compare_store_records import newsweek, nyt
from tests.support.pilot import compared, wait_for

BODY_A = (
    "The bridge at Corran will stay shut until June, officials said on Monday.\n\n"
    "“The cables are corroded beyond repair,” said Ilse Norberg, the county engineer. "
    "Officials said at least 40 trucks a day now take the ring road."
)
BODY_B = (
    "Corran's bridge is closed, Ilse Norberg told the Ledger.\n\n"
    "Officials said the detour adds 25 minutes. "
    "“We expect it to reopen in summer,” officials said."
)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def herald() -> Extraction:
    b = BODY_A
    return Extraction(
        path="herald/corran.txt",
        words=len(b.split()),
        title="Corran bridge shut until June",
        publisher="Northwind Herald",
        published="2025-03-04",
        body=b,
        sources=[
            Source("officials", "anonymous", None, []),
            Source("Ilse Norberg", "person", "county engineer", ["Norberg"]),
        ],
        quotes=[
            Quote(
                "The cables are corroded beyond repair",
                "Ilse Norberg",
                False,
                *_span(b, "The cables are corroded beyond repair"),
            )
        ],
        statements=[
            Statement(
                "The bridge at Corran will stay shut until June",
                "officials",
                *_span(b, "The bridge at Corran will stay shut until June"),
            )
        ],
        numbers=[
            Number(
                40,
                None,
                "at least",
                "trucks",
                "officials",
                False,
                "at least 40 trucks",
                *_span(b, "at least 40 trucks"),
            )
        ],
    )


def ledger() -> Extraction:
    b = BODY_B
    return Extraction(
        path="ledger/bridge.txt",
        words=len(b.split()),
        title="Corran's bridge closed",
        publisher="Harbor Ledger",
        published="2025-03-05",
        body=b,
        sources=[
            Source("officials", "anonymous", None, []),
            Source("Ilse Norberg", "person", None, []),
        ],
        quotes=[
            Quote(
                "We expect it to reopen in summer",
                "officials",
                False,
                *_span(b, "We expect it to reopen in summer"),
            )
        ],
        statements=[
            Statement(
                "Corran's bridge is closed",
                "Ilse Norberg",
                *_span(b, "Corran's bridge is closed"),
            ),
            Statement(
                "the detour adds 25 minutes",
                "officials",
                *_span(b, "the detour adds 25 minutes"),
            ),
        ],
    )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "desk.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(herald())
        st.ingest_extraction(ledger())
    return path


def notes(app: ClaimdeskApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


# ------------------------------------------------------------------ 1 anonymous sources


def test_store_lists_each_articles_anonymous_voice_apart(store_path: Path) -> None:
    with ClaimStore(store_path, readonly=True) as st:
        officials = [s for s in st.sources() if s.name == "officials"]
        assert len(officials) == 2
        assert sorted(len(s.article_ids) for s in officials) == [1, 1]
        for s in officials:
            (aid,) = s.article_ids
            mine = st.claims(source=s.id)
            assert mine and {c.article_id for c in mine} == {aid}
            assert {c.speaker for c in mine} == {"officials"}
        # a named person is still one row, cited by both articles
        (norberg,) = [s for s in st.sources() if s.name == "Ilse Norberg"]
        assert len(norberg.article_ids) == 2


async def test_two_articles_officials_are_two_rows_each_filtering_to_its_own(
    store_path: Path,
) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        sources = desk.table("sources")
        rows = [v for v in sources.rows if v.source.name == "officials"]
        assert len(rows) == 2
        assert {v.outlets for v in rows} == {"Northwind Herald", "Harbor Ledger"}
        norberg = [v for v in sources.rows if v.source.name == "Ilse Norberg"]
        assert len(norberg) == 1
        assert norberg[0].outlets == "Harbor Ledger, Northwind Herald"
        store = app.store
        for view in rows:
            (aid,) = view.source.article_ids
            expected = {
                c.id for c in store.claims() if c.article_id == aid and c.speaker == "officials"
            }
            assert expected
            sources.focus()
            sources.cursor = sources.rows.index(view)
            await pilot.press("enter")  # limit Quotes and Numbers to this source
            await pilot.pause()
            shown = {r.id for r in (*desk.table("quotes").rows, *desk.table("numbers").rows)}
            assert shown == expected
            assert shown == {c.id for c in store.claims(source=view.id)}
            await pilot.press("c")
            await pilot.pause()


# ------------------------------------------------------------------ 2 undo a merge decision


@pytest.fixture
def outlets_path(tmp_path: Path) -> Path:
    """The two seed reports (NYT, Newsweek): "Kim Jung-un" / "Kim Jong Un" is suggested."""
    path = tmp_path / "outlets.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(nyt())
        st.ingest_extraction(newsweek())
    return path


def _select_source(desk: DeskScreen, name: str) -> None:
    table = desk.table("sources")
    table.focus()
    table.cursor = [v.source.name for v in table.rows].index(name)


def _kim(path: Path):
    """Kim's same-entity group as a fresh reader of the store on disk sees it."""
    with ClaimStore(path, readonly=True) as st:
        return compare_section.entity_for(cmp.comparison(st), None, "Kim Jong Un"), cmp.decisions(
            st
        )


async def test_z_takes_back_a_confirmed_merge_durably(outlets_path: Path) -> None:
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        _select_source(desk, "Kim Jong Un")
        await pilot.press("m")
        await wait_for(pilot, lambda: any(d.same for d in cmp.decisions(app.store)))
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("z")
        await wait_for(pilot, lambda: not cmp.decisions(app.store))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Undone: merge Kim Jong Un = Kim Jung-un." in notes(app), notes(app)
        kim = compare_section.entity_for(compare_section.current(), None, "Kim Jong Un")
        assert kim is not None and not kim.confirmed  # suggested again, as before `m`
    # on disk: the confirmation is still written, followed by its undo; nothing stands
    lines = cmp.read_decisions(outlets_path)
    assert [d["same"] for d in lines] == [True, None]
    assert lines[1].get("undo") is True
    kim, standing = _kim(outlets_path)
    assert standing == [] and kim is not None and not kim.confirmed
    # a new session: the undo stays, and `z` there has nothing of this session to undo
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await compared(app, pilot)
        await pilot.press("z")
        await pilot.pause()
        assert "Nothing to undo in this session." in notes(app)
    assert len(cmp.read_decisions(outlets_path)) == 2


async def test_z_takes_back_a_split_then_the_verdict_before_it(outlets_path: Path) -> None:
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        first = quotes.current
        await pilot.press("v")
        assert first.claim.status == "verified"
        _select_source(desk, "Kim Jong Un")
        await pilot.press("M")  # the merged row: split every name apart
        await wait_for(pilot, lambda: any(not d.same for d in cmp.decisions(app.store)))
        await app.workers.wait_for_complete()
        await wait_for(
            pilot, lambda: "Kim Jung-un" in [v.source.name for v in desk.table("sources").rows]
        )
        await pilot.press("z")  # the split first: the verdict stays
        await wait_for(pilot, lambda: not cmp.decisions(app.store))
        await app.workers.wait_for_complete()
        await wait_for(
            pilot, lambda: "Kim Jung-un" not in [v.source.name for v in desk.table("sources").rows]
        )
        assert any(n.startswith("Undone: split Kim Jong Un ≠ Kim Jung-un") for n in notes(app))
        with ClaimStore(outlets_path, readonly=True) as st:
            assert st.claim(first.id).status == "verified"
        await pilot.press("z")  # then the verdict, named by its claim
        await pilot.pause()
        text = " ".join(first.claim.text.split())
        assert any(n.startswith("Undone: “" + text[:20]) for n in notes(app)), notes(app)
    with ClaimStore(outlets_path, readonly=True) as st:
        assert st.claim(first.id).status == "unreviewed"
    assert [d["same"] for d in cmp.read_decisions(outlets_path)][-1] is None
    kim, standing = _kim(outlets_path)
    assert standing == [] and kim is not None


# ------------------------------------------------------------------ 3 QA findings


async def test_q20_m_and_M_on_one_name_say_there_is_nothing_to_decide(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        # Ilse Norberg in both articles: one same-entity group, one entity key
        group = compare_section.entity_for(compare_section.current(), None, "Ilse Norberg")
        assert group is not None and len(set(group.keys)) == 1
        _select_source(desk, "Ilse Norberg")
        await pilot.press("m")
        await pilot.pause()
        _select_source(desk, "Ilse Norberg")
        await pilot.press("M")
        await pilot.pause()
        shown = notes(app)
        assert "Ilse Norberg: already one name — nothing to confirm." in shown, shown
        assert "Ilse Norberg: already one name — nothing to split." in shown, shown
        assert not any("confirmed as one" in n or "apart" in n for n in shown), shown
        assert [v.source.name for v in desk.table("sources").rows].count("Ilse Norberg") == 1
        await pilot.press("z")  # nothing was decided, so nothing to take back
        await pilot.pause()
        assert "Nothing to undo in this session." in notes(app)
    assert cmp.read_decisions(store_path) == []


async def test_q27_help_shows_the_keys_as_the_footer_does(store_path: Path) -> None:
    from textual.widgets import Static

    from claimdesk.tui.help_screen import HelpScreen

    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await compared(app, pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        rows = app.screen.rows
        keys = {what: k for _section, k, what in rows}
        group = next(k for what, k in keys.items() if "every outlet's report" in what)
        assert group == "="
        text = str(app.screen.query_one("#help-text", Static).render())
        assert "equals_sign" not in text and "question_mark" not in text
        undo = next(what for what, k in keys.items() if k == "z")
        assert "merge" in undo


async def test_q27_numbers_by_subject_show_a_title_line_per_group(outlets_path: Path) -> None:
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(120, 40)) as pilot:
        desk = await compared(app, pilot)
        numbers = desk.table("numbers")
        numbers.focus()
        await pilot.press("b")
        await pilot.pause()
        groups = compare_section.current().of_kind("figures")
        assert len(groups) == 2
        painted = [numbers.render_line(y).text for y in range(1, numbers.size.height)]
        titles = [line.strip() for line in painted if line.lstrip().startswith("▾")]
        assert len(titles) == 3, painted  # the two groups, then the figure in none
        for g in groups:
            assert any(t.startswith(f"▾ {g.label} — ") for t in titles), (g.label, titles)
            # each group's figures sit right under its title
            i = next(i for i, line in enumerate(painted) if line.strip().startswith(f"▾ {g.label}"))
            run = painted[i + 1 : i + 1 + len(g.members)]
            assert not any(line.lstrip().startswith("▾") for line in run), run
        assert titles[-1] == "▾ not compared with another outlet"
        # the cursor walks the figures only, never a title line
        await pilot.press("g")
        seen = []
        for _ in numbers.rows:
            seen.append(numbers.current.claim.value)
            await pilot.press("j")
        assert sorted(seen) == sorted(r.claim.value for r in numbers.rows)
        assert seen[-1] == 50000
        # b again: store order, no titles
        await pilot.press("b")
        await pilot.pause()
        painted = [numbers.render_line(y).text for y in range(1, numbers.size.height)]
        assert not any(line.lstrip().startswith("▾") for line in painted)


@pytest.mark.parametrize("size", [(100, 30), (120, 36), (80, 24)])
async def test_q24_welcome_reads_at_any_width_and_points_at_the_detail_pane(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from claimdesk.tui.detail_pane import DetailPane

    app = ClaimdeskApp(tmp_path / "empty.json")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await pilot.pause()
        desk = app.screen
        assert isinstance(desk, DeskScreen)
        pane = desk.query_one(DetailPane)
        lines = [strip.text.rstrip() for strip in pane._lines()]  # as wrapped, all of it
        for command, what in [
            ("claimdesk ingest FILE...", "articles as .txt, .md or .html"),
            ("ctrl+p → Ingest a file", "from here"),
            ("claimdesk demo", "the bundled sample articles"),
        ]:
            i = next(i for i, line in enumerate(lines) if line.strip() == command)
            # the command alone on its line, what it does whole and indented on the next
            assert lines[i + 1].strip() == what and lines[i + 1].startswith("    "), lines
        below = desk.query_one("#detail").region.y > desk.table("numbers").region.y
        assert below == (size[0] < 100)
        for name in ("sources", "quotes", "numbers"):
            empty = desk.table(name).empty_text
            assert "on the right" not in empty and "Detail" in empty, empty


async def test_q22_v_then_equals_gives_the_claim_just_marked_to_its_group(
    outlets_path: Path,
) -> None:
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        quotes = desk.table("quotes")
        quotes.focus()
        quotes.cursor = next(
            i
            for i, r in enumerate(quotes.rows)
            if r.claim.text == "killed and wounded" and r.outlet == "Newsweek"
        )
        marked = quotes.current
        await pilot.press("d")  # disputed; the cursor moves on to an unreviewed row
        assert quotes.current is not marked and quotes.current.claim.status == "unreviewed"
        await pilot.press("equals_sign")
        await pilot.pause()
        assert any(n.startswith("Group verdict of “killed and wounded”") for n in notes(app))
    with ClaimStore(outlets_path, readonly=True) as st:
        statuses = {c.text[:10]: c.status for c in st.claims() if c.kind == "quote"}
        assert statuses["We do have"] == "disputed"  # the NYT's report of the same claim
        assert statuses["killed and"] == "disputed"
        assert sum(s != "unreviewed" for s in statuses.values()) == 2


async def test_q22_equals_on_a_judged_claim_in_no_group_says_so(outlets_path: Path) -> None:
    app = ClaimdeskApp(outlets_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        numbers = desk.table("numbers")
        numbers.focus()
        numbers.cursor = next(i for i, r in enumerate(numbers.rows) if r.claim.value == 50000)
        await pilot.press("v")  # the cursor moves on; `=` means the figure just marked
        assert numbers.current.claim.value != 50000
        await pilot.press("equals_sign")
        await pilot.pause()
        shown = notes(app)
        assert "No other outlet reports this claim; nothing to apply." in shown, shown
        assert not any("verdict first" in n for n in shown), shown
    with ClaimStore(outlets_path, readonly=True) as st:
        assert sorted(c.status for c in st.claims() if c.status != "unreviewed") == ["verified"]


async def test_header_says_which_articles_anonymous_voice_is_the_limit(store_path: Path) -> None:
    from claimdesk.tui.header_bar import HeaderBar

    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        sources = desk.table("sources")
        sources.focus()
        sources.cursor = next(
            i
            for i, v in enumerate(sources.rows)
            if v.source.name == "officials" and v.outlets == "Harbor Ledger"
        )
        await pilot.press("s")
        await pilot.pause()
        assert desk.filters.source_name == "officials in “Corran's bridge closed”"
        assert "officials in “Corran's bridge closed”" in str(desk.query_one(HeaderBar).render())
