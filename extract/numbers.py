"""Figures that are claims. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

from extract.document import Span
from extract.record import Number


def find_numbers(body: str, sentences: list[Span]) -> list[Number]:
    return []
