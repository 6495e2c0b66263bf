"""The Sources of a store: one row per person or organisation across its articles, built
from the sources each article document keeps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from claimdesk.store.ids import source_id
from claimdesk.store.records import SourceRow

ANONYMOUS = "anonymous"  # the source kind of "officials", "a senior official": one per article


def source_rows(article_docs: Mapping[str, dict[str, Any]]) -> list[SourceRow]:
    """Rows in first-seen order; names and aliases merged by name. An anonymous voice
    ("officials") is its article's own, never one person across articles: one row per
    article."""
    rows: dict[str, RowBuilder] = {}
    for aid, extra in article_docs.items():
        for s in extra.get("sources") or []:
            name = s.get("name")
            if not name:
                continue
            kind = s.get("kind") or "person"
            sid = source_id(f"{aid}#{name}" if kind == ANONYMOUS else name)
            row = rows.get(sid)
            if row is None:
                row = rows[sid] = RowBuilder(sid, name, kind, s.get("role"))
            row.add_role(s.get("role"))
            row.add_aliases(s.get("aliases") or ())
            row.add_article(aid)
    return [r.row() for r in rows.values()]


@dataclass(slots=True)
class RowBuilder:
    """One source row while its mentions are merged in. Aliases and articles are ordered
    sets (dict keys), and a role wording already found to add nothing is not compared
    again: a source named in 40,000 articles (a wire service, "officials") costs 40,000
    steps, not 40,000²/2 (the desk of a million claims spent 40 s here)."""

    id: str
    name: str
    kind: str
    role: str | None
    aliases: dict[str, None] = field(default_factory=dict)
    article_ids: dict[str, None] = field(default_factory=dict)
    same_role: set[str] = field(default_factory=set)  # wordings the role already holds

    def add_role(self, more: str | None) -> None:
        """Another outlet's wording of the role (merged_role, remembered while the role
        stays as it is)."""
        if not more or more in self.same_role:
            return
        merged = merged_role(self.role, more)
        if merged == self.role:
            self.same_role.add(more)
        else:
            self.role = merged
            self.same_role.clear()

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
