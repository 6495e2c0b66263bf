"""The Detail pane's comparison blocks: "Also reported by", "Figures elsewhere" and
"Same person as", plus the per-claim marks the Numbers pane shows ("≠" conflict, "="
agrees with another outlet).

`ComparisonView` holds the comparison the app computed in a worker; the panes read it,
never compute on a keystroke. Every name and text from the articles goes in as plain
text in Content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from textual.content import Content

from claimdesk.extract.compare import Comparison, Group, interval
from claimdesk.tui.row_marks import AGREES, CONFLICT, SAME_CLAIM

Section = tuple[str, list[Content | str]]
SectionSource = Callable[[Any, Any], Section | None]
"""callable(store, claim) -> (title, lines) | None: one block of the Detail pane."""


@dataclass(frozen=True, slots=True)
class MergeUndo:
    """One merge decision of this session, as `z` takes it back: the pairs it changed
    and the decision each had before (None: none)."""

    what: str  # "merge Kim Jong Un = Kim Jung-un", "split Kim Jung-un ≠ Kim Jong Un"
    previous: dict[frozenset[str], bool | None]


def _claim(store: Any, cid: str) -> Any:
    try:
        return store.claim(cid)
    except Exception:
        return None


def _outlet(store: Any, article_id: str) -> str:
    try:
        a = store.article(article_id)
    except Exception:
        return "?"
    return a.publisher or a.aggregator or a.title or str(a.path or "?")


def _value(c: Any) -> str:
    from claimdesk.tui.desk_model import format_value

    return format_value(c.value, c.unit, c.qualifier)


def entity_for(result: Comparison, article_id: str | None, name: str) -> Group | None:
    """The same-entity group holding this name (in this article, if given)."""
    if article_id is not None:
        gid = result.entity_of.get(f"{article_id}#{name}")
        if gid:
            return result.by_id().get(gid)
    for g in result.of_kind("same-entity"):
        if name in g.names or any(m.endswith("#" + name) for m in g.members):
            return g
    return None


def entity_lines(g: Group) -> list[Content | str]:
    # names that reduce to one key ("Mara Velin" in two outlets) are one name, not a
    # suggestion: m and M have nothing to decide there (QA2 R17)
    one_name = len(g.keys) < 2
    if g.confirmed:
        state = "confirmed by the reviewer"
    elif one_name:
        state = f"the same name, confidence {g.confidence:.2f}"
    else:
        state = f"suggested, confidence {g.confidence:.2f}"
    lines: list[Content | str] = [
        Content.assemble(("  ", ""), (g.label, "bold"), (f"  ({state})", "$text-muted")),
        Content(f"  named: {'; '.join(g.names)}"),
        Content(f"  outlets: {', '.join(g.outlets)}"),
    ]
    for ev in g.evidence[:4]:
        lines.append(Content.styled(f"  · {ev}", "$text-muted"))
    if not one_name:
        lines.append(
            Content.styled("  m confirms this merge, M splits this source out", "$text-muted")
        )
    return lines


@dataclass(eq=False)
class ComparisonView:
    """The comparison the dashboard shows, and what the panes read from it: the result,
    each claim's mark, each figure's group, and whether Numbers are grouped by subject.

    The App owns one (tui/compare_keys.py) and installs each result a worker computed
    (`set`); the panes read it, never compute on a keystroke.
    """

    result: Comparison | None = None
    marks: dict[str, str] = field(default_factory=dict)
    figure_group: dict[str, Group] = field(default_factory=dict)
    by_subject: bool = False

    @classmethod
    def of(cls, result: Comparison | None) -> ComparisonView:
        view = cls()
        view.set(result)
        return view

    def set(self, result: Comparison | None) -> None:
        """Install the comparison the sections and marks read (None clears them)."""
        marks: dict[str, str] = {}
        figure_group: dict[str, Group] = {}
        if result is not None:
            for g in result.of_kind("figures"):
                for m in g.members:
                    figure_group[m] = g
                    marks[m] = CONFLICT if not g.consistent else marks.get(m, AGREES)
            for g in result.of_kind("same-claim"):
                for m in g.members:
                    marks.setdefault(m, SAME_CLAIM)
        self.result = result
        self.marks = marks
        self.figure_group = figure_group

    def figure_mark(self, claim_id: str) -> str:
        """'≠' a figure elsewhere conflicts, '=' figures elsewhere agree, '≡' the same claim
        is reported elsewhere, '' nothing known."""
        return self.marks.get(claim_id, "")

    def of_what(self, claim: Any) -> str:
        """The Numbers pane's "Of what": the noun, or with `b` on, the figure group's label
        ("turnout %", "Verland troops killed") so the groups read apart."""
        noun = claim.noun or ""
        if not self.by_subject:
            return noun
        g = self.figure_group.get(claim.id)
        return f"{g.label} ▸ {noun}" if g is not None and noun else (g.label if g else noun)

    def figure_sort_key(self, claim: Any) -> tuple:
        """Numbers grouped by subject: group label (and group, so two groups of one label
        never interleave), then value; ungrouped figures last."""
        g = self.figure_group.get(claim.id)
        if g is None:
            return (1, "", "", float(claim.value or 0))
        return (0, g.label.casefold(), g.id, float(claim.value or 0))

    def figure_section(self, claim: Any) -> tuple[str, str]:
        """The title line above a run of grouped figures: (group id, "turnout % — conflict:
        2 outlets"); figures in no group end the list under one line of their own."""
        g = self.figure_group.get(claim.id)
        if g is None:
            return ("", "not compared with another outlet")
        state = "agree" if g.consistent else "conflict"
        outlets = len(g.outlets)
        return (g.id, f"{g.label} — {state}, {outlets} outlet{'s' if outlets != 1 else ''}")

    def sections(self) -> tuple[SectionSource, ...]:
        """The Detail pane's comparison blocks, in the order they show."""
        return (self.also_reported, self.figures_elsewhere, self.same_person)

    def also_reported(self, store: Any, claim: Any) -> Section | None:
        result = self.result
        if result is None or store is None:
            return None
        lines: list[Content | str] = []
        for g in result.for_member(claim.id, "same-claim"):
            one = len(g.origins) == 1
            summary = (
                f"{len(g.origins)} origin ({g.origins[0]}), {len(g.outlets)} outlets — "
                "repeated, not independent corroboration"
                if one
                else f"{len(g.origins)} independent origins ({', '.join(g.origins)}), "
                f"{len(g.outlets)} outlets"
            )
            lines.append(
                Content.styled(f"  {summary}", "$text-warning" if one else "$text-success")
            )
            for cid in g.members:
                other = _claim(store, cid)
                if other is None or other.article_id == claim.article_id:
                    continue
                lines.append(
                    Content.assemble(
                        (f"  {SAME_CLAIM} ", "bold $text-accent"),
                        (_outlet(store, other.article_id), "bold"),
                        f" — {other.speaker or 'unattributed'}: {other.text}",
                        (f"  [{other.status}]", "$text-muted"),
                    )
                )
            lines.append(
                Content.styled("  = gives this claim's verdict to the whole group", "$text-muted")
            )
        return ("Also reported by", lines) if lines else None

    def figures_elsewhere(self, store: Any, claim: Any) -> Section | None:
        result = self.result
        if result is None or store is None or claim.kind != "number":
            return None
        lines: list[Content | str] = []
        for g in result.for_member(claim.id, "figures"):
            head = "consistent" if g.consistent else "CONFLICT"
            lines.append(
                Content.assemble(
                    ("  ", ""),
                    (head, "bold $text-success" if g.consistent else "bold $text-error"),
                    f" — {g.label}: {g.evidence[0] if g.evidence else ''}",
                )
            )
            mine = interval(claim.value, claim.qualifier) if claim.value is not None else None
            for cid in g.members:
                other = _claim(store, cid)
                if other is None or cid == claim.id:
                    continue
                ok = True
                if mine is not None and other.value is not None:
                    lo, hi = interval(other.value, other.qualifier)
                    ok = max(lo, mine[0]) <= min(hi, mine[1])
                lines.append(
                    Content.assemble(
                        (
                            f"  {AGREES} " if ok else f"  {CONFLICT} ",
                            "bold $text-success" if ok else "bold $text-error",
                        ),
                        (_value(other), "bold"),
                        f"  {_outlet(store, other.article_id)} — {other.speaker or 'unattributed'}",
                    )
                )
            for ev in g.evidence[1:]:
                if ev.startswith("not compared"):
                    lines.append(Content.styled(f"  {ev}", "$text-muted"))
        return ("Figures elsewhere", lines) if lines else None

    def same_person(self, store: Any, claim: Any) -> Section | None:
        result = self.result
        if result is None or not claim.speaker:
            return None
        g = entity_for(result, claim.article_id, claim.speaker)
        if g is None:
            return None
        return "Same person as", entity_lines(g)
