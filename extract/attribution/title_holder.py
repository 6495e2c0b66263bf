"""The one person who bears a title the article wrote before a name (fourteenth pass,
branch x16t; issue 16): "the judge said" after "Lady Justice Amara Wendo Kiprop found
...", "the Chief Minister blamed verification. '...,' he said" after "Chief Minister
K.R. Venkatesan said ...".

Court and government copy names an office holder once with the title in front ("Mr
Justice Brigstock", "Chief Minister Arjun Reddy") and then calls them by the office
alone. role_back.py and role_link.py read a role written beside a name ("the deputy chair,
Dominic Hartley"); this reads the title form, and for "judge" the bench's own titles
("Justice", "Lady Justice", "Mr Justice"). Without it "the Chief Minister" was read as a
person whose surname is "Minister" and found "Revenue Minister Meenakshi Iyengar", named
two paragraphs later.

Guards (a wrong person is worse than none): the title holders before the quotation must
all be one person; a longer title ("Deputy Chief Minister X" for "the Chief Minister")
or a former one ("former Chief Minister X") is someone else and is not counted; nobody
titled so before the quotation is no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.of_place import person_of_place
from claimdesk.extract.attribution.office_gesture import office_holder
from claimdesk.extract.lexicon import is_role_word, word_set
from claimdesk.extract.sources import Entry, Registry, classify_name

_LOOKBACK = 4000
_SP = r"[ \u00a0]+"
# a name after a title: up to four capitalised words or initials ("K.R.", "P.")
_NAME = re.compile(
    r"(?:[A-Z]\.(?:[A-Z]\.)*[ \u00a0]*|[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]*[\w'’]"
)
# the bench's titles for "the judge" / "the justice"
_BENCH = (
    r"(?:(?:Lady|Lord|Mr\.?|Mrs\.?|Ms\.?|Madam|Chief|Associate|Deputy[ \u00a0]+Chief)"
    r"[ \u00a0]+)?Justice|Judge"
)
_ALIASES = {"judge": _BENCH, "justice": _BENCH}
# honorifics that may stand before a title without making it a longer one
_HONORIFICS = word_set("lady lord mr mr. mrs mrs. ms ms. madam dr dr. the")
_FORMER = word_set("former ex- onetime one-time erstwhile then-former late outgoing")


def _title_pattern(words: list[str]) -> str | None:
    """The title form of role words: "Chief Minister" for "the Chief Minister" and
    "the chief minister", the bench's titles for "the judge"; None for anything that is
    not a role."""
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in _ALIASES:
        return _ALIASES[low[0]]
    if not low or not all(w.isalpha() for w in low) or not is_role_word(low[-1]):
        return None
    return _SP.join(re.escape(w[:1].upper() + w[1:]) for w in low)


def title_holder(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """The one person the article titled with `words` ("Chief Minister X", "Justice X")
    before `pos`, else None."""
    title = _title_pattern(words)
    if title is None:
        return None
    pattern = re.compile(rf"\b(?:{title}){_SP}(?=[A-Z])")
    found: dict[str, tuple[list[str], str, int]] = {}
    for m in pattern.finditer(body, max(0, pos - _LOOKBACK), pos):
        prev = body[max(0, m.start() - 24) : m.start()].split()
        if prev and (
            prev[-1].lower() in _FORMER
            or (prev[-1][:1].isupper() and prev[-1].lower() not in _HONORIFICS)
        ):
            continue  # "Deputy Chief Minister X", "former Chief Minister X": someone else
        n = _NAME.match(body, m.end())
        if n is None:
            continue
        name = n.group(0).split()
        if classify_name(name) != "person":
            return None  # a title beside something that is not a name: unsure
        key = name[-1].lower()  # "Justice Kiprop" is "Lady Justice Amara Wendo Kiprop"
        if key not in found or len(name) > len(found[key][0]):
            found[key] = (name, n.group(0), n.start())
    if len(found) != 1:
        return None
    name, surface, start = next(iter(found.values()))
    if len(name) < 2:
        full = reg.full_name_for(name[0])
        if full is None:
            return None  # only ever a surname: not sure who it is
        name = full.split()
    ent = reg.by_alias(" ".join(name)) or reg.by_alias(surface)
    if ent is None:
        ent = reg.person(name, surface, start)
    return ent if ent.kind == "person" else None


def office_or_title(body: str, words: list[str], pos: int, reg: Registry) -> Entry | None:
    """For "the <role> said": office_gesture's office holder, else the titled one."""
    return office_holder(body, words, pos, reg) or title_holder(body, words, pos, reg)


def titled_subjects(cands: list[NP], reg: Registry, pos: int) -> list[NP]:
    """Subjects for "he"/"she" (speech._antecedent) with "the Chief Minister" read as the
    one person titled so, and dropped when there is none: a title is never a surname."""
    out = []
    for np in cands:
        if np.kind == "name" and (head := person_of_place(np.words)) is not None:
            out.append(replace(np, words=head))  # "Ambassador X of Mbereland" (x19a)
        elif np.kind != "name" or np.det != "the" or _title_pattern(np.words) is None:
            out.append(np)
        elif (ent := title_holder(reg.body, np.words, pos, reg)) is not None:
            out.append(replace(np, kind="name", words=ent.name.split()))
    return out
