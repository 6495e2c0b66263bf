"""Hedging phrases: the words that say a claim is unverified, alleged or second-hand.

One precompiled pattern run over the folded text (extract.textscan: lower-cased, a space
before every word start), so the engine jumps from space to space; matches never
overlap and come in text order.
"""

from __future__ import annotations

import re

from claimdesk.extract.record import Hedge
from claimdesk.extract.scan_starts import HEDGE_STARTS, scan_words
from claimdesk.extract.textscan import by_first_letter, fold

_NEG = (
    r"(?:could|can|did|does|do|would)(?:\s+not|n['’]t)|cannot"
    r"|(?:was|were|is|are|has\s+been|have\s+been)\s+unable\s+to"
    r"|(?:was|were|is|are)\s+not\s+able\s+to|(?:has|have|had)\s+not\s+been\s+able\s+to"
)
_ADV = r"(?:independently|immediately|yet|separately|readily|fully|officially|now)"
_VERIFY = (
    r"(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|authenticat(?:e|ed)|substantiat(?:e|ed))"
)

# The lookahead: the first word or two of each alternative below (scan_starts), so that
# most spaces fail at once, on a word's first letter.
_AT = "(?=" + by_first_letter(HEDGE_STARTS) + ")"

HEDGE = re.compile(
    rf"""
    \ {_AT}
    (?P<h>
        (?:{_NEG})\s+(?:be\s+)?(?:{_ADV}\s+){{0,2}}(?:be\s+)?{_VERIFY}
      | (?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:{_ADV}\s+)?{_VERIFY}
      | (?:was|were|is|are)\s+not\s+(?:{_ADV}\s+)?{_VERIFY}
      | not\s+(?:been\s+)?independently\s+{_VERIFY}
      | (?:it\s+)?(?:was|is|has\s+been)\s+reported\s+that
      | according\s+to\s+(?:unverified|unconfirmed|unofficial)\b
        (?:\s+(?:reports?|claims?|accounts?))?
      | purport(?:s|ed|edly|ing)?(?:\s+to)?
      | allegedly | alleged
      | unconfirmed | unverified | unsubstantiated | uncorroborated
      | reportedly | supposedly | apparently
      | claimed
      | (?:appeared|appears|appear|seemed|seems|seem)\s+to\s+show
      | (?:is|are|was|were)\s+(?:said|believed|thought|understood|rumou?red)\s+to\s+(?:be|have)
      | without\s+(?:(?:providing|offering|giving|citing)\s+)?(?:any\s+)?evidence
      | (?:offered|provided|gave|presented|cited)\s+no\s+evidence
      | rumou?red
      | (?:it\s+(?:was|is|remains|remained)\s+)?not\s+(?:immediately\s+|yet\s+)?clear
      | (?:it\s+(?:was|is|remains|remained)\s+)?unclear
    )\b
    """,
    re.VERBOSE,
)


def find_hedges(body: str) -> list[Hedge]:
    """Every hedging phrase in `body`, with offsets into it."""
    out = []
    for m in scan_words(HEDGE, fold(body)):
        s, e = m.start("h") - 1, m.end("h") - 1
        out.append(Hedge(text=body[s:e], start=s, end=e))
    return out
