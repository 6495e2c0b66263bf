"""Values read from an article's header and footer lines: a date written out, an
outlet's name, a wire dateline's day (extract/cleanup.py's helpers, kept apart so that
cleanup.py stays under the module size limit)."""

from __future__ import annotations

import datetime as dt
import re
import warnings

_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’-]*(?:[ \t][A-Z][A-Za-z.'’-]*){0,3},(?:[ \t]+[A-Z][A-Za-z.]+,)?[ \t]+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+(?:19|20)\d\d)"
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-—–]"
)


def dateline_day(body: str) -> str | None:
    """The day of a wire dateline with a year: "LONDON, 17 December 2024 (Northgate) -"."""
    for start in (0, body.find("\n") + 1):
        m = _WIRE_DATELINE.match(body, start, start + 120)
        if m:
            return parse_date(m.group("date"))
    return None


def parse_date(text: str) -> str | None:
    from dateutil import parser as dparser

    # Times are not needed and "10.15" style times confuse the parser.
    text = re.sub(
        r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?![\d-])", " ", text, flags=re.I
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = dparser.parse(text, fuzzy=True, ignoretz=True, default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return None
    if value.year < 1990 or value.year > 2100:
        return None
    return value.date().isoformat()


def clean_name(name: str) -> str | None:
    """The outlet named in a "Publisher: ..." line, without what follows it."""
    name = re.split(r"\.\s|\s[©|·•/]|\s\(c\)|;|\s[-–—]\s|,\s|\s\(|\s+on\s+\d", name)[0]
    name = name.strip().strip(".,;:").strip()
    name = re.sub(r"^(?:the\s+)", "The ", name, flags=re.I) if len(name.split()) > 1 else name
    return name if 1 <= len(name) <= 80 and len(name.split()) <= 8 else None
