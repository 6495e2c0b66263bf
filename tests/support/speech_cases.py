"""What the speaker tests read of `analyse_text`: each quote with its speaker (its offsets
checked against the text on the way), and the names of the sources."""

from __future__ import annotations

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
