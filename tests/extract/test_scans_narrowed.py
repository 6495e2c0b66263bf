"""The tenth round's shortcuts answer as the code they replaced (issue 18).

- The figures' units (number_words.UNIT_PATTERN) grouped by first letter find what the
  flat alternation of the same units found: the same span and groups, after digits, in
  random case, glued and spaced, next to near misses.
- A transcript's turn label (attribution/transcript._LABEL) is looked for only in a
  paragraph that opens on "Q" or "A" or holds a colon: every paragraph it matches does,
  and a prose paragraph is not read by it at all.
- A sentence end is scanned for from a literal "." in a paragraph with no other stop
  (sentences._END_DOT), and glued sentences (glue._SENTENCE_GLUE) only where one of
  glue._GLUE_AT, each opened on one literal stop, finds a place: the same sentences and
  the same repairs as the class-opened scans, which a text with no glue never runs.
- The quotation marks of an article are found once, one literal scan per mark
  (quotes._mark_places), not by _MARK's class scan per paragraph: the same places in
  every paragraph, and the same quotes.
- A signed-by sentence (speech._SIGNED) is tried only on a sentence opening on a
  character its pattern can open on ("I" or "T").
- Straight single quotes are taken as the quotation marks only when the body holds none
  of straight_single._DOUBLE's marks, looked for one by one (`in`), not by a class scan.
"""

from __future__ import annotations

import random
import re

from claimdesk.extract import glue, number_words, numbers, quotes, sentences, shares, speech
from claimdesk.extract.attribution import straight_single, transcript


def _flat_units() -> str:
    """UNIT_PATTERN as it was: one alternative per unit, longest first."""
    glued = sorted(number_words.GLUED_UNITS, key=len, reverse=True)
    return (
        "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in number_words._UNIT_ALTS)
        + "|(?<=\\d)(?-i:"
        + "|".join(glued)
        + ")"
    )


def _unit_texts(count: int) -> list[str]:
    """A figure, a separator, a unit (in random case, cut short or run on), more words."""
    rnd = random.Random(18)
    units = [*number_words._UNIT_ALTS, *number_words.GLUED_UNITS, "people", "killed"]
    seps = ["", " ", "-", " - ", "\u00a0", "\t", "  "]
    tails = ["", " of", "s", "x", " USD", " eur", "%", ".", " and", "-long"]
    out = []
    for _ in range(count):
        u = rnd.choice(units)
        u = "".join(c.upper() if rnd.random() < 0.3 else c for c in u)
        if rnd.random() < 0.2:
            u = u[: rnd.randrange(1, len(u) + 1)]
        out.append(f"{rnd.randrange(1, 999)}{rnd.choice(seps)}{u}{rnd.choice(tails)} more")
    return out


def _answer(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groupdict())


def test_units_grouped_by_first_letter_match_as_the_flat_alternation() -> None:
    assert _flat_units() != number_words.UNIT_PATTERN  # grouped, or there is nothing to test
    grouped = numbers._UNIT
    flat = re.compile(
        grouped.pattern.replace(number_words.UNIT_PATTERN, _flat_units()), grouped.flags
    )
    texts = _unit_texts(6000)
    found = 0
    for text in texts:
        end = re.match(r"\d+", text).end()
        m = grouped.match(text, end)
        assert _answer(m) == _answer(flat.match(text, end)), text
        found += m is not None
    assert found > len(texts) // 2  # the salads reach the units, not only near misses


def test_shares_units_grouped_find_as_before() -> None:
    pats = [
        p
        for p in vars(shares).values()
        if isinstance(p, re.Pattern) and number_words.UNIT_PATTERN in p.pattern
    ]
    assert pats  # shares.py reads the units too
    for p in pats:
        flat = re.compile(p.pattern.replace(number_words.UNIT_PATTERN, _flat_units()), p.flags)
        for text in _unit_texts(2000):
            unit = text.lstrip("0123456789")
            text = f"won 1/4 {unit.lstrip(' -')} and 3/4{unit} of {text}"
            assert [_answer(m) for m in p.finditer(text)] == [
                _answer(m) for m in flat.finditer(text)
            ], text


_LABEL_WORDS = ["Q", "A", "Question", "Answer", "Ines", "Vale", "de", "MORO", "the", "Dr."]
_LABEL_MARKS = [":", " :", "**", "__", ".", ")", " -", "—", " ", "\u00a0", ", ", ""]


