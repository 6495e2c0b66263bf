"""A social post credited to a handle: "One user, @pastalawyer, posted: '...'", "@kelp_fan
replied: '...'".

A handle is how the platform names its author, so a reader credits the post to it. The
handle must stand in the same sentence right before the quotation, with a posting verb
("posted", "wrote", "replied", "tweeted", "commented") between it and the quotation and no
other handle or quotation in between.
"""

from __future__ import annotations

import re

from claimdesk.extract.sources import Entry, Registry

_LEAD = 120  # characters before a quotation the credit may take
_CREDIT = re.compile(
    r"(?<![\w@.])@(?P<h>[A-Za-z0-9_]{2,30})\b,?[^@\"“”.!?\n\x00]{0,40}?"
    r"\b(?:posted|wrote|replied|tweeted|commented|added)[ \u00a0]*[:,]?[ \u00a0]*$"
)


def handle_credit(masked: str, open_mark: int, reg: Registry) -> Entry | None:
    """The handle credited right before the quotation opening at `open_mark`, or None."""
    lo = max(0, open_mark - _LEAD)
    m = _CREDIT.search(masked, lo, open_mark)
    if m is None:
        return None
    handle = "@" + m.group("h")
    return reg.by_alias(handle) or reg.named(handle, "person", m.start())
