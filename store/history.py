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
        self._undone: set[int] = set()
        self._undo_stack: list[int] = []

    def record(self, e: HistoryEntry) -> None:
        self.entries.append(e)
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

    def undo_target(self, actions: Collection[int] | None = None) -> int | None:
        """The last action not yet undone (among `actions`, when given); None: nothing."""
        while self._undo_stack and self._undo_stack[-1] in self._undone:
            self._undo_stack.pop()
        if actions is None:
            return self._undo_stack[-1] if self._undo_stack else None
        wanted = set(actions)
        return next(
            (a for a in reversed(self._undo_stack) if a in wanted and a not in self._undone),
            None,
        )

    def action_entries(self, action: int) -> list[HistoryEntry]:
        return self._actions[action]