def _label_paragraphs(count: int) -> list[str]:
    """Random paragraph openings of label words and marks, then words."""
    rnd = random.Random(7)
    out = []
    for _ in range(count):
        parts = [rnd.choice(_LABEL_WORDS + _LABEL_MARKS) for _ in range(rnd.randrange(1, 7))]
        out.append("".join(parts) + rnd.choice(["", " ", "  "]) + "we sold the ferry.")
    return out


def test_a_label_is_looked_for_wherever_it_can_match() -> None:
    paragraphs = _label_paragraphs(20000)
    matched = 0
    for text in paragraphs:
        for ps in (0, 2):
            body = "\n\n" + text if ps else text
            m = transcript._LABEL.match(body, ps, len(body))
            if m is not None:
                matched += 1
                assert transcript._may_label(body, ps, len(body)), body
    assert matched > 1000


class _Counting:
    """A pattern that counts its match calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(*args)


def test_prose_paragraphs_are_not_read_for_a_label(monkeypatch) -> None:
    body = (
        "Deputy Mayor Ines Vale told the Harbour Board on Tuesday that the ferry would run.\n\n"
        "Board members Tomas Reel and Ada Quist voted against the plan.\n\n"
        "Q: Will the ferry run in winter?\n\n"
        "Vale: It will, twice a day."
    )
    paragraphs, at = [], 0
    for part in body.split("\n\n"):
        at = body.index(part, at)
        paragraphs.append((at, at + len(part)))
    counting = _Counting(transcript._LABEL)
    monkeypatch.setattr(transcript, "_LABEL", counting)
    transcript.transcript_turns(body, paragraphs)
    assert counting.calls == 2  # the question and the answer, not the two prose paragraphs


_STOP_PIECES = [".", "!", "?", "…", "”", '"', "’", "'", ")", "]", "“", "‘", "(", " ", "\n"]
_WORD_PIECES = ["A", "I", "The", "we", "U.S", "x", "2.5", "Dr", "i", "Kursk", "http://a.b/c"]


def _stop_salads(count: int, stops: list[str]) -> list[str]:
    rnd = random.Random(len(stops))
    pieces = _WORD_PIECES + stops
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 40))) for _ in range(count)]


def _old_split(body: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """_split_paragraph as it was: _END, the class-opened scan, on every paragraph."""
    out: list[tuple[int, int]] = []
    start = ps
    while start < pe and body[start].isspace():
        start += 1
    for m in sentences._END.finditer(body, start, pe):
        if m.end() >= pe:
            break
        if sentences._is_boundary(body, m, ps, pe):
            if m.end(2) > start:
                out.append((start, m.end(2)))
            start = m.end()
    end = pe
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
    return out


def test_sentence_ends_from_a_literal_stop_split_as_before() -> None:
    for stops in (_STOP_PIECES, [p for p in _STOP_PIECES if p not in "!?…"]):
        for text in _stop_salads(6000, stops):
            body = "Lead. " + text + " Tail."
            out: list[tuple[int, int]] = []
            sentences._split_paragraph(body, 6, len(body) - 6, out)
            assert out == _old_split(body, 6, len(body) - 6), body


class _CountingScan:
    """A pattern that counts its finditer and sub calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def finditer(self, *args: object):
        self.calls += 1
        return self.pattern.finditer(*args)

    def sub(self, *args: object):
        self.calls += 1
        return self.pattern.sub(*args)


def test_a_paragraph_of_full_stops_is_not_scanned_by_class(monkeypatch) -> None:
    counting = _CountingScan(sentences._END)
    monkeypatch.setattr(sentences, "_END", counting)
    body = "The ferry runs twice a day. Dr. Vale said so on Tuesday. Residents object."
    assert sentences.split_sentences(body, [(0, len(body))], []) == [(0, 27), (28, 56), (57, 74)]
    assert counting.calls == 0
    sentences.split_sentences(body + " Why?", [(0, len(body) + 5)], [])
    assert counting.calls == 1


def _old_repair(text: str) -> str:
    """repair_glue as it was: _SENTENCE_GLUE's sub over every text with a stop."""
    if "." in text or "!" in text or "?" in text or "…" in text:
        text = glue._ACRONYM_GLUE.sub(lambda m: glue._acronym_fix(text, m), text)
        text = glue._SENTENCE_GLUE.sub(lambda m: glue._glue_fix(text, m), text)
    if "," in text:
        text = glue._COMMA_GLUE.sub(lambda m: ", " if glue._prev(text, m).islower() else ",", text)
    if "”" in text:
        text = glue._QUOTE_GLUE_AFTER.sub(lambda m: glue._after_quote_fix(text, m), text)
    if "“" in text:
        text = re.sub("“", lambda m: glue._before_quote_fix(text, m), text)
    return text


