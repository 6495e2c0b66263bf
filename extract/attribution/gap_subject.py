"""The subject two sentences back, written as a surname, over a sentence that names no
one: "Shortly before midnight Sepulveda climbed onto a chair. It took a while: '...'
'I want to start,' she said." A scene-setting sentence ("It took a while", "The room
went quiet") between a person's action and her quotation is common in feature and
election-night copy; the tenth pass took only a person already cited, so a winner
introduced in the lede and first quoted here got no one (issue 16, round 16).

Only a person: one surname whose full name the body writes ("Ines Sepulveda"), or a
full name, as the sentence's opening subject; the gap sentence must name no one and
hold no pronoun of its own (antecedent_parts.subject_over_gap checks that first), and
both sentences one paragraph."""

from __future__ import annotations

from claimdesk.extract.attribution.subjects import sentence_subjects
from claimdesk.extract.sources import Entry, Registry, classify_name, split_person, strip_possessive


def named_subject_back(masked: str, s: int, e: int, ps: int, reg: Registry) -> Entry | None:
    """The person the sentence s..e opens with, found by name in the body, when the gap
    sentence at ps continues its paragraph (the scene goes on; a lede's person over a
    new paragraph's scene is no one's antecedent)."""
    if "\n" in masked[e:ps]:
        return None
    for np in sentence_subjects(masked, s, e)[:1]:
        words = [strip_possessive(w) for w in np.words]
        if classify_name(words) != "person":
            return None
        known = reg.by_alias(" ".join(words))
        if known is not None:
            return known if known.kind == "person" else None
        if len(words) == 1:
            full = reg.full_name_for(words[0]) or reg.given_names.full(words[0], s)
            return reg.person(full.split(), words[0], s) if full else None
        title_words, name_words = split_person(words)
        if len(name_words) >= 2:
            ent = reg.person(name_words, " ".join(words), s)
            if title_words:
                ent.add_role(" ".join(title_words))
            return ent
    return None
