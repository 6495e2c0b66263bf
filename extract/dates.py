"""Dates resolved against the publication date. PLACEHOLDER: finds nothing yet."""

from __future__ import annotations

import datetime as dt

from extract.document import Span
from extract.record import DateRef


def find_dates(body: str, sentences: list[Span], published: dt.date | None) -> list[DateRef]:
    return []
