"""The verdict history in memory: every change in seq order, grouped into actions (one
bulk mark is one action), and which actions an undo may still take back."""

from __future__ import annotations

from collections.abc import Collection

from claimdesk.store.records import HistoryEntry


class History:
    """Entries are only ever appended; an undo is a new action pointing at what it undoes."""

    def __init__(self) -> None:
        self.entries: list[HistoryEntry] = []
        self.seq = 0  # the last entry's seq (or the journal's, when it is ahead)
        self.action = 0  # the last action's number
        self._actions: dict[int, list[HistoryEntry]] = {}
        self.by_claim: dict[str, list[HistoryEntry]] = {}  # each claim's entries, in order
        self._undone: set[int] = set()
        self._undo_stack: list[int] = []

    def record(self, e: HistoryEntry) -> None:
        self.entries.append(e)
        mine = self.by_claim.get(e.claim_id)
        if mine is None:
            self.by_claim[e.claim_id] = [e]
        else:
            mine.append(e)
        self.seq = max(self.seq, e.seq)
        if e.action > self.action:
            self.action = e.action
        group = self._actions.get(e.action)
        if group is None:
            self._actions[e.action] = [e]
            if e.undo_of is None:
                self._undo_stack.append(e.action)
        else:
            group.append(e)
        if e.undo_of is not None:
            target = self._entry_action(e.undo_of)
            if target is not None:
                self._undone.add(target)

    def _entry_action(self, seq: int) -> int | None:
        # entries are stored in seq order; binary search the history list
        lo, hi = 0, len(self.entries) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.entries[mid].seq
            if s == seq:
                return self.entries[mid].action
            if s < seq:
                lo = mid + 1
            else:
                hi = mid - 1
        return None

    def undo_target(
        self, actions: Collection[int] | None = None, reviewer: str | None = None
    ) -> int | None:
        """The last action not yet undone (among `actions`, and by `reviewer`, when given);
        None: nothing."""
        while self._undo_stack and self._undo_stack[-1] in self._undone:
            self._undo_stack.pop()
        wanted = None if actions is None else set(actions)
        for a in reversed(self._undo_stack):
            if a in self._undone or (wanted is not None and a not in wanted):
                continue
            if reviewer is not None and self._actions[a][0].reviewer != reviewer:
                continue
            return a
        return None

    def built_on(self, action: int) -> list[HistoryEntry]:
        """Later entries by someone else on the claims of `action`: a change that another
        reviewer has since built on is theirs too, and an undo would silently drop it."""
        mine = self._actions[action]
        who = mine[0].reviewer
        first = {e.claim_id: e.seq for e in mine}
        out = []
        for cid, seq in first.items():
            for later in reversed(self.by_claim.get(cid, ())):
                if later.seq <= seq:
                    break
                if (
                    later.reviewer != who
                    and later.undo_of is None
                    and later.action not in self._undone
                ):
                    out.append(later)
        return out

    def action_entries(self, action: int) -> list[HistoryEntry]:
        return self._actions[action]
