"""The records the store hands out (see docs/store.md): plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimdesk.store.verdict_states import STATUS_NAMES, UNREVIEWED

STATUSES = STATUS_NAMES  # the verdict states' names, from their table (verdict_states.py)
KINDS = ("quote", "statement", "number")


@dataclass(slots=True, frozen=True)
class Article:
    id: str
    path: str
    title: str | None
    publisher: str | None
    aggregator: str | None
    published: str | None
    url: str | None
    words: int
    body: str
    ingested_at: str
    dates: list[dict[str, Any]] = field(default_factory=list)
    hedges: list[dict[str, Any]] = field(default_factory=list)
    author: str | None = None


@dataclass(slots=True)
class Claim:
    """One claim with its current verdict.

    The store keeps one live Claim per id: objects returned by `claims()` are updated in
    place by `mark`, `set_note` and `undo` of the same ClaimStore.
    """

    id: str
    kind: str
    article_id: str
    text: str
    speaker: str | None
    partial: bool | None
    value: float | int | None
    unit: str | None
    qualifier: str | None
    noun: str | None
    hypothetical: bool | None
    start: int
    end: int
    status: str = UNREVIEWED
    note: str = ""
    reviewer: str | None = None  # who gave the verdict in force (not who wrote the note)
    reviewed_at: str | None = None  # ... and when
    orphaned: bool = False
    note_by: str | None = None  # who last wrote the note, and when
    note_at: str | None = None
    # (reviewer, status) of a verdict the one in force overrode: the claim is contested
    contested_with: tuple[str, str] | None = None

    @property
    def contested(self) -> bool:
        """Two reviewers gave different verdicts and nobody has decided it since."""
        return self.contested_with is not None

    @classmethod
    def stand_in(cls, cid: str, article_id: str = "", text: str = "", **more: Any) -> Claim:
        """A claim known by its id only (its words not read, or gone from the store): what
        a verdict, a note or an undo needs, since its state comes from its verdict."""
        return cls(
            id=cid,
            kind="statement",
            article_id=article_id,
            text=text,
            speaker=None,
            partial=None,
            value=None,
            unit=None,
            qualifier=None,
            noun=None,
            hypothetical=None,
            start=0,
            end=0,
            **more,
        )


@dataclass(slots=True)
class ReviewState:
    """A claim's verdict, note and who gave them: what the store keeps per reviewed claim
    (also for a claim that left its article) and copies onto the live Claim."""

    status: str = UNREVIEWED
    note: str = ""
    reviewer: str | None = None
    at: str | None = None
    note_by: str | None = None
    note_at: str | None = None
    contested_with: tuple[str, str] | None = None

    def onto(self, c: Claim) -> None:
        c.status, c.note, c.reviewer, c.reviewed_at = self.status, self.note, self.reviewer, self.at
        c.note_by, c.note_at, c.contested_with = self.note_by, self.note_at, self.contested_with


@dataclass(slots=True, frozen=True)
class SourceRow:
    id: str
    name: str
    kind: str
    role: str | None
    aliases: list[str]
    article_ids: list[str]


@dataclass(slots=True, frozen=True)
class HistoryEntry:
    seq: int
    claim_id: str
    from_status: str
    to_status: str
    from_note: str
    to_note: str
    reviewer: str
    at: str
    undo_of: int | None = None
    action: int = 0  # entries of one bulk mark share an action number

    def to_dict(self) -> dict:
        """The JSON row used by `history --format jsonl` and the JSON export."""
        return {
            "seq": self.seq,
            "action": self.action,
            "claim_id": self.claim_id,
            "from_status": self.from_status,
            "to_status": self.to_status,
            "from_note": self.from_note,
            "to_note": self.to_note,
            "reviewer": self.reviewer,
            "at": self.at,
            "undo_of": self.undo_of,
        }


@dataclass(slots=True, frozen=True)
class IngestResult:
    path: str
    article_id: str | None
    status: str  # "added" | "unchanged" | "updated" | "failed"
    claims: int = 0
    orphaned: int = 0
    error: str | None = None
