"""The one table of verdict states: what each is called, its key, glyph, colour and words.

Every pane, dialog, CLI option and report reads this table, so adding a state is one row
here (and, if it needs one, a CSS rule). The store, the CLI and the export need it too,
which is why it lives in store/ (the store never imports the dashboard).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class VerdictState:
    """One state a claim can be in."""

    name: str
    """What the store, the history, the CLI (--status) and every export call it."""
    key: str
    """The dashboard key that sets it."""
    glyph: str
    """One cell in the panes' status column and the header's counts."""
    colour: str
    """A Textual theme colour for its glyph, counts and name."""
    css_class: str
    """The component class the dashboard's tables paint it with (styled from `colour`)."""
    label: str
    """The key's name in the footer and the help screen."""
    tooltip: str
    """What the key does, in the help screen."""
    decided: bool
    """A reviewer's verdict (False: not looked at yet, or taken back)."""
    rating: str | None = None
    """Its schema.org ClaimReview rating (None: not a review to publish)."""
    rating_value: int | None = None
    """Its place on the ClaimReview scale, RATING_WORST..RATING_BEST (with `rating`)."""


VERDICT_STATES: tuple[VerdictState, ...] = (
    VerdictState(
        name="unreviewed",
        key="u",
        glyph="·",
        colour="$text-warning",
        css_class="claim-table--unreviewed",
        label="Unreview",
        tooltip="back to unreviewed (or the tagged rows)",
        decided=False,
    ),
    VerdictState(
        name="verified",
        key="v",
        glyph="✓",
        colour="$text-success",
        css_class="claim-table--verified",
        label="Verify",
        tooltip="mark verified (or every tagged row shown)",
        decided=True,
        rating="Verified",
        rating_value=5,
    ),
    VerdictState(
        name="disputed",
        key="d",
        glyph="✗",
        colour="$text-error",
        css_class="claim-table--disputed",
        label="Dispute",
        tooltip="mark disputed (or every tagged row shown)",
        decided=True,
        rating="Disputed",
        rating_value=1,
    ),
    VerdictState(
        name="dismissed",
        key="x",
        glyph="⊘",
        colour="$text-muted",
        css_class="claim-table--dismissed",
        label="Dismiss",
        tooltip="dismiss: not a claim (or the tagged rows)",
        decided=True,
    ),
)
"""In the desk's order: counts, filters, columns and --status choices list them so."""

VERDICT_ORDER: tuple[VerdictState, ...] = (
    *(s for s in VERDICT_STATES if s.decided),
    *(s for s in VERDICT_STATES if not s.decided),
)
"""The verdicts first, then the way back: the keys and the report's sections run so."""

RATING_BEST = 5
RATING_WORST = 1
"""The ClaimReview numeric scale (`ratingValue` between these, as Google's markup asks):
a verified claim is rated best, a disputed one worst."""

STATUS_NAMES: tuple[str, ...] = tuple(s.name for s in VERDICT_STATES)
UNREVIEWED: str = next(s.name for s in VERDICT_STATES if not s.decided)
"""The state of a claim nobody has decided on (every claim's state at ingest)."""

BY_NAME: Mapping[str, VerdictState] = MappingProxyType({s.name: s for s in VERDICT_STATES})
BY_KEY: Mapping[str, VerdictState] = MappingProxyType({s.key: s for s in VERDICT_STATES})


def glyph_of(name: str) -> str:
    """The state's glyph; "?" for a name the table does not hold."""
    state = BY_NAME.get(name)
    return state.glyph if state is not None else "?"


CONTESTED = "contested"
"""Not a state but a mark on top of one: two reviewers gave different verdicts on the
claim and nobody has decided it since (the later verdict stands). A filter and a count of
its own; marking the claim again, with any verdict, settles it."""
CONTESTED_GLYPH = "⇄"
CONTESTED_COLOUR = "$text-error"
