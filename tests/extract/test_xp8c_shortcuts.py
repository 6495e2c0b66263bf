"""Figures' and dates' shortcuts of the eleventh speed round (issue 18) answer as the long
way did.

Each shortcut is checked against the formulation it replaced, kept here: the currency
code and word searches behind a one-character test, the word before a place found by one
match, the seven tokens after a figure in one match, the fraction words looked for once
in the folded body, the five holiday names behind two finds. Inputs are salads of each
rule's own vocabulary, cut at random places, where the rare cases are dense.
"""

from __future__ import annotations

import random
import re

import pytest

from claimdesk.extract import counted_nouns, currency_before, dates, number_words, numbers, shares
from claimdesk.extract.date_cues import MORE_HOLIDAYS
from claimdesk.extract.number_words import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    QUALIFIER_BEFORE,
    QUALIFIERS,
)
from claimdesk.extract.textscan import fold


def _salad(rnd: random.Random, vocab: list[str], seps: list[str], words: int) -> str:
    return "".join(rnd.choice(vocab) + rnd.choice(seps) for _ in range(rnd.randint(1, words)))


class _Counting:
    """A compiled pattern that counts its calls (a module's pattern swapped for it)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name: str):
        self.calls += 1
        return getattr(self.pattern, name)


# --- the currency before the digits ------------------------------------------------

_SP = r"[ \t\u00a0\u202f]"
_OLD_CODE = re.compile(rf"(?<![\w])({'|'.join(CURRENCY_CODES)}){_SP}?\Z")
_OLD_WORD = re.compile(rf"(?<![\w.])(Rs\.?|Rp|RM|KSh){_SP}?\Z")
_OLD_WORDS = {"Rs": "INR", "Rs.": "INR", "Rp": "IDR", "RM": "MYR", "KSh": "KES"}


def _old_currency_before(body: str, start: int, digits: str | None, sym: str | None):
    """numbers._currency_before before the gate (the code and word searches always ran)."""
    if sym:
        return currency_before.currency_before(body, start, digits, sym)  # unchanged
    if digits:
        if "$" in body[max(0, start - 3) : start] and (
            xm := currency_before._SYM_SUFFIX.search(body, max(0, start - 3), start)
        ):
            return xm.start(), CURRENCY_SYMBOLS.get(xm.group(1) + "$")
        if cm := _OLD_CODE.search(body, max(0, start - 5), start):
            return cm.start(), cm.group(1)
        if (wm := _OLD_WORD.search(body, max(0, start - 5), start)) is not None:
            return wm.start(), _OLD_WORDS[wm.group(1)]
    return start, None


_CURRENCY_VOCAB = [
    *CURRENCY_CODES,
    *(c.lower() for c in CURRENCY_CODES),
    *_OLD_WORDS,
    "US$",
    "$US",
    "$A",
    "A$",
    "the",
    "x",
    "S",
    "M",
    "h",
    "p",
    "s.",
    "R",
    "(",
    "",
]
_CURRENCY_SEPS = ["", " ", "  ", "\t", "\u00a0", "\u202f", "\n", "-", ".", ",", "_", "é"]


def test_currency_before_answers_as_the_searches_always_run() -> None:
    """Codes and words glued to the digits or one space away, near misses (lower case,
    two spaces, a word character before), at the very start of the text."""
    rnd = random.Random(8)
    for _ in range(30_000):
        text = _salad(rnd, _CURRENCY_VOCAB, _CURRENCY_SEPS, 4)
        cut = rnd.randint(0, len(text))
        body = text[:cut] + "5,000 more"
        assert currency_before.currency_before(body, cut, "5,000", None) == (
            _old_currency_before(body, cut, "5,000", None)
        ), body


def test_the_gate_holds_each_code_and_word_last_character() -> None:
    assert {c[-1] for c in CURRENCY_CODES} == currency_before.CODE_LAST
    assert {w[-1] for w in _OLD_WORDS} == currency_before.WORD_LAST


def test_a_figure_after_a_lower_case_word_runs_no_code_search(monkeypatch) -> None:
    code = _Counting(currency_before._CODE_BEFORE)
    word = _Counting(currency_before._WORD_CUR_BEFORE)
    monkeypatch.setattr(currency_before, "_CODE_BEFORE", code)
    monkeypatch.setattr(currency_before, "_WORD_CUR_BEFORE", word)
    body = "The council hired 40 staff and paid USD 300 to each of them."
    assert currency_before.currency_before(body, 18, "40", None) == (18, None)
    assert (code.calls, word.calls) == (0, 0)
    assert currency_before.currency_before(body, 40, "300", None) == (36, "USD")
    assert code.calls == 1


# --- the word before a place ---------------------------------------------------------

_OLD_WORDLIKE_N = re.compile(r"[A-Za-z][\w'’.&-]*")
_OLD_WORDLIKE_D = re.compile(r"[A-Za-z][\w'’.-]*")


def _old_prev_word_numbers(body: str, pos: int) -> str | None:
    i = pos
    while i > 0 and body[i - 1] in " \t\u00a0":
        i -= 1
    lo = max(0, i - 40)
    j = max(body.rfind(" ", lo, i), body.rfind("\n", lo, i), body.rfind("\t", lo, i))
    j = max(j, body.rfind("\u00a0", j + 1, i), i - 40)
    m = _OLD_WORDLIKE_N.search(body, j + 1, i)
    return m.group() if m and m.end() == i else None


def _old_prev_word_dates(body: str, pos: int) -> str | None:
    i = pos
    while i > 0 and body[i - 1] in " \t\u00a0,":
        i -= 1
    lo = max(0, i - 40)
    j = max(body.rfind(" ", lo, i), body.rfind("\n", lo, i), body.rfind("\t", lo, i), i - 40)
    m = _OLD_WORDLIKE_D.search(body, j + 1, i)
    return m.group().rstrip(".") if m and m.end() == i else None


_WORD_ALPHABET = "ab Z9 \n\t\u00a0.,'’&-_(é\u202fK"


@pytest.mark.parametrize(
    ("new", "old"),
    [
        (numbers._prev_word, _old_prev_word_numbers),
        (dates._prev_word, _old_prev_word_dates),
    ],
)
def test_prev_word_answers_as_the_rfinds_did(new, old) -> None:
    """Random strings of letters, digits, the four breaks and the word marks, up to 90
    characters (past the 40-character bound), every place."""
    rnd = random.Random(11)
    for _ in range(4_000):
        text = "".join(rnd.choice(_WORD_ALPHABET) for _ in range(rnd.randint(0, 90)))
        for pos in range(len(text) + 1):
            assert new(text, pos) == old(text, pos), (text, pos)
    long_word = "x" * 60
    for text in (f"in {long_word}", f"{long_word} ", "a" * 39, "a" * 40, " " + "b" * 45):
        for pos in range(len(text) + 1):
            assert new(text, pos) == old(text, pos), (text, pos)


# --- the seven tokens after a figure -------------------------------------------------

_TOKEN_VOCAB = ["of", "the", "city's", "20", "1,000.5", "-", "’s", "x-ray", "é", "(", "."]
_TOKEN_SEPS = ["", " ", "  ", "\t", "\u00a0", "\u2009", "\n", ","]


def test_seven_tokens_are_findall_s_first_seven() -> None:
    rnd = random.Random(5)
    for _ in range(20_000):
        text = _salad(rnd, _TOKEN_VOCAB, _TOKEN_SEPS, 14)
        pos = rnd.randint(0, len(text))
        end = rnd.randint(pos, len(text))
        m = counted_nouns._SEVEN_TOKENS.match(text, pos, end)
        got = list(filter(None, m.groups()))
        assert got == counted_nouns._NOUN_TOKEN.findall(text, pos, end)[:7], (text, pos, end)


# --- the fraction words --------------------------------------------------------------

_OLD_GATE = ("half", "Half", "third", "quarter", "Quarter", "fifth", "sixth", "eighth", "tenth")


def _old_denominators(body: str) -> list[re.Match[str]]:
    found = []
    for w in _OLD_GATE:
        i = body.find(w)
        while i >= 0:
            if (i == 0 or not body[i - 1].isalnum()) and (m := shares._FRACTION_AT.match(body, i)):
                found.append(m)
            i = body.find(w, i + len(w))
    return sorted(found, key=lambda m: m.start())


_SHARE_VOCAB = [
    *_OLD_GATE,
    *(w.upper() for w in _OLD_GATE),
    *(w.title() for w in _OLD_GATE),
    "thirds",
    "Thirds",
    "quarters",
    "two-thirds",
    "a",
    "one",
    "two",
    "of",
    "voters",
    "members",
    "said",
    "behalf",
    "1/2",
    "3/4",
    "cup",
    "teaspoons",
    "İ",
    "K",
]
_SHARE_SEPS = [" ", " ", "-", "\n", ", ", '"', "“", "/", ""]


def test_fraction_words_found_once_in_the_folded_body_as_the_nine_finds_did() -> None:
    """The denominators' matches and the gate (a word spelled as in FRACTION_GATE, or
    "/"), and the figures with the shares merged in, as the gate and nine finds gave."""
    rnd = random.Random(3)
    bodies = [_salad(rnd, _SHARE_VOCAB, _SHARE_SEPS, 12) for _ in range(6_000)]
    bodies += ["Add 1 1/2 cups of flour and 3/4 teaspoons of salt.", "HALF of THIRD"]
    for body in bodies:
        found, spelled = shares._denominators(body, fold.__wrapped__(body))
        assert [m.span() for m in found] == [m.span() for m in _old_denominators(body)], body
        assert spelled == any(w in body for w in _OLD_GATE), body
        figures = numbers.find_numbers(body, [(0, len(body))])
        old = any(w in body for w in shares.FRACTION_GATE)
        merged = shares.with_shares(body, fold(body), figures)
        if old:
            expected = sorted(figures + shares.find_shares(body, figures), key=lambda n: n.start)
        else:
            expected = figures
        assert merged == expected, body


def test_the_gate_is_exact_for_case_variants() -> None:
    """ "HALF" and "Third" open no share and hold no gate word; "Half" does."""
    for body, gate in (("HALF of THIRD", False), ("Third of voters", False), ("Half of", True)):
        assert shares._denominators(body, fold.__wrapped__(body))[1] is gate, body


# --- the holiday names ---------------------------------------------------------------


def test_every_more_holiday_holds_a_needed_word() -> None:
    for name in MORE_HOLIDAYS.split("|"):
        assert any(w in name for w in dates.MORE_HOLIDAY_NEEDS), name


_HOLIDAY_VOCAB = [
    *MORE_HOLIDAYS.replace("|", " ").split(),
    "on",
    "the",
    "in",
    "day",
    "Christmas",
    "Monday",
    "2024",
    "before",
]
_HOLIDAY_SEPS = [" ", " ", "\u00a0", "\t", "\n", ", ", ""]


def test_holidays_found_as_behind_the_five_finds_alone(monkeypatch) -> None:
    """The dates of salads of the holidays' words (their names whole, cut, glued, apart
    by other spaces) are those found with the old gate alone (a needed word that every
    text holds)."""
    rnd = random.Random(21)
    bodies = [_salad(rnd, _HOLIDAY_VOCAB, _HOLIDAY_SEPS, 10) for _ in range(3_000)]
    bodies += ["Independence was won; on Good\u00a0Friday the square filled."]
    day = dates.dt.date(2024, 12, 17)
    new = [dates.find_dates(b, [(0, len(b))], day) for b in bodies]
    assert any(r.text.startswith("Good") for refs in new for r in refs)
    monkeypatch.setattr(dates, "MORE_HOLIDAY_NEEDS", ("",))
    assert new == [dates.find_dates(b, [(0, len(b))], day) for b in bodies]


# --- the qualifier before a figure -----------------------------------------------------

_QUALIFIER_VOCAB = [
    *(w for q in QUALIFIERS for w in q.split()),
    *(q.upper() for q in QUALIFIERS),
    *(q.title() for q in QUALIFIERS),
    "only",
    "just",
    "a further",
    "an additional",
    "~",
    "the",
    "x",
    "a.",
    "é",
    "K",
    "ſ",
    "İ",
]
_QUALIFIER_SEPS = [" ", " ", "  ", "\t", "\u00a0", "\n", "", ".", "-"]


def test_qualifier_before_is_the_ignorecase_search() -> None:
    """Qualifiers whole, cut and in any case, with the words allowed after them, glued
    or spaced, with non-ASCII look-alikes (the Kelvin sign, the long s), at every cut up
    to past the 28-character reach; the same match (span and groups) or none."""
    rnd = random.Random(13)
    for _ in range(5_000):
        text = _salad(rnd, _QUALIFIER_VOCAB, _QUALIFIER_SEPS, 9) + "12"
        start = len(text) - 2
        for body in (text, "yes" + text, text.replace("12", " 12")):
            at = body.rindex("12")
            got = number_words.qualifier_before(body, at)
            want = QUALIFIER_BEFORE.search(body, max(0, at - 28), at)
            assert (got and (got.span(), got.groupdict())) == (
                want and (want.span(), want.groupdict())
            ), body
        assert start >= 0
    for q in QUALIFIERS:  # starting right at the reach, after a letter, a space or a dot
        for before in ("x", " ", ".", ""):
            body = before + q + " " * max(1, 28 - len(q)) + "12"
            at = len(body) - 2
            got = number_words.qualifier_before(body, at)
            want = QUALIFIER_BEFORE.search(body, max(0, at - 28), at)
            assert (got and got.span()) == (want and want.span()), body


# --- the hypothetical's sentence check -------------------------------------------------

_HYP_VOCAB = [
    *[
        "if",
        "unless",
        "maybe",
        "perhaps",
        "suppose",
        "supposing",
        "imagine",
        "hypothetical",
        "hypothetically",
    ],
    *[
        "assuming",
        "in",
        "theory",
        "theoretically",
        "potentially",
        "would",
        "could",
        "might",
        "may",
        "May",
    ],
    *[
        "let's",
        "let’s",
        "let",
        "us",
        "say",
        "not",
        "have",
        "couldn't",
        "wouldn’t",
        "said",
        "the",
        "dam",
        "fails",
    ],
    "40,000",
    "12",
    "two",
    "(",
    ")",
    "“",
    "”",
    '"',
    ";",
    "—",
]
_HYP_SEPS = [" ", " ", " ", ", ", "  ", ". ", "\n"]


def test_no_hypothetical_word_in_the_sentence_answers_as_the_full_reading(monkeypatch) -> None:
    """Random sentences of the hypothetical words, marks and figures: each figure's answer
    with the sentence check is the one without it (a check every place passes)."""
    from claimdesk.extract import hypotheticals

    rnd = random.Random(17)
    cases = []
    for _ in range(3_000):
        body = _salad(rnd, _HYP_VOCAB, _HYP_SEPS, 16)
        folded = fold.__wrapped__(body)
        sentences = [(0, len(body))] if rnd.random() < 0.5 else [(0, len(body) // 2)]
        starts = [s for s, _ in sentences]
        for m in re.finditer(r"40,000|12|two", body):
            cases.append((body, folded, m.start(), m.end(), sentences, starts))
    new = [hypotheticals._is_hypothetical(*c) for c in cases]
    assert any(new) and not all(new)
    monkeypatch.setattr(hypotheticals, "_ANY_HYP", re.compile(""))
    assert new == [hypotheticals._is_hypothetical(*c) for c in cases]
