"""The desk's first page, kept beside the store file (PATH.firstpage): the rows, counts and
column widths a launch shows before the whole desk is read (issue 18: rows within 1 s at
100k claims, where reading the desk takes seconds).

The dashboard writes it after a full load; `claimdesk ingest`, `import`, `watch` and `copy`
write one when the desk they wrote has none the next launch can use
(`keep_page_after_ingest`: so even the first launch of a desk never opened shows rows at
once). A desk with none at all gets one at launch from the front of its files
(`page_from_front`). It is shown as it is
while the desk's files are exactly as they were (their sizes and times are its key). After
a change it is brought up to date from a lite read of the desk (store/page_catchup.py: the
files' heads, the journal and the newest segments, never the whole desk), so it never
shows a stale verdict
or count:

- only verdicts, notes or a compaction since: the rows take the verdicts in force now,
  and every count (the header's, each pane's, each source's) is counted again;
- articles added since (an ingest): their claims join the panes where the whole desk
  would show them, the counts are taken again, and the Sources pane (whose order the
  new claims change) waits for the whole desk;
- anything else (an article updated, a merge decision): no page, the launch waits.

The page's rows are never acted on: every key that needs the desk waits for it
(`DeskScreen.model` stays None).
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from itertools import chain
from pathlib import Path
from typing import Any

from rich.cells import cell_len

from claimdesk.store.claimstore import ClaimStore
from claimdesk.store.comparison import merges_path
from claimdesk.store.desk_front import read_front
from claimdesk.store.errors import StoreError
from claimdesk.store.page_catchup import Catchup, PageMark, catch_up
from claimdesk.store.paths import first_page_path, journal_path, segments_path
from claimdesk.store.records import Claim, SourceRow
from claimdesk.store.storage import atomic_write
from claimdesk.tui.desk_model import ClaimRow, DeskModel, SourceView, format_value, outlet_of

PAGE_ROWS = 150  # per pane: more than a tall terminal shows
# a desk whose store file is smaller is read whole at once (in about 0.1 s) when it has no
# kept page: its first claims read apart first would only be read twice (`page_from_front`)
FRONT_FROM_BYTES = 4 << 20
VERSION = 2
_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


@dataclass(slots=True)
class FirstPage:
    """What the panes show until the desk is read: each pane's first rows and length,
    the header's counts and the widths the whole desk gives the columns."""

    quotes: list[ClaimRow]
    numbers: list[ClaimRow]
    sources: list[SourceView]
    counts: Counter
    contested: int
    totals: dict[str, int]  # each pane's length ("sources" absent: it waits for the desk)
    widest_count: int
    widest_figure: int


def page_path(store_path: Path) -> Path:
    return first_page_path(store_path)


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def desk_key(store_path: Path) -> list[Any]:
    """The state of every file the rows are read from: store, segments, journal, merge
    decisions. (The comparison's cache, which folds merged sources, is left out: it is
    written after a launch, and what it changes shows when the whole desk replaces the
    page.)"""
    seg_dir = segments_path(store_path)
    try:
        segs = sorted((p.name, _stamp(p)) for p in seg_dir.iterdir())
    except OSError:
        segs = []
    files = (store_path, journal_path(store_path), merges_path(store_path))
    return [
        VERSION,
        *(_stamp(p) for p in files),
        [[n, s] for n, s in segs],
    ]


def _claim_doc(c: Claim) -> dict[str, Any]:
    return {f: getattr(c, f) for f in _CLAIM_FIELDS}


def _row_doc(row: ClaimRow) -> dict[str, Any]:
    return {"claim": _claim_doc(row.claim), "outlet": row.outlet, "value": row.value_text}


def _view_doc(view: SourceView) -> dict[str, Any]:
    s = view.source
    return {
        "id": s.id,
        "name": s.name,
        "kind": s.kind,
        "role": s.role,
        "aliases": list(s.aliases or ()),
        "outlets": view.outlets,
        "where": view.where,
        "counts": dict(view.counts),
    }


def write_page(store_path: Path, key: list[Any], model: DeskModel, store: ClaimStore) -> bool:
    """Keep the first page of `model` (read from `store`, in state `key`); best effort."""
    most = max((sum(v.counts.values()) for v in model.source_rows), default=0)
    widest_figure = max((cell_len(r.value_text) for r in model.numbers), default=0)
    sources = model.source_rows[:PAGE_ROWS]
    try:
        mark = PageMark.of(store)
    except Exception:  # a page is a cache only
        return False
    doc = {
        "key": key,
        "mark": [mark.digest, mark.articles, mark.segment_seq],
        # each source's claims, one string a source: its counts are counted again
        "members": [" ".join(model.source_claim_ids(v.id)) for v in sources],
        "quotes": [_row_doc(r) for r in model.quotes[:PAGE_ROWS]],
        "numbers": [_row_doc(r) for r in model.numbers[:PAGE_ROWS]],
        "sources": [_view_doc(v) for v in sources],
        "counts": dict(model.counts),
        "contested": len(model.contested),
        "totals": {
            "quotes": len(model.quotes),
            "numbers": len(model.numbers),
            "sources": len(model.source_rows),
        },
        "widest_count": len(str(most)),
        "widest_figure": widest_figure,
    }
    try:
        atomic_write(page_path(store_path), json.dumps(doc, ensure_ascii=False).encode())
    except (OSError, TypeError, ValueError):
        return False
    return True


