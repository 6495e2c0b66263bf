"""The ninth round's shortcuts answer as the tests they replaced (issue 18).

- An IGNORECASE pattern's case-sensitive twin (extract/case_twin.py) over ASCII text
  lower-cased once finds what the pattern finds over the text itself: word salads in
  random case from each pattern's own words, where its phrases and near misses are dense.
- quote_terms._word_before finds _BEFORE_WORD's word though it starts late.
- sanitize leaves an ASCII text alone exactly when _ANY finds nothing in it, and reads
  it without the regex.
"""

from __future__ import annotations

import random
import re

import pytest

from claimdesk.extract import cleanup, quote_terms, sanitize
from claimdesk.extract.case_twin import case_twin

_TWINS = [
    (cleanup._UI_JUNK, cleanup._UI_JUNK_LOW),
    (cleanup._FOOTER_MARKER, cleanup._FOOTER_MARKER_LOW),
    (cleanup._CREDIT, cleanup._CREDIT_LOW),
    (cleanup._INLINE_BOILERPLATE, cleanup._INLINE_BOILERPLATE_LOW),
    (quote_terms._TERM_LEAD, quote_terms._TERM_LEAD_LOW),
    (quote_terms._CHANT_OF, quote_terms._CHANT_OF_LOW),
]
_SEPARATORS = [" ", " ", " ", "", ":", ", ", " - ", "(", ")", "/", "\t", "  ", " 3 ", "!!!"]


def _mixed_case(rnd: random.Random, word: str) -> str:
    return "".join(c.upper() if rnd.random() < 0.4 else c for c in word)


def _salads(pattern: re.Pattern[str], count: int) -> list[str]:
    """Random ASCII lines of the pattern's own words, in random case."""
    vocab = [*re.findall(r"[a-z]+", re.sub(r"\\.", " ", pattern.pattern)), "Vale", "x"]
    rnd = random.Random(pattern.pattern)
    out = []
    for _ in range(count):
        words = [_mixed_case(rnd, rnd.choice(vocab)) for _ in range(rnd.choice((1, 1, 2, 3, 5)))]
        out.append("".join(w + rnd.choice(_SEPARATORS) for w in words).strip(rnd.choice(" x")))
    return out


@pytest.mark.parametrize("pattern, twin", _TWINS, ids=lambda p: getattr(p, "pattern", "")[:20])
def test_a_twin_over_lower_cased_ascii_finds_what_the_pattern_finds(pattern, twin):
    lines = _salads(pattern, 4000)
    hits = 0
    for line in lines:
        want, got = pattern.search(line), twin.search(line.lower())
        assert (want and want.span()) == (got and got.span()), line
        first = pattern.match(line)
        assert (first and first.span()) == ((m := twin.match(line.lower())) and m.span()), line
        hits += want is not None
    assert hits >= 5  # the salads do reach the pattern's phrases


def test_the_callers_answer_as_the_pattern_whatever_the_case():
    lines = [
        *_salads(cleanup._FOOTER_MARKER, 2000),
        *_salads(cleanup._INLINE_BOILERPLATE, 2000),
        "READ MORE: the Vale story",
        "Related: Crónica de Vale",  # not ASCII: the pattern itself
        "Read more — the Vale story",
    ]
    for line in lines:
        marker = cleanup._FOOTER_MARKER.match(line) is not None or (
            "buted" in line.lower() and cleanup._FOOTER_CREDIT.match(line) is not None
        )
        assert cleanup._footer_marker(line) == marker, line
        assert cleanup._boilerplate(line) == bool(cleanup._INLINE_BOILERPLATE.match(line)), line
    junk = ["ADVERTISEMENT", "Share This Article", "Image Source, Ostvik Radio", "Advert x"]
    kept = cleanup._drop_furniture(["Vale said it would open.", *junk, "Leer en Español"])
    assert kept == ["Vale said it would open.", "Advert x"]


def test_case_twin_refuses_a_pattern_it_could_not_stand_for():
    with pytest.raises(ValueError):
        case_twin(re.compile(r"^[A-Z]\w+ said", re.IGNORECASE))  # lower text never has A-Z
    with pytest.raises(ValueError):
        case_twin(re.compile(r"^said"))  # already case-sensitive
    twin = case_twin(re.compile(r"^(?P<Who>\w+)\s*:\s*\S", re.IGNORECASE))
    assert twin.match("vale: yes") and not twin.flags & re.IGNORECASE


