"""A pronoun after a fronted clause that names one person: "When the housing chief,
Councillor Maren Oyelaran, visited the estate, she described the flats as '...'", "After
Coach Bram Teller left the pitch, he told reporters ...".

The pronoun's person is named in the same sentence, before it, in a clause opened by a
subordinator (when, after, as, before, while, once, since, although, though) and closed
by the comma right before the pronoun. Exactly one person's name there decides; two
names, or none, leave the usual rules (the previous sentence, the last person cited).
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.subjects import sentence_names
from claimdesk.extract.attribution.tokens import is_cap, is_word, tokenize
from claimdesk.extract.attribution.which_said import which_subject
from claimdesk.extract.lexicon import is_role_word
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    split_person,
    strip_possessive,
)

_OPENER = re.compile(
    r"[ \t\u00a0]*(?:When|After|As|Before|While|Once|Since|Although|Though|Until|Having)\b"
)
_MAX_CLAUSE = 300  # characters


def fronted_name(masked: str, s: int, pos: int) -> tuple[list[str], list[str], str] | None:
    """(title words, name words, surface) of the one person named in a fronted clause
    that ends with the comma right before `pos` (the pronoun), else None."""
    if pos - s > _MAX_CLAUSE or _OPENER.match(masked, s, pos) is None:
        return None
    if not masked[s:pos].rstrip().endswith(","):
        return None
    people: list[NP] = []
    for np in sentence_names(masked, s, pos):
        words = [*np.words[:-1], strip_possessive(np.words[-1])]
        if np.words[-1] != words[-1]:
            continue  # "Teller's car": a possessor, not the subject
        if classify_name(words) == "person":
            people.append(np)
    names = {" ".join(split_person(np.words)[1]) for np in people}
    if len(names) != 1:
        return None
    title, name = split_person(people[0].words)
    if len(name) < 2:
        return None
    return title, name, " ".join(people[0].words)


# Tenth pass: the reverse order, "Singer Dashiell Onwuka-Brandvik set fans alight on
# Thursday when he posted on Instagram: '...'": a subordinator right before the pronoun,
# and the sentence's subject before it the one person named there.
_TRAILING = re.compile(r"\b(?:when|as|after|before|while|once|because|until)[ \t\u00a0]*$")


def trailing_name(masked: str, s: int, pos: int) -> tuple[list[str], list[str], str] | None:
    """(title words, name words, surface) of the one person named before a trailing
    "when/as/after ..." clause whose subject is the pronoun at `pos`, when that person is
    the sentence's subject, else None."""
    if pos - s > _MAX_CLAUSE:
        return None
    m = _TRAILING.search(masked, s, pos)
    if m is None or "," in masked[s : m.start()] or "\x00" in masked[s : m.start()]:
        return None  # an appositive or a quotation before it: leave the older rules
    toks = tokenize(masked, s, m.start())
    subject = None
    for np in sentence_names(masked, s, m.start()):
        # the name opening the sentence, after capitalised or role words only ("Former
        # Skylarks singer Dashiell Onwuka-Brandvik set ...") and before a lowercase verb
        lead = toks[: np.start]
        if not all(is_cap(t.text) or is_role_word(t.low) for t in lead):
            break
        after = toks[np.end] if np.end < len(toks) else None
        if after is not None and after.text.islower() and is_word(after.text):
            if is_role_word(after.low):
                continue  # "Former Skylarks singer ...": a role goes on to the name
            subject = np
            break
    if subject is None:
        return None
    words = subject.words
    if words[-1] != strip_possessive(words[-1]) or classify_name(words) != "person":
        return None
    title, name = split_person(words)
    if len(name) < 2:
        return None
    return title, name, " ".join(words)


def fronted_person(masked: str, s: int, pos: int, pronoun: str, reg: Registry) -> Entry | None:
    """The entry of the one person a fronted clause names before the pronoun ("When
    Councillor Maren Oyelaran visited, she said"), or the sentence's subject before a
    trailing clause ("X set fans alight when he posted"), when its gender fits."""
    found = fronted_name(masked, s, pos) or trailing_name(masked, s, pos)
    if found is None:
        return which_subject(masked, s, pos, pronoun, reg)  # "X ..., which he said" (x19a)
    title, name, surface = found
    ent = reg.person(name, surface, s)
    if ent.gender not in (None, pronoun):
        return None
    if title:
        ent.add_role(" ".join(title))
    return ent
