"""Speech reported at second hand (fifteenth pass, branch x16s3, issue 16): 'The foreign
secretary, Robert Elmsley, is said to have told colleagues the party "cannot survive
another scandal"', 'Mr Kemp is understood to have warned ...', 'She was reported to have
said ...'. The speech verb after "to have" had no subject, so its quote had no speaker;
the subject is the one before "is said / understood / reported / believed"."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_HEARD = word_set("said understood reported believed thought alleged")
_BE = word_set("is are was were")


def hearsay_be(toks: list[Tok], v: int) -> int | None:
    """The index of "is" in "is said to have <v>", else None."""
    if v < 4 or toks[v - 1].low != "have" or toks[v - 2].low != "to":
        return None
    if toks[v - 3].low not in _HEARD or toks[v - 4].low not in _BE:
        return None
    return v - 4
