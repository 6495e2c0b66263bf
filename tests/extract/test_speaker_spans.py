"""The speaker of a date's quote or statement is looked up in an index built once per
article (issue 12, finding 9): scanning every quote and statement for every date made
the comparison features of a long article quadratic. The index must answer as the scan
did, ties and all."""

from __future__ import annotations

import random

from claimdesk.extract.compare import SpeakerSpans, speaker_at

_WHO = ("Ysolde Brack", "Pell Amaro", None, "", "the Wharf Trust")


def _spans(rng: random.Random, n: int, length: int) -> list[tuple[int, int, str | None]]:
    out = []
    for _ in range(n):
        s = rng.randrange(length)
        out.append((s, min(length, s + rng.choice((1, 3, 8, 40, 200, length))), rng.choice(_WHO)))
    return out


def test_the_index_answers_as_the_scan_of_every_span() -> None:
    rng = random.Random(18)
    for length, n in ((30, 6), (60, 25), (500, 80), (2_000, 300)):
        for _ in range(40):
            spans = _spans(rng, n, length)
            index = SpeakerSpans(spans)
            for _ in range(60):
                a = rng.randrange(length)
                b = min(length, a + rng.choice((0, 1, 2, 5, 30)))
                assert speaker_at(index, a, b) == speaker_at(spans, a, b), (spans, a, b)


def test_the_shortest_holder_wins_and_the_first_of_equals() -> None:
    spans = [
        (0, 100, "Ysolde Brack"),  # holds everything
        (10, 40, "Pell Amaro"),
        (20, 50, "the Wharf Trust"),  # as long as Amaro's: the first in the list stays
        (25, 30, None),  # no speaker: never the answer
    ]
    index = SpeakerSpans(spans)
    assert speaker_at(index, 26, 29) == speaker_at(spans, 26, 29) == "Pell Amaro"
    assert speaker_at(index, 45, 48) == "the Wharf Trust"
    assert speaker_at(index, 60, 70) == "Ysolde Brack"
    assert speaker_at(index, 90, 101) is None
    assert speaker_at(SpeakerSpans([]), 1, 2) is None
