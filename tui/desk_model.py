"""What the dashboard shows, built once from the store: rows, haystacks, filters, counts.

Built in a worker after the first frame. Filtering 100k rows is a list comprehension over
precomputed lowercase haystacks; a search that extends a query typed before filters only
that query's result, and a backspace returns a result already known (each pane keeps the
results of the query's prefixes), so typing stays well inside a frame. A word's first
and second letters, the keys that would look at most rows, come from indexes the loading
worker builds (tui/letter_index.py, tui/pair_index.py).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, contains, not_, or_
from typing import Any

from claimdesk.store.verdict_states import CONTESTED, STATUS_NAMES
from claimdesk.tui.letter_index import LETTERS, LetterIndex
from claimdesk.tui.pair_index import PairIndex
from claimdesk.tui.row_marks import KIND_GLYPH

__all__ = ["KIND_GLYPH", "ClaimRow", "DeskModel", "Filters", "SourceView", "format_value"]

ANONYMOUS = "anonymous"  # a source kind: "officials" of one article are not another's
PER_ARTICLE = "\0per-article"  # a speaker whose source row depends on the article
_SOURCE_ID = attrgetter("source_id")
_VIEW_ID = attrgetter("source.id")
_HAY = attrgetter("hay")
_PLAIN = (None, None, None, None)  # no status, source, article or reviewer limit


def format_value(value: Any, unit: str | None, qualifier: str | None = None) -> str:
    """11000, "USD", "at least" -> "at least USD 11,000"; 12.5, "%" -> "12.5%"."""
    if value is None:
        number = "?"
    elif abs(value) >= 1_000_000 and unit != "%":
        # 40 million, 1.25 billion: the column shows the whole figure, not "40,000,0…"
        scale, word = (1e9, "billion") if abs(value) >= 1e9 else (1e6, "million")
        number = f"{value / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    elif isinstance(value, float) and not value.is_integer():
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        number = f"{int(value):,}"
    if not unit:
        shown = number
    elif unit == "%":
        shown = f"{number}%"
    elif len(unit) == 3 and unit.isalpha() and unit.isupper():
        shown = f"{unit} {number}"
    else:
        shown = f"{number} {unit}"
    return f"{qualifier} {shown}" if qualifier else shown


def outlet_of(article: Any) -> str:
    """The outlet to show for an article: publisher, else aggregator, else the file name."""
    if article is None:
        return "?"
    if article.publisher:
        return str(article.publisher)
    if article.aggregator:
        return f"via {article.aggregator}"
    path = str(article.path or "")
    return path.rsplit("/", 1)[-1] or "?"


def index_sources(sources: list[Any]) -> tuple[dict[str, Any], dict[tuple[str, str], Any]]:
    """Each source by its names (casefolded), and the anonymous voices ("officials") by
    article and name: they are one source per article. How a row's speaker finds its
    source, for the whole desk and for a server desk's pages alike."""
    by_name: dict[str, Any] = {}
    anonymous: dict[tuple[str, str], Any] = {}
    for src in sources:
        names = (src.name, *(src.aliases or ()))
        if getattr(src, "kind", None) == ANONYMOUS:
            for aid in src.article_ids or ():
                for name in names:
                    anonymous.setdefault((aid, name.casefold()), src)
            continue
        for name in names:
            by_name.setdefault(name.casefold(), src)
    return by_name, anonymous


@dataclass(slots=True)
class ClaimRow:
    """One claim as the panes show it; `claim` is the store's (mutable) Claim object."""

    claim: Any
    outlet: str
    value_text: str
    source_id: str | None
    hay: str
    counted: str = ""  # the status the counts hold for this row (see DeskModel.apply)

    @property
    def id(self) -> str:
        return self.claim.id


@dataclass(slots=True)
class SourceView:
    source: Any
    outlets: str
    counts: Counter = field(default_factory=Counter)
    hay: str = ""
    where: str = ""  # an anonymous voice's article (its title), which sets it apart

    @property
    def id(self) -> str:
        return self.source.id


