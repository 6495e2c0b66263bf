"""A possessive speaker whose owner may be someone named only by office (fifteenth pass,
branch x16s3, issue 16): 'Downing Street insists the prime minister retains the full
confidence of his team. "...," his official spokesman said.' The pronoun went back to the
last person named (a minister two paragraphs up), making "official spokesman of" him: a
wrong name. When another office ("the prime minister", "the president") is written in
this sentence or the one before and the person's name is not, the owner is that office,
unnamed: "official spokesman of the prime minister". With the name there too ("Sen. Pike
met the president. '...,' her spokeswoman said") the owner stays the person."""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import ORG_NOUNS, ROLE_NOUNS
from claimdesk.extract.sources import Entry

_WINDOW = 600  # characters looked back: bounded, so linear in the text
_THE = re.compile(r"\b[Tt]he ((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)")
_OFFICES = ROLE_NOUNS - ORG_NOUNS


def past_role(masked: str, det: str | None, lo: int, pos: int, ent: Entry | None) -> Entry | None:
    """`ent`, unless the speaker is "his/her X" (det) and another person's office is
    written in masked[lo:pos] (this sentence and the one before) and ent's name is not:
    then that office ("the prime minister"), an owner left unnamed and kept out of the
    registry, so no one else's name is given."""
    if ent is None or det not in ("his", "her"):
        return ent
    own = set((ent.role or "").lower().replace(";", " ").split())
    last = None
    for m in _THE.finditer(masked, max(lo, pos - _WINDOW), pos):
        words = m.group(1).split()
        cut = [i for i, w in enumerate(words) if w in _OFFICES and w not in own]
        if cut:
            last, office = m.end(), " ".join(words[: cut[-1] + 1])
    if last is None:
        return ent
    name = (ent.surname or ent.name.split()[-1]).lower()
    if name in re.findall(r"[a-z'-]+", masked[max(lo, pos - _WINDOW) : pos].lower()):
        return ent  # "Sen. Pike met the president. '...,' her spokeswoman said": Pike's
    return Entry(f"the {office}", "anonymous")
