"""What the speaker tests read of `analyse_text`: each quote with its speaker (its offsets
checked against the text on the way), and the names of the sources."""

from __future__ import annotations

import operator
from collections.abc import Callable

import pytest

from claimdesk.extract.speech import analyse_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) for each quote, after checking it points into the text."""
    speech, _ = analyse_text(text)
    for q in speech.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text.strip(), q.speaker) for q in speech.quotes]


def source_names(text: str) -> list[str]:
    """The names of the sources the text cites."""
    speech, _ = analyse_text(text)
    return [s.name for s in speech.sources]


# A stress corpus's case: (id, text, [(a few words of a quote, the speaker or the speakers
# accepted), ...]) -- tests/extract/test_speaker_stress*.py.
Want = str | tuple[str | None, ...] | None


def speaker_of(text: str, words: str) -> tuple[bool, str | None]:
    """Whether a quote of `text` holds `words` (any case), and that quote's speaker."""
    for q, who in quotes(text):
        if words.lower() in q.lower():
            return True, who
    return False, None


def stress_param(case: tuple, open_cases: dict[str, str]) -> object:
    """A stress case as a pytest param; one not read yet is a strict xfail, so a fix
    shows up as XPASS."""
    name, text, wants = case
    marks = [pytest.mark.xfail(strict=True, reason=open_cases[name])] if name in open_cases else []
    return pytest.param(text, wants, id=name, marks=marks)


def check_speakers(
    text: str,
    wants: list[tuple[str, Want]],
    same: Callable[[str | None, str | None], bool] = operator.eq,
) -> None:
    """Each quote named by its words is found, and its speaker is one of those accepted."""
    for words, want in wants:
        found, who = speaker_of(text, words)
        assert found, f"no quote holds {words!r}"
        accepted = want if isinstance(want, tuple) else (want,)
        assert any(same(who, a) for a in accepted), f"{words!r}: got {who!r}, want {accepted!r}"
