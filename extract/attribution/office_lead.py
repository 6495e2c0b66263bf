"""An office that names a place, then the person (fifteenth pass, issue 16): "The
independent member for Warrigal Heights, Dr Juno Amberley, ... put her price on the
table", "The MP for Stenford East, Gareth Pryce-Jones, was unmoved", "Labour's candidate
in Corwick North, Shazia Mirbahar, ...". The capitalised place inside the office is no
second person: the sentence introduces one person, the one between the commas.

Guard: the sentence opens with a determiner ("The", "A", "Its", ...) or a possessive, the
lead holds a lower-case word or an office word, and the names dropped all end before the
first comma, right after which the kept name stands, itself closed by a comma."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.role_words import role_noun
from claimdesk.extract.attribution.tokens import Tok, is_possessive, tokenize

_OPENERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our"))
_MAX_LEAD = 12  # tokens of "The independent member for Warrigal Heights"


def past_office_lead(masked: str, s: int, e: int, names: list[NP]) -> list[NP]:
    """The names less those inside an office lead that a name in commas follows."""
    if len(names) < 2:
        return names
    toks: list[Tok] = tokenize(masked, s, min(e, s + 600))
    comma = next((i for i, t in enumerate(toks[: _MAX_LEAD + 1]) if t.text == ","), None)
    if comma is None or comma < 2 or not _opens_lead(toks[0]):
        return names
    if not any(t.text.islower() for t in toks[1:comma]):
        return names  # "The Kettlebridge Trust, Ada Ek, ...": a list, or a body
    kept = [n for n in names if n.start > comma]
    dropped = [n for n in names if n.start <= comma]
    if not kept or any(n.end > comma for n in dropped) or kept[0].start != comma + 1:
        return names
    after = kept[0].end
    if after >= len(toks) or toks[after].text != ",":
        return names  # "The MP for Stenford East, Gareth Pryce-Jones and ...": no apposition
    return kept


def _opens_lead(tok: Tok) -> bool:
    """ "The", "Its", "Labour's": a determiner or a possessive opening the office."""
    return tok.low in _OPENERS or is_possessive(tok.text)


def office_before(masked: str, s: int, first: int) -> bool:
    """Whether the name at `first` follows an office lead opening the sentence at `s`
    ("The member for Kibera West, ", "The Mayor of Little Hensham, "): an office word
    in the lead marks the name as a person's, as a title before it would."""
    lead = masked[s:first].rstrip(" \u00a0")
    if not lead.endswith(",") or first - s > 120 or "," in lead[:-1]:
        return False
    toks = tokenize(masked, s, s + len(lead) - 1)
    if len(toks) < 2 or not _opens_lead(toks[0]):
        return False
    return any(role_noun(t.low) or t.low.endswith(("man", "woman")) for t in toks[1:])
