"""More quotation marks that hold no quotation (issue 16, x16s): words a writer lists
or names rather than anyone's speech, in shapes political copy uses.

- Terms listed in brackets: 'The reasons are always practical ("retail politics,"
  "small media markets," "a level playing field")'. Two or more short fragments, and
  nothing else inside the brackets but commas, "and", "or".
- A Title-Case name before the noun it names: 'the party's own "Fair Start" report',
  'the "Safe Streets" bill', 'the government's "Open Doors" scheme'.
- A work's title in apposition: 'the best book on the subject, "First in the Nation,
  Last in Line,"' (a work noun a few words before, then a comma and a Title-Case title).
- Ledger labels: 'made 73 transfers ..., labelling many of them "printing" or "venue
  hire"': a labelling verb over payments or entries and a bare lower-case label of up
  to three words that is a thing, not a judgement ('labelled the plan "a tax on
  aspiration"', 'labelled the payments "improper"', 'labelled the claims "baseless"'
  stay quotations).
Every look is bounded (a window before the mark, the brackets' few hundred characters):
linear on any input.
"""

from __future__ import annotations

import re

from claimdesk.extract.lexicon import word_set

_WINDOW = 300
_ITEM = r"[\"“][^\"“”.!?()]{1,80}[\"”]"
_BRACKETED_LIST = re.compile(
    r"[ \u00a0]*" + _ITEM + r"(?:[ \u00a0]*(?:,|and|or)?[ \u00a0]*" + _ITEM + r")+[ \u00a0,]*"
)
NAMED_THINGS = word_set(
    """report reports plan plans scheme schemes programme program strategy initiative
    bill act agenda campaign manifesto policy policies review proposal proposals
    package pledge project framework charter deal fund blueprint white paper doctrine"""
)
_WORKS_APPOSED = re.compile(
    r"\b(?:book|memoir|report|study|history|novel|pamphlet|essay|film|documentary|paper)"
    r"(?:[ \u00a0]+[\w'’-]+){0,5},[ \u00a0]*$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z][\w-]*)")
_LABELLING = re.compile(
    r"\b(?:label(?:l?ing|l?ed|s)?|mark(?:ing|ed)|cod(?:ing|ed)|book(?:ing|ed)|"
    r"record(?:ing|ed)|list(?:ing|ed)|logg(?:ing|ed)|enter(?:ing|ed)|filed)"
    r"(?:[ \u00a0]+[\w'’-]+){0,4}?(?:[ \u00a0]+(?:as|under))?[ \u00a0]*$",
    re.IGNORECASE,
)
_LEDGER = re.compile(
    r"\b(?:transfers?|payments?|invoices?|expenses?|receipts?|entries|entry|transactions?|"
    r"withdrawals?|ledger)\b",
    re.IGNORECASE,
)
# a label is a thing ("printing", "venue hire"), not a judgement ("illegal", "dubious")
_ADJECTIVE_ENDS = ("al", "ous", "ive", "ful", "less", "ble", "ent", "ant", "ic", "ed", "per")
_LIST_BEFORE = re.compile(r"[\"”][ \u00a0]*(?:,|or|and)[ \u00a0]*$")
_PREVIOUS_ITEM = re.compile(r"[\"“][^\"“”]{1,40}[\"”][ \u00a0]*(?:,|or|and)?[ \u00a0]*$")


def _in_bracketed_list(body: str, open_mark: int, para_start: int) -> bool:
    lo = max(para_start, open_mark - _WINDOW)
    p = body.rfind("(", lo, open_mark + 1)
    if p < 0 or body.find(")", p, open_mark) >= 0:
        return False
    q = body.find(")", open_mark, open_mark + _WINDOW)
    if q < 0:
        return False
    m = _BRACKETED_LIST.fullmatch(body, p + 1, q)
    return m is not None


def _ledger_label(body: str, open_mark: int, said: str, para_start: int) -> bool:
    words = said.strip().rstrip(",.").split()
    if not words or len(words) > 3 or not said.strip()[:1].islower():
        return False
    if words[0].lower() in ("a", "an", "the", "my", "our", "his", "her", "their"):
        return False
    if words[-1].lower().endswith(_ADJECTIVE_ENDS):
        return False  # 'labelled the payments "improper"': a judgement, quoted
    lo = max(para_start, open_mark - _WINDOW)
    lead = body[lo:open_mark]
    if _LIST_BEFORE.search(lead) is not None:  # '"printing" or "venue hire"'
        prev = _PREVIOUS_ITEM.search(lead)
        if prev is None:
            return False
        lead = lead[: prev.start()]
    lab = _LABELLING.search(lead[-60:])
    return lab is not None and _LEDGER.search(lead) is not None


def listed_or_named(
    body: str, open_mark: int, start: int, end: int, para_start: int, title_case: bool
) -> bool:
    """Whether the quotation body[start:end] (opened at `open_mark`) is a listed term,
    a name before its noun, an apposed title or a ledger's label (see the docstring)."""
    said = body[start:end]
    if _in_bracketed_list(body, open_mark, para_start):
        return True
    if title_case:
        close = end + 1 if end < len(body) and body[end] in '"”' else end
        nxt = _NEXT_WORD.match(body, close)
        if nxt is not None and nxt.group(1) in NAMED_THINGS and "," not in said:
            return True  # 'the party's own "Fair Start" report'
        lead = body[max(para_start, open_mark - 60) : open_mark]
        if _WORKS_APPOSED.search(lead):
            return True  # 'the best book on the subject, "First in the Nation, ..."'
    return _ledger_label(body, open_mark, said, para_start)
