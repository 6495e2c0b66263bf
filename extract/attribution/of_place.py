"""A person's name followed by where they come from (fifteenth pass, branch x19a, issue
16): "Ambassador Abenaa Dankwa of Mbereland closed the session. '...,' she said." read
the subject as one name "Ambassador Abenaa Dankwa of Mbereland", no person, and "she"
fell on the ambassador quoted before. Wire copy writes "Sen. Ada Ruiz of Ohio", "Rep. Tom
Hale of Texas", "Ambassador X of Ghana" for the one person: before "of", a title and a
name or two name words that read as a person; after it, capitalised words only."""

from __future__ import annotations

from claimdesk.extract.sources import classify_name, split_person

_MAX_PLACE = 3  # capitalised words after "of": "of Mbereland", "of New South Wales"


def person_of_place(words: list[str] | tuple[str, ...]) -> list[str] | None:
    """The words before "of <Place>" when they read as a person, else None."""
    if "of" not in words:
        return None
    k = list(words).index("of")
    place = words[k + 1 :]
    if k < 2 or not place or len(place) > _MAX_PLACE or not all(w[:1].isupper() for w in place):
        return None
    head = list(words[:k])
    if classify_name(head) != "person":
        return None
    title, name = split_person(head)
    return head if len(name) >= 2 or (title and name) else None
