"""Sentence segmentation for news text: abbreviation-aware, quote-aware, regex only.

A sentence never crosses a paragraph; headings are not sentences. A candidate end is
terminal punctuation (plus closing quotes/brackets) followed by whitespace and a
capital, a digit or an opening quote, or glued to a capitalised word ("Kursk.The",
'wounded."On Monday'). The word before a period decides: titles ("Gen.", "Dr.") never
end a sentence, initials ("Vladimir V. Putin") and ambiguous abbreviations ("U.S.",
"Inc.") only when a typical sentence opener follows.
"""

from __future__ import annotations

import re

from claimdesk.extract.chant_split import repeats_chant
from claimdesk.extract.document import Span
from claimdesk.extract.lexicon import AMBIGUOUS_FINAL, BEFORE_NUMBER, NEVER_FINAL, SENTENCE_STARTERS

_STOP_BACK = '"“‘«([—–'
_CLOSERS = "\"”’'»)]"
_OPENERS = "\"“‘«(['"
# terminal run, closing marks, whitespace (the run written [x][x]*, not [x]+: a pattern
# that opens on a character class lets the regex engine skip to it in C; one that opens
# on a repeat is tried at every position)
_END = re.compile(r"([.!?…][.!?…]*)([\"”’'»)\]]*)(\s*)")
# _END in a paragraph with no "!", "?" or "…": the same groups, opened on the literal
# "." that sre skips to in C (~0.6 ns a character; a class is tested character by
# character, ~6-10 ns), where _END's class could match nothing else.
_END_DOT = re.compile(r"(\.[.!?…]*)([\"”’'»)\]]*)(\s*)")
_NEXT_WORD = re.compile(r"[\"“‘«(\[]?([A-Za-z][\w'’-]*)")
# '"Where are they?" Smith asked.' and '"Why now?" Ada Krol, the city's budget chief,
# asked.' must stay one sentence.
_Q_VERBS = (
    "said|asked|says|asks|wondered|added|told|wrote|replied|shouted|recalled|insisted|"
    "continued|exclaimed|cried|demanded|fumed|sighed|gushed|yelled|interjected|retorted|"
    "joked|quipped|muttered|scoffed|pleaded|answered|laughed|"
    # verbs of manner (lexicon.MANNER_VERBS) and the rarer speech verbs
    "grinned|smiled|beamed|sobbed|wept|shrugged|nodded|winked|giggled|chortled|smirked|"
    "sneered|snorted|cheered|screamed|shrieked|roared|bellowed|growled|barked|boomed|"
    "wailed|howled|protested|begged|gasped|hissed|snapped|chuckled|groaned|enthused|"
    "lamented|moaned|bragged|murmured|mumbled|stammered|raged|blasted|teased|squealed|"
    "cackled|whispered|screamed|"
    # a questioner's follow-up (ninth pass): '"Even after ...?" Abernathy-Osei pressed.'
    "pressed|persisted|probed|interrupted|countered|conceded|responded|"
    # a reply (x16o): '"Then why not sell them?" Fairclough shot back.'
    "shot\\s+back|fired\\s+back|hit\\s+back|wanted\\s+to\\s+know|demanded\\s+to\\s+know"
)
# a name's part: a word, or a title's abbreviation ("Rep.", "Sen.", "Gov.")
_NAME_PART = r"[A-Z][\w'’-]*|(?:Rep|Sen|Gov|Del|Mr|Mrs|Ms|Dr|Sgt|Cllr|Lt|Col|Gen|Capt)\."
# a role between commas; a full stop only ends an abbreviation of up to four letters
# after a capital: a state after a party ("D-Md.", "R-N.M.", "D-Calif."), "Jr."
_ROLE_PART = (
    r"(?:[^.!?\"“”\n]|(?<=[^A-Za-z][A-Z])\.|(?<=[^A-Za-z][A-Z][a-z])\.|"
    r"(?<=[^A-Za-z][A-Z][a-z]{2})\.|(?<=[^A-Za-z][A-Z][a-z]{3})\.|(?<=[^A-Za-z][A-Z][a-z]{4})\.)"
)
_ATTRIB_AFTER_Q = re.compile(
    # a party and state in brackets may follow the name: "Rep. Ida Voss (D-Md.) asked"
    rf"(?:(?:[A-Z][\w'’.-]*|the|a|an|of|\([A-Z][\w.-]{{0,12}}\))\s+){{1,6}}(?:{_Q_VERBS})\b|"
    rf"(?:{_Q_VERBS})\s+[A-Z]|"
    # a name, its role between commas, then the verb; a who-clause may hold two posts
    # ("Ida Ek, who chairs the Road Freight Association and runs forty trucks, asked")
    # (x16o: "Rep. Ida Ek, D-Md., the panel's ranking Democrat, asked")
    rf"(?:{_NAME_PART})(?:\s+(?:{_NAME_PART})){{0,3}},{_ROLE_PART}{{1,160}}?,\s+(?:{_Q_VERBS})\b"
)
_MULTI_ABBREV = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")


_MAX_WORD = 40  # an abbreviation is short: a longer run ("A.A.A...") is cut, keeping it linear


# the last mark a word stops at before a place: `.*` runs to the place and backs off in C
# (\s is str.isspace(), as the loop this replaced tested)
_LAST_STOP = re.compile(r"(?s:.*)[\s" + re.escape(_STOP_BACK) + "]")


