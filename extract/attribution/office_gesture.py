"""A gesture by a role, then a bare quotation (fourteenth pass, issue 16): "Asked about
the protest, the president smiled. 'In my country, they would have been arrested.'" and
"Asked what she would do first, the mayor-elect laughed. 'Sleep.'"

gesture_lead.py reads a gesture whose subject is a name or a pronoun; political copy as
often writes the office ("the president", "the senator", "the mayor-elect"). A reader
gives the quotation to the one person the article gave that office: the role written
beside one name only, of someone already cited (role_link.py, role_of_body.py), or, for "the
ROLE-elect", the one person the article says "was elected ROLE" ("Adwoa Asante, a former
public defender, was elected mayor of Harborview").

Guards: the sentence is only the gesture (gesture_lead's rule: it ends there, a short
object at most), the subject is "the" and one or two lowercase words (never a plural:
"the senators laughed"), and the holder found is a person; several people elected to the
role, or none cited, is no one."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.gesture_lead import GESTURES
from claimdesk.extract.attribution.role_link import sole_holder
from claimdesk.extract.attribution.role_of_body import holder_of_office
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import Entry, Registry

_OBJECT = word_set("her his their head heads shoulders and then again briefly slowly")
_MAX_FRONTED = 40  # tokens of "Asked whether ..." before the subject
_WHEN = word_set("when as")
# a feature's present tense too: "The coxswain laughs when this is repeated to her."
_GESTURES = GESTURES | word_set(
    """shakes smiles nods shrugs laughs grins sighs pauses winces frowns beams chuckles
    hesitates"""
)
_MAX_WHEN = 10  # tokens of "when this is put to her"
_GENDER = {"her": "she", "him": "he"}
_NAME = re.compile(r"((?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)")
_LOOKBACK = 4000
_SUBJECT = 240  # characters of "Adwoa Asante, a former public defender ..., " before it
_PRED_BACK = 160  # characters of "Obuya-Strachan, 38, is the first woman to serve as "
# "Name, 58, is the last working " right before the role words (the search ends there)
_IS_THE = re.compile(
    rf"{_NAME.pattern}(?:,[ \u00a0]*\d{{1,3}},)?[ \u00a0]+(?:is|was|has[ \u00a0]+been|became)"
    r"[ \u00a0]+(?:the|a|an)[ \u00a0]+[^.;:!?\n\"“”]{0,60}?$"
)


def role_gesture(masked: str, s: int, e: int, reg: Registry) -> Entry | None:
    """The person whose office is the subject of a gesture-only sentence masked[s:e]
    ("..., the president smiled."), else None (see module)."""
    toks = tokenize(masked, s, min(e, s + 400))
    if len(toks) < 3 or toks[-1].text != "." or "\x00" in masked[s:e]:
        return None
    commas = [i for i, t in enumerate(toks[:_MAX_FRONTED]) if t.text == ","]
    for a in [0, *(c + 1 for c in commas)]:
        if a + 2 >= len(toks) or toks[a].low != "the":
            continue
        for size in (1, 2):
            v = a + 1 + size
            if v >= len(toks) or toks[v].low not in _GESTURES:
                continue
            words = [t.text for t in toks[a + 1 : v]]
            if not all(w[:1].islower() and w.replace("-", "").isalpha() for w in words):
                continue
            if words[-1].endswith("s") and not words[-1].endswith("ss"):
                return None  # "the senators laughed": several people
            rest = toks[v + 1 : -1]
            gender = None
            if rest and rest[0].low in _WHEN:
                # "The coxswain laughs when this is repeated to her.": a reply to a remark
                if len(rest) > _MAX_WHEN or any(t.text[:1].isupper() for t in rest):
                    return None
                gender = next((_GENDER[t.low] for t in rest if t.low in _GENDER), None)
            elif not all(t.low in _OBJECT for t in rest):
                return None
            ent = _holder(masked, words, toks[a].start, reg)
            if ent is not None and gender is not None and ent.gender not in (None, gender):
                return None
            return ent
    return None


def office_holder(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """For "the <role> said" (speech._attribution_source, after role_back's
    named_with_role): the one person written "of ..." after the role
    (role_of_body.holder_of_office), else the one cited person the article said "is the
    ... <role>" or "was elected <role>" for "the <role>-elect" (this module's readings)."""
    ent = holder_of_office(body, words, pos, reg)
    if ent is None:
        ent = _predicate(body, words, pos, reg)
    if ent is None and words and words[-1].endswith("-elect"):
        ent = _elected(body, [*words[:-1], words[-1].removesuffix("-elect")], pos, reg)
    return ent if ent is not None and ent.kind == "person" else None


