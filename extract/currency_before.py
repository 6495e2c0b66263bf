"""The currency written before a figure's digits: a sign ("$", "US$"), a code ("USD 5")
or a word ("Rs 900"), read backwards from where the digits start.

Kept apart from extract/numbers.py (which calls `currency_before` for each candidate):
the code and word searches each try every place of a short window before the digits, so
they run only when the character a code or word would end on is one they can end on (a
cheap test; most figures follow a space after a lower-case word).
"""

from __future__ import annotations

import re

from claimdesk.extract.number_words import CURRENCY_CODES, CURRENCY_SYMBOLS

_SP = r"[ \t\u00a0\u202f]"
_SP_CHARS = frozenset(" \t\u00a0\u202f")  # _SP's characters
_SYM_PREFIX = re.compile(r"(?<![\w.])(?:U\.S\.|US|CA|AU|NZ|HK|C|A|S|R)\Z")
# The Australian and New Zealand habit of writing the country after the sign: "$US5.9
# million", "$A8.1 million", "$NZ3 million".
_SYM_SUFFIX = re.compile(r"(?<![\w$])\$(US|A|AU|NZ|C|CA|HK|S)\Z")
_CODE_BEFORE = re.compile(rf"(?<![\w])({'|'.join(CURRENCY_CODES)}){_SP}?\Z")
# Currency abbreviations written before the amount: "Rs 900", "Rs. 1,850", "KSh 500".
_WORD_CURRENCY = {"Rs": "INR", "Rs.": "INR", "Rp": "IDR", "RM": "MYR", "KSh": "KES"}
_WORD_CUR_BEFORE = re.compile(rf"(?<![\w.])(Rs\.?|Rp|RM|KSh){_SP}?\Z")
# The last characters a match of _CODE_BEFORE or _WORD_CUR_BEFORE can end its name on.
CODE_LAST = frozenset(code[-1] for code in CURRENCY_CODES)
WORD_LAST = frozenset(word[-1] for word in _WORD_CURRENCY)


def currency_before(
    body: str, start: int, digits: str | None, sym: str | None
) -> tuple[int, str | None]:
    """The figure's start and currency: a symbol ("$", "US$"), a code or a word before
    the digits ("USD 5", "Rs 500")."""
    if sym:
        pm = _SYM_PREFIX.search(body, max(0, start - 4), start)
        if pm and (pm.group() + sym) in CURRENCY_SYMBOLS:
            return pm.start(), CURRENCY_SYMBOLS[pm.group() + sym]
        return start, CURRENCY_SYMBOLS.get(sym)
    if digits:
        if "$" in body[max(0, start - 3) : start] and (
            xm := _SYM_SUFFIX.search(body, max(0, start - 3), start)
        ):
            return xm.start(), CURRENCY_SYMBOLS.get(xm.group(1) + "$")
        # Where a code or word would end: just before the digits, or before one space.
        last = body[start - 1 : start]
        if last in _SP_CHARS:
            last = body[start - 2 : start - 1] if start > 1 else ""
        if last in CODE_LAST and (cm := _CODE_BEFORE.search(body, max(0, start - 5), start)):
            return cm.start(), cm.group(1)
        if last in WORD_LAST and (wm := _WORD_CUR_BEFORE.search(body, max(0, start - 5), start)):
            return wm.start(), _WORD_CURRENCY[wm.group(1)]
    return start, None
