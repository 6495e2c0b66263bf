"""A description named right after it: "according to the returning officer, Mirela
Oduya." The description is the role, the name the source (it was the bare description,
"returning officer", and the named person was missed)."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import DOCUMENT_NOUNS, ORG_NOUNS
from claimdesk.extract.sources import classify_name

_ENDS = frozenset((",", ".", ";", "!", "?"))


def named_after(toks: list[Tok], np: NP, end: int, subject: NP | None) -> NP | None:
    """The name NP after ", " when it closes the phrase (at `end` or before a comma),
    with the description as its role; None otherwise. `subject`: fwd_subject's NP that
    starts after the comma."""
    if np.kind != "desc" or np.end >= end or toks[np.end].text != ",":
        return None
    if (np.head or "") in ORG_NOUNS or (np.head or "") in DOCUMENT_NOUNS:
        return None  # "according to the agency, Westmark Polling": a body, not its person
    if subject is None or subject.kind != "name" or classify_name(subject.words) != "person":
        return None
    if subject.end < end and toks[subject.end].text not in _ENDS:
        return None
    subject.role = " ".join(w for w in np.words if w.lower() not in ("the", "a", "an"))
    subject.start = np.start
    return subject
