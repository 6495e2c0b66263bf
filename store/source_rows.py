"""The Sources of a store: one row per person or organisation across its articles, built
from the sources each article document keeps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claimdesk.store.ids import source_id
from claimdesk.store.records import SourceRow

ANONYMOUS = "anonymous"  # the source kind of "officials", "a senior official": one per article


def source_rows(article_docs: Mapping[str, dict[str, Any]]) -> list[SourceRow]:
    """Rows in first-seen order; names and aliases merged by name. An anonymous voice
    ("officials") is its article's own, never one person across articles: one row per
    article."""
    rows: dict[str, RowBuilder] = {}
    ids: dict[str, str] = {}  # name -> its source id (a name recurs in thousands of articles)
    for aid, extra in article_docs.items():
        for s in extra.get("sources") or []:
            name = s.get("name")
            if not name:
                continue
            kind = s.get("kind") or "person"
            if kind == ANONYMOUS:
                sid = source_id(f"{aid}#{name}")
            else:
                sid = ids.get(name) or ids.setdefault(name, source_id(name))
            row = rows.get(sid)
            if row is None:
                row = rows[sid] = RowBuilder(sid, name, kind, s.get("role"))
            row.add_role(s.get("role"))
            row.add_aliases(s.get("aliases") or ())
            row.add_article(aid)
    return [r.row() for r in rows.values()]


def _key(wording: str) -> str:
    return wording.casefold().removeprefix("the ")


class RowBuilder:
    """One source row while its mentions are merged in.

    Aliases and articles are ordered sets (dict keys): a source named in 40,000 articles
    (a wire service, "officials") costs 40,000 steps, not 40,000²/2 (the desk of a million
    claims spent 40 s there). The role is kept as its wordings, folded once each, and
    merged as merged_role does it; a wording found inside another wording's key adds
    nothing ever after (a fuller wording replacing that one contains it too), so it is
    not compared again."""

    __slots__ = ("aliases", "article_ids", "blank", "id", "kind", "name", "parts", "settled")

    def __init__(self, sid: str, name: str, kind: str, role: str | None) -> None:
        self.id, self.name, self.kind = sid, name, kind
        self.aliases: dict[str, None] = {}
        self.article_ids: dict[str, None] = {}
        # the role's wordings: (wording, its casefold, its key); [] for no role
        self.parts: list[tuple[str, str, str]] = []
        self.settled: set[str] = set()  # wordings that add nothing, now and later
        self.blank = role  # the role while it has no wording (None, or "" as stored)
        if role:
            self.parts = [(w, w.casefold(), _key(w)) for w in role.split("; ")]

    @property
    def role(self) -> str | None:
        return "; ".join(p[0] for p in self.parts) if self.parts else self.blank

    def add_role(self, more: str | None) -> None:
        """Another outlet's wording of the role: merged_role(self.role, more)."""
        if not more or more in self.settled:
            return
        if not self.parts:
            self.parts = [(w, w.casefold(), _key(w)) for w in more.split("; ")]
            return
        for new in more.split("; "):
            if new in self.settled:
                continue
            key = _key(new)
            if any(key in folded for _w, folded, _k in self.parts):
                if any(key in k for _w, _f, k in self.parts):
                    self.settled.add(new)
                continue
            self.parts = [p for p in self.parts if p[2] not in key]
            self.parts.append((new, new.casefold(), key))

    def add_aliases(self, aliases: Iterable[str]) -> None:
        for alias in aliases:
            if alias != self.name:
                self.aliases.setdefault(alias)

    def add_article(self, aid: str) -> None:
        self.article_ids.setdefault(aid)

    def row(self) -> SourceRow:
        return SourceRow(
            self.id, self.name, self.kind, self.role, list(self.aliases), list(self.article_ids)
        )


def merged_role(have: str | None, more: str | None) -> str | None:
    """Every outlet's wording of a role, once each: "the Pentagon spokesman; Pentagon
    press secretary" (a wording inside another one adds nothing, a fuller one replaces
    it), so a merged source never shows one outlet's role only."""
    if not more:
        return have
    if not have:
        return more
    parts = have.split("; ")
    for new in more.split("; "):
        key = new.casefold().removeprefix("the ")
        if any(key in old.casefold() for old in parts):
            continue
        parts = [old for old in parts if old.casefold().removeprefix("the ") not in key]
        parts.append(new)
    return "; ".join(parts)
