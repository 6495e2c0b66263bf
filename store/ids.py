"""Stable ids: hashes of what a thing is, never of where an extractor put it.

An article id hashes its normalised body; a claim id hashes its article id, its kind, and
its normalised text (quotes, statements) or value and unit (numbers), plus an occurrence
number when the same claim appears twice in one article. Offsets are left out on purpose:
they shift whenever the extractor or the cleanup improves.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

ID_LEN = 16

_QUOTES = (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"))
_EDGE = "\"'.,;:!?…—–- \t\n\r\x0b\x0c"
_SPACES = re.compile(r"\s+")  # \s is str.isspace(), the white space str.split() splits on
_LONG = 1 << 16  # characters: a text this long is hashed and collapsed without word lists


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        for i in range(0, len(part), _LONG):  # a slice at a time: never a whole body's bytes
            h.update(part[i : i + _LONG].encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:ID_LEN]


def normalise_text(text: str) -> str:
    """Case, width, quote marks, whitespace and edge punctuation do not change identity."""
    t = unicodedata.normalize("NFKC", text)
    for curly, straight in _QUOTES:
        if curly in t:
            t = t.replace(curly, straight)
    if len(t) > _LONG:
        return _collapse_long(t).strip(_EDGE)
    return " ".join(t.casefold().split()).strip(_EDGE)


def _collapse_long(t: str) -> str:
    """`" ".join(t.casefold().split())` a slice at a time: the list of every word of a
    50 MB body took 500 MB. Each slice ends after a whole run of white space."""
    pieces, i, n = [], 0, len(t)
    while i < n:
        j = min(n, i + _LONG)
        while j < n and t[j].isspace():
            j += 1
        pieces.append(_SPACES.sub(" ", t[i:j].casefold()))
        i = j
    joined = "".join(pieces)
    del pieces
    return joined.strip()


def article_id(body: str) -> str:
    return _digest("article", normalise_text(body))


def number_key(value: float | int | None, unit: str | None) -> str:
    if value is None:
        v = "none"
    elif isinstance(value, float) and value.is_integer():
        v = str(int(value))
    else:
        v = repr(value)
    return f"{v}|{(unit or '').casefold()}"


def claim_key(
    kind: str, text: str, value: float | int | None = None, unit: str | None = None
) -> str:
    if kind == "number":
        return number_key(value, unit)
    return normalise_text(text)


def claim_id(article: str, kind: str, key: str, occurrence: int = 0) -> str:
    return _digest("claim", article, kind, key, str(occurrence))


def source_id(name: str) -> str:
    return _digest("source", normalise_text(name))
