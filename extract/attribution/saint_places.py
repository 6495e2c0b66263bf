"""A saint's name is a place: "St Aldhelm's church hall", "St Mary's Primary School",
"Saint Brigid's". In news copy "St X" names a church, school, hospital or parish, not a
person who speaks, so it never takes a "she says" (issue 16, round 16: a feature's
presiding officer lost four quotes to "St Aldhelm"). A family name with "St" in it
("Ian St John", "Mr St John") has a word before "St" and is untouched."""

from __future__ import annotations

_SAINT = frozenset(("St", "St.", "Saint", "Ste", "Ste."))


def saint_place(words: tuple[str, ...]) -> bool:
    """Whether the capitalised run opens with "St"/"Saint" and one or two names follow."""
    return len(words) in (2, 3) and words[0] in _SAINT and words[1][:1].isupper()
