"""A pronoun for the one person the sentence before named with a title of its gender
(tenth pass, issue 16): "The clerk, Mr Denholm Aske, read out a letter from the head,
Mrs Ada Wilde. '...,' she wrote." is Mrs Wilde, not a woman quoted paragraphs earlier.

News copy reaches for "he"/"she" right after naming someone; "Mr", "Mrs", "Ms", "Miss",
"Sir" and "Dame" say which. Precision guards: every person named in that sentence carries
such a title (an untitled name might be the one meant; one after "of", "at", "on", "in"... is taken
for a body or a place: "the head of Ashcombe Primary", place_names.py), and exactly one
of them has the pronoun's gender; otherwise nobody is chosen here and the older rules
decide.
"""

from __future__ import annotations

from claimdesk.extract.attribution.place_names import names_beyond_places
from claimdesk.extract.sources import classify_name

_GENDER = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Sir": "he", "Dame": "she"}


def titled_of_gender(masked: str, s: int, e: int, pronoun: str) -> list[str] | None:
    """The name words (title first) of the one person of `pronoun`'s gender that the
    sentence masked[s:e] names with a gendered title, or None (see module)."""
    found: list[str] | None = None
    for np in names_beyond_places(masked, s, e):  # not "the head of Ashcombe Primary"
        words = list(np.words)
        if any(w.lower() in ("and", "&") for w in words):
            return None  # "Mrs Nia Obi and Mrs Ffion Bell": two people, unsure who
        gender = _GENDER.get(words[0].rstrip("."))
        if gender is None:
            if classify_name(words) != "person":
                continue  # "the Swanwick Wildfowl Trust": a body
            return None  # an untitled person: maybe the one meant
        if gender == pronoun:
            if found is not None:
                return None  # two of that gender: unsure which
            found = words
    return found
