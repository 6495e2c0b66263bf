"""Property test: any sequence of marks, notes, undos, compactions and reopenings leaves
the store agreeing with a plain model, in memory and on disk."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.store import STATUSES, ClaimStore
from tests.support.store_fixtures import make_extraction

N = 6
ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("mark"),
            st.lists(st.integers(0, N - 1), min_size=1, max_size=3),
            st.sampled_from(STATUSES),
            st.one_of(st.none(), st.text(max_size=8)),
        ),
        st.tuples(st.just("note"), st.integers(0, N - 1), st.text(max_size=8)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("compact")),
        st.tuples(st.just("reopen")),
    ),
    max_size=25,
)


def _clean(text: str) -> str:
    """A note as the store keeps it (controls blanked, invisible characters dropped)."""
    from claimdesk.store.sanitize import clean_note

    return clean_note(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_store_agrees_with_a_model(sequence):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "s.json"
        s = ClaimStore(path)
        s.ingest_extraction(make_extraction())
        ids = [c.id for c in s.claims()]
        state = {cid: ("unreviewed", "") for cid in ids}
        undo_stack: list[dict[str, tuple[str, str]]] = []  # state before each action
        n_entries = 0
        try:
            for op in sequence:
                if op[0] == "mark":
                    _, which, status, note = op
                    before = {}
                    for i in dict.fromkeys(which):
                        cid = ids[i]
                        new = (status, state[cid][1] if note is None else _clean(note))
                        if new != state[cid]:
                            before[cid] = state[cid]
                            state[cid] = new
                    got = s.mark([ids[i] for i in which], status, note=note)
                    assert len(got) == len(before)
                    if before:
                        undo_stack.append(before)
                        n_entries += len(before)
                elif op[0] == "note":
                    _, i, note = op
                    cid = ids[i]
                    if _clean(note) == state[cid][1]:  # says that already: nothing recorded
                        assert s.set_note(cid, note) is None
                        continue
                    undo_stack.append({cid: state[cid]})
                    state[cid] = (state[cid][0], _clean(note))
                    s.set_note(cid, note)
                    n_entries += 1
                elif op[0] == "undo":
                    got = s.undo()
                    if undo_stack:
                        before = undo_stack.pop()
                        assert {e.claim_id for e in got} == set(before)
                        state.update(before)
                        n_entries += len(before)
                    else:
                        assert got == []
                elif op[0] == "compact":
                    s.compact()
                else:
                    s.close()
                    s = ClaimStore(path)
                for cid in ids:
                    c = s.claim(cid)
                    assert (c.status, c.note) == state[cid]
            assert len(s.history()) == n_entries
        finally:
            s.close()
        with ClaimStore(path, readonly=True) as r:
            assert {cid: (r.claim(cid).status, r.claim(cid).note) for cid in ids} == state
            assert len(r.history()) == n_entries