def _holder(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The one person the article gave the role `words` before `pos`."""
    ent = sole_holder(body, words, pos, reg) or holder_of_office(body, words, pos, reg)
    if ent is not None and not ent.cited:
        ent = None  # the role's holder has not spoken yet: unsure it is them
    if ent is None:
        ent = _predicate(body, words, pos, reg)  # "X, 38, is the first woman to serve as ROLE"
    if ent is None and words[-1].endswith("-elect"):
        ent = _elected(body, [*words[:-1], words[-1].removesuffix("-elect")], pos, reg)
    return ent if ent is not None and ent.kind == "person" else None


def _elected(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The one cited person the article says "was elected ROLE" before `pos`: the only
    cited person named in that sentence before "was elected"."""
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in words)
    pattern = re.compile(
        rf"\b(?:was|has[ \u00a0]+been|had[ \u00a0]+been|is)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?"
        rf"elected[ \u00a0]+(?:as[ \u00a0]+)?(?:the[ \u00a0]+)?(?i:{phrase})\b"
    )
    found: dict[int, Entry] = {}
    for m in pattern.finditer(body, max(0, pos - _LOOKBACK), pos):
        lo = max(0, m.start() - _SUBJECT)
        cut = max(body.rfind(". ", lo, m.start()), body.rfind("\n", lo, m.start()))
        named = [
            hit
            for n in _NAME.finditer(body, cut + 1 if cut >= 0 else lo, m.start())
            if (hit := reg.by_alias(n.group(1)) or _surname(n.group(1), reg)) is not None
            and hit.cited
        ]
        if len({id(h) for h in named}) != 1 or named[0].kind != "person":
            return None  # nobody, or several: unsure who was elected
        found[id(named[0])] = named[0]
    return next(iter(found.values())) if len(found) == 1 else None


def _surname(name: str, reg: Registry) -> Entry | None:
    """The entry cited by the surname of a full name ("Lindqvist" for "Obafemi
    Lindqvist"), when the article cited that person by surname only."""
    words = name.split()
    return reg.by_alias(words[-1]) if len(words) >= 2 else None


def _predicate(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The one cited person the article says "is the ... ROLE" of before `pos`:
    "Talbot-Nkemelu, 58, is the last working glassblower on a street ...", "Obuya-Strachan,
    38, is the first woman to serve as coxswain". The role words are found first (a plain
    scan); only the short stretch before each is read for the name and "is the"."""
    phrase = r"[ \u00a0]+".join(re.escape(w) for w in words)
    role = re.compile(rf"\b(?i:{phrase})\b")
    found: dict[int, Entry] = {}
    lo = max(0, pos - _LOOKBACK)
    for r in role.finditer(body, lo, pos):
        m = _IS_THE.search(body, max(lo, r.start() - _PRED_BACK), r.start())
        if m is None:
            continue
        hit = reg.by_alias(m.group(1)) or _surname(m.group(1), reg)
        if hit is None or hit.kind != "person" or not hit.cited:
            return None  # not a person already cited: unsure
        found[id(hit)] = hit
    return next(iter(found.values())) if len(found) == 1 else None