@dataclass(slots=True)
class Filters:
    status: str | None = None
    source_id: str | None = None
    source_name: str | None = None
    article_id: str | None = None
    article_name: str | None = None
    search: str = ""
    reviewer: str | None = None  # claims whose verdict or note is by this reviewer

    def describe(self) -> str:
        parts = []
        if self.status:
            parts.append(f"status={self.status}")
        if self.reviewer:
            parts.append(f"by={self.reviewer}")
        if self.source_name:
            parts.append(f"source={self.source_name}")
        if self.article_name:
            parts.append(f"article={self.article_name}")
        if self.search:
            parts.append(f"/{self.search}")
        return " ".join(parts)


def known_plain(f: Filters) -> bool:
    """No status, source, article or reviewer limit: what the letter index was built for."""
    return (f.status, f.source_id, f.article_id, f.reviewer) == _PLAIN


class DeskModel:
    """All rows of a store, and the filtered views of them."""

    def __init__(
        self,
        articles: list[Any],
        sources: list[Any],
        claims: list[Any],
        *,
        build_hays: bool = True,
    ) -> None:
        self.articles = {a.id: a for a in articles}
        self.sources = sources
        self.by_name, self.anonymous = index_sources(sources)
        anonymous_names = {name for _aid, name in self.anonymous}
        outlets = {aid: outlet_of(a) for aid, a in self.articles.items()}
        self.quotes: list[ClaimRow] = []
        self.numbers: list[ClaimRow] = []
        self.rows_by_id: dict[str, ClaimRow] = {}
        src_claims: dict[str, list[ClaimRow]] = {s.id: [] for s in sources}
        speaker_src: dict[str | None, str | None] = {None: None}
        quotes_append, numbers_append = self.quotes.append, self.numbers.append
        rows_by_id = self.rows_by_id
        for claim in claims:
            speaker = claim.speaker
            try:
                sid = speaker_src[speaker]
            except KeyError:
                if speaker.casefold() in anonymous_names:
                    sid = speaker_src[speaker] = PER_ARTICLE
                else:
                    src = self.by_name.get(speaker.casefold())
                    sid = speaker_src[speaker] = src.id if src else None
            if sid is PER_ARTICLE:
                sid = self.source_key(claim.article_id, speaker)
            if claim.kind == "number":
                row = ClaimRow(
                    claim,
                    outlets.get(claim.article_id, "?"),
                    format_value(claim.value, claim.unit, claim.qualifier),
                    sid,
                    "",
                )
                numbers_append(row)
            else:
                row = ClaimRow(claim, outlets.get(claim.article_id, "?"), "", sid, "")
                quotes_append(row)
            rows_by_id[claim.id] = row
            if sid is not None:
                src_claims[sid].append(row)
        self._hays_lock = threading.Lock()
        self.hays_ready = False
        # pane -> its first letters, built by warm_letters (a paged model, which never
        # runs this __init__, has none and filters as before)
        self._letters: dict[str, LetterIndex] = {}
        self._letter_sources: dict[str, list[SourceView]] = {}  # letter -> Sources pane
        # pane ("quotes", "numbers", "sources") -> its two-letter pairs, by warm_letters
        self._pairs: dict[str, PairIndex] = {}
        if build_hays:
            self.build_hays()
        self.source_rows: list[SourceView] = []
        self._views: dict[str, SourceView] = {}
        self._src_claims = src_claims
        # article id -> the sources it names (the `a` limit asks this of every source
        # row): built on the first such limit, not at launch
        self._sources_in: dict[str, set[str]] | None = None
        for src in sources:
            names = sorted({outlets.get(aid, "?") for aid in (src.article_ids or ())})
            view = SourceView(src, ", ".join(names))
            if getattr(src, "kind", None) == ANONYMOUS and src.article_ids:
                art = self.articles.get(src.article_ids[0])
                view.where = (art.title if art else None) or view.outlets
            view.hay = "\n".join(
                (src.name, src.role or "", view.outlets, view.where, *src.aliases)
            ).lower()
            self.source_rows.append(view)
            self._views[src.id] = view
        self.recount()
        # the busiest sources first (then by name): they are the ones a reviewer walks
        self.source_rows.sort(key=lambda v: (-sum(v.counts.values()), v.source.name.casefold()))
        # pane -> (the cut, {typed query or a prefix of it: its rows}): see filter_claims
        self._last: dict[str, tuple[tuple, dict[str, list[Any]]]] = {}

    def warm_status_cuts(self) -> None:
        """Cut each pane by each status ahead of time (the loading worker, after the rows
        show), so the first round of `f` does not scan 100k rows on the UI thread."""
        generation = self._generation
        cuts: dict[tuple, list[ClaimRow]] = {}
        for kind, rows in (("quotes", self.quotes), ("numbers", self.numbers)):
            for status in STATUS_NAMES:
                cuts[(kind, (status, None, None, None))] = [
                    r for r in rows if r.claim.status == status
                ]
        with self._hays_lock:
            if generation == self._generation:  # no verdict since: the cuts are current
                for key, rows in cuts.items():
                    self._base.setdefault(key, rows)

    def warm_letters(self, stop: Any = None) -> None:
        """Index each pane's rows by letter (the loading worker, after the haystacks), so
        the first letter of a search is not a scan of every row on the UI thread."""
        letters = getattr(self, "_letters", None)
        if letters is None:
            return
        self.build_hays()
        for kind, rows in (("quotes", self.quotes), ("numbers", self.numbers)):
            if kind in letters:
                continue
            index = LetterIndex(rows)
            if index.build(stop=stop):
                letters[kind] = index
        if len(letters) < 2:  # stopped: this model is no longer shown
            return
        # the Sources pane of each first letter, with no limit (its hits need both lists)
        plain = Filters()
        for letter in LETTERS:
            if stop is not None and stop():
                return
            if letter not in self._letter_sources:
                plain.search = letter
                hits_q = letters["quotes"].rows_with(letter) or []
                hits_n = letters["numbers"].rows_with(letter) or []
                rows = self._sources_hit(self.source_rows, letter, plain, hits_q, hits_n)
                self._letter_sources[letter] = rows
        self.warm_pairs(stop)

    def warm_pairs(self, stop: Any = None) -> None:
        """Index each pane's rows (and the sources) by pairs of letters, after the first
        letters: a word's second letter is then not a narrowing of 30-50k rows."""
        pairs = getattr(self, "_pairs", None)
        if pairs is None:
            return
        for kind, rows in (
            ("quotes", self.quotes),
            ("numbers", self.numbers),
            ("sources", self.source_rows),
        ):
            if kind not in pairs:
                index = PairIndex(rows)
                if not index.build(stop=stop):
                    return
                pairs[kind] = index

    def build_hays(self) -> None:
        """The lowercase text each search looks in (a worker builds it after the rows show)."""
        with self._hays_lock:
            if self.hays_ready:
                return
            for row in self.rows_by_id.values():
                c = row.claim
                row.hay = "\n".join(
                    (c.text, c.speaker or "", row.outlet, c.noun or "", row.value_text)
                ).lower()
            self.hays_ready = True

    @property
    def empty(self) -> bool:
        return not self.articles

    def recount(self) -> None:
        """Status counts per source and overall, and the contested claims."""
        for row in self.rows_by_id.values():
            row.counted = row.claim.status
        for view in self.source_rows:
            view.counts = Counter(r.counted for r in self._src_claims[view.id])
        self.counts = Counter(r.counted for r in self.rows_by_id.values())
        self.contested = {
            cid for cid, r in self.rows_by_id.items() if r.claim.contested_with is not None
        }
        self._last = {}
        self._base: dict[tuple, list[ClaimRow]] = {}
        self._generation = getattr(self, "_generation", 0) + 1

    def source_key(self, article_id: str, speaker: str | None) -> str | None:
        """The id of the source row a claim's speaker is: an anonymous voice by
        (article, speaker), so two articles' "officials" stay two; anyone else by name."""
        if not speaker:
            return None
        folded = speaker.casefold()
        src = self.anonymous.get((article_id, folded)) or self.by_name.get(folded)
        return src.id if src is not None else None

    def source_claim_ids(self, source_id: str) -> list[str]:
        """The ids of the claims a source row counts (a kept first page recounts them)."""
        return [r.id for r in self._src_claims.get(source_id, ())]

    def source_view(self, source_id: str | None) -> SourceView | None:
        return self._views.get(source_id) if source_id else None

    def apply(self, entries: list[Any]) -> None:
        """Take in history entries (this session's, or another process's the store read):
        the store has already updated its live Claim objects (our rows hold them); the
        counts are ours to keep. Each row's count moves from the status it was counted
        under to its status now, so an entry seen twice, or a claim changed again since,
        never counts twice."""
        for e in entries:
            row = self.rows_by_id.get(e.claim_id)
            if row is None:
                continue
            status = row.claim.status
            if row.counted != status:
                self.counts[row.counted] -= 1
                self.counts[status] += 1
                view = self._views.get(row.source_id) if row.source_id else None
                if view is not None:
                    view.counts[row.counted] -= 1
                    view.counts[status] += 1
                row.counted = status
            if row.claim.contested_with is not None:
                self.contested.add(e.claim_id)
            else:
                self.contested.discard(e.claim_id)
        self._last = {}
        with self._hays_lock:
            self._base = {}
            self._generation += 1

    def reviewers(self) -> list[str]:
        """Everyone whose verdict or note is on a claim of the desk, by name."""
        names = set()
        for r in self.rows_by_id.values():
            c = r.claim
            if c.reviewer:
                names.add(c.reviewer)
            if c.note_by:
                names.add(c.note_by)
        return sorted(names, key=str.casefold)

    def filter_claims(self, kind: str, f: Filters) -> list[ClaimRow]:
        """The rows of one pane ("quotes" or "numbers") that the filters let through.

        Each pane keeps the results of the query being typed and of its prefixes (for the
        same status/source/article/reviewer cut): a character more filters the longest
        known prefix's rows, a backspace returns a known result, the same query the same
        list (so an unchanged pane is not repainted)."""
        base_key = (f.status, f.source_id, f.article_id, f.reviewer)
        needle = f.search.lower()
        known = self._typed(kind, base_key, needle)
        rows = known.get(needle)
        if rows is not None:
            return rows
        prefix = max((k for k in known if needle.startswith(k)), key=len, default=None)
        if prefix is not None:
            rows = known[prefix]
        else:
            # the status/source/article cut, kept until a verdict changes a status: cycling
            # `f` or deleting the search back to "" reuses it instead of scanning 100k rows
            rows = self._base.get((kind, base_key))
            if rows is None:
                rows = self.quotes if kind == "quotes" else self.numbers
                status, sid, aid, who = base_key
                if status == CONTESTED:
                    rows = [r for r in rows if r.claim.contested_with is not None]
                elif status:
                    rows = [r for r in rows if r.claim.status == status]
                if sid:
                    rows = [r for r in rows if r.source_id == sid]
                if aid:
                    rows = [r for r in rows if r.claim.article_id == aid]
                if who:
                    rows = [r for r in rows if who in (r.claim.reviewer, r.claim.note_by)]
                if not (status or sid or aid or who):
                    rows = list(rows)
                self._base[(kind, base_key)] = rows
            known[""] = rows
        if needle:
            if not self.hays_ready:
                self.build_hays()
            hit = None
            if len(needle) == 1 and base_key == _PLAIN and rows is known[""]:
                index = getattr(self, "_letters", {}).get(kind)
                hit = index.rows_with(needle) if index is not None else None
            elif len(needle) == 2 and base_key == _PLAIN:
                # every row of the pane holding the pair: what narrowing any prefix gives
                pairs = getattr(self, "_pairs", {}).get(kind)
                hit = pairs.rows_with(needle) if pairs is not None else None
            rows = hit if hit is not None else [r for r in rows if needle in r.hay]
        known[needle] = rows
        return rows

    def _sources_of_article(self, article_id: str) -> set[str]:
        """The ids of the source rows that name this article (one pass over every row's
        articles, once: a row's list searched per row was quadratic at 1M claims)."""
        if self._sources_in is None:
            index: dict[str, set[str]] = {}
            for view in self.source_rows:
                for aid in view.source.article_ids or ():
                    index.setdefault(aid, set()).add(view.id)
            self._sources_in = index
        return self._sources_in.get(article_id, set())

    def _typed(self, pane: str, cut: tuple, needle: str) -> dict[str, list[Any]]:
        """The results kept for `pane` under `cut`: the query's prefixes only (what
        backspace goes back to), none once the cut changes."""
        last = self._last.get(pane)
        if last is None or last[0] != cut:
            last = self._last[pane] = (cut, {})
        known = last[1]
        for old in [k for k in known if not needle.startswith(k)]:
            del known[old]
        return known

    def filter_sources(self, f: Filters) -> list[SourceView]:
        """Sources in the article limit; with a search, those named by it or quoted in a
        hit (kept per query prefix like the claims: a longer query narrows the last)."""
        needle = f.search.lower()
        known = self._typed("sources", (f.status, f.source_id, f.article_id, f.reviewer), needle)
        rows = known.get(needle)
        if rows is not None:
            return rows
        prefix = max((k for k in known if needle.startswith(k)), key=len, default=None)
        if prefix is not None:
            rows = known[prefix]
        else:
            rows = self.source_rows
            if f.article_id:
                named = self._sources_of_article(f.article_id)
                rows = [v for v in rows if v.id in named]
            known[""] = rows
        if needle:
            hit = None
            if len(needle) == 1 and rows is self.source_rows and known_plain(f):
                hit = getattr(self, "_letter_sources", {}).get(needle)
            elif len(needle) == 2 and known_plain(f):
                hit = self._pair_sources(needle, f)
            if hit is None:
                hits = self.filter_claims("quotes", f), self.filter_claims("numbers", f)
                hit = self._sources_hit(rows, needle, f, *hits)
            rows = hit
        known[needle] = rows
        return rows

    def _pair_sources(self, needle: str, f: Filters) -> list[SourceView] | None:
        """The Sources pane of a two-letter search with no limit, from the pair index:
        from every source row (what narrowing any prefix's rows gives), those named read
        from the index instead of 5-8k haystacks. None when not indexed."""
        index = getattr(self, "_pairs", {}).get("sources")
        named = index.flags(needle) if index is not None else None
        if named is None:
            return None
        hits = self.filter_claims("quotes", f), self.filter_claims("numbers", f)
        return self._sources_hit(self.source_rows, needle, f, *hits, named=named)

    def _sources_hit(
        self,
        rows: list[SourceView],
        needle: str,
        f: Filters,
        hits_q: list[ClaimRow],
        hits_n: list[ClaimRow],
        named: Sequence[int] | None = None,
    ) -> list[SourceView]:
        """The source rows named by `needle` or quoted in a hit. Most rows are named by a
        first letter; only the others need the hits, and with no limit on the claims their
        own claims say it, fewer than the hits' 80k at 100k claims (a set of every hit's
        speaker was most of a first letter's cost)."""
        if named is None:  # (else: one flag per row of `rows`, from the pair index)
            named = list(map(contains, map(_HAY, rows), repeat(needle)))
        rest = list(compress(rows, map(not_, named)))
        if not rest:
            return rows
        plain = known_plain(f)
        claims, hits = self._src_claims, len(hits_q) + len(hits_n)
        # a claim looked at in Python costs about eight of a hit's speaker taken in C
        walk = sum(len(claims.get(v.id, ())) for v in rest) if len(rest) * 8 < hits else hits
        if plain and walk * 8 < hits:
            keep = {v.id for v in rest if any(needle in r.hay for r in claims.get(v.id, ()))}
        else:
            keep = set(map(_SOURCE_ID, hits_q))
            keep.update(map(_SOURCE_ID, hits_n))
        return list(compress(rows, map(or_, named, map(keep.__contains__, map(_VIEW_ID, rows)))))