def _claim_row(d: dict[str, Any]) -> ClaimRow:
    c = dict(d["claim"])
    if c.get("contested_with") is not None:
        c["contested_with"] = tuple(c["contested_with"])
    return ClaimRow(Claim(**c), str(d["outlet"]), str(d["value"]), None, "")


def _source_view(d: dict[str, Any]) -> SourceView:
    src = SourceRow(
        str(d["id"]), str(d["name"]), str(d["kind"]), d.get("role"), list(d["aliases"]), []
    )
    view = SourceView(src, str(d["outlets"]), Counter(d["counts"]))
    view.where = str(d.get("where") or "")
    return view


def read_page(store_path: Path, key: list[Any]) -> FirstPage | None:
    """The first page kept for the desk, as it is when the desk is still in state `key`,
    else brought up to date (see the module's docstring); None when there is none, it
    cannot be brought up to date, or it cannot be read (a cache only: never an error)."""
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, AttributeError):
        doc = json.loads(page_path(store_path).read_bytes())
        if doc.get("key") == json.loads(json.dumps(key)):
            return _page(doc)
        if doc["key"][0] != VERSION or doc["key"][3] != key[3]:  # merge decisions changed
            return None
        got = catch_up(store_path, PageMark(*doc["mark"]))
        return None if got is None else _caught_up(doc, got)
    return None


def _page(doc: dict[str, Any]) -> FirstPage:
    kept = doc["totals"]  # ("sources" absent: the Sources pane waits for the desk)
    totals = {k: int(kept[k]) for k in ("quotes", "numbers", "sources") if k in kept}
    return FirstPage(
        [_claim_row(d) for d in doc["quotes"]],
        [_claim_row(d) for d in doc["numbers"]],
        [_source_view(d) for d in doc["sources"]],
        Counter({str(k): int(v) for k, v in doc["counts"].items()}),
        int(doc["contested"]),
        totals,
        int(doc["widest_count"]),
        int(doc["widest_figure"]),
    )


def _caught_up(doc: dict[str, Any], got: Catchup) -> FirstPage:
    """The kept page with the verdicts in force now and the claims added since."""
    page = _page(doc)
    for row in (*page.quotes, *page.numbers):
        got.onto(row.claim)
    page.counts, page.contested = got.counts(), got.contested()
    if not got.articles:  # the same claims: each source's counts again, from its claims
        for view, members in zip(page.sources, doc["members"], strict=True):
            view.counts = +Counter(map(got.status_of, members.split()))
        return page
    quotes, numbers = _rows_of(got)
    page.quotes = _joined(page.quotes, quotes)
    page.numbers = _joined(page.numbers, numbers)
    in_numbers = page.totals["numbers"] + len(numbers)
    page.totals = {"quotes": got.rows - in_numbers, "numbers": in_numbers}
    page.sources = []  # the new claims move sources up and down: wait for the desk
    widest = max((cell_len(r.value_text) for r in numbers), default=0)
    page.widest_figure = max(page.widest_figure, widest)
    return page


def launch_page(store_path: Path, key: list[Any]) -> FirstPage | None:
    """What a launch shows before the desk is read: the page kept (`read_page`), else
    one from the desk's first claims (`page_from_front`), else None."""
    return read_page(store_path, key) or page_from_front(store_path)


def page_from_front(store_path: Path) -> FirstPage | None:
    """A first page for a desk that has none kept (written by an older version, the
    store's API, any writer that kept none): its first claims and their outlets read
    from the front of its files, the counts from their heads (store/desk_front.py):
    about 30 MB read at 100k claims, no article body past the page's, not every claim.
    The Sources pane (the busiest sources first: every claim decides) waits for the
    desk, as do the count columns' widths. None for a small desk (read whole as fast) or
    when the files cannot be read so."""
    try:
        if store_path.stat().st_size < FRONT_FROM_BYTES:
            return None
    except OSError:
        return None
    front = read_front(store_path, PAGE_ROWS, PAGE_ROWS)
    if front is None:
        return None
    got = front.desk
    quotes, numbers = _rows_of(got)
    totals = {}
    if front.numbers is not None:  # (not counted: the panes' lengths wait for the desk)
        totals = {"quotes": got.rows - front.numbers, "numbers": front.numbers}
    return FirstPage(
        quotes[:PAGE_ROWS],
        numbers[:PAGE_ROWS],
        [],
        got.counts(),
        got.contested(),
        totals,
        0,
        max((cell_len(r.value_text) for r in numbers), default=0),
    )


def _joined(rows: list[ClaimRow], new: list[ClaimRow]) -> list[ClaimRow]:
    """A pane's first rows with the claims added since where the whole desk has them:
    after every claim read before, ahead of the rows kept for verdicts whose claim is
    gone (the desk lists those last)."""
    at = next((i for i, r in enumerate(rows) if not r.claim.article_id), len(rows))
    return (rows[:at] + new + rows[at:])[:PAGE_ROWS]


