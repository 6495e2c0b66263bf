"""The tenth round's shortcuts answer as the code they replaced (issue 18).

- The figures' units (number_words.UNIT_PATTERN) grouped by first letter find what the
  flat alternation of the same units found: the same span and groups, after digits, in
  random case, glued and spaced, next to near misses.
- A transcript's turn label (attribution/transcript._LABEL) is looked for only in a
  paragraph that opens on "Q" or "A" or holds a colon: every paragraph it matches does,
  and a prose paragraph is not read by it at all.
"""

from __future__ import annotations

import random
import re

from claimdesk.extract import number_words, numbers, shares
from claimdesk.extract.attribution import transcript


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
