"""A relative brought in by first name, then "she"/"he" (thirteenth pass, issue 16):
"Gruber's daughter, Liesl, hopes the workshop will become a museum. 'He would hate
that,' she admits." The "she" is Liesl, the subject of the sentence before, not the last
person cited (main gave the quotation to a man cited two sentences earlier: a wrong name).

Precision guards: the sentence right before opens with "Name's NOUN, First," or
"His/Her NOUN, First," where NOUN is a relative of the pronoun's gender (daughter, wife,
son, husband, ...), First is one capitalised word, then a comma and a lowercase verb; and
that sentence credits no one itself (the attribution rules read it then).

Fourteenth pass (x16q): an age may follow the name ("Her son, Jamie, 22, joined ..."),
and a quotation of several sentences ('"I was mad. Maybe I am," he says.') looks back
past its own sentences to the one before it (speakers.before_quote), as "he" does."""

from __future__ import annotations

from collections.abc import Sequence

from claimdesk.extract.attribution.tokens import is_possessive, tokenize
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import Entry, Registry

_SHE = word_set(
    """daughter wife sister mother widow granddaughter niece aunt grandmother
    stepdaughter stepmother"""
)
_HE = word_set(
    """son husband brother father widower grandson nephew uncle grandfather stepson
    stepfather"""
)
_KIN = {"she": _SHE, "he": _HE}
# x16t: "Their daughter, Jasmine, works in a bank" (a couple's child) as well as his/her
_OWNERS = word_set("his her their")


def kin_subject(
    masked: str, sent: tuple[int, int], pron: str, reg: Registry, credits: Sequence[object] = ()
) -> Entry | None:
    """The relative named by first name as the subject of sentence `sent` (the one
    before a "she"/"he" attribution), when the noun fits the pronoun and `sent` credits
    no one (`credits`, its attributions); else None."""
    kin = _KIN.get(pron)
    s, e = sent
    if kin is None or credits:
        return None
    toks = tokenize(masked, s, min(e, s + 200))
    if len(toks) < 6:
        return None
    the_owner = toks[0].low == "the" and is_possessive(toks[1].text) and toks[1].text.islower()
    if the_owner:
        toks = toks[1:]  # x16t: "The couple's daughter, Joan, ..."
    owner = toks[0].text
    if not (the_owner or toks[0].low in _OWNERS or (is_possessive(owner) and owner[:1].isupper())):
        return None
    if toks[1].low not in kin or toks[2].text != "," or toks[4].text != ",":
        return None
    v = 5
    if len(toks) > 8 and toks[5].text.isdigit() and toks[6].text == ",":
        v = 7  # "Her son, Jamie, 22, joined ...": an age
    first, verb = toks[3].text, toks[v].text
    if not (first.isalpha() and first[:1].isupper() and not first.isupper()):
        return None
    if not (verb.isalpha() and verb.islower()):
        return None
    ent = reg.person([first], first, toks[3].start)
    ent.add_role(f"{toks[0].text} {toks[1].text}")
    ent.gender = ent.gender or pron
    return ent
