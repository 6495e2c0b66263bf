"""A bare quotation right after a sentence that introduces one person as its subject
(eighth pass, issue 16): "Marisol Lunde-Okafor, 82, comes in every Wednesday. 'It's my
day.'" and "The local historian Rosalind Dunmore has mapped the lost orchards. 'There
were eighty-one.'" are that person's words.

News style brings a person in with a sentence about them and lets the next quotation
speak for them; a careful reader needs no "she said". Precision guards: the sentence (same
paragraph, right before the quotation, crediting no one) names exactly one person of two
or more name words, that name is its subject and not a possessive ("Lunde's shop ..."),
and the subject is not acted on or gone ("was arrested", "is survived by", "died"):
then the quotation is likelier someone else's about them, and no one is credited.
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.gesture_lead import GESTURES
from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.office_lead import past_office_lead
from claimdesk.extract.attribution.role_words import role_noun
from claimdesk.extract.attribution.subjects import sentence_names, sentence_subjects
from claimdesk.extract.attribution.tokens import is_cap, tokenize
from claimdesk.extract.sources import Registry, classify_name

# the subject acted on or gone: "was arrested", "is survived by", "had been missing", "died"
_NOT_AGENT = re.compile(
    r"(?:was|were|is|are|had|has|have|will|would|had been|has been|have been)?[ \u00a0]*"
    r"(?:been[ \u00a0]+)?(?:[a-z]+ed|born|found|seen|shot|hit|held|taken|thrown|struck|"
    r"killed|missing|survived|died|dies|dead|buried|charged|jailed|sentenced)\b"
)
# "was unimpressed", "was delighted": a state of mind that leads into what they said,
# not something done to them
_MOOD = re.compile(
    r"(?:was|were|is|are)[ \u00a0]+(?:(?:clearly|visibly|plainly|less|more|not|far|quite|"
    r"very|still|equally)[ \u00a0]+)?(?:un[a-z]+ed|delighted|pleased|relieved|determined|"
    r"convinced|surprised|disappointed|frustrated|thrilled|worried|concerned|excited|"
    r"amused|annoyed|irritated|unimpressed|unconvinced|undeterred|unmoved|incensed|"
    r"bemused|puzzled|baffled|exasperated|heartened|encouraged|dismayed|reassured)\b"
)
_AUX = re.compile(r"(?:was|were|is|are|has been|had been|have been|will be|being)\b")
_POSS = ("'s", "’s")
# "The retired lock-keeper " before the name: an article and lowercase role words only
_ROLE_BEFORE = re.compile(r"[ \u00a0\n]*(?:(?:The|A|An)[ \u00a0]+)?(?:[a-z][\w-]*[ \u00a0]+){1,3}")
_CLAUSE = re.compile(r",[^,]{0,160},[ \u00a0]*")  # ", 82," / ", who runs a fleet,"


def intro_subject(masked: str, s: int, e: int, reg: Registry | None = None) -> NP | None:
    """The one named person a sentence is about, as its subject, or None (see module)."""
    names = sentence_names(masked, s, e)
    if not names and reg is not None:
        names = _known_surname(masked, s, e, reg)  # "Mbeki-Rourke was unimpressed."
    if len(names) > 1:  # "The member for Warrigal Heights, Dr Juno Amberley, ..."
        names = _outside_who_clause(masked, s, e, past_office_lead(masked, s, e, names))
    if len(names) != 1:
        return None
    name = names[0]
    subject = next(
        (
            np
            for np in sentence_subjects(masked, s, e)
            if np.kind == "name" and np.words[-len(name.words) :] == name.words
        ),
        None,
    )
    at = masked.find(name.words[-1], s, e)
    first = masked.find(name.words[0], s, e)
    if at < 0 or first < 0:
        return None
    if subject is None and not (
        _ROLE_BEFORE.fullmatch(masked[s:first]) or _cap_role_before(masked[s:first])
    ):
        return None  # "The retired lock-keeper Philomena Carradine-Obi keeps ..." counts
    if any(w.lower() in ("and", "&") for w in name.words) or name.words[-1][-2:] in _POSS:
        return None  # two people, or "Lunde's shop closed": about her shop
    if len(name.words) > 1 and classify_name(list(name.words)) != "person":
        return None
    rest = masked[at + len(name.words[-1]) : e]
    if rest[:2] in _POSS:
        return None
    if (m := _CLAUSE.match(rest)) is not None:
        rest = rest[m.end() :]
    rest = rest.lstrip(" \u00a0")
    if rest.split(" ", 1)[0] in GESTURES:
        return None  # "smiled at the crowd": gesture_lead.py decides a gesture's framing
    if (_AUX.match(rest) and _NOT_AGENT.match(rest) and not _MOOD.match(rest)) or rest.startswith(
        ("died", "dies")
    ):
        return None  # "was arrested", "died": the quotation is likelier about them
    head = name.words[0].rsplit("-", 1)
    if len(name.words) > 2 and len(head) == 2 and role_word(head[1].lower()):
        # "Chef-owner Ravi Lindqvist-Adebayo": the role opening the sentence is no name
        return NP("name", name.start + 1, name.end, list(name.words[1:]))
    return name


_WHO_CLAUSE = re.compile(r",[ \u00a0]*who[ \u00a0][^,]{0,160},")


def _outside_who_clause(masked: str, s: int, e: int, names: list[NP]) -> list[NP]:
    """The names of a sentence less those inside a who-clause right after the first one:
    "Chef Ravi Lindqvist, who cooked on a North Sea supply ship, came out" is about one
    person (ninth pass); a second name anywhere else still counts."""
    first = names[0]
    at = masked.find(first.words[-1], s, e)
    if at < 0:
        return names
    m = _WHO_CLAUSE.match(masked, at + len(first.words[-1]), e)
    if m is None:
        return names
    inside = masked[m.start() : m.end()]
    rest = [n for n in names[1:] if " ".join(n.words) not in inside]
    return [first, *rest]


def _cap_role_before(lead: str) -> bool:
    """ "Retired signalman ", "Local historian ": a capitalised first word, then up to two
    lowercase words ending on a role noun (never "Police arrested ")."""
    words = lead.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper():
        return False
    if not all(w.islower() for w in words[1:]):
        return False
    return role_word(words[-1])


def role_word(low: str) -> bool:
    """A lowercase role noun, listed or ending in "-man"/"-woman" ("signalman")."""
    return role_noun(low) or low.endswith(("man", "woman"))


def _known_surname(masked: str, s: int, e: int, reg: Registry) -> list[NP]:
    """A sentence opening on one capitalised word that is a person the article already
    cited ("Adeyemi-Ross had the last word.", "But Quarles was not done."), followed by a
    lowercase word (an age between commas may come first: "Quarles, 58, is ..."): that
    name, else nothing. An unknown single word may be a place or a team, so it never
    counts."""
    toks = tokenize(masked, s, min(e, s + 200))
    a = 1 if toks and toks[0].low in _OPENERS else 0
    b = a + 1  # the word after the name, past an age: "Talbot-Nkemelu, 58, is ..." (x16q)
    if len(toks) > a + 5 and toks[b].text == "," and toks[b + 1].text.isdigit():
        b = a + 4 if toks[a + 3].text == "," else b
    if len(toks) < b + 2 or not is_cap(toks[a].text) or not toks[b].text.islower():
        return []
    if masked.find("\x00", s, e) >= 0:
        return []  # a quotation in the sentence: the usual rules decide
    word = toks[a].text
    known = reg.by_alias(word)
    if known is None or known.kind != "person" or known.name == word:
        return []
    return [NP("name", a, a + 1, [word])]


_OPENERS = frozenset(("but", "and", "yet", "still"))