def test_the_word_before_a_mark_is_found_starting_late():
    rnd = random.Random(18)
    parts = ["the", "film", "Vale", "co-host", "x2", "é", "3", "_a", "so"]
    seps = [" ", "  ", "\u00a0", ",", ", ", ":", " : ", ",,", "\n", " \n", "-", "(", ". "]
    leads = ["", " ", ",", "\n", "word\n\n", "a:\n", "Vale ,\u00a0", "éa b"]
    for _ in range(20000):
        n = rnd.randint(1, 5)
        leads.append("".join(rnd.choice(parts) + rnd.choice(seps) for _ in range(n)))
    for lead in leads:
        want = quote_terms._BEFORE_WORD.search(lead)
        got = quote_terms._word_before(lead)
        assert (want and (want.span(), want.group(1))) == (got and (got.span(), got.group(1)))


def test_sanitize_leaves_ascii_text_alone_exactly_when_nothing_is_to_be_done():
    for code in range(128):
        text = f"Vale said{chr(code)}it would"
        untouched = sanitize._ANY.search(text) is None
        assert (sanitize.sanitize(text) == text) == untouched, code


def test_sanitize_reads_ascii_text_without_the_regex(monkeypatch):
    searched: list[str] = []

    class Counting:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(text)
            return sanitize._ANY_REAL.search(text)

    monkeypatch.setattr(sanitize, "_ANY_REAL", sanitize._ANY, raising=False)
    monkeypatch.setattr(sanitize, "_ANY", Counting())
    assert sanitize.sanitize("Vale said it would.\nIt did.") == "Vale said it would.\nIt did."
    assert searched == []
    assert sanitize.sanitize("Vale said “it would”.") == "Vale said “it would”."
    assert searched == ["“”"]  # only the characters outside the kept ASCII (sanitize._unkept)


def test_an_ascii_body_holds_no_odd_character():
    # speech.analyse skips its _ODD scan over an ASCII body: every character _ODD
    # replaces must lie outside ASCII for that to change nothing
    from claimdesk.extract import speech

    assert not [c for c in range(128) if speech._ODD.match(chr(c))]
    assert speech._ODD.match("\ufeff") and speech._ODD.match("\u200b")


def test_header_patterns_are_read_only_on_the_lines_they_may_take(monkeypatch):
    # _strip_header takes a "Name, Outlet" byline on lines 2-4, an "Outlet — published
    # ..." line on lines 1-4 and a "Name, role" line on lines 2-5: no match is tried
    # for a line where its answer would be thrown away
    tried: dict[str, list[str]] = {}

    class Counting:
        def __init__(self, name: str, real: re.Pattern[str]) -> None:
            self.name, self.real = name, real

        def match(self, line: str) -> re.Match[str] | None:
            tried.setdefault(self.name, []).append(line)
            return self.real.match(line)

    for name in ("_NAME_OUTLET", "_OUTLET_PUBLISHED", "_NAME_ROLE"):
        monkeypatch.setattr(cleanup, name, Counting(name, getattr(cleanup, name)))
    lines = [f"Line {i} of the Vale story went on for a while." for i in range(1, 10)]
    out, meta = cleanup._strip_header(lines)
    assert out == lines and meta == {}
    assert tried["_NAME_OUTLET"] == lines[1:4]
    assert tried["_OUTLET_PUBLISHED"] == lines[:4]
    assert tried["_NAME_ROLE"] == lines[1:5]


def test_a_bullet_is_looked_for_only_after_a_character_that_can_open_one():
    openers = {chr(c) for c in range(0x3000) if cleanup._BULLET_GLYPH.match(chr(c) + " x")}
    assert openers <= cleanup._BULLET_FIRST and "•" in openers
    paras = cleanup._paragraphs(["• Vale", "- Ek", "-Ek", "Vale said"], set(), unwrap=False)
    assert [(p.text, p.bullet) for p in paras] == [
        ("Vale", True),
        ("Ek", True),
        ("-Ek", False),
        ("Vale said", False),
    ]


def test_a_time_stamp_is_looked_for_only_after_a_character_that_can_open_one():
    from claimdesk.extract.attribution import live_blog

    rests = ["9:30 — Vale", ":30 — Vale", "pdated 9:30 — Vale", "osted 9:30 — Vale"]
    rests += ["14:05] Vale", "5pm - Vale", "19:10 Vale", "[9:30] — Vale", " 9:30 — Vale"]
    for code in range(0x3000):
        c = chr(code)
        if any(p.match(c + r) for r in rests for p in (live_blog._STAMP, live_blog._BARE)):
            assert live_blog._may_open(c), hex(code)
    assert live_blog._may_open("٣") and not live_blog._may_open("V")
    body = "22:30 — Pike spoke.\n\nUpdated 9.15am - Ek said.\n\nVale said 10:30 — no."
    paras = [(0, 19), (21, 46), (48, len(body))]
    assert live_blog.blank_stamps(body, paras) == (
        " " * 8 + "Pike spoke.\n\n" + " " * 17 + "Ek said.\n\nVale said 10:30 — no."
    )
