"""The sentence around a claim or a date in an article body: its context, which the
comparison reads figures and speakers from."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

_ABBR_STOPS = ["[A-Z]", "Mr", "Mrs", "Ms", "Dr", "Gen", "Maj", "Lt", "Col", "Sgt", "Capt", "St",
               "Jr", "Sr", r"U\.S"]  # fmt: skip
# a text ending in an abbreviation's full stop ("Gen.", "U.S.", an initial)
_ABBR = re.compile("(?:" + "|".join(rf"\b{a}\." for a in _ABBR_STOPS) + ")$")


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around body[start:end]: a heuristic good enough for context."""
    lo = start
    while lo > 0:
        ch = body[lo - 1]
        if ch == "\n":
            break
        ends = ch in ".!?" and lo < start and (body[lo].isspace() or body[lo].isupper())
        if ends and not _ABBR.search(body[max(0, lo - 5) : lo]):
            break
        lo -= 1
    hi = end
    n = len(body)
    while hi < n:
        ch = body[hi]
        if ch == "\n":
            break
        if ch in ".!?":
            nxt = body[hi + 1 : hi + 3]
            if nxt[:1] in "\"”’'" and nxt[:1]:
                hi += 1
                nxt = body[hi + 1 : hi + 3]
            if (not nxt or nxt[0].isspace() or nxt[0].isupper()) and not _ABBR.search(
                body[max(0, hi - 4) : hi + 1]
            ):
                hi += 1
                break
        hi += 1
    return lo, hi


# A sentence ends at a stop (and closing quotes) before a space, a capital or the end, or
# at a line break; a full stop after an abbreviation ("Gen.", "U.S.") does not end one.
# One character class first lets re skip to candidates fast; the abbreviations are
# lookbehinds, so sentence_starts() needs no Python per match.
_SENT_END = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<=[!?])[\"”’')]*(?=\s|[A-Z“\"]|$)|"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBR_STOPS)
    + r"(?<=\.)[\"”’')]*(?=\s|[A-Z“\"]|$))"
)
_MATCH_END = re.Match.end


def sentence_starts(body: str) -> list[int]:
    """Offsets where sentences start (one regex pass), for context_at()."""
    return [0, *map(_MATCH_END, _SENT_END.finditer(body))]


def context_at(body: str, starts: list[int], start: int, end: int) -> str:
    """The sentence(s) around body[start:end], using sentence_starts(body)."""
    lo, hi = context_bounds(body, starts, start, end)
    return body[lo:hi].strip()


def context_bounds(body: str, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Where context_at() cuts the body: (0, 0) for no context."""
    if not body or start < 0 or start > end:
        return 0, 0
    i = bisect_right(starts, start) - 1
    j = bisect_left(starts, end)
    lo = starts[max(i, 0)]
    hi = starts[j] if j < len(starts) else len(body)
    if hi - lo > 600:  # a run-on "sentence": keep a window around the claim
        lo, hi = max(lo, start - 250), min(hi, end + 250)
    return lo, hi


def context_of(body: str, start: int, end: int) -> str:
    if not body or start < 0 or end > len(body) or start > end:
        return ""
    lo, hi = sentence_bounds(body, start, end)
    return body[lo:hi].strip()


def speaker_at(
    spans: Sequence[tuple[int, int, str | None]] | SpeakerSpans, start: int, end: int
) -> str | None:
    """The speaker of the innermost quote or statement holding [start, end) (the first
    such in `spans` when two are as short). Asking many times of one article: build
    SpeakerSpans once and pass that."""
    if isinstance(spans, SpeakerSpans):
        return spans.at(start, end)
    best: tuple[int, str | None] | None = None
    for s, e, speaker in spans:
        if s <= start and end <= e and speaker and (best is None or e - s < best[0]):
            best = (e - s, speaker)
    return best[1] if best else None


class SpeakerSpans:
    """An article's quotes and statements with a speaker, sorted by where they start,
    for speaker_at(): a scan of all of them per date made a long article's features
    quadratic (a 1 MB article: 22 s, a 50 MB one: hours). Kept as arrays of machine
    ints (a tuple and int objects per span were 2x a huge article's size at once,
    issue 12, finding 9)."""

    def __init__(self, spans: Iterable[tuple[int, int, str | None]]) -> None:
        starts, ends, places = array("q"), array("q"), array("q")
        who: list[str] = []
        for i, (s, e, speaker) in enumerate(spans):
            if speaker:
                starts.append(s)
                ends.append(e)
                places.append(i)
                who.append(speaker)
        # by start, then place in `spans` (a stable sort of places already in order)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        self.starts = array("q", map(starts.__getitem__, order))
        self.ends = array("q", map(ends.__getitem__, order))
        self.places = array("q", map(places.__getitem__, order))
        self.who = list(map(who.__getitem__, order))
        del order, starts, ends, places, who
        reach, most = array("q"), -1
        for e in self.ends:  # the furthest end of any span starting at or before
            most = max(most, e)
            reach.append(most)
        self.reach = reach

    def at(self, start: int, end: int) -> str | None:
        """What speaker_at() gives for the spans this was built from."""
        best: tuple[int, int, str] | None = None  # (length, position in spans, speaker)
        k = bisect_right(self.starts, start) - 1
        while k >= 0 and self.reach[k] >= end:
            s, e = self.starts[k], self.ends[k]
            if best is not None and end - s > best[0]:
                break  # starting further back, a span holding [start, end) is longer
            if end <= e and (best is None or (e - s, self.places[k]) < best[:2]):
                best = (e - s, self.places[k], self.who[k])
            k -= 1
        return best[2] if best else None
