"""What is said: where the reported clause starts after a speech verb ("said [that] ...",
past a recipient or a venue: "told reporters", "said in a statement") and its body span."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.noun_phrases import _CLAUSE_TRIM, _HEADS, _NAME_LINKS
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_word
from claimdesk.extract.lexicon import (
    DETERMINERS,
    PUBLICATION_NOUNS,
    STOP_WORDS,
    TIME_WORDS,
    word_set,
)

_PREPS = word_set(
    """in on at during via through from over after before inside while of about aboard
    outside near beside behind along across following ahead"""
)
_OBJ_PRONOUNS = word_set("him her them us me you")


def _skip_recipient(toks: list[Tok], a: int) -> int:
    """After "told": skip "Newsweek", "reporters", "a press briefing", "him"."""
    n = len(toks)
    if a >= n:
        return a
    t = toks[a]
    if t.low in _OBJ_PRONOUNS:
        return a + 1
    if t.low in DETERMINERS:
        k = a + 1
        while k < n and k - a <= 4 and is_word(toks[k].text) and toks[k].low not in STOP_WORDS:
            k += 1
            if toks[k - 1].low in _VENUES or toks[k - 1].low in _HEADS:
                break
        return k
    if is_cap(t.text):
        k = a
        while k < n and (
            is_cap(toks[k].text)
            or (toks[k].low in _NAME_LINKS and k + 1 < n and is_cap(toks[k + 1].text))
        ):
            k += 1
        return k
    if t.low.endswith("s") and t.low not in STOP_WORDS and t.low not in TIME_WORDS:
        return a + 1  # "reporters", "lawmakers", "MPs"
    for k in range(a, min(a + 3, n)):
        # "local radio", "state television", "public broadcaster RTV"
        if not toks[k].text.isalpha() or toks[k].low in STOP_WORDS:
            break
        if toks[k].low in PUBLICATION_NOUNS or toks[k].low in ("media", "press"):
            k += 1
            while k < n and is_cap(toks[k].text):
                k += 1
            return k
    return a


def _clause_after(toks: list[Tok], a: int, limit: int) -> int | None:
    """Token index where the reported clause starts, or None for a bare attribution."""
    n = limit
    # "said on Monday, in a rare interview, that ...": commas may intervene when a
    # parenthetical opens right after the verb
    paren = a < n and (
        toks[a].text == ","
        or toks[a].low in TIME_WORDS
        or toks[a].low in _PREPS
        or toks[a].low in ("however", "though", "also", "again", "repeatedly")
    )
    for k in range(a, min(a + (12 if paren else 9), n)):
        t = toks[k]
        if t.low == "that":
            return k + 1
        if t.text == Q or (not is_word(t.text) and t.text not in ("-", ",")):
            break
        if t.text == "," and not paren:
            break
    k = a
    while k < n and (toks[k].low in TIME_WORDS or toks[k].low in ("on", "at", "this", "last")):
        if toks[k].low in ("on", "at") and not (k + 1 < n and toks[k + 1].low in TIME_WORDS):
            break
        k += 1
    if k < n and toks[k].low in _PREPS and (_venue(toks, k + 1, n) or _short_tail(toks, k, n)):
        # "said in a statement." / "said on Telegram, ..." — a place, not a clause.
        colon = next(
            (j for j in range(k, min(k + 10, n)) if toks[j].text in (":", ".", Q, ";")), None
        )
        if colon is not None and toks[colon].text == ":":
            return colon  # "wrote on X, formerly Twitter: ..." introduces a quote
        while k < n and toks[k].text not in (",", ".", ";", Q, "?", "!"):
            k += 1
        if k < n and toks[k].text == ",":
            k += 1
    return k if k < n else None


_VENUES = word_set(
    """statement statements interview post posts address briefing conference speech email
    e-mail letter video message report tweet broadcast remarks comments appearance hearing
    session filing note call podcast op-ed article column television radio tv program
    programme show speech news release memo text livestream stream sermon rally meeting
    testimony court documents filings media social platform account page site blog
    newsletter channel"""
)


def _short_tail(toks: list[Tok], k: int, n: int) -> bool:
    """ "said on the floor." / "said of the damage.": a short phrase ends the sentence."""
    j = k
    while j < n and toks[j].text not in (",", ".", ";", Q, "?", "!"):
        j += 1
    return j - k <= 5 and (j >= n or toks[j].text in (".", "?", "!"))


def _venue(toks: list[Tok], a: int, n: int) -> bool:
    """ "in a statement", "on Telegram", "during a news conference": where it was said.
    A phrase that runs into a colon ("wrote on social media on Monday:") is one too."""
    for k in range(a, min(a + 9, n)):
        if toks[k].text == ":":
            return True
        if toks[k].text in (".", Q, ";"):
            break
    for k in range(a, min(a + 5, n)):
        t = toks[k]
        if t.low in _VENUES or (k == a and is_cap(t.text)):
            return True
        if not is_word(t.text):
            return False
    return False


def _content(toks: list[Tok], a: int, b: int) -> bool:
    """True when tokens a..b-1 hold narrative words, not only a quotation."""
    return any(t.text[0].isalnum() for t in toks[a:b])


_DATELINE = re.compile(
    r"[A-Z]{2,}[A-Z .'’-]*(?:,[^()\n—–]{0,40})?\s*\([^)\n]{1,40}\)\s*[-—–]+\s*"
    r"|[A-Z]{2,}[A-Z .'’-]*(?:,[^()\n—–]{0,30})?\s[—–-]+\s"
)


def _span(toks: list[Tok], a: int, b: int, body: str) -> tuple[int, int] | None:
    if a >= b:
        return None
    s, e = toks[a].start, toks[b - 1].end
    if a == 0:
        m = _DATELINE.match(body, s, e)
        if m:
            s = m.end()
    while s < e and body[s] in _CLAUSE_TRIM:
        s += 1
    while e > s and body[e - 1] in _CLAUSE_TRIM:
        e -= 1
    m = _DANGLING.search(body, max(s, e - 12), e)
    if m is not None:
        # "..., with [one expert telling]": the next attribution's lead-in word goes
        e = m.start()
    if e <= s:
        return None
    return s, e


_DANGLING = re.compile(r",?[ \u00a0]+(?:with|and|but|while|as|whereas)$")
