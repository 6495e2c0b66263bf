"""Decisions on the comparison from the desk, checked from the store on disk: `z` takes
back a confirmed merge or a split (then the verdict before it), and `=` gives the claim
just marked to its group, or says that no other outlet reports it (QA Q22)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.tui import compare_section
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.group_verdict_dialog import GroupVerdictDialog
from tests.support.desk import notes, select_source
from tests.support.pilot import compared, wait_for, workers_done


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
        select_source(desk, "Kim Jong Un")
        await pilot.press("m")
        await wait_for(pilot, lambda: any(d.same for d in cmp.decisions(app.store)))
        await workers_done(app)
        await pilot.pause()
        await pilot.press("z")
        await wait_for(pilot, lambda: not cmp.decisions(app.store))
        await workers_done(app)
        await pilot.pause()
        assert "Undone: merge Kim Jong Un = Kim Jung-un." in notes(app), notes(app)
        kim = compare_section.entity_for(app.comparison.result, None, "Kim Jong Un")
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
        select_source(desk, "Kim Jong Un")
        await pilot.press("M")  # the merged row: split every name apart
        await wait_for(pilot, lambda: any(not d.same for d in cmp.decisions(app.store)))
        await workers_done(app)
        await wait_for(
            pilot, lambda: "Kim Jung-un" in [v.source.name for v in desk.table("sources").rows]
        )
        await pilot.press("z")  # the split first: the verdict stays
        await wait_for(pilot, lambda: not cmp.decisions(app.store))
        await workers_done(app)
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
        await wait_for(pilot, lambda: isinstance(app.screen, GroupVerdictDialog))
        await pilot.press("enter")  # the list of what it changes: yes
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
        assert (
            "No other outlet reports this claim with another verdict; nothing to apply." in shown
        ), shown
        assert not any("verdict first" in n for n in shown), shown
    with ClaimStore(outlets_path, readonly=True) as st:
        assert sorted(c.status for c in st.claims() if c.status != "unreviewed") == ["verified"]