def _word_before(text: str, i: int, lo: int) -> str:
    """The word that ends at i: back to a space or an opening mark, never before lo,
    at most _MAX_WORD characters."""
    lo = max(lo, i - _MAX_WORD)
    space = text.rfind(" ", lo, i)
    if space >= 0:
        word = text[space + 1 : i]
        if word.isalpha():  # holds no other stop: the space is the last one
            return word
    m = _LAST_STOP.match(text, lo, i)
    return text[m.end() if m is not None else lo : i]


def _capital(ch: str) -> bool:
    """A capital, or a letter of a script without case ("山", "م") that may open one."""
    return ch.isupper() or (ch.isalpha() and not ch.islower() and ch > "\u02ff")


def _is_boundary(text: str, m: re.Match[str], para_start: int, para_end: int) -> bool:
    """Decide whether the terminal run matched by `m` ends a sentence."""
    term, closers, space = m.groups()
    nxt = m.end()
    if nxt >= para_end:
        return False
    ch = text[nxt]
    if ch.islower():
        return False
    if not space:
        # Glued: only before a capital ("Kursk.The", 'wounded."On') or an opening curly
        # quote; never inside digits ("2.5") or abbreviation chains ("U.S.Army").
        if not (_capital(ch) or ch in "“«‘"):
            return False
        if not closers and term == ".":
            before = _word_before(text, m.start(), para_start)
            if len(before) < 2 or not before.isalpha() or not before[-1].islower():
                return False
            if before.lower() in NEVER_FINAL or before.lower() in BEFORE_NUMBER:
                return False
            if before.lower() in AMBIGUOUS_FINAL:
                return False
        return True
    if not (_capital(ch) or ch.isdigit() or ch in _OPENERS):
        return False
    if term == "!" and not closers and repeats_chant(text, m.start(), nxt):
        return False  # 'to chants of "Judy! Judy!" and waited': one sentence
    if term in ("?", "!", "?!", "!?") and closers:
        # '"Why?" Smith asked.' — the attribution belongs to the quote's sentence.
        return not _ATTRIB_AFTER_Q.match(text, nxt)
    if term != "." or closers:
        return True
    before = _word_before(text, m.start(), para_start)
    if not before:
        return True
    low = before.lower()
    if low in NEVER_FINAL:
        return False
    if low in BEFORE_NUMBER:
        return not ch.isdigit() and _next_word(text, nxt) in SENTENCE_STARTERS
    if len(before) == 1 and before.isupper():
        # An initial ("Vladimir V. Putin") unless a sentence opener follows ("Plan B. The").
        return _next_word(text, nxt) in SENTENCE_STARTERS
    if low in AMBIGUOUS_FINAL or ("." in before and _MULTI_ABBREV.search(before)):
        # "U.S. officials" vs "... from the U.S. The" / 'the U.S. "We'
        return _next_word(text, nxt) in SENTENCE_STARTERS or ch in '"“«'
    return True


def _next_word(text: str, i: int) -> str:
    """The word at i, past an opening quote or bracket ("" when none): read only where
    the word before a full stop leaves the sentence end in doubt."""
    nw = _NEXT_WORD.match(text, i)
    return nw.group(1) if nw else ""


def _other_stop(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] holds a stop other than "." (three scans in C)."""
    return text.find("?", s, e) >= 0 or text.find("!", s, e) >= 0 or text.find("…", s, e) >= 0


_DOUBT = NEVER_FINAL | BEFORE_NUMBER | AMBIGUOUS_FINAL
"""Words before a lone "." that _is_boundary asks more about: any other word of two or
more letters ends the sentence before a capital (the shortcut in _split_paragraph)."""


def _split_paragraph(body: str, ps: int, pe: int, out: list[Span]) -> None:
    """The paragraph's sentences. The usual end, a lone "." after a plain word of two or
    more letters, then white space and a capital ("said. The"), is decided here without
    _is_boundary's call, its groups and its checks (a third of the split's time); a
    next character in lower case ends nothing (_is_boundary's first answer). Anything
    else goes to _is_boundary."""
    text = body
    start = ps
    while start < pe and text[start].isspace():
        start += 1
    ends = _END if _other_stop(text, start, pe) else _END_DOT
    for m in ends.finditer(text, start, pe):
        nxt = m.end()
        if nxt >= pe:
            break
        ch = text[nxt]
        if ch.islower():
            continue
        i = m.start()
        end = m.end(2)
        if end == i + 1 and nxt > end and text[i] == "." and ch.isupper():
            # a lone ".", no closer, white space, a capital: the word before decides
            space = text.rfind(" ", i - _MAX_WORD if i - _MAX_WORD > ps else ps, i)
            word = text[space + 1 : i] if space >= 0 else ""
            plain = len(word) > 1 and word.isalpha() and word.lower() not in _DOUBT
            if not plain and not _is_boundary(text, m, ps, pe):
                continue
        elif not _is_boundary(text, m, ps, pe):
            continue
        if end > start:
            out.append((start, end))
        start = nxt
    end = pe
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def split_sentences(body: str, paragraphs: list[Span], headings: list[Span]) -> list[Span]:
    """Spans of the body's sentences, in order, outside headings."""
    if not paragraphs:
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    n = len(body)
    paragraphs = [(a if a > 0 else 0, b if b < n else n) for a, b in paragraphs if a < b]
    paragraphs.sort()  # a list built and sorted: no generator frame per paragraph
    heads = sorted(headings)
    spans: list[Span] = []
    hi = 0
    for ps, pe in paragraphs:
        while hi < len(heads) and heads[hi][1] <= ps:
            hi += 1
        if hi < len(heads) and heads[hi][0] < pe and ps < heads[hi][1]:
            continue  # the paragraph is (or overlaps) a heading
        _split_paragraph(body, ps, pe, spans)
    return spans
