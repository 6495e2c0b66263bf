"""A chant's repeated exclamations are one quotation, not sentence ends.

'Vossberg took the stage to chants of "Judy! Judy!" and waited.' was cut after the
first "Judy!", so the sentence that names who took the stage lost its subject and the
"she said" after it fell to the last person quoted (the man who had conceded). A "!"
inside quotation marks whose words come again at once ("Judy! Judy!", "Four more
years! Four more years!") ends no sentence. Bounded look-back and look-ahead: linear.
"""

from __future__ import annotations

_OPEN = '"“‘«'
_MAX_UNIT = 40  # a chant's unit is a few words; the scan back never goes further


def repeats_chant(text: str, bang: int, nxt: int) -> bool:
    """True when the "!" at `bang` closes a unit of a chant that the words at `nxt`
    repeat: the unit runs back to an opening mark or to the chant's previous "! "."""
    lo = max(0, bang - _MAX_UNIT)
    i = bang - 1
    while i >= lo and text[i] not in _OPEN and text[i] != "!":
        i -= 1
    if i < lo:
        return False
    if text[i] == "!":
        if i + 1 >= bang or text[i + 1] != " ":
            return False
        start = i + 2
    else:
        start = i + 1
    unit = text[start:bang]
    if not unit or not unit.replace(" ", "").replace("-", "").replace("'", "").isalpha():
        return False
    end = nxt + len(unit)
    return text[nxt:end] == unit and end < len(text) and text[end] == "!"