def keep_page_after_ingest(store_path: Path, held: Any = None) -> bool:
    """After `claimdesk ingest`/`import`/`watch` wrote the desk: make sure the next launch
    has a first page (issue 18: a desk no dashboard has opened had none, and its first
    launch waited for the whole desk). A page the launch can bring up to date is left as
    it is (a lite read). Otherwise it is taken from `held` (a `PageTaker` that saw every
    claim the writer stored, when the writer made the desk), else from a read of the desk,
    here. The Sources pane is left to the desk. Best effort (a page is a cache, never an
    error): whether the next launch has a page."""
    if not store_path.exists():  # nothing stored (every input failed): no desk, no page
        return False
    key = desk_key(store_path)
    if read_page(store_path, key) is not None:
        return True
    with contextlib.suppress(StoreError, OSError, ValueError, TypeError):
        if held is not None:
            return held.write(store_path, key)
        with ClaimStore(store_path, readonly=True) as store:
            taker = PageTaker()
            taker.take(store.articles(), store.claims())
            return taker.write(store_path, key, store)
    return False


@dataclass
class PageTaker:
    """The first page taken in one pass over the claims in the order the panes list them,
    without a row per claim: the first rows of each pane, the counts, the widest figure.
    An ingest gives it each checkpoint's claims before it lets them go (`see`), so the
    page of a desk the ingest made costs no read of the desk and no more memory than the
    ingest holds (claims kept by column stay so: `claims_apart`)."""

    quotes: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    rows: int = 0
    in_numbers: int = 0
    contested: int = 0
    widest: int = 0
    seen: set[str] = field(default_factory=set)
    store: Any = None
    taken: set[str] = field(default_factory=set)  # articles of the checkpoints before
    stale: bool = False  # an article stored again after its claims were taken

    def see(self, store: Any) -> None:
        """The claims `store` holds now that were not seen before (a writer's desk)."""
        self.store = store
        done, apart = store.claims_apart()
        before = set(self.taken)

        def fresh() -> Iterator[Claim]:  # (one at a time: claims by column stay so)
            for c in chain(done, *apart.values()):
                if c.id not in self.seen:
                    self.stale = self.stale or c.article_id in before
                    self.taken.add(c.article_id)
                    yield c

        self.take(store.articles(), fresh())

    def take(self, articles: Iterable[Any], claims: Iterable[Claim]) -> None:
        outlets = {a.id: outlet_of(a) for a in articles}
        for c in claims:
            self.seen.add(c.id)
            self.rows += 1
            self.counts[c.status] += 1
            self.contested += c.contested_with is not None
            outlet = outlets.get(c.article_id, "?")
            if c.kind == "number":
                self.in_numbers += 1
                value = format_value(c.value, c.unit, c.qualifier)
                self.widest = max(self.widest, cell_len(value))
                if len(self.numbers) < PAGE_ROWS:
                    self.numbers.append({"claim": _claim_doc(c), "outlet": outlet, "value": value})
            elif len(self.quotes) < PAGE_ROWS:
                self.quotes.append({"claim": _claim_doc(c), "outlet": outlet, "value": ""})

    def write(self, store_path: Path, key: list[Any], store: Any = None) -> bool:
        """Keep the page, when it is the whole desk's: every claim of the desk seen, in
        order, and no verdict (else False: the caller reads the desk)."""
        store = store if store is not None else self.store
        if store is None or not self.rows:  # (no claim: nothing to show, or nothing stored)
            return False
        verdicts, rows = store.review_summary()
        if (verdicts and self.store is not None) or rows != self.rows or self.stale:
            return False
        mark = PageMark.of(store)
        doc = {
            "key": key,
            "mark": [mark.digest, mark.articles, mark.segment_seq],
            "members": [],
            "quotes": self.quotes,
            "numbers": self.numbers,
            "sources": [],
            "counts": dict(self.counts),
            "contested": self.contested,
            "totals": {"quotes": self.rows - self.in_numbers, "numbers": self.in_numbers},
            "widest_count": 0,
            "widest_figure": self.widest,
        }
        atomic_write(page_path(store_path), json.dumps(doc, ensure_ascii=False).encode())
        return True


def _rows_of(got: Catchup) -> tuple[list[ClaimRow], list[ClaimRow]]:
    """The Quotes and Numbers panes' rows of the claims a page read (kept or from the
    desk's front), each with its outlet, a figure with its value as the pane shows it."""
    outlets = {a.id: outlet_of(a) for a in got.articles}
    quotes: list[ClaimRow] = []
    numbers: list[ClaimRow] = []
    for c in got.claims:
        if c.kind == "number":
            value = format_value(c.value, c.unit, c.qualifier)
            numbers.append(ClaimRow(c, outlets.get(c.article_id, "?"), value, None, ""))
        else:
            quotes.append(ClaimRow(c, outlets.get(c.article_id, "?"), "", None, ""))
    return quotes, numbers
