"""The claim store: articles and claims in TinyDB, verdicts in an fsync'd journal.

Imports only extract/, tinydb, platformdirs and the standard library (never tui/).
"""

from claimdesk.store.claimstore import ClaimStore
from claimdesk.store.errors import StoreError, StoreLocked, StoreNotWritable
from claimdesk.store.paths import resolve_store_path
from claimdesk.store.records import (
    KINDS,
    STATUSES,
    Article,
    Claim,
    HistoryEntry,
    IngestResult,
    SourceRow,
)
from claimdesk.store.stamps import default_reviewer, now_iso
from claimdesk.store.verdict_states import VERDICT_STATES, VerdictState

__all__ = [
    "KINDS",
    "STATUSES",
    "VERDICT_STATES",
    "Article",
    "Claim",
    "ClaimStore",
    "HistoryEntry",
    "IngestResult",
    "SourceRow",
    "StoreError",
    "StoreLocked",
    "StoreNotWritable",
    "VerdictState",
    "default_reviewer",
    "now_iso",
    "resolve_store_path",
]
