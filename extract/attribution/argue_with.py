""" "Argue with" is a quarrel, not a claim (fifteenth pass, issue 16): "the public was
watching a government arguing with itself", "Residents argued with police outside the
hall". "argued" reports speech ("argued that ...", '"...," she argued'); followed by
"with" and no quotation beside it, it reports a row, and its subject ("a government")
had become a source that said nothing. '"...," she argued with a smile' keeps speaking:
the quotation beside it frames it."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Q, Tok
from claimdesk.extract.lexicon import word_set

ARGUE = word_set("argue argues argued arguing")  # quarrels() looks at these only
_REACH = 8  # tokens back to a quotation that frames the verb


def quarrels(toks: list[Tok], v: int) -> bool:
    """Whether the verb at v is "argue(d) with" and no quotation frames it."""
    if toks[v].low not in ARGUE or v + 1 >= len(toks) or toks[v + 1].low != "with":
        return False
    if toks[0].text == Q or any(t.text == Q for t in toks[max(0, v - _REACH) : v]):
        return False  # '"...," she argued with a smile'
    return not any(t.text in (":", Q) for t in toks[v + 2 : v + 12])  # 'argued with X: "..."'
