"""What the figure tests read of a whole extraction: each figure as (value, unit,
qualifier), the text run through the pipeline under a headline, as an article is."""

from __future__ import annotations

from claimdesk.extract.pipeline import extract_text


def figure_triples(text: str, published: str) -> list[tuple[float, str | None, str | None]]:
    """(value, unit, qualifier) of each figure `extract_text` finds, dated `published`."""
    ex = extract_text("Headline\n\n" + text, published=published)
    return [(float(n.value), n.unit, n.qualifier) for n in ex.numbers]
