"""The symbols a row of the desk shows, each defined once: the panes draw them from here
and `?`'s legend reads them from here (the verdict glyphs come from
store/verdict_states.py, the one table of verdict states)."""

from __future__ import annotations

from types import MappingProxyType

from claimdesk.store.verdict_states import CONTESTED_GLYPH, VERDICT_STATES

KIND_GLYPH = MappingProxyType({"quote": "“", "statement": "≈", "number": "#"})
"""What a claim is: a direct quote, a reported statement, a figure."""
KIND_MEANING = MappingProxyType(
    {"quote": "direct quote", "statement": "reported statement", "number": "figure"}
)
HYPOTHETICAL = "?"
"""In place of "#": a figure a speaker imagines rather than reports."""
NOTE = "✎"
"""The claim has a note."""
TAGGED = "•"
"""The row is tagged (space) for a bulk verdict."""
CONFLICT = "≠"
"""A figure elsewhere conflicts with this one."""
AGREES = "="
"""Figures elsewhere agree with this one."""
SAME_CLAIM = "≡"
"""The same claim is reported elsewhere."""
NEW = "✦"
"""New on the desk: its article came in since the reviewer last looked (or while open)."""


def legend() -> tuple[tuple[str, str], ...]:
    """(symbol, what it means) for every symbol a row can show, in the order a row
    shows them: state, tag, kind and marks."""
    return (
        *((s.glyph, s.name) for s in VERDICT_STATES),
        (CONTESTED_GLYPH, "contested: two reviewers disagree (in the verdict's colour)"),
        (NOTE, "has a note"),
        (TAGGED, "tagged for a bulk verdict (space)"),
        *((glyph, KIND_MEANING[kind]) for kind, glyph in KIND_GLYPH.items()),
        (HYPOTHETICAL, "hypothetical figure (a speaker imagines it)"),
        (CONFLICT, "a figure elsewhere conflicts"),
        (AGREES, "figures elsewhere agree"),
        (SAME_CLAIM, "the same claim is reported elsewhere"),
        (NEW, "new on the desk since you last looked (w: only these)"),
    )
