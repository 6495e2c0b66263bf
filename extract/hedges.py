"""Hedging phrases. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

from extract.record import Hedge


def find_hedges(body: str) -> list[Hedge]:
    return []
