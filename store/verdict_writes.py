"""The verdict verbs (mark, apply_states, set_note, undo), written once for every store.

Each builds its history entries against the desk in memory and hands them to the store's
own `_write_action`, which makes them one durable action: a journal append under the
short lock for a file desk, one transaction for a server desk. The rules (who reviewed,
contested, what undo may take back) live in DeskMemory's `_changes` and the history log,
so both stores keep the same semantics by construction."""

from __future__ import annotations

from collections.abc import Callable, Collection

from claimdesk.store.desk_memory import DeskMemory, _synchronized, _unknown_status
from claimdesk.store.errors import StoreError
from claimdesk.store.records import STATUSES, HistoryEntry
from claimdesk.store.sanitize import clean_note
from claimdesk.store.stamps import default_reviewer, now_iso


class VerdictWrites(DeskMemory):
    """mark / apply_states / set_note / undo over `_write_action` and `_require_writer`,
    which each store provides."""

    def _write_action(self, build: Callable[[], list[HistoryEntry]]) -> list[HistoryEntry]:
        raise NotImplementedError

    def _require_writer(self) -> None:
        raise NotImplementedError

    @_synchronized
    def mark(
        self,
        claim_ids: list[str],
        status: str,
        *,
        note: str | None = None,
        reviewer: str | None = None,
    ) -> list[HistoryEntry]:
        """Set the status (and the note, when given) of claims: one action, durable on return."""
        self._require_writer()
        if status not in STATUSES:
            raise _unknown_status(status)
        if isinstance(claim_ids, str):
            claim_ids = [claim_ids]
        new_note = None if note is None else clean_note(note)

        def build() -> list[HistoryEntry]:
            resolved = [self.resolve_id(cid) for cid in claim_ids]
            return self._changes(((c, status, new_note) for c in resolved), reviewer)

        return self._write_action(build)

    @_synchronized
    def apply_states(
        self, states: list[tuple[str, str, str]], *, reviewer: str | None = None
    ) -> list[HistoryEntry]:
        """Set (claim id, status, note) for many claims as one action (import, bulk tools)."""
        self._require_writer()
        for _cid, status, _note in states:
            if status not in STATUSES:
                raise _unknown_status(status)

        def build() -> list[HistoryEntry]:
            known = ((cid, s, clean_note(n)) for cid, s, n in states if cid in self._claims)
            return self._changes(known, reviewer)

        return self._write_action(build)

    @_synchronized
    def set_note(
        self, claim_id: str, note: str, *, reviewer: str | None = None
    ) -> HistoryEntry | None:
        """Replace a claim's note (status unchanged): durable on return. None: the note
        already says that (nothing is recorded: an entry that changes neither status nor
        note is a verdict confirmed, see review_state.is_decision)."""
        self._require_writer()
        text = clean_note(note)

        def build() -> list[HistoryEntry]:
            cid = self.resolve_id(claim_id)
            c = self._claim_or_orphan(cid)
            if c.note == text:
                return []
            return [
                HistoryEntry(
                    self._log.seq + 1,
                    cid,
                    c.status,
                    c.status,
                    c.note,
                    text,
                    default_reviewer(reviewer),
                    now_iso(),
                    None,
                    self._log.action + 1,
                )
            ]

        entries = self._write_action(build)
        return entries[0] if entries else None

    @_synchronized
    def undo(
        self, *, reviewer: str | None = None, actions: Collection[int] | None = None
    ) -> list[HistoryEntry]:
        """Record the inverse of the reviewer's last action not yet undone (a bulk mark is
        one action); each claim goes back to its own state before it.

        Only your own actions (`reviewer`, default as for mark), and among `actions` when
        given (what one dashboard session did). Refused (StoreError) when someone else has
        since changed one of its claims: undoing would silently drop their change. History
        is never rewritten: the inverse is a new action whose entries point at the entries
        they undo (`undo_of`). Returns [] when there is nothing to undo.
        """
        self._require_writer()
        who = default_reviewer(reviewer)

        def build() -> list[HistoryEntry]:
            target = self._log.undo_target(actions, reviewer=who)
            if target is None:
                return []
            blockers = self._log.built_on(target)
            if blockers:
                names = ", ".join(sorted({e.reviewer for e in blockers}))
                n = len({e.claim_id for e in blockers})
                raise StoreError(
                    f"not undone: {names} changed {n} of its claim(s) since; "
                    f"mark them again instead"
                )
            at = now_iso()
            action = self._log.action + 1
            seq = self._log.seq
            entries = []
            now: dict[str, tuple[str, str]] = {}  # each claim as the entries so far leave it
            for old in reversed(self._log.action_entries(target)):
                c = self._claims.get(old.claim_id)
                status, note = now.get(
                    old.claim_id, (c.status, c.note) if c else (old.to_status, old.to_note)
                )
                now[old.claim_id] = (old.from_status, old.from_note)
                seq += 1
                entries.append(
                    HistoryEntry(
                        seq,
                        old.claim_id,
                        status,
                        old.from_status,
                        note,
                        old.from_note,
                        who,
                        at,
                        old.seq,
                        action,
                    )
                )
            return entries

        return self._write_action(build)
