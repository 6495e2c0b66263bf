"""The Detail pane's comparison blocks: "Also reported by", "Figures elsewhere" and
"Same person as", plus the per-claim marks the Numbers pane shows ("≠" conflict, "="
agrees with another outlet).

They read the comparison the app computed in a worker (`set_comparison`), never compute
on a keystroke. Every name and text from the articles goes in as plain text in Content.
"""

from __future__ import annotations

from typing import Any

from textual.content import Content

from claimdesk.extract.compare import Comparison, Group, interval

_STATE: dict[str, Any] = {"result": None, "marks": {}, "figure_group": {}}


def set_comparison(result: Comparison | None) -> None:
    """Install the comparison the sections and marks read (None clears them)."""
    marks: dict[str, str] = {}
    figure_group: dict[str, Group] = {}
    if result is not None:
        for g in result.of_kind("figures"):
            for m in g.members:
                figure_group[m] = g
                marks[m] = "≠" if not g.consistent else marks.get(m, "=")
        for g in result.of_kind("same-claim"):
            for m in g.members:
                marks.setdefault(m, "≡")
    _STATE["result"] = result
    _STATE["marks"] = marks
    _STATE["figure_group"] = figure_group


def current() -> Comparison | None:
    return _STATE["result"]


def figure_mark(claim_id: str) -> str:
    """'≠' a figure elsewhere conflicts, '=' figures elsewhere agree, '≡' the same claim is
    reported elsewhere, '' nothing known."""
    return _STATE["marks"].get(claim_id, "")


def set_by_subject(on: bool) -> None:
    """Numbers grouped by subject (b): "Of what" then names each figure's group."""
    _STATE["by_subject"] = on


def of_what(claim: Any) -> str:
    """The Numbers pane's "Of what": the noun, or with `b` on, the figure group's label
    ("turnout %", "Verland troops killed") so the groups read apart."""
    noun = claim.noun or ""
    if not _STATE.get("by_subject"):
        return noun
    g = _STATE["figure_group"].get(claim.id)
    return f"{g.label} ▸ {noun}" if g is not None and noun else (g.label if g else noun)


def by_subject() -> bool:
    """Numbers are grouped by subject (`b` is on)."""
    return bool(_STATE.get("by_subject"))


def figure_sort_key(claim: Any) -> tuple:
    """Numbers grouped by subject: group label (and group, so two groups of one label
    never interleave), then value; ungrouped figures last."""
    g = _STATE["figure_group"].get(claim.id)
    if g is None:
        return (1, "", "", float(claim.value or 0))
    return (0, g.label.casefold(), g.id, float(claim.value or 0))


def figure_section(claim: Any) -> tuple[str, str]:
    """The title line above a run of grouped figures: (group id, "turnout % — conflict:
    2 outlets"); figures in no group end the list under one line of their own."""
    g = _STATE["figure_group"].get(claim.id)
    if g is None:
        return ("", "not compared with another outlet")
    state = "agree" if g.consistent else "conflict"
    outlets = len(g.outlets)
    return (g.id, f"{g.label} — {state}, {outlets} outlet{'s' if outlets != 1 else ''}")


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


def also_reported(store: Any, claim: Any) -> tuple[str, list[Content | str]] | None:
    result = current()
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
        lines.append(Content.styled(f"  {summary}", "$text-warning" if one else "$text-success"))
        for cid in g.members:
            other = _claim(store, cid)
            if other is None or other.article_id == claim.article_id:
                continue
            lines.append(
                Content.assemble(
                    ("  ≡ ", "bold $text-accent"),
                    (_outlet(store, other.article_id), "bold"),
                    f" — {other.speaker or 'unattributed'}: {other.text}",
                    (f"  [{other.status}]", "$text-muted"),
                )
            )
        lines.append(
            Content.styled("  = gives this claim's verdict to the whole group", "$text-muted")
        )
    return ("Also reported by", lines) if lines else None


def figures_elsewhere(store: Any, claim: Any) -> tuple[str, list[Content | str]] | None:
    result = current()
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
                    ("  = " if ok else "  ≠ ", "bold $text-success" if ok else "bold $text-error"),
                    (_value(other), "bold"),
                    f"  {_outlet(store, other.article_id)} — {other.speaker or 'unattributed'}",
                )
            )
        for ev in g.evidence[1:]:
            if ev.startswith("not compared"):
                lines.append(Content.styled(f"  {ev}", "$text-muted"))
    return ("Figures elsewhere", lines) if lines else None


def same_person(store: Any, claim: Any) -> tuple[str, list[Content | str]] | None:
    result = current()
    if result is None or not claim.speaker:
        return None
    g = entity_for(result, claim.article_id, claim.speaker)
    if g is None:
        return None
    return "Same person as", entity_lines(g)


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


def install() -> None:
    """Put the comparison blocks in the Detail pane, in place of its generic 'Elsewhere'."""
    from claimdesk.tui import detail_pane

    extra = detail_pane.EXTRA_SECTIONS
    generic = getattr(detail_pane, "_related_section", None)
    if generic in extra:
        extra.remove(generic)
    for section in (also_reported, figures_elsewhere, same_person):
        if section not in extra:
            extra.append(section)
