"""The timeline: every resolved date of every article, with the period it covers and the
clause around it, ordered by when it starts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from claimdesk.extract.compare.records import CompareArticle, TimelineEvent


@lru_cache(maxsize=1 << 14)  # a desk's dates repeat: "2024-12-16" in a hundred articles
def period(resolved: str) -> tuple[dt.date, dt.date] | None:
    """'2024-12-16' -> that day; '2024-06' -> June; '2025' -> the year; '2020s' -> decade."""
    r = resolved.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", r):
            d = dt.date.fromisoformat(r)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", r):
            y, m = int(r[:4]), int(r[5:])
            first = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{3})0s", r):
            y = int(m.group(1)) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if m := re.match(r"(\d{4})(?:-(\w+))?", r):
            y = int(m.group(1))
            season = (m.group(2) or "").lower()
            seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
            if season in seasons:
                a, b = seasons[season]
                return dt.date(y, a, 1), period(f"{y}-{b:02d}")[1]  # type: ignore[index]
            if season == "winter":
                return dt.date(y, 12, 1), dt.date(y + 1, 2, 28)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except (ValueError, TypeError):
        return None
    return None


@lru_cache(maxsize=1 << 14)
def _iso_days(resolved: str) -> tuple[str, str] | None:
    span = period(resolved)
    return (span[0].isoformat(), span[1].isoformat()) if span else None


def _what(context: str, text: str, width: int = 110) -> str:
    """The clause around a date, trimmed to about `width` characters."""
    ctx = " ".join(context.split())
    if len(ctx) <= width:
        return ctx
    i = ctx.find(text)
    if i < 0:
        return ctx[: width - 1] + "…"
    lo = max(0, i - width // 2)
    hi = min(len(ctx), lo + width)
    lo = max(0, hi - width)
    out = ctx[lo:hi]
    return ("…" if lo else "") + out.strip() + ("…" if hi < len(ctx) else "")


def timeline(articles: Sequence[CompareArticle]) -> list[TimelineEvent]:
    """Every resolved date from every article, ordered by when it starts."""
    events: list[TimelineEvent] = []
    for art in articles:
        for d in art.dates:
            if not d.resolved:
                continue
            days = _iso_days(d.resolved)
            if days is None:
                continue
            events.append(
                TimelineEvent(
                    when=d.resolved,
                    precision=d.precision,
                    first_day=days[0],
                    last_day=days[1],
                    text=d.text,
                    what=_what(d.context or d.text, d.text),
                    speaker=d.speaker,
                    outlet=art.outlet,
                    article_id=art.article_id,
                    date_id=d.id,
                    start=d.start,
                    end=d.start + len(d.text) if d.start >= 0 else -1,
                )
            )
    events.sort(key=lambda e: (e.first_day, e.last_day, e.outlet, e.text))
    return events
