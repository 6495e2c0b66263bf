""" "I" in a letter to the editor is the letter's writer, who signs under it (tenth pass,
issue 16): 'When I rang the council ... "Then please find it," I replied.' then the line
"Agatha Fennimore-Oduro, Farrant Lane, Ossington" credits Agatha Fennimore-Oduro.

A letters page prints each letter, then its signature on a line of its own: a full name
and the places after it, comma-separated and capitalised. Precision guards: the signature
must come before any other line without a closing stop (the next letter's title), within
a few lines; a "Name, role" line ("Rita Ames, analyst") is a pull quote's credit, not a
signature, and names no one here; a line is read only up to 120 characters.
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry, classify_name

_SIGNATURE = re.compile(
    r"[ \t\u00a0]*((?:[A-Z][\w'’.-]+[ \t\u00a0]+){1,3}[A-Z][\w'’-]+)"
    r"(?:,[ \t\u00a0]*[A-Z][\w'’.-]*(?:[ \t\u00a0]+[A-Z0-9][\w'’.-]*){0,3}){1,3}[ \t\u00a0]*$"
)
_LINES = 8  # non-empty lines after the attribution that are read
_MAX_LINE = 120
_REACH = 3000  # characters a letter's paragraph may run


def letter_signer(body: str, pos: int, reg: Registry) -> Entry | None:
    """The writer signing the letter that holds the first-person attribution at `pos`."""
    at = body.find("\n", pos, pos + _REACH)  # bounded: a long paragraph stays linear
    seen = 0
    while at >= 0 and seen < _LINES:
        start = at + 1
        end = body.find("\n", start, start + _REACH)
        if end < 0:
            end = len(body) if len(body) - start <= _REACH else -1
        if end < 0:
            return None  # a paragraph longer than a letter's: no letters page
        at = end if end < len(body) else -1
        if end - start > _MAX_LINE:
            seen += 1
            if body[start:end].rstrip()[-1:] in (".", "!", "?", '"', "”", "’", "'"):
                continue  # the letter goes on
            return None
        line = body[start:end].strip()
        if not line:
            continue
        seen += 1
        m = _SIGNATURE.fullmatch(line)
        if m is not None:
            words = m.group(1).split()
            if classify_name(words) != "person":
                return None
            ent = reg.person(words, m.group(1), start)
            if ent.gender is None:
                ent.gender = "i"  # the letter's "I": never the "he"/"she" of the letter
            return ent
        if line[-1] not in ".!?\"”’')":
            return None  # a title: the next letter begins, unsigned so far
    return None
