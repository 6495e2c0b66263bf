"""'"...," her son said' after "Her son, Fabian Oduya-Marsh, said ...": the one person the
article itself called "her son" (eighth pass, issue 16).

Without this, "her son" was read as "son of" whoever "her" last pointed at, a made-up
source, even when the article had named the son in full. A careful reader takes the
article's own link: the same determiner and noun written beside one full name before the
quotation (role_link.sole_holder: two different people so named, or a name that is not
a full one, and no one is credited), and never the person "her" stands for.
"""

from __future__ import annotations

from claimdesk.extract.attribution import NP
from claimdesk.extract.attribution.role_link import sole_holder
from claimdesk.extract.sources import Entry, Registry


def kin_named(np: NP, pos: int, owner: Entry | None, reg: Registry) -> Entry | None:
    """The person the article wrote as "his/her NOUN, Full Name" before `pos`, or None."""
    if np.kind != "desc" or np.det not in ("his", "her") or not np.head or len(np.words) != 1:
        return None
    ent = sole_holder(reg.body, [np.det, np.words[0]], pos, reg)
    return ent if ent is not None and ent is not owner else None
