"""What changed on a desk since its first page was kept, read without reading the desk
(issue 18: rows within 1 s of the first launch after a shell verdict or an ingest at 100k
claims, where reading every claim takes seconds).

A kept first page (tui/first_page.py) notes the desk's `PageMark`: a digest of its
articles in order (id, fingerprint, claim ids; `DeskMemory.outline`), how many there were
and the last segment read. A launch reads the files' heads only (a lite read, like a
shell verdict: every claim id and verdict, no claim) and asks `catch_up`:

- the same articles, in the same order: only verdicts, notes or a compaction changed,
  so the page's rows stand and take the verdicts in force now;
- the same articles first and then only new ones, each in a segment newer than the
  page: an ingest added them, and those segments (small) are read whole for their claims;
- anything else (an article updated, a merge that folded new articles into the base, a
  damaged file): None, and the launch waits for the whole desk as before.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.store.claimstore import ClaimStore
from claimdesk.store.documents import article_from_doc, claims_from_doc
from claimdesk.store.errors import StoreError
from claimdesk.store.records import Article, Claim, ReviewState
from claimdesk.store.segments import list_segments, read_segment
from claimdesk.store.verdict_states import UNREVIEWED


@dataclass(slots=True, frozen=True)
class PageMark:
    """The desk's articles as a kept page saw them (see `DeskMemory.outline`)."""

    digest: str
    articles: int
    segment_seq: int

    @classmethod
    def of(cls, store: ClaimStore) -> PageMark:
        digest, articles = store.outline()
        return cls(digest, articles, store.segment_seq)


@dataclass(slots=True)
class Catchup:
    """The desk now, as far as a kept page needs it."""

    verdicts: dict[str, ReviewState]  # every reviewed claim's state in force
    rows: int  # every claim row of the desk (claims, and verdicts whose claim is gone)
    articles: list[Article] = field(default_factory=list)  # new since the page
    claims: list[Claim] = field(default_factory=list)  # theirs, in ingest order

    def counts(self) -> Counter:
        """Claims per status (each unreviewed claim without a verdict counted too)."""
        counts = Counter(state.status for state in self.verdicts.values())
        counts[UNREVIEWED] += self.rows - len(self.verdicts)
        return +counts

    def contested(self) -> int:
        return sum(1 for s in self.verdicts.values() if s.contested_with is not None)

    def status_of(self, claim_id: str) -> str:
        state = self.verdicts.get(claim_id)
        return state.status if state is not None else UNREVIEWED

    def onto(self, claim: Claim) -> None:
        """The verdict in force now onto a claim of the page (none: unreviewed)."""
        (self.verdicts.get(claim.id) or ReviewState()).onto(claim)


def catch_up(path: Path, mark: PageMark) -> Catchup | None:
    """The desk at `path` now, when it is `mark`'s desk with only verdicts changed or
    articles added since; None otherwise (or when anything cannot be read: a page is a
    cache, never an error)."""
    with contextlib.suppress(StoreError, OSError, ValueError, KeyError, TypeError):
        with ClaimStore(path, readonly=True, lite=True) as lite:
            if lite.outline(mark.articles) != (mark.digest, mark.articles):
                return None
            new = lite.article_ids(mark.articles)
            verdicts, rows = lite.review_summary()
            through = int(lite.meta.get("segments_through") or 0)
        got = Catchup(verdicts, rows)
        if new:
            _read_new(path, max(mark.segment_seq, through), got)
            if [a.id for a in got.articles] != new:  # (folded into the base, or updated)
                return None
            for c in got.claims:
                got.onto(c)
        return got
    return None


def _read_new(path: Path, after: int, got: Catchup) -> None:
    """The articles and claims of the segments numbered after `after`."""
    for seg in list_segments(path):
        if seg.seq <= after:
            continue
        data = read_segment(seg)
        got.articles += [article_from_doc(d) for d in (data.get("articles") or {}).values()]
        for doc in (data.get("claims") or {}).values():
            got.claims += claims_from_doc(doc)
