"""`=`: the list of what a group verdict will change, asked before anything is written.

A group verdict reaches other outlets' reports of the same claim; some of them may carry
a verdict a reviewer already gave. The dialog lists every claim it will change (from which
state to which, its text and outlet), marks those already decided, and lets the reviewer
change them all, only the unreviewed ones, or nothing. Claim text is untrusted: it is
shown inside `Content`, never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from claimdesk.store.verdict_states import BY_NAME, glyph_of

ALL = "all"
UNREVIEWED_ONLY = "unreviewed"


@dataclass(frozen=True, slots=True)
class GroupChange:
    """One claim a group verdict would change: from its state to `to_status`."""

    claim: Any
    outlet: str
    to_status: str
    shown: str = ""
    """How the list names it (a figure: "about 1,200 villagers"); default: its text."""

    @property
    def decided(self) -> bool:
        """Someone already gave it a verdict (not the one it would get)."""
        state = BY_NAME.get(self.claim.status)
        return state is not None and state.decided


def change_line(change: GroupChange, width: int = 70) -> Content:
    """'✓ → ✗  “the text…”  Outlet  (already verified)', the text shown as plain text."""
    text = " ".join((change.shown or change.claim.text).split())
    room = max(10, width - len(change.outlet) - 12)
    shown = f"“{text[: room - 1]}…”" if len(text) > room else f"“{text}”"
    return Content.assemble(
        (f"  {glyph_of(change.claim.status)} → {glyph_of(change.to_status)}  ", "bold"),
        shown,
        "  ",
        (change.outlet, "$text-muted"),
        (f"  (already {change.claim.status})" if change.decided else "", "bold $text-warning"),
    )


class GroupVerdictDialog(ModalScreen[str | None]):
    """Returns ALL, UNREVIEWED_ONLY (only when some listed claim is decided) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,y", "apply('all')", "Change all", id="group_verdict.apply_all"),
        Binding(
            "u",
            "apply('unreviewed')",
            "Only unreviewed",
            tooltip="change only the claims nobody has decided yet",
            id="group_verdict.apply_unreviewed",
        ),
        Binding("escape,n", "cancel", "Cancel", id="group_verdict.cancel"),
    ]

    DEFAULT_CSS = """
    GroupVerdictDialog { align: center middle; }
    GroupVerdictDialog > Vertical {
        width: 96; max-width: 100%; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    GroupVerdictDialog VerticalScroll { height: auto; max-height: 20; }
    """

    def __init__(self, what: str, changes: list[GroupChange]) -> None:
        super().__init__()
        self.what = what
        self.changes = changes

    @property
    def decided(self) -> int:
        return sum(c.decided for c in self.changes)

    def compose(self) -> ComposeResult:
        n, decided = len(self.changes), self.decided
        head = Content.assemble(
            "Group verdict of ",
            self.what,
            f": {n} more claim(s) reported elsewhere will change",
        )
        if decided:
            keys = f"enter change all {n} · u only the {n - decided} unreviewed · esc cancel"
            ask = Content.styled(
                f"{decided} of them already have a verdict: change those too?",
                "bold $text-warning",
            )
        else:
            keys = f"enter change all {n} · esc cancel"
            ask = Content("")
        with Vertical() as box:
            box.border_title = "Group verdict"
            box.border_subtitle = keys
            yield Static(head)
            with VerticalScroll():
                yield Static(Content("\n").join(change_line(c) for c in self.changes))
            yield Static(ask, id="group-verdict-ask")

    def action_apply(self, which: str) -> None:
        if which == UNREVIEWED_ONLY and not self.decided:
            which = ALL  # nothing decided: the two are the same
        self.dismiss(which)

    def action_cancel(self) -> None:
        self.dismiss(None)
