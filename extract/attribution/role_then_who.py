"""'Giles Ferrabee, the Conservative MP for a rural seat, who put it simply: "..."' and
'The bill was opposed by Marta Quill, a Labour MP, who said ...' (branch x16p): before
", who VERB" stands the person's appositive, and the relative clause is the person's.
The role before "who" was taken as the speaker ("Conservative MP"); political copy
introduces nearly every MP, minister and official this way. The name before the
appositive's comma speaks, with the appositive as its role; the name may be the object
of a preposition ("led by", "opposed by"), as the relative clause still says it; a
party-state tag between the name and the appositive ("Sen. Lorna Ash, R-Okla., the
ranking member of ..., who") is passed over."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP, _clean_role, np_back
from claimdesk.extract.attribution.tokens import Q, Tok, is_word
from claimdesk.extract.lexicon import is_role_word, word_set
from claimdesk.extract.sources import classify_name

_ARTICLES = word_set("the a an")
_MAX_APPOSITIVE = 14  # tokens between the two commas


def name_before_role_who(toks: list[Tok], comma: int, body: str) -> NP | None:
    """The person named before "NAME, <the|a> role ..., who" (comma: the one before
    "who"), or None when the words between the commas are no role of a person."""
    k = comma - 1
    while k >= 0 and comma - k <= _MAX_APPOSITIVE and toks[k].text not in (",", ";", ":", Q):
        k -= 1
    if k < 1 or toks[k].text != "," or k + 1 >= comma:
        return None
    inner = toks[k + 1 : comma]
    if not all(is_word(t.text) or t.text in ("'", "’", "-") for t in inner):
        return None
    # "the"/"a" opens the role, or a lower-case office does: "Aled Wyburn, chief executive
    # of Severnmouth Water, who said" (x16x; the body was taken as the speaker)
    lead = 1 if inner[0].low in _ARTICLES else 0
    if not lead and not _bare_office(inner):
        return None
    # a role word ("MP", "minister", "councillor") up to "of"/"for"/"at": the person's role
    head = next((t for t in inner[lead:] if t.low in ("of", "for", "at", "in", "from")), None)
    words = inner[lead : inner.index(head)] if head is not None else inner[lead:]
    if not words or not any(is_role_word(t.low) for t in words):
        return None
    k = _before_party_tag(toks, k)  # "Sen. Lorna Ash, R-Okla., the ranking member ..."
    named = np_back(toks, k - 1)
    if named is None or named.kind != "name" or named.end != k or len(named.words) < 2:
        return None
    if classify_name(named.words) != "person":
        return None
    named.role = _clean_role(body[toks[k + 1].start : toks[comma - 1].end])
    return named


_OFFICE_LEAD = word_set("chief deputy acting interim managing executive general senior joint")


def _bare_office(inner: list[Tok]) -> bool:
    """Whether an appositive with no article opens on a lower-case office: "chief
    executive of ...", "president of ...", "deputy leader of ..." (never a name or a
    clause: "Severnmouth Water", "speaking at ...")."""
    first = inner[0]
    if not first.text[:1].islower():
        return False
    return first.low in _OFFICE_LEAD or is_role_word(first.low)


_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


def _before_party_tag(toks: list[Tok], k: int) -> int:
    """The comma before a party-state tag ("Ash, R-Okla., the ...") when one stands
    between the name and the appositive at comma k; k otherwise."""
    j = k - 1
    if j >= 1 and toks[j].text == ".":
        j -= 1
    if j >= 1 and _TAG.fullmatch(toks[j].text) and toks[j - 1].text == ",":
        return j - 1
    return k
