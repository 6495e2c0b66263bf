"""Anonymous voices are one source per article ("officials" of two articles are two
rows, each limiting the desk to its own claims, each named in the palette and header);
a name both articles cite is one source, with nothing to merge or split (QA Q20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.extract.record import Extraction, Number, Quote, Source, Statement
from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.tui import compare_section
from claimdesk.tui.app import ClaimdeskApp
from tests.support.desk import notes, ready, select_source
from tests.support.pilot import compared

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


async def test_q20_m_and_M_on_one_name_say_there_is_nothing_to_decide(store_path: Path) -> None:
    app = ClaimdeskApp(store_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await compared(app, pilot)
        # Ilse Norberg in both articles: one same-entity group, one entity key
        group = compare_section.entity_for(app.comparison.result, None, "Ilse Norberg")
        assert group is not None and len(set(group.keys)) == 1
        select_source(desk, "Ilse Norberg")
        await pilot.press("m")
        await pilot.pause()
        select_source(desk, "Ilse Norberg")
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


async def test_palette_tells_two_anonymous_voices_apart(tmp_path: Path) -> None:
    """R4: "officials" of two articles are two Sources rows; the palette listed both as
    the same "Jump to source: officials". Each entry must name its article."""
    from claimdesk.extract.pipeline import extract_path
    from claimdesk.store import ClaimStore
    from claimdesk.tui.commands import DeskCommands

    db = tmp_path / "s.json"
    for name, text in (
        ("a.txt", "Bridge shut in Corran\n\nOfficials said at least 12 people were hurt."),
        ("b.txt", "Fire at Velmora port\n\nOfficials said about 40 homes burned down."),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with ClaimStore(db) as st:
            st.ingest_extraction(extract_path(str(tmp_path / name), published="2025-02-03"))
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        provider = DeskCommands(app.screen)
        jumps = [t for t, _h, _cb, _s in provider.commands() if t.startswith("Jump to source")]
        officials = [t for t in jumps if "fficials" in t]
        assert len(officials) == 2
        assert len(set(officials)) == 2, officials
        assert any("Corran" in t for t in officials) and any("Velmora" in t for t in officials)