def test_glue_looked_for_by_literal_stops_repairs_as_before() -> None:
    glued = 0
    for text in _stop_salads(8000, _STOP_PIECES):
        if glue._SENTENCE_GLUE.search(text) is not None:
            glued += 1
            assert any(c in text and at.search(text) for c, at in glue._GLUE_AT), text
        assert glue.repair_glue(text) == _old_repair(text), text
    assert glued > 1000


def test_text_without_glue_is_not_scanned_for_it(monkeypatch) -> None:
    counting = _CountingScan(glue._SENTENCE_GLUE)
    monkeypatch.setattr(glue, "_SENTENCE_GLUE", counting)
    assert glue.repair_glue("The ferry runs. Dr. Vale said so! Why? Wait… Yes.") == (
        "The ferry runs. Dr. Vale said so! Why? Wait… Yes."
    )
    assert counting.calls == 0
    assert (
        glue.repair_glue("The ferry runs.Dr. Vale said so.") == "The ferry runs. Dr. Vale said so."
    )
    assert counting.calls == 1


_QUOTE_PIECES = ['"', "“", "”", "«", "»", "„", "‘", "’", " ", "\n", "said", "Vale", ",", "."]


def test_mark_places_are_where_the_class_finds_marks() -> None:
    rnd = random.Random(3)
    for _ in range(4000):
        body = "".join(rnd.choice(_QUOTE_PIECES) for _ in range(rnd.randrange(0, 60)))
        places = quotes._mark_places(body)
        assert places == [m.start() for m in quotes._MARK.finditer(body)], body
        cuts = sorted(rnd.randrange(0, len(body) + 1) for _ in range(4))
        for ps, pe in ((cuts[0], cuts[1]), (cuts[2], cuts[3]), (0, len(body))):
            some = places[quotes.bisect_left(places, ps) : quotes.bisect_left(places, pe)]
            assert some == [m.start() for m in quotes._MARK.finditer(body, ps, pe)]
        assert quotes.uses_single_quotes(body) == (
            "‘" in body and quotes._MARK.search(body) is None
        )


def test_quotes_found_without_the_class_scan(monkeypatch) -> None:
    body = (
        "“The ferry will run,” Vale said.\n\n"
        'Reel disagreed: "Not in winter." He left.\n\n'
        "«Jamais», dit-il."
    )
    paragraphs, at = [], 0
    for part in body.split("\n\n"):
        at = body.index(part, at)
        paragraphs.append((at, at + len(part)))
    found = [(q.start, q.end) for q in quotes.find_quotes(body, paragraphs)]
    assert [body[a:b] for a, b in found] == ["The ferry will run,", "Not in winter.", "Jamais"]
    counting = _CountingScan(quotes._MARK)
    monkeypatch.setattr(quotes, "_MARK", counting)
    assert [(q.start, q.end) for q in quotes.find_quotes(body, paragraphs)] == found
    assert counting.calls == 0


def _first_chars(items) -> set[str]:
    """The characters a parsed pattern can open on (literals, groups, alternations)."""
    from re import _constants as c

    op, av = items[0]
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.SUBPATTERN:
        return _first_chars(av[3].data)
    if op is c.BRANCH:
        return set().union(*(_first_chars(b.data) for b in av[1]))
    raise AssertionError(f"an opening the test cannot read: {op}")


def test_signed_by_is_tried_only_where_it_can_open() -> None:
    from re import _parser

    assert _first_chars(_parser.parse(speech._SIGNED.pattern).data) <= set("IT")
    source = speech._attributions.__code__.co_consts
    assert "IT" in source  # the gate in _attributions names the same characters


def test_straight_singles_checked_for_the_same_double_marks() -> None:
    marks = {chr(i) for i in range(0x3000) if straight_single._DOUBLE.match(chr(i))}
    assert set(straight_single._DOUBLES) == marks
    rnd = random.Random(5)
    pieces = [*_QUOTE_PIECES, "'", " 'We", "go,' ", "A'"]
    for _ in range(4000):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 40)))
        old = (
            "'" in body
            and straight_single._DOUBLE.search(body) is None
            and len(straight_single._OPENS.findall(body)) >= 2
            and len(straight_single._CLOSES.findall(body)) >= 2
        )
        assert straight_single.quotes_with_straight_singles(body) == old, body
