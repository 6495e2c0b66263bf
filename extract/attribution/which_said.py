"""A pronoun inside a relative clause of its own sentence's subject (fifteenth pass,
branch x19a, issue 16): "Draskal returned to the airwaves to announce a council, which he
said would rule until elections." and "Minister Ana Ruiz unveiled a plan that she said
would cut waiting lists." The "he"/"she" before "said" is the sentence's subject, not
the latest person cited (an analyst quoted in the paragraph before); a following
'"...," he said.' then finds the same person.

Only when the sentence opens with a person's name (a known surname alone, or two or more
name words, after capitalised or role words only) followed by a lowercase verb, the
pronoun comes right after "which"/"that", and no other person is named in between.
"""

from __future__ import annotations

from claimdesk.extract.attribution.subjects import sentence_names
from claimdesk.extract.attribution.tokens import is_cap, is_word, tokenize
from claimdesk.extract.lexicon import is_role_word
from claimdesk.extract.sources import (
    Entry,
    Registry,
    classify_name,
    split_person,
    strip_possessive,
)

_MAX = 400  # characters from the sentence's start to the pronoun
_RELATIVES = ("which", "that")


def which_subject(masked: str, s: int, pos: int, pronoun: str, reg: Registry) -> Entry | None:
    """The sentence's subject when the pronoun at `pos` follows "which"/"that" and the
    subject is the only person named before it, if its gender fits; else None."""
    if pos - s > _MAX or not masked[max(s, pos - 8) : pos].rstrip().endswith(_RELATIVES):
        return None  # most pronouns: no "which"/"that" before them, no tokenizing
    toks = tokenize(masked, s, pos)
    if not toks or toks[-1].low not in _RELATIVES:
        return None
    k = 0
    while k < len(toks) and (is_cap(toks[k].text) or is_role_word(toks[k].low)):
        k += 1
    if k == 0 or k >= len(toks) or not (toks[k].text.islower() and is_word(toks[k].text)):
        return None  # no name opening the sentence, or no verb right after it
    words = [t.text for t in toks[:k]]
    if words[-1] != strip_possessive(words[-1]):
        return None  # "Draskal's council": a possessor, not the subject
    title, name = split_person(words)
    if not name or any(not is_cap(w) for w in name):
        return None
    if len(name) == 1:
        full = reg.full_name_for(name[0])
        if full is None or len(full.split()) < 2:
            return None
        name = full.split()
    elif classify_name(words) != "person":
        return None
    surname = name[-1].lower()
    for np in sentence_names(masked, toks[k].start, pos):
        if np.words[-1].lower() != surname and classify_name(list(np.words)) == "person":
            return None  # another person named before the pronoun
    ent = reg.person(name, " ".join(words), s)
    if ent.gender not in (None, pronoun):
        return None
    if title:
        ent.add_role(" ".join(title))
    return ent
