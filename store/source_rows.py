"""The Sources of a store: one row per person or organisation across its articles, built
from the sources each article document keeps."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimdesk.store.ids import source_id
from claimdesk.store.records import SourceRow

ANONYMOUS = "anonymous"  # the source kind of "officials", "a senior official": one per article


def source_rows(article_docs: Mapping[str, dict[str, Any]]) -> list[SourceRow]:
    """Rows in first-seen order; names and aliases merged by name. An anonymous voice
    ("officials") is its article's own, never one person across articles: one row per
    article."""
    rows: dict[str, dict[str, Any]] = {}
    for aid, extra in article_docs.items():
        for s in extra.get("sources") or []:
            name = s.get("name")
            if not name:
                continue
            kind = s.get("kind") or "person"
            sid = source_id(f"{aid}#{name}" if kind == ANONYMOUS else name)
            row = rows.get(sid)
            if row is None:
                row = rows[sid] = {
                    "id": sid,
                    "name": name,
                    "kind": kind,
                    "role": s.get("role"),
                    "aliases": [],
                    "article_ids": [],
                }
            _merge(row, s, aid)
    return [SourceRow(**r) for r in rows.values()]


def _merge(row: dict[str, Any], source: dict[str, Any], aid: str) -> None:
    """One article's mention of a source into its row: its role's new wording, new
    aliases, the article."""
    row["role"] = merged_role(row["role"], source.get("role"))
    for alias in source.get("aliases") or []:
        if alias not in row["aliases"] and alias != row["name"]:
            row["aliases"].append(alias)
    if aid not in row["article_ids"]:
        row["article_ids"].append(aid)


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
