"""A party-state tag between a colon lead's name and its stance (fifteenth pass, branch
x16z, issue 16): "Sen. Lyle Dreschler, R-Wyo., was blunt: '...'" and "Rep. Ana Ruiz,
D-Calif., had a simple message: '...'" are US wire's colon leads with the tag the wire
puts after every member of Congress. The tag is part of the name, not a clause of its
own, so the words after it are read as they are without one."""

from __future__ import annotations

from claimdesk.extract.attribution.appositive_chain import PARTY_TAG
from claimdesk.extract.attribution.tokens import Tok


def past_party_tag(rest: list[Tok]) -> list[Tok]:
    """`rest` without a leading "[,] R-Wyo[.] ," (the tag and its commas), else as is."""
    i = 1 if rest and rest[0].text == "," else 0
    if i >= len(rest) or PARTY_TAG.fullmatch(rest[i].text) is None:
        return rest
    i += 1
    if i < len(rest) and rest[i].text == ".":
        i += 1  # "R-Wyo." (the abbreviation's stop)
    if i < len(rest) and rest[i].text == ",":
        return rest[i + 1 :]
    return rest
