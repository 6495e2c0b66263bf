"""The owner of a thing as the person "she"/"he" points back to (fourteenth pass, issue
16): "Heemskerk's team plans to tag 200 more bats next autumn. 'Now we know where to
look,' she said." A team, a lab or a campaign cannot be "she": the reader takes the
person whose team it is.

Guards: the sentence before opens with a cited person's name in the possessive
("Heemskerk's", "Sen. Ada Morrow's"), then a noun for a group, a place or a thing --
never a person ("Heemskerk's daughter plans ...": the daughter may be the "she"), then a
lowercase word; the name must be a person the article already cited. The pronoun's
gender is checked by the caller (speech._antecedent's `fits`)."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import is_possessive, tokenize
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import Entry, Registry

# what a person owns that is never a "she"/"he" itself
_THINGS = word_set(
    """team lab laboratory group unit office campaign department ministry agency company
    firm business shop farm plan plans bill proposal budget research study studies book
    report paper findings project centre center institute foundation charity committee
    caucus party administration government programme program platform speech proposals
    reforms policy policies legislation amendment motion manifesto
    restaurant bakery workshop school clinic orchard vineyard boat crew band"""
)
_MAX_NAME = 4  # words of "Sen. Ada Morrow's"


def owner_subject(masked: str, s: int, e: int, reg: Registry) -> Entry | None:
    """The cited person whose thing opens sentence masked[s:e] ("Ek's team plans ..."),
    else None (see module)."""
    toks = tokenize(masked, s, min(e, s + 120))
    i = next((k for k, t in enumerate(toks[:_MAX_NAME]) if is_possessive(t.text)), None)
    if i is None or not all(t.text[:1].isupper() for t in toks[: i + 1]):
        return None
    if i + 2 >= len(toks) or toks[i + 1].low not in _THINGS:
        return None
    if not toks[i + 2].text[:1].islower():
        return None  # "Ek's team, led by ...": an appositive, maybe a person in it
    words = [x.text for x in toks[: i + 1]]
    words[-1] = words[-1][:-2] if words[-1][-2:] in ("'s", "’s") else words[-1][:-1]
    ent = reg.by_alias(" ".join(words))
    if ent is None and len(words) >= 1:
        full = reg.full_name_for(words[-1])
        ent = reg.by_alias(full) if full else reg.by_alias(words[-1])
    if ent is None or ent.kind != "person" or not ent.cited:
        return None
    return ent
